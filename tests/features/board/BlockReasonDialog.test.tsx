import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BlockReasonDialog } from '../../../src/features/board/BlockReasonDialog';
import { useToasts } from '../../../src/state/toast';
import { aTask } from '../../builders';

const moveTaskUndoable = vi.hoisted(() => vi.fn(async () => ({ ok: true as const })));
vi.mock('../../../src/app/writes', () => ({ moveTaskUndoable }));

const pending = {
  task: aTask({ id: 't1', title: 'Opvolgen MJP' }),
  patch: { status: 'geblokkeerd' as const },
  reranked: [{ id: 't1', rank: 1 }],
};

describe('BlockReasonDialog', () => {
  beforeEach(() => moveTaskUndoable.mockClear());

  it('starts in the reason field, not on Annuleren', () => {
    render(<BlockReasonDialog pending={pending} onDone={vi.fn()} />);
    expect(screen.getByRole('textbox', { name: 'Reden blokkering' })).toHaveFocus();
  });

  it('without a reason says it is needed and writes nothing', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    render(<BlockReasonDialog pending={pending} onDone={onDone} />);
    await user.click(screen.getByRole('button', { name: 'Blokkeren' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(moveTaskUndoable).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('writes the move with the trimmed reason, then closes', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    render(<BlockReasonDialog pending={pending} onDone={onDone} />);
    await user.type(
      screen.getByRole('textbox', { name: 'Reden blokkering' }),
      '  Wacht op cijfers ',
    );
    await user.click(screen.getByRole('button', { name: 'Blokkeren' }));
    expect(moveTaskUndoable).toHaveBeenCalledWith(
      't1',
      { status: 'geblokkeerd', blockedReason: 'Wacht op cijfers' },
      [{ id: 't1', rank: 1 }],
    );
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('once the move is stored, says the column is over its WIP limit', async () => {
    const user = userEvent.setup();
    const notice = 'Kolom Geblokkeerd zit boven de WIP-limiet (3 / 2)';
    render(<BlockReasonDialog pending={{ ...pending, notices: [notice] }} onDone={vi.fn()} />);
    expect(useToasts.getState().toasts.map((x) => x.message)).not.toContain(notice);
    await user.type(screen.getByRole('textbox', { name: 'Reden blokkering' }), 'Wacht');
    await user.click(screen.getByRole('button', { name: 'Blokkeren' }));
    expect(useToasts.getState().toasts.map((x) => x.message)).toContain(notice);
  });
});
