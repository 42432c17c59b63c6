import { statusWithoutSprint } from '../backlog';
import { isIsoDate } from '../dates';
import { RANK_STEP } from '../ordering';
import { applyPatch, blankTask, checkDates, checkTitle } from '../tasks';
import type { IsoDate, IsoDateTime, Person, Sprint, Task, Theme } from '../types';
import { initialsOf } from '../planSettings';
import { IMPORT_THEME_COLORS, type ImportRow } from './planner';
import { nameKey } from './plannerCells';

export interface PlannerImportResult {
  created: number;
  updated: number;
  themesCreated: number;
  peopleCreated: number;
}

/** The plan an import goes into, as it stands before the import. */
export interface PlannerMergeTarget {
  planId: string;
  themes: readonly Theme[];
  people: readonly Person[];
  sprints: readonly Pick<Sprint, 'id'>[];
  tasks: readonly Task[];
}

export interface PlannerMergeContext {
  now: IsoDateTime;
  today: IsoDate;
  /** Name of the theme for tasks without a label ("Zonder label"), in the user's language. */
  unlabeledName: string;
  /** New ids for themes, people, tasks and checklist items (random in the app, counted in tests). */
  makeId: () => string;
}

export interface PlannerMergePlan {
  /** Themes and people the import creates. */
  themes: Theme[];
  people: Person[];
  /** Every task the import creates (before null) or changes, in the order of the file. */
  tasks: Array<{ before: Task | null; after: Task }>;
  result: PlannerImportResult;
}

export type PlannerMergeProblem =
  'title-empty' | 'title-too-long' | 'date-invalid' | 'due-before-start';

export type PlannerMergeOutcome =
  { ok: true; plan: PlannerMergePlan } | { ok: false; problem: PlannerMergeProblem };

// Planner gives days only; noon UTC keeps that day in every European time zone.
const plannerMoment = (date: string) => `${date}T12:00:00.000Z`;

class Refused extends Error {
  constructor(readonly problem: PlannerMergeProblem) {
    super(problem);
  }
}

function title(raw: string): string {
  const checked = checkTitle(raw);
  if (!checked.ok)
    throw new Refused(checked.problem === 'empty' ? 'title-empty' : 'title-too-long');
  return checked.title;
}

function checkTaskDates(task: Task): void {
  for (const d of [task.dueDate, task.startDate])
    if (d !== null && !isIsoDate(d)) throw new Refused('date-invalid');
  if (checkDates(task.startDate, task.dueDate)) throw new Refused('due-before-start');
}

/**
 * What importing the rows of a Planner preview does to a plan: missing themes and people are
 * created, and a task that came from the same Planner Task ID before is updated, not doubled.
 * Refused as a whole when one row cannot be stored, so an import is all or nothing.
 */
