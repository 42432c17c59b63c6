import { copyOfDeletedTask } from '../../domain/keepCopy';
import { applyPatch, blankTask } from '../../domain/tasks';
import { RANK_STEP } from '../../domain/ordering';
import type { ChecklistItem, IsoDate, IsoDateTime, Note, Task } from '../../domain/types';
import { newId } from '../../lib/ids';
import { CommandError } from '../errors';
import { tasksOfSprint } from '../queries';
import { db } from '../schema';
import { currentAuthor, planClock, removeTask, requirePlan, storeTask, write } from '../write';
import { requireTitle, validateTask } from './checks';

async function lastRank(planId: string, sprintId: string | null): Promise<number> {
  const tasks = await tasksOfSprint(planId, sprintId);
  return tasks.reduce((max, t) => Math.max(max, t.rank), 0);
}

/** A stored change of one task: the version before (null for a new task) and the one after. */
export interface TaskChange {
  before: Task | null;
  after: Task;
}

export interface NewTask extends Partial<Omit<Task, 'id' | 'planId' | 'themeId' | 'title'>> {
  planId: string;
  themeId: string;
  title: string;
}

export async function createTask(input: NewTask): Promise<Task> {
  const title = requireTitle(input.title);
  return write([db.tasks, db.history], async () => {
    const clock = planClock(await requirePlan(input.planId));
    const stamp = clock.now;
    const { planId, themeId, title: _t, ...fields } = input;
    const sprintId = fields.sprintId ?? null;
    const rank = fields.rank ?? (await lastRank(planId, sprintId)) + RANK_STEP;
    let task = blankTask(
      { id: newId(), planId, themeId, title, now: stamp },
      { ...fields, sprintId, rank },
    );
    if (fields.status === 'geblokkeerd' && !task.blockedSince)
      task = { ...task, blockedSince: clock.today };
    if (fields.status === 'afgerond' && !task.completedAt) task = { ...task, completedAt: stamp };
    validateTask(task);
    await storeTask(null, task);
    return task;
  });
}

/** Edits one task; returns the stored version and the one before, for undo. */
export async function updateTask(
  id: string,
  patch: Partial<Task>,
): Promise<{ before: Task; after: Task }> {
  const clean = { ...patch };
  delete clean.id;
  delete clean.planId;
  if (clean.title !== undefined) clean.title = requireTitle(clean.title);
  return write([db.tasks, db.history], async () => {
    const before = await db.tasks.get(id);
    if (!before) throw new CommandError('not-found');
    const clock = planClock(await requirePlan(before.planId));
    const after = applyPatch(before, clean, clock.today, clock.now);
    validateTask(after);
    await storeTask(before, after);
    return { before, after };
  });
}

/** A drop on the board: the moved task's new fields plus, when a column ran out of room, fresh ranks. */
export async function moveTask(
  id: string,
  patch: Partial<Task>,
  reranked: ReadonlyArray<{ id: string; rank: number }> = [],
): Promise<{ before: Task; after: Task }> {
  return write([db.tasks, db.history], async () => {
    for (const r of reranked) {
      if (r.id !== id) await db.tasks.update(r.id, { rank: r.rank });
    }
    return updateTask(id, patch);
  });
}

export async function deleteTask(id: string): Promise<Task> {
  return write([db.tasks, db.history], async () => {
    const before = await db.tasks.get(id);
    if (!before) throw new CommandError('not-found');
    const clock = planClock(await requirePlan(before.planId));
    await removeTask(before, clock.now);
    return before;
  });
}

/**
 * Puts back, as a new task, a task that was deleted elsewhere while it was open here: the last
 * version this device saw, minus references to what is gone (see copyOfDeletedTask).
 */
export async function keepCopyOfTask(seen: Task): Promise<Task> {
  return write([db.tasks, db.history, db.themes, db.actions, db.sprints, db.people], async () => {
    const clock = planClock(await requirePlan(seen.planId));
    const [themes, actions, sprints, people, blocking] = await Promise.all([
      db.themes.where('planId').equals(seen.planId).sortBy('order'),
      db.actions.where('planId').equals(seen.planId).toArray(),
      db.sprints.where('planId').equals(seen.planId).primaryKeys(),
      db.people.where('planId').equals(seen.planId).primaryKeys(),
      db.tasks.bulkGet(seen.blockedBy),
    ]);
    const copy = copyOfDeletedTask(seen, {
      themeIds: themes.map((th) => th.id),
      actions,
      sprintIds: new Set(sprints.map(String)),
      personIds: new Set(people.map(String)),
      taskIds: new Set(blocking.flatMap((t) => (t && t.planId === seen.planId ? [t.id] : []))),
    });
    if (!copy) throw new CommandError('not-found');
    const task: Task = { ...copy, id: newId(), createdAt: clock.now, updatedAt: clock.now };
    validateTask(task);
    await storeTask(null, task);
    return task;
  });
}

export async function addChecklistItem(taskId: string, title: string): Promise<TaskChange> {
  const clean = requireTitle(title);
  return mutateTask(taskId, (t) => ({
    checklist: [...t.checklist, { id: newId(), title: clean, done: false }],
  }));
}

export async function setChecklist(
  taskId: string,
  checklist: ChecklistItem[],
): Promise<TaskChange> {
  return mutateTask(taskId, () => ({ checklist }));
}

/** A note dated `date`, by default the plan's today. */
export async function addNote(taskId: string, text: string, date?: IsoDate): Promise<TaskChange> {
  const clean = text.trim();
  if (!clean) throw new CommandError('note-empty');
  return mutateTask(taskId, (t, clock) => ({
    notes: [
      {
        id: newId(),
        date: date ?? clock.today,
        text: clean,
        ...(clock.author ? { by: clock.author } : {}),
      } satisfies Note,
      ...t.notes,
    ],
  }));
}

export async function deleteNote(taskId: string, noteId: string): Promise<TaskChange> {
  return mutateTask(taskId, (t) => ({ notes: t.notes.filter((n) => n.id !== noteId) }));
}

// Reads and writes in one transaction so that two quick edits of a list never overwrite each other.
async function mutateTask(
  taskId: string,
  change: (
    t: Task,
    clock: { today: IsoDate; now: IsoDateTime; author: string | null },
  ) => Partial<Task>,
): Promise<{ before: Task; after: Task }> {
  return write([db.tasks, db.history], async () => {
    const before = await db.tasks.get(taskId);
    if (!before) throw new CommandError('not-found');
    const clock = planClock(await requirePlan(before.planId));
    const author = await currentAuthor(before.planId);
    const after = applyPatch(before, change(before, { ...clock, author }), clock.today, clock.now);
    await storeTask(before, after);
    return { before, after };
  });
}
