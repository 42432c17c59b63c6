import { checkChipColor } from '../../domain/colors';
import { checkInitials } from '../../domain/planSettings';
import { isIsoDate } from '../../domain/dates';
import { validateSprintLength } from '../../domain/sprints';
import { checkDates, checkTitle, titleErrorCode } from '../../domain/tasks';
import type { SprintSettings, Task } from '../../domain/types';
import { isWipLimit } from '../../domain/wip';
import { CommandError } from '../errors';

// The refusals every command shares; the rules themselves live in src/domain.

export function requireTitle(raw: string): string {
  const checked = checkTitle(raw);
  if (!checked.ok) throw new CommandError(titleErrorCode(checked.problem));
  return checked.title;
}

export function validateTask(task: Task): void {
  for (const d of [task.dueDate, task.startDate]) {
    if (d !== null && !isIsoDate(d)) throw new CommandError('date-invalid');
  }
  if (checkDates(task.startDate, task.dueDate)) throw new CommandError('due-before-start');
}

export function checkSettings(settings: SprintSettings): void {
  if (!isIsoDate(settings.firstStart)) throw new CommandError('date-invalid');
  if (validateSprintLength(settings.lengthWeeks) !== 'ok') throw new CommandError('sprint-length');
}

export function requireInitials(raw: string): string {
  const checked = checkInitials(raw);
  if (!checked.ok)
    throw new CommandError(checked.problem === 'empty' ? 'initials-empty' : 'initials-too-long');
  return checked.initials;
}

/** Chips and avatars carry white text, so a colour that white is unreadable on is refused. */
export function requireColor(raw: string): string {
  const problem = checkChipColor(raw);
  if (problem)
    throw new CommandError(problem.problem === 'invalid' ? 'color-invalid' : 'color-too-light');
  return raw.trim();
}

/** A soft WIP limit: a whole number 1–999, or null for none. */
export function requireWipLimit(limit: number | null): number | null {
  if (limit !== null && !isWipLimit(limit)) throw new CommandError('wip-limit-invalid');
  return limit;
}
