import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  checkBackup,
  makeBackup,
  parseBackup,
  type BackupRows,
} from '../../src/domain/backup';
import type { Action, HistoryEntry, Plan } from '../../src/domain/types';
import { aPerson, aSprint, aTask, aTheme } from '../builders';

const EXPORTED = '2025-05-20T10:00:00.000Z';

function sampleRows(): BackupRows {
  const plan: Plan = {
    id: 'plan-1',
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
    createdAt: EXPORTED,
    updatedAt: EXPORTED,
  };
  const other: Plan = { ...plan, id: 'plan-2', name: 'Jaarplan AI 2026', year: 2026 };
  const action: Action = {
    id: 'action-1',
    planId: 'plan-1',
    themeId: 'theme-1',
    title: 'AI-fonds',
    description: '',
    order: 1,
    ownerId: 'person-1',
    targetSprintId: null,
    phase: 'verkennen',
    updatedAt: EXPORTED,
  };
  const done = aTask({
    id: 'task-2',
    title: 'DPIA M365 Copilot',
    status: 'afgerond',
    sprintId: 'sprint-4',
    completedAt: EXPORTED,
    checklist: [{ id: 'c1', title: 'Scope', done: true }],
    notes: [{ id: 'n1', date: '2025-05-06', text: 'overleg' }],
    assigneeIds: ['person-1'],
    plannerId: 'PR9_x',
  });
  const history: HistoryEntry[] = [
    {
      id: 'h1',
      planId: 'plan-1',
      taskId: 'task-2',
      at: EXPORTED,
      field: 'created',
      from: null,
      to: 'gepland',
    },
    {
      id: 'h2',
      planId: 'plan-1',
      taskId: 'task-2',
      at: EXPORTED,
      field: 'assigneeIds',
      from: [],
      to: ['person-1'],
    },
  ];
  return {
    plans: [plan, other],
    themes: [aTheme()],
    actions: [action],
    tasks: [aTask(), done],
    sprints: [
      aSprint({ closedAt: EXPORTED, snapshot: [done] }),
      aSprint({ id: 'sprint-5', number: 5 }),
    ],
    people: [aPerson()],
    history,
  };
}

