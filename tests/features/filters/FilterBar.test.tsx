import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanBundle } from '../../../src/db/live';
import type { Action, Plan, Task } from '../../../src/domain/types';
import { FilterBar } from '../../../src/features/filters/FilterBar';
import { setClock } from '../../../src/lib/clock';
import { aPerson, aSprint, aTask, aTheme } from '../../builders';

const plan: Plan = {
  id: 'plan-1',
  name: 'Jaarplan AI 2025',
  year: 2025,
  sprintSettings: { firstStart: '2025-01-06', lengthWeeks: 6 },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};
const action: Action = {
  id: 'actie-kernteam',
  planId: 'plan-1',
  themeId: 'rollen',
  title: 'Werking en samenstelling AI-kernteam',
  description: '',
  order: 1,
  ownerId: null,
  targetSprintId: null,
  phase: null,
  updatedAt: '2025-01-01T00:00:00.000Z',
};
const bundle: PlanBundle = {
  plan,
  themes: [
    aTheme({ id: 'strategie', name: 'Strategie en doelstellingen', order: 1 }),
    aTheme({
      id: 'rollen',
      label: 'rollen',
      name: 'AI-rollen, processen en verantwoordelijkheden',
      order: 2,
    }),
  ],
  actions: [action],
  people: [
    aPerson({ id: 'pm', name: 'Programmamanager' }),
    aPerson({ id: 'di', name: 'Data & Informatie' }),
  ],
  sprints: [aSprint({ id: 'sprint-4' })],
};
const tasks: Task[] = [
  aTask({
    id: 'enquete',
    title: 'AI-readiness-enquête invullen',
    themeId: 'strategie',
    sprintId: 'sprint-4',
    dueDate: '2025-06-08',
  }),
  aTask({
    id: 'kernteam',
    title: 'Samenstelling en rollen kernteam wijzigen waar nodig',
    themeId: 'rollen',
    actionId: 'actie-kernteam',
    status: 'geblokkeerd',
    sprintId: 'sprint-4',
    assigneeIds: ['pm'],
  }),
  aTask({
    id: 'register',
    title: 'AI-register aanvullen',
    themeId: 'rollen',
    status: 'geblokkeerd',
    sprintId: 'sprint-4',
    assigneeIds: ['di'],
  }),
  aTask({
    id: 'loop',
    title: 'Werking kernteam: MS Loop',
    themeId: 'rollen',
    status: 'in-uitvoering',
    sprintId: 'sprint-4',
  }),
];

