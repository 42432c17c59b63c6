import { addDaysIso, daysBetween } from './dates';
import type { IsoDate, SprintSettings } from './types';

export interface SprintSlot {
  number: number;
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  lengthWeeks: number;
}

export interface SprintRange {
  start: IsoDate;
  end: IsoDate;
}

export const MAX_SPRINT_WEEKS = 26;

export function validateSprintLength(weeks: number): 'ok' | 'too-short' | 'too-long' | 'not-whole' {
  if (!Number.isFinite(weeks) || !Number.isInteger(weeks)) return 'not-whole';
  if (weeks < 1) return 'too-short';
  if (weeks > MAX_SPRINT_WEEKS) return 'too-long';
  return 'ok';
}

/**
 * The sprints of a plan year: sprint 1 starts on `firstStart`, each sprint lasts the default
 * length unless `overrides` stretches or shortens it, and every later sprint follows on. Sprints
 * are generated while they start inside `year`, so the last one may run into the next year;
 * `minCount` keeps sprints that already hold work when the calendar shrinks.
 */
export function buildCalendar(
  settings: SprintSettings,
  year: number,
  overrides: Readonly<Record<number, number>> = {},
  minCount = 0,
): SprintSlot[] {
  if (validateSprintLength(settings.lengthWeeks) !== 'ok') return [];
  const slots: SprintSlot[] = [];
  const yearEnd = `${year}-12-31`;
  let start = settings.firstStart;
  for (let n = 1; (start <= yearEnd || n <= minCount) && n <= 400; n++) {
    const override = overrides[n];
    const weeks =
      override !== undefined && validateSprintLength(override) === 'ok'
        ? override
        : settings.lengthWeeks;
    const end = addDaysIso(start, weeks * 7 - 1);
    slots.push({ number: n, start, end, lengthWeeks: weeks });
    start = addDaysIso(end, 1);
  }
  return slots;
}

export function sprintForDate<S extends SprintRange>(
  sprints: readonly S[],
  date: IsoDate,
): S | undefined {
  return sprints.find((s) => s.start <= date && date <= s.end);
}

/** The sprint containing today; otherwise the nearest one (the first before the plan, the last after it). */
export function currentSprint<S extends SprintRange>(
  sprints: readonly S[],
  today: IsoDate,
): S | undefined {
  const containing = sprintForDate(sprints, today);
  if (containing) return containing;
  let best: S | undefined;
  let bestDistance = Infinity;
  for (const s of sprints) {
    const distance = today < s.start ? daysBetween(today, s.start) : daysBetween(s.end, today);
    if (distance < bestDistance) {
      best = s;
      bestDistance = distance;
    }
  }
  return best;
}

/** Days left in the sprint counting today; 0 after its end, the full length before its start. */
export function daysLeft(sprint: SprintRange, today: IsoDate): number {
  if (today > sprint.end) return 0;
  const from = today < sprint.start ? sprint.start : today;
  return daysBetween(from, sprint.end) + 1;
}

export function nextSprint<S extends { number: number }>(
  sprints: readonly S[],
  current: S,
): S | undefined {
  return sprints.find((s) => s.number === current.number + 1);
}

/**
 * The sprint a plan opens on: the one that holds today (or the nearest), or — when that one is
 * closed already — the first open sprint after it, where the work now lives.
 */
export function openingSprint<S extends SprintRange & { number: number; closedAt?: string | null }>(
  sprints: readonly S[],
  today: IsoDate,
): S | undefined {
  const current = currentSprint(sprints, today);
  if (!current?.closedAt) return current;
  const later = sprints
    .filter((s) => s.number > current.number && !s.closedAt)
    .sort((a, b) => a.number - b.number);
  return later[0] ?? current;
}

/**
 * Which sprint the board shows for a `sprint` URL value: a sprint number, 'backlog' (null), or
 * anything else (missing, unknown) → the sprint the plan opens on (see `openingSprint`).
 */
export function resolveSprintChoice<
  S extends SprintRange & { number: number; closedAt?: string | null },
>(sprints: readonly S[], choice: string | null, today: IsoDate): S | null {
  if (choice === 'backlog') return null;
  if (choice !== null && /^\d+$/.test(choice)) {
    const found = sprints.find((s) => s.number === Number(choice));
    if (found) return found;
  }
  return openingSprint(sprints, today) ?? null;
}
