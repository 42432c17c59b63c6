import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WallColumn } from '../../../src/domain/wall';
import { Presentation } from '../../../src/features/board/Presentation';

const COLUMNS: WallColumn[] = [
  {
    key: 'a',
    title: 'Strategie',
    color: '#111111',
    count: 1,
    groups: [
      {
        lane: null,
        cards: [
          {
            id: 't1',
            title: 'Visie schrijven',
            status: 'gepland',
            people: ['Ann'],
            blockedReason: null,
          },
        ],
      },
    ],
  },
  {
    key: 'b',
    title: 'Betrouwbare AI',
    color: null,
    count: 1,
    groups: [
      {
        lane: null,
        cards: [
          {
            id: 't2',
            title: 'DPIA',
            status: 'geblokkeerd',
            people: [],
            blockedReason: '',
          },
        ],
      },
    ],
  },
];

function renderPresentation(byTheme = true) {
  const onClose = vi.fn();
  render(
    <Presentation
      title="Sprint 4"
      goal="Alles klaar"
      columns={COLUMNS}
      byTheme={byTheme}
      onClose={onClose}
    />,
  );
  return { onClose, dialog: screen.getByRole('dialog', { name: 'Presentatiemodus: Sprint 4' }) };
}

describe('Presentation', () => {
  it('opens on the first theme with its cards: title, status in words, people', () => {
    const { dialog } = renderPresentation();
    expect(within(dialog).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Thema 1 van 2: Strategie',
    );
    const cards = within(dialog).getByRole('list', { name: 'Taken in Strategie' });
    expect(within(cards).getAllByRole('listitem')).toHaveLength(1);
    expect(within(dialog).getByText('Visie schrijven')).toBeInTheDocument();
    expect(within(dialog).getByText('Gepland')).toBeInTheDocument();
    expect(within(dialog).getByText('Mensen: Ann')).toBeInTheDocument();
    expect(within(dialog).getByText('Alles klaar')).toBeInTheDocument();
  });

  it('ArrowRight steps to the next theme and announces it; ArrowLeft goes back; the ends hold', async () => {
    const user = userEvent.setup();
    const { dialog } = renderPresentation();
    await waitFor(() => expect(dialog.querySelector('.presentation-stage')).toHaveFocus());
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Thema 2 van 2: Betrouwbare AI',
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('Thema 2 van 2: Betrouwbare AI');
    expect(within(dialog).getByText('Geblokkeerd: geen reden opgegeven')).toBeInTheDocument();
    expect(within(dialog).getByText('Niemand toegewezen')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('heading', { level: 3 })).toHaveTextContent('Thema 2 van 2');
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Thema 1 van 2: Strategie');
  });

  it('calls the steps "Kolom" when the board is not grouped by theme', () => {
    const { dialog } = renderPresentation(false);
    expect(within(dialog).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Kolom 1 van 2: Strategie',
    );
  });

  it('has nothing to edit and closes with its button', async () => {
    const user = userEvent.setup();
    const { dialog, onClose } = renderPresentation();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Presentatie sluiten', '‹ Vorige', 'Volgende ›']);
    await user.click(within(dialog).getByRole('button', { name: 'Presentatie sluiten' }));
    expect(onClose).toHaveBeenCalled();
  });
});
