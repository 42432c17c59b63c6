import { REPAIR_NAMES } from '../builders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAll, restoreBackup } from '../../src/db/commands/backup';
import {
  createAction,
  createPerson,
  createTheme,
  updatePerson,
  updateTheme,
} from '../../src/db/commands/catalogue';
import { importPlanner } from '../../src/db/commands/plannerImport';
import {
  createPlan,
  setSprintLength,
  setStatusWipLimit,
  updatePlan,
  updateSprint,
} from '../../src/db/commands/plans';
import {
  type NewTask,
  addChecklistItem,
  addNote,
  createTask,
  updateTask,
} from '../../src/db/commands/tasks';
import { CommandError } from '../../src/db/errors';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { makeBackup, parseBackup, type Backup } from '../../src/domain/backup';
import { parseUserDate } from '../../src/domain/dates';
import { parsePlanner } from '../../src/domain/import/planner';
import { setClock } from '../../src/lib/clock';
import { nl } from '../../src/i18n/nl';

// Bad input at the door of the database: every case either gets a Dutch error code or is stored
// exactly as text, and in both cases every other row stays as it was.

interface Ctx {
  planId: string;
  themeId: string;
  sprintId: string;
  taskId: string;
}
const ctx: Ctx = { planId: '', themeId: '', sprintId: '', taskId: '' };

async function everything() {
  return Promise.all(db.tables.map((t) => t.toArray()));
}

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
  const rows = demoRows();
  await writePlanRows(rows);
  const sprint = rows.sprints.find((s) => s.number === 4)!;
  const task = rows.tasks.find((t) => t.sprintId === sprint.id)!;
  Object.assign(ctx, {
    planId: rows.plan.id,
    themeId: rows.themes[0]!.id,
    sprintId: sprint.id,
    taskId: task.id,
  });
});
afterEach(() => setClock(null));

const newTask = (fields: Partial<NewTask>) => () =>
  createTask({
    planId: ctx.planId,
    themeId: ctx.themeId,
    title: 'Geldige titel',
    ...fields,
  });
const edit = (patch: Parameters<typeof updateTask>[1]) => () => updateTask(ctx.taskId, patch);
const settings = (firstStart: string, lengthWeeks: number) => () =>
  updatePlan(ctx.planId, { sprintSettings: { firstStart, lengthWeeks } });

const LONG = 'x'.repeat(10_000);

/** The current database as a backup, with one change made to a copy of it. */
async function backupWith(change: (backup: Backup) => void): Promise<Backup> {
  const backup = structuredClone(makeBackup(await exportAll(), '2025-05-20T10:00:00.000Z'));
  change(backup);
  return backup;
}
const firstTask = (backup: Backup) => backup.data.tasks[0]!;

