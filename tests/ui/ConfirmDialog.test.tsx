import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '../../src/ui/ConfirmDialog';

function Harness({ onConfirm, removeOpener }: { onConfirm: () => void; removeOpener?: boolean }) {
  const [open, setOpen] = useState(false);
  const [gone, setGone] = useState(false);
  return (
    <>
      <input aria-label="Nieuwe naam" id="fallback" />
      {!gone && (
        <button type="button" onClick={() => setOpen(true)}>
          Verwijderen
        </button>
      )}
      {open && (
        <ConfirmDialog
          title="Label verwijderen?"
          confirmLabel="Definitief verwijderen"
          cancelLabel="Annuleren"
          closeLabel="Sluiten"
          fallbackFocus={() => document.getElementById('fallback')}
          onClose={() => setOpen(false)}
          onConfirm={() => {
            onConfirm();
            if (removeOpener) setGone(true);
            setOpen(false);
          }}
        >
          <p>Dit kan niet ongedaan worden.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

describe('ConfirmDialog', () => {
  it('asks with Annuleren focused, so a habitual Enter destroys nothing', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    const dialog = screen.getByRole('dialog', { name: 'Label verwijderen?' });
    expect(dialog).toHaveTextContent('Dit kan niet ongedaan worden.');
    expect(screen.getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('gives focus back to the button that opened it after Annuleren', async () => {
    const user = userEvent.setup();
    render(<Harness onConfirm={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Verwijderen' })).toHaveFocus());
  });

  it('puts focus on the fallback when what opened it is gone', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} removeOpener />);
    await user.click(screen.getByRole('button', { name: 'Verwijderen' }));
    await user.click(screen.getByRole('button', { name: 'Definitief verwijderen' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Nieuwe naam' })).toHaveFocus());
  });
});

describe('ConfirmDialog with focusContent', () => {
  it('leaves the focus on the content’s own field instead of Annuleren', () => {
    render(
      <ConfirmDialog
        title="Waarom geblokkeerd?"
        confirmLabel="Blokkeren"
        cancelLabel="Annuleren"
        closeLabel="Sluiten"
        focusContent
        onConfirm={vi.fn()}
        onClose={vi.fn()}
      >
        <textarea aria-label="Reden" autoFocus />
      </ConfirmDialog>,
    );
    expect(screen.getByRole('textbox', { name: 'Reden' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Annuleren' })).not.toHaveFocus();
  });
});
