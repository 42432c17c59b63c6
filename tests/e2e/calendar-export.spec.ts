import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, openBoard, test } from './fixtures';

// Issue 15, part 5: "Agenda exporteren (.ics)" gives an iCalendar file with every sprint as an
// all-day event, and on request the due dates of the filtered tasks; Mozilla's parser reads it.

const ENQUETE = 'AI-readiness-enquête invullen';
const MJP = 'Opvolgen (opmaak van) MJP';

/** Downloads the file from the dialog and reads it back as events. */
async function exportCalendar(page: Page, dueDates: boolean) {
  await page.getByRole('button', { name: 'Agenda exporteren (.ics)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Agenda exporteren' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, '.dialog');
  const box = dialog.getByRole('checkbox', { name: /^Ook vervaldatums van de gefilterde taken/ });
  await expect(box).not.toBeChecked();
  if (dueDates) await box.check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Downloaden' }).click(),
  ]);
  await expect(dialog.getByRole('status')).toHaveText(
    'jaarplan-ai-2025-sprints.ics is gedownload.',
  );
  const text = await readFile((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    file: download.suggestedFilename(),
    text,
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return {
        summary: e.summary,
        description: e.description,
        allDay: e.startDate.isDate,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
      };
    }),
  };
}

test('exports every sprint of the plan as an all-day event with its goal; the file parses', async ({
  page,
}) => {
  await openBoard(page, '/?view=bord&sprint=4');
  // count() does not wait: the sprint picker is read once the board shows sprint 4.
  const picker = page.getByRole('combobox', { name: 'Sprint' });
  await expect(picker).toHaveValue('4');
  const sprints = await picker.locator('option').count();
  const goal = await page.getByRole('textbox', { name: 'Sprintdoel' }).inputValue();
  const { file, text, name, events } = await exportCalendar(page, false);

  expect(file).toBe('jaarplan-ai-2025-sprints.ics');
  expect(name).toBe('Jaarplan AI 2025');
  expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
  expect(events).toHaveLength(sprints);
  expect(events.every((e) => e.allDay && /^Sprint \d+$/.test(e.summary))).toBe(true);
  // Sprint 4 runs from 28 April up to and including 8 June: the end is the day after.
  expect(events.find((e) => e.summary === 'Sprint 4')).toEqual({
    summary: 'Sprint 4',
    description: goal ? `Sprintdoel: ${goal}` : 'Geen sprintdoel',
    allDay: true,
    start: '2025-04-28',
    end: '2025-06-09',
  });
});

test('with "Ook vervaldatums" the file holds the due dates of the filtered tasks only', async ({
  page,
}) => {
  await openBoard(page, `/?view=bord&sprint=4&q=${encodeURIComponent('readiness')}`);
  await expect(page.getByRole('button', { name: ENQUETE })).toBeVisible();
  const { events } = await exportCalendar(page, true);

  const due = events.filter((e) => e.summary.startsWith('Vervaldatum: '));
  expect(due).toContainEqual({
    summary: `Vervaldatum: ${ENQUETE}`,
    description: ENQUETE,
    allDay: true,
    start: '2025-06-08',
    end: '2025-06-09',
  });
  // Due on the same day, but not in the filter: not in the file.
  expect(due.map((e) => e.summary)).not.toContain(`Vervaldatum: ${MJP}`);
  expect(events.filter((e) => /^Sprint \d+$/.test(e.summary)).length).toBeGreaterThan(0);
});
