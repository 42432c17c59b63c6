import { DndContext } from '@dnd-kit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Column } from '../../../src/features/board/Column';
import type { Cell } from '../../../src/domain/group';
import { setClock } from '../../../src/lib/clock';
import { aTask, aTheme } from '../../builders';

const ctx = {
  themes: new Map([['theme-1', aTheme()]]),
  people: new Map(),
  showStatus: true,
  today: '2025-05-20',
  onOpen: vi.fn(),
};

function renderColumn(
  cell: Cell,
  onAdd: ((title: string) => Promise<string | null>) | null = null,
) {
  return render(
    <DndContext>
      <Column
        id="*::theme-1"
        title="Betrouwbare AI"
        color="#1f5fa8"
        cell={cell}
        droppable
        ctx={ctx}
        onAdd={onAdd}
      />
    </DndContext>,
  );
}

const open = [aTask({ id: 'a', title: 'EU AI Act' }), aTask({ id: 'b', title: 'AI-register' })];
const done = [
  aTask({ id: 'c', title: 'Richtlijn generatieve AI', status: 'afgerond' }),
  aTask({ id: 'd', title: 'Bewustmaking', status: 'afgerond' }),
];

describe('Column', () => {
  it('is a region named after its title and number of tasks, listing the open cards in order', () => {
    renderColumn({ open, done });
    const region = screen.getByRole('region', { name: 'Betrouwbare AI, 4 taken' });
    const list = within(region).getByRole('list', { name: 'Betrouwbare AI' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['EU AI Act', 'AI-register']);
  });

  it('folds the done tasks away under "Afgeronde taken (n)", as Planner does', async () => {
    const user = userEvent.setup();
    renderColumn({ open, done });
    const fold = screen.getByText('Afgeronde taken (2)');
    expect(screen.getByRole('button', { name: 'Bewustmaking' })).not.toBeVisible();
    await user.click(fold);
    expect(screen.getByRole('button', { name: 'Bewustmaking' })).toBeVisible();
  });

  it('says "1 taak" and "Geen taken"', () => {
    const { unmount } = renderColumn({ open: [open[0]!], done: [] });
    expect(screen.getByRole('region', { name: 'Betrouwbare AI, 1 taak' })).toBeInTheDocument();
    unmount();
    renderColumn({ open: [], done: [] });
    expect(screen.getByRole('region', { name: 'Betrouwbare AI, 0 taken' })).toHaveTextContent(
      'Geen taken',
    );
  });

  it('adds a task with Enter, refuses what onAdd refuses and cancels with Escape', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn(async (title: string) => (title.trim() ? null : 'Geef de taak een titel.'));
    renderColumn({ open, done: [] }, onAdd);
    await user.click(screen.getByRole('button', { name: '+ Taak toevoegen' }));
    const field = screen.getByRole('textbox', { name: 'Titel van de nieuwe taak' });
    expect(field).toHaveFocus();
    await user.type(field, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Geef de taak een titel.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, 'Nieuwe taak{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith('Nieuwe taak');
    expect(field).toHaveValue('');
    await user.type(field, 'Half{Escape}');
    expect(
      screen.queryByRole('textbox', { name: 'Titel van de nieuwe taak' }),
    ).not.toBeInTheDocument();
    expect(onAdd).toHaveBeenCalledTimes(2);
  });

  it('empties the field the moment Enter is pressed, so titles typed during a slow write stay apart', async () => {
    const user = userEvent.setup();
    const pending: Array<(problem: string | null) => void> = [];
    const onAdd = vi.fn(
      (_title: string) => new Promise<string | null>((resolve) => pending.push(resolve)),
    );
    renderColumn({ open, done: [] }, onAdd);
    await user.click(screen.getByRole('button', { name: '+ Taak toevoegen' }));
    const field = screen.getByRole('textbox', { name: 'Titel van de nieuwe taak' });
    await user.type(field, 'Burst 01{Enter}Burst 02{Enter}Burst 03');
    expect(onAdd.mock.calls.map(([title]) => title)).toEqual(['Burst 01', 'Burst 02']);
    expect(field).toHaveValue('Burst 03');
    pending.forEach((resolve) => resolve(null));
  });

  it('shows a refused write in the field and gives the refused title back when the field is empty', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn(async () => 'De schijf is vol.');
    renderColumn({ open, done: [] }, onAdd);
    await user.click(screen.getByRole('button', { name: '+ Taak toevoegen' }));
    const field = screen.getByRole('textbox', { name: 'Titel van de nieuwe taak' });
    await user.type(field, 'Lunchsessie{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('De schijf is vol.');
    expect(field).toHaveValue('Lunchsessie');
    expect(field).toHaveAccessibleDescription('De schijf is vol.');
  });

  it('renders the first 50 open cards; "Meer tonen (n)" adds 50 more and focuses the first of them', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 120 }, (_, i) =>
      aTask({ id: `t${i}`, title: `Taak ${i}`, rank: i }),
    );
    renderColumn({ open: many, done: [] });
    const list = screen.getByRole('list', { name: 'Betrouwbare AI' });
    expect(within(list).getAllByRole('button')).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Meer tonen (70)' }));
    expect(within(list).getAllByRole('button')).toHaveLength(100);
    expect(screen.getByRole('button', { name: 'Taak 50' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Meer tonen (20)' }));
    expect(within(list).getAllByRole('button')).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /^Meer tonen/ })).not.toBeInTheDocument();
    // The region still counts every task, shown or not.
    expect(screen.getByRole('region', { name: 'Betrouwbare AI, 120 taken' })).toBeInTheDocument();
  });

  it('never hides a card changed since the column appeared, such as one just added at the bottom', () => {
    setClock(() => new Date('2025-05-20T09:00:00.000Z'));
    try {
      const many = Array.from({ length: 60 }, (_, i) =>
        aTask({ id: `t${i}`, title: `Taak ${i}`, rank: i }),
      );
      many[59] = { ...many[59]!, title: 'Net toegevoegd', updatedAt: '2025-05-20T09:00:00.000Z' };
      renderColumn({ open: many, done: [] });
      expect(screen.getByRole('button', { name: 'Net toegevoegd' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Taak 58' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Meer tonen (9)' })).toBeInTheDocument();
    } finally {
      setClock(null);
    }
  });

  it('has no "Taak toevoegen" where a column cannot take new tasks', () => {
    renderColumn({ open, done: [] }, null);
    expect(screen.queryByRole('button', { name: '+ Taak toevoegen' })).not.toBeInTheDocument();
  });

  it('scrolls the card just added into view and marks it, and only that card', () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      render(
        <DndContext>
          <Column
            id="*::theme-1"
            title="Betrouwbare AI"
            color="#1f5fa8"
            cell={{ open, done: [] }}
            droppable
            ctx={ctx}
            onAdd={null}
            highlightId="b"
          />
        </DndContext>,
      );
      const added = screen.getByRole('button', { name: 'AI-register' }).closest('li');
      expect(scrolled).toEqual([added]);
      expect(added).toHaveClass('card-new');
      expect(screen.getByRole('button', { name: 'EU AI Act' }).closest('li')).not.toHaveClass(
        'card-new',
      );
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
