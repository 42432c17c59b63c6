/** A write refused or failed; `code` is an i18n key under `errors.` so the UI can say it in Dutch. */
export class CommandError extends Error {
  constructor(
    readonly code: string,
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
export function errorCode(error: unknown): string {
  return toCommandError(error).code;
}