const REFUSED: Array<[string, () => Promise<unknown>, string]> = [
  ['an empty title', newTask({ title: '' }), 'title-empty'],
  ['a title of spaces, tabs and newlines', newTask({ title: ' \t\n  \r\n ' }), 'title-empty'],
  ['a title of non-breaking spaces', newTask({ title: '\u00a0\u00a0' }), 'title-empty'],
  ['a 10,000-character title', newTask({ title: LONG }), 'title-too-long'],
  ['a 501-character title', newTask({ title: 'a'.repeat(501) }), 'title-too-long'],
  ['an edit to an empty title', edit({ title: '   ' }), 'title-empty'],
  ['an edit to a 10,000-character title', edit({ title: LONG }), 'title-too-long'],
  ['due date 31-02 (2025-02-31)', newTask({ dueDate: '2025-02-31' }), 'date-invalid'],
  ['due date in Belgian form 31-02-2025', newTask({ dueDate: '31-02-2025' }), 'date-invalid'],
  ['start date month 13', newTask({ startDate: '2025-13-01' }), 'date-invalid'],
  ['a due date of plain text', newTask({ dueDate: 'morgen' }), 'date-invalid'],
  ['29 February in a non-leap year', edit({ dueDate: '2025-02-29' }), 'date-invalid'],
  [
    'a due date before the start date',
    newTask({ startDate: '2025-06-08', dueDate: '2025-05-01' }),
    'due-before-start',
  ],
  [
    'an edit moving the due date before the start',
    edit({ startDate: '2025-06-01', dueDate: '2025-05-31' }),
    'due-before-start',
  ],
  [
    'an edit of a task that no longer exists',
    () => updateTask('gone', { title: 'x' }),
    'not-found',
  ],
  ['a sprint length of 0 in the plan', settings('2025-01-06', 0), 'sprint-length'],
  ['a negative sprint length', settings('2025-01-06', -6), 'sprint-length'],
  ['a sprint length of 1.5 weeks', settings('2025-01-06', 1.5), 'sprint-length'],
  ['a sprint length of 27 weeks', settings('2025-01-06', 27), 'sprint-length'],
  ['a sprint length that is not a number', settings('2025-01-06', Number.NaN), 'sprint-length'],
  ['a first sprint start on 31-02', settings('2025-02-31', 6), 'date-invalid'],
  ['one sprint stretched to 0 weeks', () => setSprintLength(ctx.sprintId, 0), 'sprint-length'],
  ['a plan year of 99999', () => updatePlan(ctx.planId, { year: 99999 }), 'year-invalid'],
  ['an empty plan name', () => updatePlan(ctx.planId, { name: ' ' }), 'title-empty'],
  [
    'a new plan with sprint length 0',
    () =>
      createPlan({
        name: 'Nul',
        year: 2026,
        sprintSettings: { firstStart: '2026-01-05', lengthWeeks: 0 },
      }),
    'sprint-length',
  ],
  [
    'a new plan for the year 1999',
    () =>
      createPlan({
        name: 'Te vroeg',
        year: 1999,
        sprintSettings: { firstStart: '1999-01-04', lengthWeeks: 6 },
      }),
    'year-invalid',
  ],
  [
    'a new plan for the year 2101',
    () =>
      createPlan({
        name: 'Te laat',
        year: 2101,
        sprintSettings: { firstStart: '2101-01-03', lengthWeeks: 6 },
      }),
    'year-invalid',
  ],
  ['a plan year of 2025.5', () => updatePlan(ctx.planId, { year: 2025.5 }), 'year-invalid'],
  ['an empty note', () => addNote(ctx.taskId, '  \n '), 'note-empty'],
  ['an empty checklist item', () => addChecklistItem(ctx.taskId, ''), 'title-empty'],
  [
    'an empty theme name',
    () => createTheme({ planId: ctx.planId, name: '', label: '', color: '#000000' }),
    'title-empty',
  ],
  [
    'a JSON backup from another app',
    () => restoreBackup({ board: 'trello', cards: [{ name: 'x' }] } as never, REPAIR_NAMES),
    'backup-invalid',
  ],
  [
    'an empty action title',
    () => createAction({ planId: ctx.planId, themeId: ctx.themeId, title: ' \n ' }),
    'title-empty',
  ],
  [
    'a 10,000-character action title',
    () => createAction({ planId: ctx.planId, themeId: ctx.themeId, title: LONG }),
    'title-too-long',
  ],
  [
    'an empty person name',
    () => createPerson({ planId: ctx.planId, name: '\t', role: '' }),
    'title-empty',
  ],
  [
    'a 10,000-character person name',
    () => createPerson({ planId: ctx.planId, name: LONG, role: '' }),
    'title-too-long',
  ],
  [
    'a 10,000-character theme name',
    () => createTheme({ planId: ctx.planId, name: LONG, label: 'kort', color: '#000000' }),
    'title-too-long',
  ],
  ['a 10,000-character plan name', () => updatePlan(ctx.planId, { name: LONG }), 'title-too-long'],
  [
    'a checklist item of 10,000 characters',
    () => addChecklistItem(ctx.taskId, LONG),
    'title-too-long',
  ],
  [
    'person initials of 4 letters',
    () => createPerson({ planId: ctx.planId, name: 'Ann Peeters', role: '', initials: 'ABCD' }),
    'initials-too-long',
  ],
  [
    'an edit of initials to spaces',
    async () => updatePerson((await db.people.toCollection().first())!.id, { initials: '  ' }),
    'initials-empty',
  ],
  [
    'a person colour white text is unreadable on',
    async () => updatePerson((await db.people.toCollection().first())!.id, { color: '#eeeeee' }),
    'color-too-light',
  ],
  [
    'a theme colour that is no colour',
    () => createTheme({ planId: ctx.planId, name: 'Nieuw', label: 'nieuw', color: 'rood' }),
    'color-invalid',
  ],
  [
    'a theme colour white text is unreadable on',
    () => updateTheme(ctx.themeId, { color: '#ffff00' }),
    'color-too-light',
  ],
  [
    'a WIP limit of 0 on a status',
    () => setStatusWipLimit(ctx.planId, 'in-uitvoering', 0),
    'wip-limit-invalid',
  ],
  [
    'a WIP limit of 2.5 on a theme',
    () => updateTheme(ctx.themeId, { wipLimit: 2.5 }),
    'wip-limit-invalid',
  ],
  [
    'a Planner import whose unlabeled theme name is empty',
    () => importPlanner(ctx.planId, [], { unlabeledName: '  ', names: REPAIR_NAMES }),
    'title-empty',
  ],
  [
    'a backup whose task rows were cut off',
    async () => {
      const backup = makeBackup(await exportAll(), '2025-05-20T10:00:00.000Z');
      const [first] = backup.data.tasks;
      const cut = { id: first!.id, planId: first!.planId, title: first!.title };
      return restoreBackup(
        { ...backup, data: { ...backup.data, tasks: [cut as never] } },
        REPAIR_NAMES,
      );
    },
    'backup-invalid',
  ],
];

