import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SavedField } from '../../src/ui/SavedField';

const refuseEmpty = (v: string) => (v.trim() ? null : 'Geef een naam op.');

describe('SavedField', () => {
  it.each([
    ['leaving the field', '{Tab}'],
    ['Enter', '{Enter}'],
  ])('saves the draft on %s and says nothing is wrong', async (_how, key) => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    const onSaved = vi.fn();
    render(<SavedField label="Naam" value="Strategie" save={save} onSaved={onSaved} />);
    const field = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(field);
    await user.type(field, `Visie${key}`);
    expect(save).toHaveBeenCalledExactlyOnceWith('Visie');
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not write when nothing changed', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    render(<SavedField label="Naam" value="Strategie" save={save} />);
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), '{Enter}');
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses what the check refuses, beside the field, without writing', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    render(<SavedField label="Naam" value="Strategie" check={refuseEmpty} save={save} />);
    const field = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(save).not.toHaveBeenCalled();
    expect(field).toHaveAccessibleDescription('Geef een naam op.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the message of a refused write', async () => {
    const user = userEvent.setup();
    render(<SavedField label="Naam" value="Strategie" save={async () => 'De schijf is vol.'} />);
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), ' 2{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('De schijf is vol.');
  });

  it('saves with Ctrl+Enter in a multi-line field, where Enter starts a new line', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    render(<SavedField label="Omschrijving" value="" multiline save={save} />);
    await user.type(
      screen.getByRole('textbox', { name: 'Omschrijving' }),
      'a{Enter}b{Control>}{Enter}{/Control}',
    );
    expect(save).toHaveBeenCalledExactlyOnceWith('a\nb');
  });

  it('puts the stored value back on Escape when asked to', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    render(<SavedField label="Naam" value="Strategie" revertOnEscape save={save} />);
    const field = screen.getByRole('textbox', { name: 'Naam' });
    await user.type(field, ' en visie{Escape}');
    expect(field).toHaveValue('Strategie');
  });

  it('follows the stored value when it changes elsewhere', () => {
    const save = vi.fn(async () => null);
    const { rerender } = render(<SavedField label="Naam" value="Strategie" save={save} />);
    rerender(<SavedField label="Naam" value="Visie" save={save} />);
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Visie');
  });

  it('keeps what the user is typing when the stored value changes elsewhere, and saves it', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    const { rerender } = render(<SavedField label="Naam" value="Strategie" save={save} />);
    const field = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(field);
    await user.type(field, 'Mijn vis');
    rerender(<SavedField label="Naam" value="Visie van een collega" save={save} />);
    expect(field).toHaveValue('Mijn vis');
    await user.type(field, 'ie{Enter}');
    expect(save).toHaveBeenCalledExactlyOnceWith('Mijn visie');
  });

  it('follows a save from elsewhere that lands after its own save, even unseen in between', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    const { rerender } = render(<SavedField label="Naam" value="Strategie" save={save} />);
    const field = screen.getByRole('textbox', { name: 'Naam' });
    await user.clear(field);
    await user.type(field, 'Visie{Enter}');
    expect(save).toHaveBeenCalledExactlyOnceWith('Visie');
    // The store went Strategie → Visie → Visie B; only the last reached this field.
    rerender(<SavedField label="Naam" value="Visie B" save={save} />);
    expect(field).toHaveValue('Visie B');
  });

  it('follows the stored value again once the user has put it back with Escape', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    const { rerender } = render(
      <SavedField label="Naam" value="Strategie" save={save} revertOnEscape />,
    );
    const field = screen.getByRole('textbox', { name: 'Naam' });
    await user.type(field, ' 2026');
    rerender(<SavedField label="Naam" value="Visie" save={save} revertOnEscape />);
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('Visie');
    rerender(<SavedField label="Naam" value="Visie 2" save={save} revertOnEscape />);
    expect(field).toHaveValue('Visie 2');
    expect(save).not.toHaveBeenCalled();
  });

  it('saves an unsaved draft when it goes away, but not a refused one', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    const first = render(<SavedField label="Naam" value="Strategie" save={save} />);
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), '!');
    first.unmount();
    expect(save).toHaveBeenCalledExactlyOnceWith('Strategie!');

    save.mockClear();
    const second = render(
      <SavedField label="Naam" value="Strategie" check={refuseEmpty} save={save} />,
    );
    await user.clear(screen.getByRole('textbox', { name: 'Naam' }));
    second.unmount();
    expect(save).not.toHaveBeenCalled();
  });

  it('does not save a date the browser cannot read, and says why', async () => {
    const user = userEvent.setup();
    const save = vi.fn(async () => null);
    render(
      <SavedField
        label="Vervaldatum"
        type="date"
        value="2025-05-20"
        invalidMessage="Deze datum bestaat niet."
        save={save}
      />,
    );
    const field = screen.getByLabelText('Vervaldatum');
    // jsdom has no date parsing: mark the input unreadable as a browser does for 31-02.
    Object.defineProperty(field, 'validity', { value: { badInput: true } });
    await user.clear(field);
    await user.type(field, '{Enter}');
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Deze datum bestaat niet.');
  });
});
