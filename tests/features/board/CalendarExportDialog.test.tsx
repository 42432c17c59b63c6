import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planBundle } from '../../../src/db/queries';
import { db } from '../../../src/db/schema';
import { demoRows, writePlanRows } from '../../../src/db/seed';
import type { Task } from '../../../src/domain/types';
import { CalendarExportDialog } from '../../../src/features/board/CalendarExportDialog';
import { setClock } from '../../../src/lib/clock';

const ENQUETE = 'AI-readiness-enquête invullen';

let blobs: Blob[];
let names: string[];
beforeEach(async () => {
  setClock(() => new Date('2025-05-20T07:00:00Z'));
  blobs = [];
  names = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:calendar';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  await db.delete();
  await db.open();
});
afterEach(() => {
  setClock(null);
  vi.restoreAllMocks();
});

/** The demo plan in the dialog, its filter keeping the enquête only. */
async function renderDialog() {
  const rows = demoRows();
  await writePlanRows(rows);
  const bundle = (await planBundle(rows.plan.id))!;
  const onlyEnquete = (tasks: Task[]) => tasks.filter((t) => t.title === ENQUETE);
  render(
    <CalendarExportDialog
      bundle={bundle}
      sprint={null}
      filterTasks={onlyEnquete}
      onClose={vi.fn()}
    />,
  );
  return bundle;
}

async function downloaded() {
  await waitFor(() => expect(blobs).toHaveLength(1));
  const text = await blobs[0]!.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('CalendarExportDialog', () => {
  it('downloads <plan>-sprints.ics with every sprint, stamped with the time of the export', async () => {
    const bundle = await renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Downloaden' }));
    const events = await downloaded();
    expect(names).toEqual(['jaarplan-ai-2025-sprints.ics']);
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    expect(events.map((e) => e.summary)).toEqual(bundle.sprints.map((s) => `Sprint ${s.number}`));
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2025-05-20T07:00:00Z',
    );
    // The status line is always there; its text follows the download.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'jaarplan-ai-2025-sprints.ics is gedownload.',
      ),
    );
  });

  it('with the box ticked adds the due dates of the filtered tasks, and says how many there are', async () => {
    const bundle = await renderDialog();
    const box = screen.getByRole('checkbox', { name: /^Ook vervaldatums van de gefilterde taken/ });
    await waitFor(() =>
      expect(box.closest('label')).toHaveTextContent('(1 taak met een vervaldatum)'),
    );
    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Downloaden' }));
    const events = await downloaded();
    expect(events).toHaveLength(bundle.sprints.length + 1);
    const due = events.at(-1)!;
    expect(due.summary).toBe(`Vervaldatum: ${ENQUETE}`);
    expect(due.startDate.toString()).toBe('2025-06-08');
    expect(due.startDate.isDate).toBe(true);
  });
});