// A backup is input too: what the screens refuse must not come in through a file. These rows
// pass the shape check today, so the restore stores them (see /work/notes/badinput.md).
const BAD_BACKUPS: Array<[string, (b: Backup) => void]> = [
  ['a WIP limit of -1 on a status', (b) => (b.data.plans[0]!.wipLimits = { gepland: -1 })],
  ['a plan with a sprint length of 0', (b) => (b.data.plans[0]!.sprintSettings.lengthWeeks = 0)],
  ['a task due on 31-02', (b) => (firstTask(b).dueDate = '2025-02-31')],
  ['a task with an empty title', (b) => (firstTask(b).title = '   ')],
  ['a task with a 10,000-character title', (b) => (firstTask(b).title = LONG)],
  [
    'a task due before its start',
    (b) => Object.assign(firstTask(b), { startDate: '2025-06-08', dueDate: '2025-05-01' }),
  ],
];

describe('a backup carrying input the screens refuse', () => {
  it.each(BAD_BACKUPS)('%s is refused and changes nothing', async (_what, change) => {
    const backup = await backupWith(change);
    const before = await everything();
    const error = await restoreBackup(backup, REPAIR_NAMES).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as CommandError | null)?.code).toBe('backup-invalid');
    expect(await everything()).toEqual(before);
  });
});

describe('refused input changes nothing', () => {
  it.each(REFUSED)('%s → %s', async (_what, run, code) => {
    const before = await everything();
    const error = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe(code);
    // The code has a Dutch message for the toast.
    expect(nl.errors[code as keyof typeof nl.errors]).toMatch(/\S/);
    expect(await everything()).toEqual(before);
  });
});

const SCRIPT_TITLE = '<img src=x onerror="alert(1)">';
const STORED: Array<[string, string, string]> = [
  ['HTML with an onerror handler', SCRIPT_TITLE, SCRIPT_TITLE],
  ['a script tag', '<script>alert("xss")</script>', '<script>alert("xss")</script>'],
  [
    'emoji with skin tones and joiners',
    '🚀 Lancering 👩🏽‍💻 AI-fonds ✅',
    '🚀 Lancering 👩🏽‍💻 AI-fonds ✅',
  ],
  ['right-to-left Arabic', 'مراجعة سياسة الذكاء الاصطناعي', 'مراجعة سياسة الذكاء الاصطناعي'],
  ['mixed Hebrew and Dutch', 'DPIA בדיקה M365', 'DPIA בדיקה M365'],
  ['a right-to-left override character', 'abc\u202edcba', 'abc\u202edcba'],
  ['exactly 500 characters', 'é'.repeat(500), 'é'.repeat(500)],
  ['surrounding and inner whitespace', '  Opleiding   prompting \n', 'Opleiding prompting'],
  ['SQL-looking text', "'); DROP TABLE tasks;--", "'); DROP TABLE tasks;--"],
  ['template and i18n braces', '{{count}} ${x} %s', '{{count}} ${x} %s'],
];

