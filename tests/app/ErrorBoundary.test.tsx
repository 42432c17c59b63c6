import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { db } from '../../src/db/schema';
import { demoRows, writePlanRows } from '../../src/db/seed';
import { parseBackup } from '../../src/domain/backup';
import { setClock } from '../../src/lib/clock';

function Boom(): never {
  throw new Error('render crash');
}

let downloads: Array<{ blob: Blob; name: string }>;

beforeEach(async () => {
  setClock(() => new Date('2025-05-20T10:00:00Z'));
  await db.delete();
  await db.open();
  await writePlanRows(demoRows());
  downloads = [];
  // jsdom has no object URLs and no downloads: catch what would have been saved.
  let last: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) downloads.push({ blob: last, name: this.download });
  });
  // React reports the caught error on the console; the test expects it.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => setClock(null));

describe('ErrorBoundary', () => {
  it('shows the children while nothing crashes', () => {
    render(
      <ErrorBoundary>
        <p>Bord</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Bord')).toBeInTheDocument();
  });

  it('turns a crash below it into a Dutch message with a way out, not a white page', async () => {
    render(
      <div>
        <p>Kop blijft staan</p>
        <ErrorBoundary>
          <Boom />
        </ErrorBoundary>
      </div>,
    );
    expect(
      screen.getByRole('heading', { name: 'Er ging iets mis in dit scherm.' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Kop blijft staan')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Herladen' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Gegevens exporteren' }));
    expect(
      await screen.findByText('Back-up gedownload: sprintbord-backup-2025-05-20.json'),
    ).toBeInTheDocument();
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('sprintbord-backup-2025-05-20.json');
    const parsed = parseBackup(await downloads[0]!.blob.text());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.data.tasks).toHaveLength(await db.tasks.count());
  });

  it('says so in Dutch when even the export fails', async () => {
    db.close();
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Gegevens exporteren' }));
    expect(await screen.findByText(/^Exporteren lukte niet/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Exporteren lukte niet');
    await db.open();
  });
});
