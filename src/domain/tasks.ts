import type { HistoryEntry, IsoDate, IsoDateTime, Status, Task } from './types';

export const MAX_TITLE_LENGTH = 500;
export const MAX_TEXT_LENGTH = 20000;

export type TitleProblem = 'empty' | 'too-long';

/** Titles are trimmed; empty and overlong titles are refused rather than silently cut. */
export function checkTitle(
  raw: string,
): { ok: true; title: string } | { ok: false; problem: TitleProblem } {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (title.length === 0) return { ok: false, problem: 'empty' };
  if (title.length > MAX_TITLE_LENGTH) return { ok: false, problem: 'too-long' };
  return { ok: true, title };
}

export type TitleErrorCode = 'title-empty' | 'title-too-long';

/** The error code of a refused title; it is also the message's i18n key under `errors.`. */
export function titleErrorCode(problem: TitleProblem): TitleErrorCode {
  return problem === 'empty' ? 'title-empty' : 'title-too-long';
}

export type DateProblem = 'due-before-start';

export function checkDates(startDate: IsoDate | null, dueDate: IsoDate | null): DateProblem | null {
  if (startDate && dueDate && dueDate < startDate) return 'due-before-start';
  return null;
}

export interface TaskDefaults {
  id: string;
  planId: string;
  themeId: string;
  title: string;
  now: IsoDateTime;
}

export function blankTask(d: TaskDefaults, fields: Partial<Task> = {}): Task {
  return {
    id: d.id,
    planId: d.planId,
    themeId: d.themeId,
    actionId: null,
    title: d.title,
    description: '',
    status: 'gepland',
    sprintId: null,
    assigneeIds: [],
    dueDate: null,
    startDate: null,
    priority: 'normaal',
    checklist: [],
    notes: [],
    blockedReason: '',
    blockedSince: null,
    blockedBy: [],
    rank: 0,
    carryOverCount: 0,
    phase: null,
    plannerId: null,
    createdAt: d.now,
    updatedAt: d.now,
    completedAt: null,
    ...fields,
  };
}

/**
 * The bookkeeping that follows a status change: blocked-since starts when a task becomes blocked
 * and ends when it leaves that state; completed-at is set on done and cleared on reopening.
 */
export function withStatus(task: Task, status: Status, today: IsoDate, now: IsoDateTime): Task {
  if (task.status === status) return task;
  const next: Task = { ...task, status };
  if (status === 'geblokkeerd') next.blockedSince = task.blockedSince ?? today;
  else {
    next.blockedSince = null;
    next.blockedBy = [];
    next.blockedReason = '';
  }
  next.completedAt = status === 'afgerond' ? now : null;
  return next;
}

/** Applies a patch the way a user edit does: status bookkeeping included. */
export function applyPatch(
  task: Task,
  patch: Partial<Task>,
  today: IsoDate,
  now: IsoDateTime,
): Task {
  const { status, ...rest } = patch;
  let next: Task = { ...task, ...rest };
  if (status !== undefined) {
    next = withStatus({ ...next, status: task.status }, status, today, now);
    // A reason given together with the move into Geblokkeerd must survive the bookkeeping.
    if (status === 'geblokkeerd') {
      if (patch.blockedReason !== undefined) next.blockedReason = patch.blockedReason;
      if (patch.blockedBy !== undefined) next.blockedBy = patch.blockedBy;
    }
  }
  next.updatedAt = now;
  return next;
}

export function daysBlocked(
  task: Pick<Task, 'status' | 'blockedSince'>,
  today: IsoDate,
): number | null {
  if (task.status !== 'geblokkeerd' || !task.blockedSince) return null;
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${task.blockedSince}T00:00:00Z`);
  return Math.max(0, Math.round(ms / 86400000));
}

export function isLate(task: Pick<Task, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return task.status !== 'afgerond' && task.dueDate !== null && task.dueDate < today;
}

const TRACKED = ['status', 'sprintId', 'themeId', 'assigneeIds'] as const;

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** History lines for a change of a task (ids and plan are added by the writer). */
export function historyFor(
  before: Task | null,
  after: Task | null,
  at: IsoDateTime,
): Array<Omit<HistoryEntry, 'id'>> {
  const base = { planId: (after ?? before)?.planId ?? '', taskId: (after ?? before)?.id ?? '', at };
  if (!before && after) return [{ ...base, field: 'created', from: null, to: after.status }];
  if (before && !after) return [{ ...base, field: 'deleted', from: before.status, to: null }];
  if (!before || !after) return [];
  const out: Array<Omit<HistoryEntry, 'id'>> = [];
  for (const field of TRACKED) {
    if (!same(before[field], after[field])) {
      out.push({ ...base, field, from: before[field], to: after[field] });
    }
  }
  return out;
}