describe('unusual text is stored exactly as text', () => {
  it.each(STORED)('a new task titled with %s', async (_what, title, expected) => {
    const before = await db.tasks.toArray();
    const historyBefore = await db.history.count();
    const task = await newTask({ title })();
    const stored = await db.tasks.get(task.id);
    expect(stored?.title).toBe(expected);
    expect(await db.tasks.count()).toBe(before.length + 1);
    // Every other task is untouched.
    const others = (await db.tasks.toArray()).filter((t) => t.id !== task.id);
    expect(others).toEqual(before);
    expect(await db.history.count()).toBe(historyBefore + 1);
  });

  it('keeps HTML, emoji and right-to-left text in descriptions, notes, checklists and goals', async () => {
    const text = `${SCRIPT_TITLE} 🚀 مرحبا`;
    const tasksBefore = (await db.tasks.toArray()).filter((t) => t.id !== ctx.taskId);
    await updateTask(ctx.taskId, { description: text, blockedReason: text });
    await addNote(ctx.taskId, text);
    await addChecklistItem(ctx.taskId, text);
    await updateSprint(ctx.sprintId, { goal: text });
    const theme = await createTheme({
      planId: ctx.planId,
      name: text,
      label: text,
      color: '#123456',
    });
    const task = (await db.tasks.get(ctx.taskId))!;
    expect(task.description).toBe(text);
    expect(task.notes[0]!.text).toBe(text);
    expect(task.checklist.at(-1)!.title).toBe(text);
    expect((await db.sprints.get(ctx.sprintId))!.goal).toBe(text);
    expect((await db.themes.get(theme.id))!.name).toBe(text);
    expect((await db.tasks.toArray()).filter((t) => t.id !== ctx.taskId)).toEqual(tasksBefore);
  });

  it('keeps HTML, emoji and right-to-left text in plan, action and person names', async () => {
    const text = `${SCRIPT_TITLE} 🚀 مرحبا`;
    const tasksBefore = await db.tasks.toArray();
    await updatePlan(ctx.planId, { name: text });
    const action = await createAction({
      planId: ctx.planId,
      themeId: ctx.themeId,
      title: text,
      description: text,
    });
    const person = await createPerson({ planId: ctx.planId, name: text, role: text });
    expect((await db.plans.get(ctx.planId))!.name).toBe(text);
    expect(await db.actions.get(action.id)).toMatchObject({ title: text, description: text });
    expect(await db.people.get(person.id)).toMatchObject({ name: text, role: text });
    expect(await db.tasks.toArray()).toEqual(tasksBefore);
  });

  it('a Planner file with HTML, emoji, right-to-left text, a 10,000-character title and 31-02: text kept, title cut, date dropped', async () => {
    const header = [
      'Task ID',
      'Task Name',
      'Bucket Name',
      'Progress',
      'Due Date',
      'Start Date',
      'Description',
      'Labels',
    ];
    const matrix = [
      header,
      ['P1', SCRIPT_TITLE, 'Backlog', 'Not started', '', '', '<script>alert(1)</script>', ''],
      ['P2', '🚀 مرحبا DPIA', 'Backlog', 'Not started', '02/31/2025', '', '', '<b>vet</b>'],
      ['P3', LONG, 'Backlog', 'Not started', '05/01/2025', '06/08/2025', '', ''],
    ];
    const parsed = parsePlanner(matrix, { sprints: await db.sprints.toArray() });
    if (!parsed.ok) throw new Error('not parsed');
    expect(parsed.rows.map((r) => r.problems)).toEqual([
      [],
      ['bad-date'],
      ['title-too-long', 'due-before-start'],
    ]);
    const tasksBefore = await db.tasks.toArray();
    await importPlanner(ctx.planId, parsed.rows, {
      unlabeledName: 'Zonder label',
      names: REPAIR_NAMES,
    });
    const imported = await db.tasks.where('plannerId').anyOf('P1', 'P2', 'P3').sortBy('plannerId');
    expect(imported.map((t) => t.title)).toEqual([SCRIPT_TITLE, '🚀 مرحبا DPIA', 'x'.repeat(500)]);
    expect(imported[0]!.description).toBe('<script>alert(1)</script>');
    expect(imported[1]!.dueDate).toBeNull();
    expect(imported[2]).toMatchObject({ dueDate: '2025-05-01', startDate: null });
    expect((await db.themes.toArray()).filter((t) => t.label === '<b>vet</b>')).toHaveLength(1);
    const ids = new Set(imported.map((t) => t.id));
    expect((await db.tasks.toArray()).filter((t) => !ids.has(t.id))).toEqual(tasksBefore);
  });

  it('stores a 10,000-character description whole (descriptions have no length limit here)', async () => {
    await updateTask(ctx.taskId, { description: LONG });
    expect((await db.tasks.get(ctx.taskId))!.description).toHaveLength(10_000);
  });
});

describe('bad input before it reaches the database', () => {
  it.each([
    ['31-02-2025', null],
    ['30-02-2024', null],
    ['29-02-2024', '2024-02-29'],
    ['8-6-2025', '2025-06-08'],
    ['2025-02-31', null],
    ['', null],
    ['<b>8-6-2025</b>', null],
  ])('a typed date %j reads as %j', (input, expected) => {
    expect(parseUserDate(input)).toBe(expected);
  });

  it.each([
    ['a JSON file from another app', '{"cards":[{"name":"x"}],"lists":[]}', 'wrong-format'],
    [
      'a backup cut off halfway',
      '{"format":"sprintbord-backup","version":1,"data":{"tasks":[{"id":',
      'not-json',
    ],
    ['an empty file', '', 'wrong-format'],
    ['a CSV file', 'Taaknaam;Bucket\nA;B', 'wrong-format'],
    ['JSON null', 'null', 'wrong-format'],
  ])('a backup file with %s is refused as %s', (_what, text, problem) => {
    expect(parseBackup(text)).toEqual({ ok: false, problem });
  });
});
