// Each code is also its message's key under `errors.` in the common namespace.
export const ERROR_CODES = [
  'title-empty',
  'title-too-long',
  'date-invalid',
  'due-before-start',
  'sprint-length',
  'year-invalid',
  'not-found',
  'theme-has-tasks',
  'note-empty',
  'sprint-closed',
  'quota',
  'write-failed',
  'backup-invalid',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

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
export function errorCode(error: unknown): ErrorCode {
  return toCommandError(error).code;
}
