import { DndContext } from '@dnd-kit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlanningPanel } from '../../../src/features/board/PlanningPanel';
import type { PlanBundle } from '../../../src/db/live';
import { aPerson, aSprint, aTask, aTheme } from '../../builders';

const moveTaskUndoable = vi.hoisted(() => vi.fn());
vi.mock('../../../src/app/writes', () => ({ moveTaskUndoable }));

const strategie = aTheme({ id: 'th-strategie', name: 'Strategie en doelstellingen' });
const verander = aTheme({
  id: 'th-verander',
  label: 'verandermanagement',
  name: 'Verandermanagement',
});
const pm = aPerson({ id: 'p-pm', name: 'Programmamanager' });
const hr = aPerson({ id: 'p-hr', name: 'HR', initials: 'HR' });
const sprint5 = aSprint({ id: 'sprint-5', number: 5, start: '2025-06-09', end: '2025-07-20' });

const bundle: PlanBundle = {
  plan: {
    id: 'plan-1',
    name: 'Jaarplan AI 2025',
    year: 2025,
    sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
    createdAt: '2025-01-01T08:00:00.000Z',
    updatedAt: '2025-01-01T08:00:00.000Z',
  },
  themes: [strategie, verander],
  actions: [],
  people: [pm, hr],
  sprints: [sprint5],
};

const backlog = [
  aTask({
    status: 'backlog',
    sprintId: null,
    id: 'b1',
    title: 'AI-soevereiniteit: standpunt',
    themeId: 'th-strategie',
    assigneeIds: ['p-pm'],
    rank: 1,
  }),
  aTask({
    status: 'backlog',
    sprintId: null,
    id: 'b2',
    title: 'Opleiding voor juristen',
    themeId: 'th-verander',
    assigneeIds: ['p-hr'],
    rank: 2,
  }),
  aTask({
    status: 'backlog',
    sprintId: null,
    id: 'b3',
    title: 'Rol AI-ambassadeur',
    themeId: 'th-verander',
    rank: 3,
  }),
];
const sprintTasks = [
  aTask({ id: 's1', sprintId: 'sprint-5', status: 'gepland', assigneeIds: ['p-pm'], rank: 1024 }),
  aTask({ id: 's2', sprintId: 'sprint-5', status: 'afgerond', assigneeIds: ['p-hr'], rank: 2048 }),
];

const ctx = {
  themes: new Map([strategie, verander].map((t) => [t.id, t])),
  people: new Map([pm, hr].map((p) => [p.id, p])),
  showStatus: true,
  today: '2025-06-10',
  onOpen: vi.fn(),
  text: undefined as never,
};

function renderPanel(tasks = backlog) {
  const { text: _unused, ...cardCtx } = ctx;
  return render(
    <DndContext>
      <PlanningPanel
        sprint={sprint5}
        backlog={tasks}
        sprintTasks={sprintTasks}
        bundle={bundle}
        // Without the board's translations each card asks i18n itself.
        ctx={cardCtx as typeof ctx}
      />
    </DndContext>,
  );
}

const list = () => screen.getByRole('list', { name: /^Backlog/ });
const titles = () =>
  within(list())
    .getAllByRole('button', { name: /^(?!.*naar sprint)/ })
    .map((b) => b.textContent);

describe('PlanningPanel', () => {
  it('lists the backlog in order, each task with its own "Naar sprint 5" button', () => {
    renderPanel();
    expect(titles()).toEqual([
      'AI-soevereiniteit: standpunt',
      'Opleiding voor juristen',
      'Rol AI-ambassadeur',
    ]);
    expect(
      screen.getByRole('button', { name: 'Opleiding voor juristen naar sprint 5' }),
    ).toHaveTextContent('Naar sprint 5');
  });

  it('counts the open tasks of the sprint per person, done work not included', () => {
    renderPanel();
    const load = screen.getByRole('region', { name: 'Open taken per persoon in sprint 5' });
    expect(
      within(load)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Programmamanager: 1 taak', 'HR: 0 taken', 'Niet toegewezen: 0 taken']);
  });

  it('searches the backlog and filters it by theme and by person', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken in de backlog' }), 'juristen');
    expect(titles()).toEqual(['Opleiding voor juristen']);
    expect(screen.getByText('1 van 3 getoond')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Zoeken in de backlog' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Thema' }), 'Verandermanagement');
    expect(titles()).toEqual(['Opleiding voor juristen', 'Rol AI-ambassadeur']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Persoon' }), 'Niet toegewezen');
    expect(titles()).toEqual(['Rol AI-ambassadeur']);
  });

  it('"Naar sprint 5" moves the task into the sprint as Gepland, below the sprint’s tasks', async () => {
    const user = userEvent.setup();
    moveTaskUndoable.mockResolvedValue({ ok: true, value: backlog[1] });
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Opleiding voor juristen naar sprint 5' }));
    expect(moveTaskUndoable).toHaveBeenCalledWith(
      'b2',
      { sprintId: 'sprint-5', status: 'gepland', rank: 3072 },
      [],
    );
  });

  it('says so when the backlog is empty', () => {
    renderPanel([]);
    expect(screen.getByText('Geen taken in de backlog.')).toBeInTheDocument();
  });
});
