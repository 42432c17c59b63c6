// Each code is also its message's key under `errors.` in the common namespace.
export const ERROR_CODES = [
  'title-empty',
  'title-too-long',
  'date-invalid',
  'due-before-start',
  'sprint-length',
  'year-invalid',
  'not-found',
  'plan-missing',
  'read-only',
  'theme-has-tasks',
  'note-empty',
  'sprint-closed',
  'initials-empty',
  'initials-too-long',
  'color-invalid',
  'color-too-light',
  'quota',
  'write-failed',
  'backup-invalid',
  'nothing-to-undo',
  'nothing-to-redo',
  'wip-limit-invalid',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The browser could not store at all: the way out is a backup, not a different input. */
export const DISK_PROBLEMS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['quota', 'write-failed']);

/** The one shape every write comes back in: its value, or the code of why nothing was stored. */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/** A write refused or failed; `code` is an i18n key under `errors.` so the UI can say it in Dutch. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: unknown,
  ) {
    super(code);
    this.name = 'CommandError';
  }
}

/** Maps what IndexedDB throws to a code the user can act on. */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return new CommandError('quota', error);
  return new CommandError('write-failed', error);
}

/** The i18n key (under `errors.`) for anything a command threw. */
function errorCode(error: unknown): ErrorCode {
  return toCommandError(error).code;
}

/** Runs a command and turns what it threw into a WriteResult. */
export async function settle<T>(work: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, code: errorCode(error) };
  }
}