export function planPlannerImport(
  target: PlannerMergeTarget,
  rows: readonly ImportRow[],
  ctx: PlannerMergeContext,
): PlannerMergeOutcome {
  try {
    return { ok: true, plan: merge(target, rows, ctx) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}

function merge(
  target: PlannerMergeTarget,
  rows: readonly ImportRow[],
  ctx: PlannerMergeContext,
): PlannerMergePlan {
  const { now: stamp, today: day, makeId } = ctx;
  const { planId } = target;
  const unlabeled = title(ctx.unlabeledName);
  const incoming = rows.flatMap((r) => (r.task ? [{ ...r.task, title: title(r.task.title) }] : []));
  const out: PlannerMergePlan = {
    themes: [],
    people: [],
    tasks: [],
    result: { created: 0, updated: 0, themesCreated: 0, peopleCreated: 0 },
  };

  const themeByKey = new Map<string, string>();
  for (const t of target.themes) themeByKey.set(nameKey(t.name), t.id);
  for (const t of target.themes) themeByKey.set(nameKey(t.label), t.id);
  let order = target.themes.reduce((m, t) => Math.max(m, t.order), 0);
  const themeFor = (label: string | null): string => {
    const name = label === null ? unlabeled : title(label);
    const known = themeByKey.get(nameKey(name));
    if (known) return known;
    const theme: Theme = {
      id: makeId(),
      planId,
      label: name,
      name,
      color: IMPORT_THEME_COLORS[out.themes.length % IMPORT_THEME_COLORS.length]!,
      order: ++order,
      updatedAt: stamp,
    };
    out.themes.push(theme);
    themeByKey.set(nameKey(name), theme.id);
    return theme.id;
  };

  const personByKey = new Map<string, string>();
  for (const p of target.people) personByKey.set(nameKey(p.name), p.id);
  const personFor = (raw: string): string => {
    const name = title(raw);
    const known = personByKey.get(nameKey(name));
    if (known) return known;
    const person: Person = {
      id: makeId(),
      planId,
      name,
      initials: initialsOf(name),
      color: IMPORT_THEME_COLORS[out.people.length % IMPORT_THEME_COLORS.length]!,
      role: '',
    };
    out.people.push(person);
    personByKey.set(nameKey(name), person.id);
    return person.id;
  };

  const sprintIds = new Set(target.sprints.map((s) => s.id));
  const byPlannerId = new Map(
    target.tasks.filter((t) => t.plannerId !== null).map((t) => [t.plannerId as string, t]),
  );
  // A row named twice in one file changes its task once, from how it stood before the import.
  const original = new Map<string, Task | null>();
  const position = new Map<string, number>();
  const maxRank = new Map<string | null, number>();
  for (const t of target.tasks)
    maxRank.set(t.sprintId, Math.max(maxRank.get(t.sprintId) ?? 0, t.rank));

  for (const item of incoming) {
    const themeId = themeFor(item.label);
    const assigneeIds: string[] = [];
    for (const name of item.assignees) {
      const id = personFor(name);
      if (!assigneeIds.includes(id)) assigneeIds.push(id);
    }
    const sprintId = item.sprintId !== null && sprintIds.has(item.sprintId) ? item.sprintId : null;
    const before = item.plannerId ? byPlannerId.get(item.plannerId) : undefined;
    const fields = {
      title: item.title,
      description: item.description,
      priority: item.priority,
      dueDate: item.dueDate,
      startDate: item.startDate,
      themeId,
      assigneeIds,
    };
    let after: Task;
    if (before) {
      // Ticks made here survive when the item names still match.
      const keptIds = new Map(before.checklist.map((c) => [nameKey(c.title), c.id]));
      const checklist = item.checklist.map((c) => {
        const id = keptIds.get(nameKey(c.title));
        keptIds.delete(nameKey(c.title));
        return { id: id ?? makeId(), title: c.title, done: c.done };
      });
      // Without a due date Planner says nothing about the sprint: keep where the team put it.
      const place = item.dueDate !== null ? sprintId : before.sprintId;
      const status = place === null ? statusWithoutSprint(item.status) : item.status;
      const patch: Partial<Task> = { ...fields, checklist, status };
      if (item.dueDate !== null) patch.sprintId = sprintId;
      after = applyPatch(before, patch, day, stamp);
      out.result.updated += 1;
    } else {
      const rank = (maxRank.get(sprintId) ?? 0) + RANK_STEP;
      maxRank.set(sprintId, rank);
      const status = sprintId === null ? statusWithoutSprint(item.status) : item.status;
      after = blankTask(
        { id: makeId(), planId, themeId, title: item.title, now: stamp },
        {
          ...fields,
          status,
          sprintId,
          rank,
          plannerId: item.plannerId,
          checklist: item.checklist.map((c) => ({ id: makeId(), title: c.title, done: c.done })),
          createdAt: item.createdDate ? plannerMoment(item.createdDate) : stamp,
          blockedSince: status === 'geblokkeerd' ? day : null,
          completedAt: status === 'afgerond' ? stamp : null,
        },
      );
      out.result.created += 1;
    }
    if (after.status === 'afgerond' && item.completedDate)
      after = { ...after, completedAt: plannerMoment(item.completedDate) };
    checkTaskDates(after);
    if (!original.has(after.id)) original.set(after.id, before ?? null);
    const change = { before: original.get(after.id) ?? null, after };
    const at = position.get(after.id);
    if (at === undefined) position.set(after.id, out.tasks.push(change) - 1);
    else out.tasks[at] = change;
    if (after.plannerId) byPlannerId.set(after.plannerId, after);
  }
  out.result.themesCreated = out.themes.length;
  out.result.peopleCreated = out.people.length;
  return out;
}
