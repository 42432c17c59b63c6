import { useCallback, useMemo } from 'react';
import type { DropPlan, DropSide } from '../../domain/drop';
import { planPull, planToBacklog, pullableTasks } from '../../domain/planning';
import type { Action, Sprint, Task } from '../../domain/types';
import { useSprintTasks } from '../../db/live';
import { navigate, useSearch } from '../../lib/url';

/** The drop target and drag source id of the planning view's backlog panel. */
export const BACKLOG_CELL = 'backlog';

type Sides = (cell: string) => { column: DropSide; lane: DropSide | null };

export interface PlanningDrop {
  task: Task;
  fromCell: string;
  toCell: string;
  /** The open tasks of the target cell, in shown order. */
  target: readonly Task[];
  index: number;
  sideOf: Sides;
}

/**
 * The planning view's state on the board: on with `?planning=1` (or the old `?sprint=backlog`
 * link) for an open sprint, its backlog read only while it is shown, and the decision for a drop
 * that starts or ends in the backlog.
 */
export function usePlanning(
  planId: string,
  sprint: Sprint | null,
  actions: readonly Action[],
  today: string,
) {
  const search = useSearch();
  const asked = search.get('planning') === '1' || search.get('sprint') === 'backlog';
  const on = asked && sprint !== null && sprint.closedAt === null;
  const loaded = useSprintTasks(on ? planId : null, null);
  const backlog = useMemo(() => (loaded ? pullableTasks(loaded) : undefined), [loaded]);
  const byId = useMemo(() => new Map((backlog ?? []).map((t) => [t.id, t])), [backlog]);

  const toggle = useCallback(
    () =>
      navigate((p) => {
        if (on) p.delete('planning');
        else p.set('planning', '1');
        if (p.get('sprint') === 'backlog' && sprint) p.set('sprint', String(sprint.number));
      }),
    [on, sprint],
  );

  /** The plan for a drop to or from the backlog; null when the drop stays on the sprint board. */
  const dropPlan = useCallback(
    (d: PlanningDrop): DropPlan | null => {
      if (!sprint) return null;
      if (d.toCell === BACKLOG_CELL) {
        if (d.fromCell === BACKLOG_CELL) return { kind: 'none' };
        return planToBacklog(d.task, sprint, backlog ?? []);
      }
      if (d.fromCell !== BACKLOG_CELL) return null;
      return planPull({
        task: d.task,
        sprint,
        to: d.sideOf(d.toCell),
        targetTasks: d.target,
        index: d.index,
        actions,
        today,
      });
    },
    [sprint, backlog, actions, today],
  );

  return { on, backlog, taskOf: (id: string) => byId.get(id), toggle, dropPlan };
}
