import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DateFieldLang } from '../../src/domain/dates';
import { DateField } from '../../src/ui/DateField';

const TEXT = {
  nl: {
    hint: 'dd-mm-jjjj',
    invalid: 'Die datum bestaat niet.',
    pick: 'Kalender voor Vervaldatum',
    loading: 'Kalender laden…',
  },
  en: {
    hint: 'mm/dd/yyyy',
    invalid: 'That date does not exist.',
    pick: 'Calendar for Due date',
    loading: 'Loading calendar…',
  },
};

function setup(lang: DateFieldLang, value: string | null = '2025-06-08') {
  const save = vi.fn(async (_date: string | null) => null);
  render(
    <DateField
      label={lang === 'nl' ? 'Vervaldatum' : 'Due date'}
      value={value}
      lang={lang}
      today="2025-05-20"
      text={TEXT[lang]}
      save={save}
    />,
  );
  return { save, user: userEvent.setup() };
}

describe('DateField', () => {
  it.each([
    ['nl', 'Vervaldatum', '08-06-2025'],
    ['en', 'Due date', '06/08/2025'],
  ] as Array<[DateFieldLang, string, string]>)(
    'shows the stored date in the %s format, with the format as its hint',
    (lang, label, shown) => {
      setup(lang);
      const input = screen.getByRole('textbox', { name: label });
      expect(input).toHaveValue(shown);
      expect(input).toHaveAccessibleDescription(TEXT[lang].hint);
    },
  );

  it.each([
    ['nl', 'Vervaldatum', '8-7-2025', '2025-07-08'],
    ['en', 'Due date', '7/8/2025', '2025-07-08'],
  ] as Array<[DateFieldLang, string, string, string]>)(
    'reads a typed %s date and saves it as ISO on Enter',
    async (lang, label, typed, iso) => {
      const { save, user } = setup(lang);
      const input = screen.getByRole('textbox', { name: label });
      await user.clear(input);
      await user.type(input, `${typed}{Enter}`);
      expect(save).toHaveBeenCalledWith(iso);
    },
  );

  it('refuses a date that does not exist, says why and saves nothing', async () => {
    const { save, user } = setup('nl');
    const input = screen.getByRole('textbox', { name: 'Vervaldatum' });
    await user.clear(input);
    await user.type(input, '31-02-2025{Enter}');
    expect(save).not.toHaveBeenCalled();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Die datum bestaat niet.')).toBeInTheDocument();
  });

  it('clears the date when the field is emptied', async () => {
    const { save, user } = setup('nl');
    const input = screen.getByRole('textbox', { name: 'Vervaldatum' });
    await user.clear(input);
    await user.keyboard('{Enter}');
    expect(save).toHaveBeenCalledWith(null);
  });

  it('picks a day in the calendar by keyboard: the button opens it on the stored day, arrows move, Enter picks', async () => {
    const { save, user } = setup('nl');
    const button = screen.getByRole('button', { name: 'Kalender voor Vervaldatum' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const calendar = screen.getByRole('group', { name: 'Kalender voor Vervaldatum' });
    // The calendar loads on first use, then takes the focus on the chosen day.
    const grid = await within(calendar).findByRole('grid');
    // Focus starts on the stored day, 8 June 2025 (moved there once the grid has drawn); one
    // day on is the 9th.
    await waitFor(() => expect(grid).toContainElement(document.activeElement as HTMLElement));
    expect(document.activeElement).toHaveTextContent(/^8$/);
    await user.keyboard('{ArrowRight}{Enter}');
    expect(save).toHaveBeenCalledWith('2025-06-09');
    expect(screen.queryByRole('group', { name: 'Kalender voor Vervaldatum' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('closes the calendar on Escape without picking, and gives focus back to its button', async () => {
    const { save, user } = setup('en', null);
    const button = screen.getByRole('button', { name: 'Calendar for Due date' });
    await user.click(button);
    const calendar = screen.getByRole('group', { name: 'Calendar for Due date' });
    const grid = await within(calendar).findByRole('grid');
    await waitFor(() => expect(grid).toContainElement(document.activeElement as HTMLElement));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Calendar for Due date' })).toBeNull();
    expect(button).toHaveFocus();
    expect(save).not.toHaveBeenCalled();
  });
});
