import { describe, expect, it } from 'vitest';
import type { BackupRows } from '../../src/domain/backup';
import { planRemoteApply, type RemoteRows } from '../../src/domain/syncApply';
import type { Plan } from '../../src/domain/types';
import { aTask, aTheme, aPlan } from '../builders';

const NOW = '2025-05-20T10:00:00.000Z';
const CTX = {
  now: NOW,
  names: { unlabeledTheme: 'Zonder label', untitled: 'Zonder titel', missingReason: 'Onbekend' },
};
const PLAN: Plan = aPlan({ createdAt: NOW, updatedAt: NOW });
const THEME = aTheme();
const TASK = aTask({ id: 'task-1', title: 'Lokaal' });

function rows(fields: Partial<BackupRows> = {}): BackupRows {
  return {
    plans: [PLAN],
    themes: [THEME],
    actions: [],
    tasks: [TASK],
    sprints: [],
    people: [],
    history: [],
    ...fields,
  };
}
const remote = (fields: Partial<RemoteRows> = {}) =>
  rows(fields as Partial<BackupRows>) as unknown as RemoteRows;

describe('planRemoteApply', () => {
  const cases: Array<{
    name: string;
    remote: RemoteRows;
    local?: BackupRows;
    pending?: string[];
    puts: string[];
    removes: string[];
    rejected: string[];
  }> = [
    {
      name: 'the same rows change nothing, whatever the order of their fields',
      remote: remote({ tasks: [Object.fromEntries(Object.entries(TASK).reverse())] }),
      puts: [],
      removes: [],
      rejected: [],
    },
    {
      name: 'a changed field of a task is stored',
      remote: remote({ tasks: [{ ...TASK, title: 'Van het team' }] }),
      puts: ['tasks:task-1'],
      removes: [],
      rejected: [],
    },
    {
      name: 'a new task of the team is stored',
      remote: remote({ tasks: [TASK, aTask({ id: 'task-2' })] }),
      puts: ['tasks:task-2'],
      removes: [],
      rejected: [],
    },
    {
      name: 'a task the team deleted is deleted',
      remote: remote({ tasks: [] }),
      puts: [],
      removes: ['tasks:task-1'],
      rejected: [],
    },
    {
      name: 'an unsent local change is neither overwritten nor deleted',
      remote: remote({ tasks: [] }),
      pending: ['tasks:task-1'],
      puts: [],
      removes: [],
      rejected: [],
    },
    {
      name: 'a row failing the backup checks is rejected and the local version kept',
      remote: remote({ tasks: [{ ...TASK, status: 'kapot' }] }),
      puts: [],
      removes: [],
      rejected: ['tasks:task-1'],
    },
    {
      name: 'a bad row does not take the valid rows with it',
      remote: remote({
        tasks: [
          { ...TASK, title: 'Goed' },
          { id: 'task-9', planId: 'plan-1' },
        ],
      }),
      puts: ['tasks:task-1'],
      removes: [],
      rejected: ['tasks:task-9'],
    },
    {
      name: 'a row of another plan is rejected',
      remote: remote({ tasks: [TASK, aTask({ id: 'task-3', planId: 'plan-2' })] }),
      puts: [],
      removes: [],
      rejected: ['tasks:task-3'],
    },
    {
      name: 'WIP limits a teammate set on the plan and a theme are stored',
      remote: remote({
        plans: [{ ...PLAN, wipLimits: { 'in-uitvoering': 5 } }],
        themes: [{ ...THEME, wipLimit: 3 }],
      }),
      puts: ['plans:plan-1', 'themes:theme-1'],
      removes: [],
      rejected: [],
    },
    {
      name: 'a WIP limit that is no whole number from 1 is rejected and the local version kept',
      remote: remote({
        plans: [{ ...PLAN, wipLimits: { 'in-uitvoering': 0 } }],
        themes: [{ ...THEME, wipLimit: 'vijf' }],
      }),
      puts: [],
      removes: [],
      rejected: ['plans:plan-1', 'themes:theme-1'],
    },
    {
      name: 'a document without the plan row (still loading) changes nothing',
      remote: remote({ plans: [], tasks: [] }),
      puts: [],
      removes: [],
      rejected: [],
    },
    {
      name: 'a task whose theme is missing is repaired like a restored backup',
      remote: remote({ tasks: [{ ...TASK, themeId: 'weg' }] }),
      puts: ['themes:plan-1:zonder-label', 'tasks:task-1'],
      removes: [],
      rejected: [],
    },
  ];

  it.each(cases)('$name', ({ remote: r, local, pending, puts, removes, rejected }) => {
    const result = planRemoteApply(
      { planId: 'plan-1', remote: r, local: local ?? rows(), pending: new Set(pending ?? []) },
      CTX,
    );
    const keys = (byTable: Record<string, Array<{ id: string } | string>>) =>
      Object.entries(byTable).flatMap(([t, list]) =>
        list.map((x) => `${t}:${typeof x === 'string' ? x : x.id}`),
      );
    expect(keys(result.put).sort()).toEqual([...puts].sort());
    expect(keys(result.remove).sort()).toEqual([...removes].sort());
    expect(result.rejected.map((x) => `${x.table}:${x.id}`)).toEqual(rejected);
  });
});
