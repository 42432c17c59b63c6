import { DndContext } from '@dnd-kit/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Column } from '../../../src/features/board/Column';
import type { Cell } from '../../../src/domain/group';
import type { Task } from '../../../src/domain/types';
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
  arrived: { highlightId: string; focusHighlighted?: boolean } | null = null,
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
        {...arrived}
      />
    </DndContext>,
  );
}

/** Runs `check` with every element scrolled into view meanwhile (jsdom scrolls nothing). */
async function recordingScrolls(check: (scrolled: Element[]) => unknown): Promise<void> {
  const scrolled: Element[] = [];
  const original = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  try {
    await check(scrolled);
  } finally {
    Element.prototype.scrollIntoView = original;
  }
}

/** A card's estimated height plus the gap between cards (Column.tsx). */
const CARD_STEP = 116 + 8;
const BOX_HEIGHT = 600;

function numbered(count: number, status: Task['status'] = 'gepland'): Task[] {
  return Array.from({ length: count }, (_, i) =>
    aTask({ id: `t${i}`, title: `Taak ${i}`, rank: i, status }),
  );
}

/** Waits for a long list's windowing code, which loads on first use (a screenful shows before). */
async function windowed(list: () => Element) {
  await waitFor(() => expect(list()).toHaveClass('card-list-window'));
}
const openList = () => screen.getByRole('list', { name: 'Betrouwbare AI' });

/** Scrolls a box the way the browser would: the offset, then the scroll event. */
function scrollBox(box: Element, top: number) {
  Object.defineProperty(box, 'scrollTop', { configurable: true, value: top });
  fireEvent.scroll(box);
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

  it('renders every card of a column of 50, each item saying its place among the 50', () => {
    renderColumn({ open: numbered(50), done: [] });
    const items = within(screen.getByRole('list', { name: 'Betrouwbare AI' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(50);
    expect(items[49]).toHaveAttribute('aria-posinset', '50');
    expect(items[49]).toHaveAttribute('aria-setsize', '50');
  });

  describe('a long column', () => {
    // The windowing code is its own chunk: read once here rather than inside the first test.
    beforeAll(() => import('../../../src/features/board/CardWindow'));
    // jsdom lays nothing out: the scroll box gets a height, the cards their estimated one.
    beforeEach(() => {
      Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('card-scroll') ? BOX_HEIGHT : 0;
        },
      });
    });
    afterEach(() => {
      delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    });

    it('renders far fewer than its 500 cards, the first saying "1 of 500", and counts all 500', async () => {
      renderColumn({ open: numbered(500), done: [] });
      await windowed(openList);
      const items = within(openList()).getAllByRole('listitem');
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThan(30);
      expect(items[0]).toHaveAttribute('aria-posinset', '1');
      expect(items[0]).toHaveAttribute('aria-setsize', '500');
      expect(screen.getByRole('region', { name: 'Betrouwbare AI, 500 taken' })).toBeInTheDocument();
    });

    it('brings card 412 in when the column is scrolled to it, saying "412 of 500"', async () => {
      const { container } = renderColumn({ open: numbered(500), done: [] });
      await windowed(openList);
      expect(screen.queryByRole('button', { name: 'Taak 411' })).not.toBeInTheDocument();
      scrollBox(container.querySelector('.card-scroll')!, 411 * CARD_STEP);
      const card = await screen.findByRole('button', { name: 'Taak 411' });
      expect(card.closest('li')).toHaveAttribute('aria-posinset', '412');
      expect(card.closest('li')).toHaveAttribute('aria-setsize', '500');
      expect(screen.queryByRole('button', { name: 'Taak 0' })).not.toBeInTheDocument();
    });

    it('keeps the focused card in the page when the column scrolls away from it', async () => {
      const user = userEvent.setup();
      const { container } = renderColumn({ open: numbered(500), done: [] });
      await windowed(openList);
      await user.click(screen.getByRole('button', { name: 'Taak 2' }));
      const focused = screen.getByRole('button', { name: 'Taak 2' });
      focused.focus();
      scrollBox(container.querySelector('.card-scroll')!, 300 * CARD_STEP);
      await screen.findByRole('button', { name: 'Taak 300' });
      expect(focused).toBeInTheDocument();
      expect(focused).toHaveFocus();
    });

    it('renders and scrolls to the card just added, though it stands at 451 of 500', () =>
      recordingScrolls(async (scrolled) => {
        renderColumn({ open: numbered(500), done: [] }, null, {
          highlightId: 't450',
          focusHighlighted: true,
        });
        const added = await screen.findByRole('button', { name: 'Taak 450' });
        await waitFor(() => expect(added).toHaveFocus());
        expect(scrolled).toEqual([added.closest('li')]);
        expect(added.closest('li')).toHaveAttribute('aria-posinset', '451');
        expect(screen.queryByRole('button', { name: 'Taak 300' })).not.toBeInTheDocument();
      }));

    it('folds 200 done tasks away and renders only a window of them, each saying "n of 200"', async () => {
      const user = userEvent.setup();
      const { container } = renderColumn({ open: [], done: numbered(200, 'afgerond') });
      await user.click(screen.getByText('Afgeronde taken (200)'));
      await windowed(() => container.querySelector('.done-fold ul')!);
      const items = container.querySelectorAll('.done-fold li');
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThan(30);
      expect(items[0]).toHaveAttribute('aria-setsize', '200');
    });
  });

  it('has no "Taak toevoegen" where a column cannot take new tasks', () => {
    renderColumn({ open, done: [] }, null);
    expect(screen.queryByRole('button', { name: '+ Taak toevoegen' })).not.toBeInTheDocument();
  });

  it('scrolls the card just added into view and marks it, and only that card', () =>
    recordingScrolls((scrolled) => {
      renderColumn({ open, done: [] }, null, { highlightId: 'b' });
      const added = screen.getByRole('button', { name: 'AI-register' }).closest('li');
      expect(scrolled).toEqual([added]);
      expect(added).toHaveClass('card-new');
      expect(screen.getByRole('button', { name: 'EU AI Act' }).closest('li')).not.toHaveClass(
        'card-new',
      );
    }));
});
