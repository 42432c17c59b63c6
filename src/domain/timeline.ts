// A task's life read from its history, day by day: what the report and the burn-up count.
import { dayOf } from './dates';
import {
  isStatus,
  type HistoryEntry,
  type IsoDate,
  type IsoDateTime,
  type Status,
  type Task,
} from './types';

interface Event {
  at: IsoDateTime;
  day: IsoDate;
  seq: number;
  field: HistoryEntry['field'];
  from: HistoryEntry['from'];
  to: HistoryEntry['to'];
}

export interface TaskState {
  exists: boolean;
  sprintId: string | null | undefined;
  status: Status | undefined;
  /** The theme, for the WIP limits of theme columns (domain/wip.ts). */
  themeId: string | undefined;
}

/**
 * A task's life told by its history: created (the line holds the status, not the sprint),
 * moved between sprints, status changes, deleted. What a creation line does not say (the sprint)
 * is read from the first sprint move's `from`, or from the task as it is now.
 */
export class Timeline {
  private readonly events: Event[];
  private readonly initial: TaskState;

  constructor(events: Event[], current: Task | undefined) {
    this.events = events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
    const firstMove = this.events.find((e) => e.field === 'sprintId');
    const firstStatus = this.events.find((e) => e.field === 'status' || e.field === 'created');
    const firstTheme = this.events.find((e) => e.field === 'themeId');
    const hasCreated = this.events.some((e) => e.field === 'created');
    this.initial = {
      exists: !hasCreated,
      sprintId: firstMove ? asId(firstMove.from) : current ? current.sprintId : undefined,
      status: firstStatus
        ? asStatus(firstStatus.field === 'created' ? firstStatus.to : firstStatus.from)
        : current?.status,
      themeId: firstTheme ? (asId(firstTheme.from) ?? undefined) : current?.themeId,
    };
  }

  /** The state at the end of `day`, counting only what happened before `until` (when given). */
  at(day: IsoDate, until?: IsoDateTime): TaskState {
    const state = { ...this.initial };
    for (const e of this.events) {
      if (e.day > day) break;
      if (until !== undefined && e.at >= until) break;
      if (e.field === 'created') {
        state.exists = true;
        state.status = asStatus(e.to) ?? state.status;
      } else if (e.field === 'deleted') state.exists = false;
      else if (e.field === 'sprintId') state.sprintId = asId(e.to);
      else if (e.field === 'status') state.status = asStatus(e.to) ?? state.status;
      else if (e.field === 'themeId') state.themeId = asId(e.to) ?? state.themeId;
    }
    return state;
  }
}

function asId(value: HistoryEntry['from']): string | null {
  return typeof value === 'string' ? value : null;
}

function asStatus(value: HistoryEntry['from']): Status | undefined {
  return isStatus(value) ? value : undefined;
}

/** A task without any history (older data, an import) still gets a life: created, and done when it was. */
function syntheticEvents(task: Task): Event[] {
  const events: Event[] = [
    {
      at: task.createdAt,
      day: dayOf(task.createdAt),
      seq: 0,
      field: 'created',
      from: null,
      to: task.status === 'afgerond' && task.completedAt ? 'in-uitvoering' : task.status,
    },
  ];
  if (task.status === 'afgerond' && task.completedAt)
    events.push({
      at: task.completedAt,
      day: dayOf(task.completedAt),
      seq: 1,
      field: 'status',
      from: 'in-uitvoering',
      to: 'afgerond',
    });
  return events;
}

export function timelines(
  tasks: readonly Task[],
  history: readonly HistoryEntry[],
): Map<string, Timeline> {
  const byTask = new Map<string, Event[]>();
  history.forEach((h, seq) => {
    const list = byTask.get(h.taskId) ?? [];
    list.push({ at: h.at, day: dayOf(h.at), seq, field: h.field, from: h.from, to: h.to });
    byTask.set(h.taskId, list);
  });
  const current = new Map(tasks.map((t) => [t.id, t]));
  const out = new Map<string, Timeline>();
  for (const [id, events] of byTask) out.set(id, new Timeline(events, current.get(id)));
  for (const task of tasks) {
    if (!out.has(task.id)) out.set(task.id, new Timeline(syntheticEvents(task), task));
  }
  return out;
}

export function inSprint(state: TaskState, sprintId: string): boolean {
  return state.exists && state.sprintId === sprintId;
}
