import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSprintTasks, type PlanBundle } from '../../db/live';
import type { DropPlan } from '../../domain/drop';
import { cellId, groupTasks, parseCellId, type GroupBy } from '../../domain/group';
import { planMoveTo } from '../../domain/moveTo';
import type { Sprint, Task } from '../../domain/types';
import { useLang } from '../../i18n/useLang';
import { Dialog } from '../../ui/Dialog';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { sprintLabel } from './SprintHeader';

// The backlog's value in the sprint list: a sprint id is never empty.
const NO_SPRINT = '';

export interface MoveTaskDialogProps {
  task: Task;
  /** The board cell the task is in now. */
  fromCell: string;
  /** The board's columns, in its order and with their shown titles. */
  columns: ReadonlyArray<{ key: string; label: string; droppable: boolean }>;
  groupBy: GroupBy;
  laneBy: GroupBy | null;
  bundle: PlanBundle;
  sprint: Sprint | null;
  today: string;
  /** Stores the move; `columnKey` is the chosen column, for the board to show it. */
  onMove: (plan: DropPlan, columnKey: string) => Promise<void>;
  onClose: () => void;
}

/**
 * "Verplaatsen naar…": a column and a sprint chosen from two lists, the way to move a card that
 * needs no dragging — on a phone, with a keyboard or a screen reader. The task lands at the
 * bottom of the chosen column; the lane (with swimlanes) stays the same.
 */
export function MoveTaskDialog({
  task,
  fromCell,
  columns,
  groupBy,
  laneBy,
  bundle,
  sprint,
  today,
  onMove,
  onClose,
}: MoveTaskDialogProps) {
  const { t } = useTranslation('phone');
  const { t: tc } = useTranslation();
  const lang = useLang();
  useReturnFocus();
  const { laneKey, columnKey: fromColumn } = parseCellId(fromCell);
  const [columnKey, setColumnKey] = useState(fromColumn);
  const [sprintId, setSprintId] = useState(task.sprintId ?? NO_SPRINT);
  const [problem, setProblem] = useState<'nothing' | 'refused' | null>(null);
  const targetSprint = sprintId === NO_SPRINT ? null : sprintId;
  // The chosen sprint's cards, to put the task below the last of its new column there.
  const sprintTasks = useSprintTasks(bundle.plan.id, targetSprint);
  const cells = useMemo(
    () =>
      sprintTasks &&
      groupTasks(sprintTasks, groupBy, laneBy, {
        themes: bundle.themes,
        actions: bundle.actions,
        people: bundle.people,
        today,
      }),
    [sprintTasks, groupBy, laneBy, bundle.themes, bundle.actions, bundle.people, today],
  );
  // A closed sprint keeps its record: only open ones (and the one the task is in) are offered.
  const sprints = bundle.sprints.filter((s) => s.closedAt === null || s.id === task.sprintId);
  const choices = columns.filter((c) => c.droppable || c.key === fromColumn);

  return (
    <Dialog
      open
      title={t('moveTitle', { title: task.title })}
      closeLabel={t('cancel')}
      onClose={onClose}
    >
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!cells) return;
          const plan = planMoveTo({
            task,
            from: {
              column: { groupBy, key: fromColumn },
              lane: laneBy && laneKey !== null ? { groupBy: laneBy, key: laneKey } : null,
            },
            toColumn: { groupBy, key: columnKey },
            sprintId: targetSprint,
            oldSprint: bundle.sprints.find((s) => s.id === task.sprintId) ?? sprint,
            targetTasks: cells.get(cellId(laneKey, columnKey))?.open ?? [],
            actions: bundle.actions,
          });
          if (plan.kind === 'move') await onMove(plan, columnKey);
          else setProblem(plan.kind === 'none' ? 'nothing' : 'refused');
        }}
      >
        <label className="field">
          <span>{t('target')}</span>
          <select
            data-autofocus
            value={columnKey}
            onChange={(e) => {
              setColumnKey(e.target.value);
              setProblem(null);
            }}
          >
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('sprint')}</span>
          <select
            value={sprintId}
            onChange={(e) => {
              setSprintId(e.target.value);
              setProblem(null);
            }}
          >
            {sprints.map((s) => (
              <option key={s.id} value={s.id}>
                {sprintLabel(tc, s, lang)}
              </option>
            ))}
            <option value={NO_SPRINT}>{t('backlog')}</option>
          </select>
        </label>
        {!cells && <p role="status">{t('loading')}</p>}
        {problem && (
          <p role="alert" className="field-error">
            {t(problem)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={!cells}>
            {t('submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
