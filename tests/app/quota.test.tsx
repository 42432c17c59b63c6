import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../src/app/Toasts';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { editTask, reportError } from '../../src/app/writes';
import type { ErrorCode } from '../../src/db/errors';
import { setClock } from '../../src/lib/clock';
import { useToasts } from '../../src/state/toast';

// A full disk or a failing write is told in Dutch with a way out (a backup), never swallowed.

let downloads: string[];

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
  await writePlanRows(demoRows());
  useToasts.setState({ toasts: [] });
  downloads = [];
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});
afterEach(() => setClock(null));

// What IndexedDB rejects a write with when the origin's quota is used up.
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota and write errors', () => {
  // Every table, history too: a failure at the first write or only at the last one must leave
  // the whole database as it was, not just the table the mock refuses to write.
  const everyTable = async () =>
    Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));

  it.each([
    ['the task', () => vi.spyOn(db.tasks, 'put')],
    ['its history, after the task was written', () => vi.spyOn(db.history, 'bulkAdd')],
  ])(
    'a full disk while writing %s: Dutch message, no table changed, and "Back-up maken" downloads everything',
    async (_where, refuse) => {
      const task = (await db.tasks.filter((t) => t.status === 'gepland').first())!;
      const before = await everyTable();
      expect(before.history).not.toEqual([]);
      const spy = refuse().mockRejectedValue(quotaExceeded());
      render(<Toasts />);

      // A status change writes both the task and a history line.
      expect(await editTask(task.id, { title: 'Nieuwe titel', status: 'afgerond' })).toEqual({
        ok: false,
        code: 'quota',
      });
      expect(spy).toHaveBeenCalled();
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        'De opslag van deze browser is vol: je wijziging is niet bewaard.',
      );
      spy.mockRestore();
      expect(await everyTable()).toEqual(before);

      await userEvent.click(screen.getByRole('button', { name: 'Back-up maken' }));
      expect(
        await screen.findByText('Back-up gedownload: sprintbord-backup-2025-05-20.json'),
      ).toBeInTheDocument();
      expect(downloads).toEqual(['sprintbord-backup-2025-05-20.json']);
    },
  );

  it.each<[ErrorCode, string]>([
    ['write-failed', 'Je wijziging kon niet bewaard worden.'],
    ['quota', 'De opslag van deze browser is vol'],
  ])('offers a backup with the %s message', (code, text) => {
    reportError(code);
    const [toast] = useToasts.getState().toasts;
    expect(toast).toMatchObject({ tone: 'error', action: { label: 'Back-up maken' } });
    expect(toast!.message).toContain(text);
  });

  it('a refused input gets its own message without a backup offer', () => {
    reportError('title-empty');
    const [toast] = useToasts.getState().toasts;
    expect(toast).toMatchObject({ tone: 'error', message: 'Geef een titel op.' });
    expect(toast!.action).toBeUndefined();
  });
});
