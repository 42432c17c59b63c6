import { makeBackup } from '../domain/backup';
import { now, today } from '../lib/clock';
import { downloadBlob } from '../lib/download';
import { exportAll } from './commands/backup';

/**
 * The way out when something goes wrong (a full disk, a failed write, a crashed screen): every
 * row of every plan as a JSON backup that "Gegevens" can restore. Resolves to the file name.
 */
export async function downloadBackup(): Promise<string> {
  const rows = await exportAll();
  const file = `sprintbord-backup-${today()}.json`;
  const json = JSON.stringify(makeBackup(rows, now()));
  downloadBlob(new Blob([json], { type: 'application/json' }), file);
  return file;
}