const params = () => new URLSearchParams(window.location.search);
const go = (query: string) =>
  act(() => {
    // What the browser does on Back/Forward: the URL changes, then popstate fires.
    window.history.replaceState(null, '', `/${query}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });

function renderBar(list: Task[] = tasks) {
  const user = userEvent.setup();
  render(
    <>
      <label>
        Ander veld <input type="text" />
      </label>
      <FilterBar bundle={bundle} tasks={list} />
    </>,
  );
  return user;
}

beforeEach(() => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  window.history.replaceState(null, '', '/?view=bord&sprint=4');
});
afterEach(() => setClock(null));

describe('FilterBar', () => {
  it('toggles "Alleen geblokkeerd (N)" in the URL with a history entry, and N stays the sprint’s blocked count', async () => {
    const user = renderBar();
    const toggle = screen.getByRole('button', { name: 'Alleen geblokkeerd (2)' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const before = window.history.length;

    await user.click(toggle);
    expect(params().get('geblokkeerd')).toBe('1');
    expect(params().get('view')).toBe('bord');
    expect(params().get('sprint')).toBe('4');
    expect(window.history.length).toBe(before + 1);
    expect(screen.getByRole('button', { name: 'Alleen geblokkeerd (2)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 van 4 taken getoond');

    await user.click(screen.getByRole('button', { name: 'Alleen geblokkeerd (2)' }));
    expect(params().has('geblokkeerd')).toBe(false);
    expect(screen.getByRole('button', { name: 'Alleen geblokkeerd (2)' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('shows "Alleen geblokkeerd (0)" when nothing is blocked', () => {
    renderBar(tasks.filter((x) => x.status !== 'geblokkeerd'));
    expect(screen.getByRole('button', { name: 'Alleen geblokkeerd (0)' })).toBeInTheDocument();
  });

  it('opens a panel of labelled checkbox groups and writes the choices to the URL', async () => {
    const user = renderBar();
    const filters = screen.getByRole('button', { name: 'Filters' });
    expect(filters).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Label' })).not.toBeInTheDocument();

    await user.click(filters);
    expect(filters).toHaveAttribute('aria-expanded', 'true');
    for (const legend of [
      'Label',
      'Actie',
      'Toegewezen aan',
      'Status',
      'Prioriteit',
      'Vervaldatum',
    ]) {
      expect(screen.getByRole('group', { name: legend })).toBeVisible();
    }
    const due = within(screen.getByRole('group', { name: 'Vervaldatum' }));
    for (const name of ['Te laat', 'Deze week', 'Deze sprint', 'Geen vervaldatum'])
      expect(due.getByRole('checkbox', { name })).not.toBeChecked();

    await user.click(
      within(screen.getByRole('group', { name: 'Toegewezen aan' })).getByRole('checkbox', {
        name: 'Niet toegewezen',
      }),
    );
    expect(params().getAll('wie')).toEqual(['none']);
    await user.click(
      screen.getByRole('checkbox', { name: 'AI-rollen, processen en verantwoordelijkheden' }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Werking en samenstelling AI-kernteam' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));
    await user.click(screen.getByRole('checkbox', { name: 'In uitvoering' }));
    await user.click(screen.getByRole('checkbox', { name: 'Te laat' }));
    await user.click(screen.getByRole('checkbox', { name: /^Doorgeschoven/ }));
    expect(params().getAll('label')).toEqual(['rollen']);
    expect(params().getAll('actie')).toEqual(['actie-kernteam']);
    expect(params().getAll('prio')).toEqual(['urgent']);
    expect(params().getAll('status')).toEqual(['in-uitvoering']);
    expect(params().getAll('vervalt')).toEqual(['te-laat']);
    expect(params().get('doorgeschoven')).toBe('1');
    expect(screen.getByRole('button', { name: 'Filters (7)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));
    expect(params().has('prio')).toBe(false);
    expect(screen.getByRole('button', { name: 'Filters (6)' })).toBeInTheDocument();
  });

  it('closes the panel with Escape and gives focus back to the Filters button', async () => {
    const user = renderBar();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(screen.getByRole('checkbox', { name: 'Programmamanager' }));
    await user.keyboard('{Escape}');
    const filters = screen.getByRole('button', { name: 'Filters (1)' });
    expect(filters).toHaveAttribute('aria-expanded', 'false');
    expect(filters).toHaveFocus();
  });

  it('searches as you type, replacing the history entry, and counts the hits', async () => {
    const user = renderBar();
    const before = window.history.length;
    const search = screen.getByRole('searchbox', { name: 'Zoeken' });
    await user.type(search, 'enquete');
    expect(params().get('q')).toBe('enquete');
    expect(window.history.length).toBe(before);
    expect(search).toHaveValue('enquete');
    expect(screen.getByRole('status')).toHaveTextContent('1 van 4 taken getoond');
  });

  it('clears the search with Escape', async () => {
    window.history.replaceState(null, '', '/?view=bord&q=kernteam');
    const user = renderBar();
    const search = screen.getByRole('searchbox', { name: 'Zoeken' });
    expect(search).toHaveValue('kernteam');
    await user.click(search);
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    expect(params().has('q')).toBe(false);
    expect(params().get('view')).toBe('bord');
  });

  it('focuses the search on "/" but not while typing in another field', async () => {
    const user = renderBar();
    const search = screen.getByRole('searchbox', { name: 'Zoeken' });
    const other = screen.getByRole('textbox', { name: 'Ander veld' });
    await user.click(other);
    await user.keyboard('/');
    expect(other).toHaveFocus();
    expect(other).toHaveValue('/');

    await user.click(document.body);
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
  });

  it('shows "Filters wissen" only when a filter is active; it clears only the filter keys', async () => {
    window.history.replaceState(null, '', '/?view=bord&sprint=4&geblokkeerd=1&wie=pm&q=rollen');
    const user = renderBar();
    expect(screen.getByRole('status')).toHaveTextContent('1 van 4 taken getoond');
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(params().toString()).toBe('view=bord&sprint=4');
    expect(screen.queryByRole('button', { name: 'Filters wissen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('ignores unknown ids and junk in a shared URL', () => {
    window.history.replaceState(
      null,
      '',
      '/?view=bord&label=weg&wie=niemand&status=klaar&geblokkeerd=ja%3F&prio=%',
    );
    renderBar();
    expect(screen.getByRole('button', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Alleen geblokkeerd (2)' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.queryByRole('button', { name: 'Filters wissen' })).not.toBeInTheDocument();
  });

  it('follows Back and Forward', async () => {
    renderBar();
    go('?view=bord&geblokkeerd=1&q=register');
    expect(screen.getByRole('button', { name: 'Alleen geblokkeerd (2)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('searchbox', { name: 'Zoeken' })).toHaveValue('register');
    expect(screen.getByRole('status')).toHaveTextContent('1 van 4 taken getoond');
    go('?view=bord');
    expect(screen.getByRole('button', { name: 'Alleen geblokkeerd (2)' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('searchbox', { name: 'Zoeken' })).toHaveValue('');
  });
});