/** The sample backup as JSON text after `change` has been applied to its parsed form. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases poke holes anywhere in the JSON
function variant(change: (b: Record<string, any>) => void): string {
  const value = JSON.parse(JSON.stringify(makeBackup(sampleRows(), EXPORTED)));
  change(value);
  return JSON.stringify(value);
}

describe('makeBackup / parseBackup', () => {
  it('round-trips every row and field through JSON', () => {
    const rows = sampleRows();
    const text = JSON.stringify(makeBackup(rows, EXPORTED));
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup).toEqual({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: EXPORTED,
      schemaVersion: 1,
      data: rows,
    });
    expect(parsed.summary).toEqual({
      plans: [
        { name: 'Jaarplan AI 2025', year: 2025, tasks: 2 },
        { name: 'Jaarplan AI 2026', year: 2026, tasks: 0 },
      ],
      counts: { plans: 2, themes: 1, actions: 1, tasks: 2, sprints: 2, people: 1, history: 2 },
    });
  });

  it('accepts an empty database and keeps fields it does not know', () => {
    const empty = makeBackup(
      { plans: [], themes: [], actions: [], tasks: [], sprints: [], people: [], history: [] },
      EXPORTED,
    );
    expect(parseBackup(JSON.stringify(empty)).ok).toBe(true);
    const extra = parseBackup(variant((b) => (b.data.tasks[0].later = 'x')));
    expect(
      extra.ok && (extra.backup.data.tasks[0] as unknown as Record<string, unknown>).later,
    ).toBe('x');
  });

  it.each([
    ['a story day', '2025-05-20'],
    ['no story day (null)', null],
  ])('accepts a plan with %s', (_name, storyDay) => {
    const parsed = parseBackup(variant((b) => (b.data.plans[0].storyDay = storyDay)));
    expect(parsed.ok && parsed.backup.data.plans[0]!.storyDay).toBe(storyDay);
  });

  it('accepts and keeps WIP limits on a plan and a theme (none, set, or null)', () => {
    const parsed = parseBackup(
      variant((b) => {
        b.data.plans[0].wipLimits = { 'in-uitvoering': 5 };
        b.data.themes[0].wipLimit = 3;
      }),
    );
    expect(parsed.ok && parsed.backup.data.plans[0]!.wipLimits).toEqual({ 'in-uitvoering': 5 });
    expect(parsed.ok && parsed.backup.data.themes[0]!.wipLimit).toBe(3);
    expect(parseBackup(variant((b) => (b.data.themes[0].wipLimit = null))).ok).toBe(true);
  });

  it.each([
    ['a history line and a note by a person', 'pe-1'],
    ['a history line and a note by nobody (null)', null],
  ])('accepts %s', (_name, by) => {
    const parsed = parseBackup(
      variant((b) => {
        b.data.history[0].by = by;
        b.data.tasks[1].notes[0].by = by;
      }),
    );
    expect(parsed.ok && parsed.backup.data.history[0]!.by).toBe(by);
  });

  const full = JSON.stringify(makeBackup(sampleRows(), EXPORTED));
  it.each([
    ['an empty file', '', 'wrong-format'],
    ['plain text', 'Dit is geen JSON', 'wrong-format'],
    ['a spreadsheet', 'PK\u0003\u0004 binary', 'wrong-format'],
    ['a truncated file', full.slice(0, Math.floor(full.length / 2)), 'not-json'],
    ['a file cut after its first brace', '{', 'not-json'],
    ['JSON null', 'null', 'wrong-format'],
    ['a JSON array', '[1,2]', 'wrong-format'],
    ['JSON from another app', '{"name":"todo-app","items":[]}', 'wrong-format'],
    ['another format name', variant((b) => (b.format = 'trello-export')), 'wrong-format'],
    ['a newer version', variant((b) => (b.version = 2)), 'newer-version'],
    ['a newer schema', variant((b) => (b.schemaVersion = 2)), 'newer-version'],
    ['a version as text', variant((b) => (b.version = '1')), 'invalid'],
    ['a version 0', variant((b) => (b.version = 0)), 'invalid'],
    ['no exportedAt', variant((b) => delete b.exportedAt), 'invalid'],
    ['no data', variant((b) => delete b.data), 'invalid'],
    ['a missing table', variant((b) => delete b.data.history), 'invalid'],
    ['a table that is not a list', variant((b) => (b.data.tasks = {})), 'invalid'],
    ['a task without id', variant((b) => delete b.data.tasks[0].id), 'invalid'],
    ['a task with an empty id', variant((b) => (b.data.tasks[0].id = '')), 'invalid'],
    [
      'a task with an unknown status',
      variant((b) => (b.data.tasks[0].status = 'klaar')),
      'invalid',
    ],
    ['a task with a numeric title', variant((b) => (b.data.tasks[0].title = 42)), 'invalid'],
    ['a task without checklist', variant((b) => delete b.data.tasks[0].checklist), 'invalid'],
    ['a bad checklist item', variant((b) => (b.data.tasks[1].checklist[0].done = 'ja')), 'invalid'],
    ['a bad note', variant((b) => delete b.data.tasks[1].notes[0].text), 'invalid'],
    ['a theme with text order', variant((b) => (b.data.themes[0].order = '1')), 'invalid'],
    ['a plan without settings', variant((b) => delete b.data.plans[0].sprintSettings), 'invalid'],
    ['a plan with a text year', variant((b) => (b.data.plans[0].year = '2025')), 'invalid'],
    [
      'a plan with a story day that is no date',
      variant((b) => (b.data.plans[0].storyDay = '20-05-2025')),
      'invalid',
    ],
    [
      'a plan with a WIP limit of 0',
      variant((b) => (b.data.plans[0].wipLimits = { 'in-uitvoering': 0 })),
      'invalid',
    ],
    [
      'a plan with a WIP limit for an unknown status',
      variant((b) => (b.data.plans[0].wipLimits = { bezig: 5 })),
      'invalid',
    ],
    [
      'a theme with a WIP limit of 2.5',
      variant((b) => (b.data.themes[0].wipLimit = 2.5)),
      'invalid',
    ],
    [
      'a theme with a WIP limit as text',
      variant((b) => (b.data.themes[0].wipLimit = '5')),
      'invalid',
    ],
    [
      'a sprint with a bad snapshot',
      variant((b) => (b.data.sprints[0].snapshot = [{}])),
      'invalid',
    ],
    ['a person without name', variant((b) => delete b.data.people[0].name), 'invalid'],
    [
      'an action with an unknown phase',
      variant((b) => (b.data.actions[0].phase = 'dromen')),
      'invalid',
    ],
    ['a history line with a number', variant((b) => (b.data.history[0].to = 3)), 'invalid'],
    ['a history line by a number', variant((b) => (b.data.history[0].by = 7)), 'invalid'],
    ['a note by an empty id', variant((b) => (b.data.tasks[1].notes[0].by = '')), 'invalid'],
    [
      'a history line with an unknown field',
      variant((b) => (b.data.history[0].field = 'title')),
      'invalid',
    ],
    ['two tasks with one id', variant((b) => (b.data.tasks[1].id = b.data.tasks[0].id)), 'invalid'],
    [
      'a row of a plan not in the file',
      variant((b) => (b.data.themes[0].planId = 'elders')),
      'invalid',
    ],
    ['a NaN rank (written as null)', variant((b) => (b.data.tasks[0].rank = null)), 'invalid'],
  ])('refuses %s', (_name, text, problem) => {
    expect(parseBackup(text)).toEqual({ ok: false, problem });
  });

  it('checkBackup refuses a value that is not a backup object', () => {
    expect(checkBackup(undefined)).toEqual({ ok: false, problem: 'wrong-format' });
    expect(checkBackup({ format: BACKUP_FORMAT, version: 1, schemaVersion: 1 })).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });
});
