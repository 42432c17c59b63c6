import { statusWithoutSprint } from '../../domain/backlog';
import { applyPatch, blankTask } from '../../domain/tasks';
import { RANK_STEP } from '../../domain/ordering';
import type { Person, Task, Theme } from '../../domain/types';
import { now, today } from '../../lib/clock';
import { newId } from '../../lib/ids';

import { db } from '../schema';
import {
  IMPORT_THEME_COLORS,
  initialsOf,
  nameKey,
  type ImportRow,
} from '../../domain/import/planner';
import { storeTask, requirePlan, write } from '../write';
import { requireTitle, validateTask } from './checks';

export interface PlannerImportOptions {
  /** Name of the theme for tasks without a label ("Zonder label"), in the user's language. */
  unlabeledName: string;
}

export interface PlannerImportResult {
  created: number;
  updated: number;
  themesCreated: number;
  peopleCreated: number;
}

// Planner gives days only; noon UTC keeps that day in every European time zone.
const plannerMoment = (date: string) => `${date}T12:00:00.000Z`;

/**
 * Writes the rows of a Planner preview into a plan, in one transaction: missing themes and people
 * are created, and a task that came from the same Planner Task ID before is updated, not doubled.
 */
export async function importPlanner(
  planId: string,
  rows: readonly ImportRow[],
  options: PlannerImportOptions,
): Promise<PlannerImportResult> {
  const unlabeled = requireTitle(options.unlabeledName);
  const incoming = rows.flatMap((r) =>
    r.task ? [{ ...r.task, title: requireTitle(r.task.title) }] : [],
  );
  return write([db.plans, db.themes, db.people, db.sprints, db.tasks, db.history], async () => {
    await requirePlan(planId);
    const stamp = now();
    const day = today();
    const result: PlannerImportResult = {
      created: 0,
      updated: 0,
      themesCreated: 0,
      peopleCreated: 0,
    };

    const themes = await db.themes.where('planId').equals(planId).toArray();
    const themeByKey = new Map<string, string>();
    for (const t of themes) themeByKey.set(nameKey(t.name), t.id);
    for (const t of themes) themeByKey.set(nameKey(t.label), t.id);
    let order = themes.reduce((m, t) => Math.max(m, t.order), 0);
    const themeFor = async (label: string | null): Promise<string> => {
      const name = label === null ? unlabeled : requireTitle(label);
      const known = themeByKey.get(nameKey(name));
      if (known) return known;
      const theme: Theme = {
        id: newId(),
        planId,
        label: name,
        name,
        color: IMPORT_THEME_COLORS[result.themesCreated % IMPORT_THEME_COLORS.length]!,
        order: ++order,
        updatedAt: stamp,
      };
      await db.themes.add(theme);
      themeByKey.set(nameKey(name), theme.id);
      result.themesCreated += 1;
      return theme.id;
    };

    const personByKey = new Map<string, string>();
    for (const p of await db.people.where('planId').equals(planId).toArray())
      personByKey.set(nameKey(p.name), p.id);
    const personFor = async (raw: string): Promise<string> => {
      const name = requireTitle(raw);
      const known = personByKey.get(nameKey(name));
      if (known) return known;
      const person: Person = {
        id: newId(),
        planId,
        name,
        initials: initialsOf(name),
        color: IMPORT_THEME_COLORS[result.peopleCreated % IMPORT_THEME_COLORS.length]!,
        role: '',
      };
      await db.people.add(person);
      personByKey.set(nameKey(name), person.id);
      result.peopleCreated += 1;
      return person.id;
    };

    const sprintIds = new Set(
      (await db.sprints.where('planId').equals(planId).toArray()).map((s) => s.id),
    );
    const existing = await db.tasks.where('planId').equals(planId).toArray();
    const byPlannerId = new Map(
      existing.filter((t) => t.plannerId !== null).map((t) => [t.plannerId as string, t]),
    );
    const maxRank = new Map<string | null, number>();
    for (const t of existing)
      maxRank.set(t.sprintId, Math.max(maxRank.get(t.sprintId) ?? 0, t.rank));

    for (const item of incoming) {
      const themeId = await themeFor(item.label);
      const assigneeIds: string[] = [];
      for (const name of item.assignees) {
        const id = await personFor(name);
        if (!assigneeIds.includes(id)) assigneeIds.push(id);
      }
      const sprintId =
        item.sprintId !== null && sprintIds.has(item.sprintId) ? item.sprintId : null;
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
          return { id: id ?? newId(), title: c.title, done: c.done };
        });
        // Without a due date Planner says nothing about the sprint: keep where the team put it.
        const place = item.dueDate !== null ? sprintId : before.sprintId;
        const status = place === null ? statusWithoutSprint(item.status) : item.status;
        const patch: Partial<Task> = { ...fields, checklist, status };
        if (item.dueDate !== null) patch.sprintId = sprintId;
        after = applyPatch(before, patch, day, stamp);
        result.updated += 1;
      } else {
        const rank = (maxRank.get(sprintId) ?? 0) + RANK_STEP;
        maxRank.set(sprintId, rank);
        const status = sprintId === null ? statusWithoutSprint(item.status) : item.status;
        after = blankTask(
          { id: newId(), planId, themeId, title: item.title, now: stamp },
          {
            ...fields,
            status,
            sprintId,
            rank,
            plannerId: item.plannerId,
            checklist: item.checklist.map((c) => ({ id: newId(), title: c.title, done: c.done })),
            createdAt: item.createdDate ? plannerMoment(item.createdDate) : stamp,
            blockedSince: status === 'geblokkeerd' ? day : null,
            completedAt: status === 'afgerond' ? stamp : null,
          },
        );
        result.created += 1;
      }
      if (after.status === 'afgerond' && item.completedDate)
        after = { ...after, completedAt: plannerMoment(item.completedDate) };
      validateTask(after);
      await storeTask(before ?? null, after);
      if (after.plannerId) byPlannerId.set(after.plannerId, after);
    }
    return result;
  });
}
