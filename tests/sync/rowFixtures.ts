import * as Y from 'yjs';
import { syncFieldsOf } from '../../src/domain/syncFields';
import { ROW_TABLE, type Row, type SyncTable } from '../../src/sync/rows';
import { aHistoryEntry, aPerson, aPlan, aSprint, aTask, aTheme, anAction } from '../builders';

/** A row of each document table with every field the document may leave out holding a value. */
export const FILLED: Record<SyncTable, Row> = {
  plan: aPlan({ storyDay: '2025-05-20', wipLimits: { 'in-uitvoering': 5 } }) as unknown as Row,
  themes: aTheme({ wipLimit: 3 }) as unknown as Row,
  actions: anAction({
    description: 'Waarom',
    ownerId: 'person-1',
    targetSprintId: 'sprint-4',
    phase: 'verkennen',
  }) as unknown as Row,
  tasks: aTask({
    actionId: 'action-1',
    description: 'Wat',
    sprintId: 'sprint-4',
    assigneeIds: ['person-1', 'person-2'],
    dueDate: '2025-06-01',
    startDate: '2025-05-01',
    checklist: [{ id: 'c1', title: 'Een', done: true }],
    notes: [{ id: 'n1', date: '2025-05-02', text: 'Besproken', by: 'person-1' }],
    blockedReason: 'Wacht op de DPO',
    blockedSince: '2025-05-02',
    blockedBy: ['task-2'],
    phase: 'investeren',
    plannerId: 'planner-1',
    completedAt: '2025-06-02T08:00:00.000Z',
    priority: 'belangrijk',
    carryOverCount: 1,
  }) as unknown as Row,
  sprints: aSprint({
    name: 'Sprint 4',
    lengthWeeks: 4,
    goal: 'Een doel',
    closedAt: '2025-06-08T16:00:00.000Z',
    snapshot: [aTask()],
  }) as unknown as Row,
  people: aPerson({ role: 'Programmamanager' }) as unknown as Row,
  history: aHistoryEntry({ from: 'gepland', to: 'afgerond', by: 'person-1' }) as unknown as Row,
};

/** FILLED with every field the document may leave out at its empty value. */
export const EMPTIED = Object.fromEntries(
  Object.entries(FILLED).map(([table, row]) => [
    table,
    {
      ...row,
      ...Object.fromEntries(syncFieldsOf(ROW_TABLE[table as SyncTable]).empty),
      ...(table === 'tasks' ? { checklist: [], notes: [] } : {}),
    },
  ]),
) as Record<SyncTable, Row>;

/**
 * The row as the app wrote it before fields were left out: every field stored, nulls, empty text
 * and lists, `id` and `planId` included, checklist and notes as maps of positioned items.
 */
export function writeOldFormat(doc: Y.Doc, table: SyncTable, row: Row): void {
  doc.transact(() => {
    const target = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>(table).set(row.id, target);
    for (const [key, value] of Object.entries(row)) {
      if (value === undefined) continue;
      if (table === 'tasks' && (key === 'checklist' || key === 'notes')) {
        const items = new Y.Map<unknown>();
        target.set(key, items);
        (value as Row[]).forEach((item, index) => items.set(item.id, { ...item, __pos: index }));
      } else target.set(key, value);
    }
  });
}
