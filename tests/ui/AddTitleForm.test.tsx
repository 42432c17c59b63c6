import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AddTitleForm } from '../../src/ui/AddTitleForm';

/** An onAdd whose writes stay under way until the test settles them. */
function slowAdd() {
  const pending: Array<(problem: string | null) => void> = [];
  const onAdd = vi.fn(
    (_title: string) => new Promise<string | null>((resolve) => pending.push(resolve)),
  );
  return { onAdd, pending };
}

const refuseEmpty = (title: string) => (title.trim() ? null : 'Geef een titel op.');

describe('AddTitleForm', () => {
  it('takes the next title while the previous write is still under way', async () => {
    const user = userEvent.setup({ delay: null });
    const { onAdd, pending } = slowAdd();
    render(<AddTitleForm label="Nieuwe actie" submitLabel="Toevoegen" onAdd={onAdd} />);
    const field = screen.getByRole('textbox', { name: 'Nieuwe actie' });
    await user.type(field, 'Eén{Enter}Twee{Enter}Drie');
    expect(onAdd.mock.calls.map(([title]) => title)).toEqual(['Eén', 'Twee']);
    expect(field).toHaveValue('Drie');
    pending.forEach((resolve) => resolve(null));
  });

  it('refuses what the check refuses without writing, and keeps the text', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn(async () => null);
    render(<AddTitleForm label="Nieuwe actie" check={refuseEmpty} onAdd={onAdd} />);
    const field = screen.getByRole('textbox', { name: 'Nieuwe actie' });
    await user.type(field, '   {Enter}');
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Geef een titel op.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Geef een titel op.');
    expect(field).toHaveValue('   ');
  });

  it('shows a refused write beside the field and gives the title back when the field is empty', async () => {
    const user = userEvent.setup();
    render(<AddTitleForm label="Nieuwe actie" onAdd={async () => 'De schijf is vol.'} />);
    const field = screen.getByRole('textbox', { name: 'Nieuwe actie' });
    await user.type(field, 'Register{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('De schijf is vol.');
    expect(field).toHaveValue('Register');
  });

  it('keeps a title typed meanwhile when an earlier write is refused', async () => {
    const user = userEvent.setup({ delay: null });
    const { onAdd, pending } = slowAdd();
    render(<AddTitleForm label="Nieuwe actie" onAdd={onAdd} />);
    const field = screen.getByRole('textbox', { name: 'Nieuwe actie' });
    await user.type(field, 'Register{Enter}Volgende');
    pending[0]!('De schijf is vol.');
    expect(await screen.findByRole('alert')).toHaveTextContent('De schijf is vol.');
    expect(field).toHaveValue('Volgende');
  });

  it('says what was added in a polite status, with the spaces tidied', async () => {
    const user = userEvent.setup();
    render(
      <AddTitleForm
        label="Nieuwe actie"
        onAdd={async () => null}
        addedMessage={(title) => `„${title}” toegevoegd.`}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Nieuwe actie' }), '  AI   fonds {Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('„AI fonds” toegevoegd.'),
    );
  });

  it('adds with Ctrl+Enter in a multi-line field, where Enter starts a new line', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn(async () => null);
    render(<AddTitleForm label="Nieuwe notitie" multiline onAdd={onAdd} />);
    const box = screen.getByRole('textbox', { name: 'Nieuwe notitie' });
    await user.type(box, 'regel 1{Enter}regel 2{Control>}{Enter}{/Control}');
    expect(onAdd).toHaveBeenCalledWith('regel 1\nregel 2');
    expect(box).toHaveValue('');
  });

  it('calls onCancel on Escape and onLeaveEmpty when an empty field is left', async () => {
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const onLeaveEmpty = vi.fn();
    render(
      <>
        <AddTitleForm
          label="Nieuwe taak"
          onAdd={async () => null}
          onCancel={onCancel}
          onLeaveEmpty={onLeaveEmpty}
        />
        <button type="button">Elders</button>
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Nieuwe taak' }));
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Elders' }));
    expect(onLeaveEmpty).toHaveBeenCalledTimes(1);
  });
});
