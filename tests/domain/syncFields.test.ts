import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, isValidRow, type BackupTable } from '../../src/domain/backup';
import {
  isEmptyValue,
  isLeftOut,
  syncFieldsOf,
  withLeftOut,
  type EmptyValue,
} from '../../src/domain/syncFields';
import { DOC_TABLE } from '../../src/sync/rows';
import { FILLED as FILLED_IN_DOC } from '../sync/rowFixtures';

/** A valid row of each table, with every field the document may leave out holding a value. */
const FILLED = Object.fromEntries(
  BACKUP_TABLES.map((table) => [table, FILLED_IN_DOC[DOC_TABLE[table]]]),
) as Record<BackupTable, object>;

const leftOutOf = (table: BackupTable) => syncFieldsOf(table).empty.map(([field]) => field);

describe('the fields the shared document leaves out', () => {
  it.each<{ table: BackupTable; fields: Record<string, EmptyValue>; hasPlanId: boolean }>([
    { table: 'plans', fields: {}, hasPlanId: false },
    { table: 'themes', fields: {}, hasPlanId: true },
    {
      table: 'actions',
      fields: { description: '', ownerId: null, targetSprintId: null, phase: null },
      hasPlanId: true,
    },
    {
      table: 'tasks',
      fields: {
        actionId: null,
        description: '',
        sprintId: null,
        assigneeIds: [],
        dueDate: null,
        startDate: null,
        blockedReason: '',
        blockedSince: null,
        blockedBy: [],
        phase: null,
        plannerId: null,
        completedAt: null,
        priority: 'normaal',
        carryOverCount: 0,
      },
      hasPlanId: true,
    },
    {
      table: 'sprints',
      fields: { name: '', lengthWeeks: null, goal: '', closedAt: null, snapshot: null },
      hasPlanId: true,
    },
    { table: 'people', fields: { role: '' }, hasPlanId: true },
    { table: 'history', fields: { from: null, to: null }, hasPlanId: true },
  ])('$table: these fields, with these empty values', ({ table, fields, hasPlanId }) => {
    expect(Object.fromEntries(syncFieldsOf(table).empty)).toEqual(fields);
    expect(syncFieldsOf(table).hasPlanId).toBe(hasPlanId);
  });

  it('never the item lists, nor optional fields whose absence means something else than null', () => {
    expect(leftOutOf('tasks')).not.toContain('checklist');
    expect(leftOutOf('tasks')).not.toContain('notes');
    expect(leftOutOf('plans')).not.toContain('storyDay');
    expect(leftOutOf('plans')).not.toContain('wipLimits');
    expect(leftOutOf('themes')).not.toContain('wipLimit');
    expect(leftOutOf('history')).not.toContain('by');
  });

  it.each(BACKUP_TABLES)(
    '%s: a row with every such field empty passes the checks of a backup',
    (table) => {
      const empty = Object.fromEntries(syncFieldsOf(table).empty);
      expect(isValidRow(table, FILLED[table])).toBe(true);
      expect(isValidRow(table, { ...FILLED[table], ...empty })).toBe(true);
    },
  );

  it.each<{ value: unknown; empty: EmptyValue; is: boolean }>([
    { value: null, empty: null, is: true },
    { value: undefined, empty: null, is: false },
    { value: '', empty: null, is: false },
    { value: 0, empty: null, is: false },
    { value: '', empty: '', is: true },
    { value: ' ', empty: '', is: false },
    { value: null, empty: '', is: false },
    { value: [], empty: [], is: true },
    { value: [''], empty: [], is: false },
    { value: {}, empty: [], is: false },
    { value: null, empty: [], is: false },
    { value: 0, empty: 0, is: true },
    { value: '0', empty: 0, is: false },
    { value: 'normaal', empty: 'normaal', is: true },
    { value: 'belangrijk', empty: 'normaal', is: false },
  ])('isEmptyValue($value, $empty) is $is', ({ value, empty, is }) => {
    expect(isEmptyValue(value, empty)).toBe(is);
  });

  it.each<{ table: BackupTable; field: string; value: unknown; out: boolean }>([
    { table: 'tasks', field: 'id', value: 'task-1', out: true },
    { table: 'plans', field: 'id', value: 'plan-1', out: true },
    { table: 'tasks', field: 'planId', value: 'plan-1', out: true },
    { table: 'tasks', field: 'planId', value: 'plan-2', out: false },
    { table: 'tasks', field: 'dueDate', value: null, out: true },
    { table: 'tasks', field: 'dueDate', value: '2025-06-01', out: false },
    { table: 'tasks', field: 'description', value: '', out: true },
    { table: 'tasks', field: 'description', value: ' ', out: false },
    { table: 'tasks', field: 'assigneeIds', value: [], out: true },
    { table: 'tasks', field: 'assigneeIds', value: ['person-1'], out: false },
    { table: 'tasks', field: 'checklist', value: [], out: false },
    { table: 'tasks', field: 'notes', value: [], out: false },
    { table: 'tasks', field: 'title', value: '', out: false },
    { table: 'tasks', field: 'carryOverCount', value: 0, out: true },
    { table: 'tasks', field: 'carryOverCount', value: 1, out: false },
    { table: 'tasks', field: 'priority', value: 'normaal', out: true },
    { table: 'tasks', field: 'priority', value: 'belangrijk', out: false },
    { table: 'actions', field: 'description', value: 0, out: false },
    { table: 'sprints', field: 'snapshot', value: null, out: true },
    { table: 'sprints', field: 'snapshot', value: [], out: false },
    { table: 'themes', field: 'wipLimit', value: null, out: false },
    { table: 'history', field: 'to', value: null, out: true },
    { table: 'history', field: 'by', value: null, out: false },
    { table: 'plans', field: 'storyDay', value: null, out: false },
    { table: 'plans', field: 'planId', value: 'plan-1', out: false },
  ])('$table.$field = $value: left out $out', ({ table, field, value, out }) => {
    expect(isLeftOut(table, field, value, 'plan-1')).toBe(out);
  });

  it('keeps planId when the plan of the document is not known', () => {
    expect(isLeftOut('tasks', 'planId', 'plan-1', undefined)).toBe(false);
  });

  it.each(BACKUP_TABLES)('%s: filling back what was left out gives the row again', (table) => {
    for (const row of [
      FILLED[table] as Record<string, unknown>,
      { ...FILLED[table], ...Object.fromEntries(syncFieldsOf(table).empty) },
    ]) {
      const stored = Object.fromEntries(
        Object.entries(row).filter(([field, value]) => !isLeftOut(table, field, value, 'plan-1')),
      );
      expect(withLeftOut(table, stored, row.id as string, 'plan-1')).toEqual(row);
    }
  });

  it('fills nothing over a stored field: an older row, a foreign plan and a wrong id read as stored', () => {
    const stored = { id: 'elders', planId: 'plan-2', dueDate: null, description: 'x' };
    expect(withLeftOut('tasks', { ...stored }, 'task-1', 'plan-1')).toMatchObject(stored);
  });

  it('gives every row its own empty list', () => {
    const a: Record<string, unknown> = withLeftOut('tasks', {}, 'task-1', 'plan-1');
    const b: Record<string, unknown> = withLeftOut('tasks', {}, 'task-2', 'plan-1');
    expect(a.assigneeIds).toEqual([]);
    expect(a.assigneeIds).not.toBe(b.assigneeIds);
  });

  it('leaves planId out of the row when the plan is not known', () => {
    expect(withLeftOut('tasks', {}, 'task-1', undefined)).not.toHaveProperty('planId');
    expect(withLeftOut('plans', {}, 'plan-1', 'plan-1')).not.toHaveProperty('planId');
  });
});
