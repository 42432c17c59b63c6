// The repair of tasks and their history, the largest part of src/domain/repair.ts.
import { RANK_STEP } from './ordering';
import {
  HISTORY_FIELDS,
  PHASES,
  PRIORITIES,
  STATUSES,
  type Action,
  type HistoryEntry,
  type Task,
  type Theme,
} from './types';
import type { RepairKind, Repair } from './repair';
import {
  type Row,
  isRecord,
  isText,
  isId,
  isFiniteNumber,
  isDate,
  isMoment,
  isOneOf,
  isTitle,
  isStringList,
  show,
  titleOr,
  Repairer,
  fixFields,
  Unlabeled,
} from './repairRows';

export const CHECKLIST_ITEM = (v: unknown) =>
  isRecord(v) && isId(v.id) && isText(v.title) && typeof v.done === 'boolean';
export const NOTE = (v: unknown) => isRecord(v) && isId(v.id) && isDate(v.date) && isText(v.text);

export interface TaskWorld {
  themes: Map<string, Theme>;
  actions: ReadonlyMap<string, Action>;
  sprintIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  taskIds: ReadonlySet<string>;
}

export const key = (planId: string, id: unknown) => `${planId}/${show(id)}`;

export function repairTask(row: Row, world: TaskWorld, unlabeled: Unlabeled, r: Repairer): Task {
  const id = row.id as string;
  const planId = row.planId as string;
  const title = titleOr(row.title, r.ctx.names.untitled);
  const day = r.ctx.now.slice(0, 10);
  const t = fixFields(
    row,
    [
      ['title', isTitle, title],
      ['description', isText, ''],
      ['actionId', (v) => v === null || isText(v), null],
      ['sprintId', (v) => v === null || isText(v), null],
      ['assigneeIds', isStringList, []],
      ['blockedBy', isStringList, []],
      ['dueDate', (v) => v === null || isDate(v), null],
      ['startDate', (v) => v === null || isDate(v), null],
      ['priority', isOneOf(PRIORITIES), 'normaal'],
      ['checklist', (v) => Array.isArray(v) && v.every(CHECKLIST_ITEM), checklistOf(row)],
      ['notes', (v) => Array.isArray(v) && v.every(NOTE), notesOf(row, day)],
      ['blockedReason', isText, ''],
      ['blockedSince', (v) => v === null || isDate(v), null],
      ['rank', isFiniteNumber, RANK_STEP],
      ['carryOverCount', (v) => Number.isInteger(v) && (v as number) >= 0, 0],
      ['phase', (v) => v === null || isOneOf(PHASES)(v), null],
      ['plannerId', (v) => v === null || isText(v), null],
      ['createdAt', isText, r.ctx.now],
      ['updatedAt', isText, r.ctx.now],
      ['completedAt', (v) => v === null || isMoment(v), null],
    ],
    r,
    () => ({ table: 'tasks', planId, taskId: id, name: title }),
  ) as unknown as Task;
  let out = t;
  const change = (kind: RepairKind, patch: Partial<Task>, params: Repair['params'] = {}) => {
    out = { ...out, ...patch };
    r.note(kind, planId, id, { task: title, ...params });
  };

  if (!isOneOf(STATUSES)(t.status))
    change(
      'task-status',
      { status: t.sprintId === null ? 'backlog' : 'gepland' },
      {
        value: show(t.status),
      },
    );
  if (!isId(t.themeId) || !world.themes.has(key(planId, t.themeId)))
    change(
      'task-theme-missing',
      { themeId: unlabeled.themeOf(planId) },
      {
        id: show(t.themeId),
        theme: r.ctx.names.unlabeledTheme,
      },
    );
  if (t.sprintId !== null && !world.sprintIds.has(key(planId, t.sprintId)))
    change('task-sprint-missing', { sprintId: null }, { id: t.sprintId });
  if (t.actionId !== null) {
    const action = world.actions.get(key(planId, t.actionId));
    if (!action) change('task-action-missing', { actionId: null }, { id: t.actionId });
    else if (action.themeId !== out.themeId)
      change('task-action-other-theme', { actionId: null }, { action: action.title });
  }
  for (const person of t.assigneeIds.filter((p) => !world.personIds.has(key(planId, p))))
    change(
      'task-assignee-missing',
      { assigneeIds: out.assigneeIds.filter((p) => p !== person) },
      {
        id: person,
      },
    );
  for (const blocker of t.blockedBy.filter((b) => !world.taskIds.has(key(planId, b))))
    change(
      'task-blocker-missing',
      { blockedBy: out.blockedBy.filter((b) => b !== blocker) },
      {
        id: blocker,
      },
    );
  if (t.startDate !== null && t.dueDate !== null && t.dueDate < t.startDate)
    change('task-dates-swapped', { startDate: t.dueDate, dueDate: t.startDate });
  if (out.status === 'geblokkeerd' && out.blockedReason.trim() === '')
    change('task-blocked-reason', { blockedReason: r.ctx.names.missingReason });
  if (out.status === 'afgerond' && out.completedAt === null)
    change('task-completed', {
      completedAt: isMoment(out.updatedAt) ? out.updatedAt : r.ctx.now,
    });
  return out;
}

