import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WallColumn } from '../../../src/domain/wall';
import { WallSheet } from '../../../src/features/board/WallSheet';

const COLUMNS: WallColumn[] = [
  {
    key: 'a',
    title: 'Strategie',
    color: '#111111',
    count: 2,
    groups: [
      {
        lane: 'Ann',
        cards: [
          {
            id: 't1',
            title: 'Visie',
            status: 'in-uitvoering',
            people: ['Ann', 'Bram'],
            blockedReason: null,
          },
          {
            id: 't2',
            title: 'DPIA',
            status: 'geblokkeerd',
            people: ['Ann'],
            blockedReason: 'Wacht op DPO',
          },
        ],
      },
    ],
  },
  { key: 'b', title: 'Leeg', color: null, count: 0, groups: [] },
];

let print: ReturnType<typeof vi.fn>;
beforeEach(() => {
  print = vi.fn();
  window.print = print as unknown as typeof window.print;
});
afterEach(() => vi.restoreAllMocks());

function renderSheet(request = 1, onDone = vi.fn()) {
  return render(
    <WallSheet
      planName="Jaarplan AI 2025"
      title="Sprint 4"
      goal="Alles klaar"
      columns={COLUMNS}
      today="2025-05-20"
      shown={2}
      total={9}
      request={request}
      onDone={onDone}
    />,
  );
}

describe('WallSheet', () => {
  it('lays out every column with its cards: status in words, people, blocked reason, the filter', () => {
    renderSheet();
    const sheet = screen.getByRole('region', { name: 'Afdruk van het bord', hidden: true });
    expect(sheet.parentElement).toBe(document.body);
    const strategie = within(sheet).getByRole('region', { name: 'Strategie', hidden: true });
    expect(strategie).toHaveTextContent('Strategie (2 taken)');
    expect(strategie).toHaveTextContent('In uitvoering');
    expect(strategie).toHaveTextContent('Mensen: Ann, Bram');
    expect(strategie).toHaveTextContent('Geblokkeerd: Wacht op DPO');
    expect(within(strategie).getByRole('heading', { level: 3, hidden: true })).toHaveTextContent(
      'Ann',
    );
    expect(within(sheet).getByRole('region', { name: 'Leeg', hidden: true })).toHaveTextContent(
      'Geen taken',
    );
    expect(sheet).toHaveTextContent('Jaarplan AI 2025 · stand op 20 mei 2025');
    expect(sheet).toHaveTextContent('Gefilterd: 2 van 9 taken.');
  });

  it('asks the browser to print once per press, and is done after printing', () => {
    const onDone = vi.fn();
    const { rerender } = renderSheet(1, onDone);
    expect(print).toHaveBeenCalledTimes(1);
    rerender(
      <WallSheet
        planName="Jaarplan AI 2025"
        title="Sprint 4"
        goal={null}
        columns={COLUMNS}
        today="2025-05-20"
        shown={9}
        total={9}
        request={2}
        onDone={onDone}
      />,
    );
    expect(print).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('afterprint'));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