export function checklistOf(row: Row): unknown[] {
  const list = Array.isArray(row.checklist) ? row.checklist : [];
  return list.filter(isRecord).map((c, i) => ({
    id: isId(c.id) ? c.id : `${show(row.id)}-c${i + 1}`,
    title: isText(c.title) ? c.title : show(c.title ?? ''),
    done: c.done === true,
  }));
}

export function notesOf(row: Row, day: string): unknown[] {
  const list = Array.isArray(row.notes) ? row.notes : [];
  return list.filter(isRecord).map((n, i) => ({
    id: isId(n.id) ? n.id : `${show(row.id)}-n${i + 1}`,
    date: isDate(n.date) ? n.date : day,
    text: isText(n.text) ? n.text : show(n.text ?? ''),
  }));
}

/**
 * History of a task that no longer exists is dropped, unless the task was deleted (its last
 * lines tell the report when it left); so are lines the app cannot read.
 */
export function repairHistory(
  rows: Row[],
  tasks: ReadonlyArray<Pick<Task, 'id' | 'planId'>>,
  r: Repairer,
): HistoryEntry[] {
  const taskPlan = new Map(tasks.map((t) => [t.id, t.planId]));
  const deleted = new Set(
    rows.filter((h) => h.field === 'deleted' && isId(h.taskId)).map((h) => h.taskId as string),
  );
  const dropped = new Map<string, { planId: string; count: number }>();
  const out: HistoryEntry[] = [];
  const value = (v: unknown) => v === null || isText(v) || isStringList(v);
  for (const h of rows) {
    const taskId = isId(h.taskId) ? h.taskId : '';
    const known = taskPlan.has(taskId) || deleted.has(taskId);
    const readableLine =
      isId(h.planId) &&
      isText(h.at) &&
      isOneOf(HISTORY_FIELDS)(h.field) &&
      'from' in h &&
      'to' in h &&
      value(h.from) &&
      value(h.to);
    const plan = taskPlan.get(taskId);
    // A line follows its task when the repair moved that task to another plan.
    if (known && readableLine)
      out.push((plan && plan !== h.planId ? { ...h, planId: plan } : h) as unknown as HistoryEntry);
    else {
      const entry = dropped.get(taskId) ?? {
        planId: taskPlan.get(taskId) ?? show(h.planId),
        count: 0,
      };
      entry.count += 1;
      dropped.set(taskId, entry);
    }
  }
  for (const [taskId, { planId, count }] of dropped)
    r.note('history-dropped', planId, null, { id: taskId, count });
  return out;
}
