import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  currentSprint,
  openingSprint,
  resolveSprintChoice,
  daysLeft,
  sprintForDate,
  validateSprintLength,
} from '../../src/domain/sprints';
import { addDaysIso, formatDayMonth, isIsoDate, parseUserDate } from '../../src/domain/dates';

const team2025 = buildCalendar({ firstStart: '2025-01-06', lengthWeeks: 6 }, 2025, { 1: 4, 6: 8 });

describe('buildCalendar', () => {
  it('puts the team board sprint on 28 apr – 8 jun 2025 as sprint 4', () => {
    expect(team2025[3]).toEqual({
      number: 4,
      start: '2025-04-28',
      end: '2025-06-08',
      lengthWeeks: 6,
    });
  });

  it.each([
    [1, '2025-01-06', '2025-02-02', 4],
    [2, '2025-02-03', '2025-03-16', 6],
    [3, '2025-03-17', '2025-04-27', 6],
    [5, '2025-06-09', '2025-07-20', 6],
    [6, '2025-07-21', '2025-09-14', 8],
    [7, '2025-09-15', '2025-10-26', 6],
    [9, '2025-12-08', '2026-01-18', 6],
  ])(
    'sprint %i runs %s – %s (%i weeks); a stretched sprint pushes the later ones',
    (n, start, end, weeks) => {
      expect(team2025[n - 1]).toEqual({ number: n, start, end, lengthWeeks: weeks });
    },
  );

  it('stops at the last sprint that starts inside the year', () => {
    expect(team2025).toHaveLength(9);
    expect(team2025.at(-1)!.end > '2025-12-31').toBe(true);
  });

  it('keeps whole days across the daylight-saving weekends', () => {
    // 30 March 2025 and 26 October 2025 are the clock-change Sundays in Belgium.
    const cal = buildCalendar({ firstStart: '2025-03-24', lengthWeeks: 1 }, 2025);
    expect(cal[0]).toMatchObject({ start: '2025-03-24', end: '2025-03-30' });
    expect(cal[1]).toMatchObject({ start: '2025-03-31', end: '2025-04-06' });
    const oct = cal.find((s) => s.start === '2025-10-20');
    expect(oct).toMatchObject({ end: '2025-10-26' });
    expect(cal.find((s) => s.start === '2025-10-27')).toBeDefined();
  });

  it('counts the leap day', () => {
    const cal = buildCalendar({ firstStart: '2024-02-19', lengthWeeks: 2 }, 2024);
    expect(cal[0]).toMatchObject({ start: '2024-02-19', end: '2024-03-03' });
    expect(sprintForDate(cal, '2024-02-29')?.number).toBe(1);
  });

  it('keeps sprints that already hold work when the calendar shrinks', () => {
    expect(buildCalendar({ firstStart: '2025-01-06', lengthWeeks: 6 }, 2025, {}, 12)).toHaveLength(
      12,
    );
  });

  it.each([
    [0, 'too-short'],
    [-1, 'too-short'],
    [1.5, 'not-whole'],
    [Number.NaN, 'not-whole'],
    [27, 'too-long'],
    [6, 'ok'],
  ] as const)('sprint length %s is %s', (weeks, verdict) => {
    expect(validateSprintLength(weeks)).toBe(verdict);
  });

  it('gives no sprints for an impossible length', () => {
    expect(buildCalendar({ firstStart: '2025-01-06', lengthWeeks: 0 }, 2025)).toEqual([]);
  });
});

describe('sprintForDate and currentSprint', () => {
  it.each([
    ['2025-04-28', 4],
    ['2025-06-08', 4],
    ['2025-06-09', 5],
    ['2025-08-15', 6],
    ['2025-12-31', 9],
    ['2026-01-01', 9],
    ['2026-01-18', 9],
  ])('%s falls in sprint %i', (date, n) => {
    expect(sprintForDate(team2025, date)?.number).toBe(n);
    expect(currentSprint(team2025, date)?.number).toBe(n);
  });

  it.each([
    ['2024-12-01', 1],
    ['2026-11-22', 9],
  ])('before or after the plan (%s) the nearest sprint (%i) is current', (date, n) => {
    expect(sprintForDate(team2025, date)).toBeUndefined();
    expect(currentSprint(team2025, date)?.number).toBe(n);
  });

  it('has no current sprint without sprints', () => {
    expect(currentSprint([], '2025-05-01')).toBeUndefined();
  });

  it.each([
    ['2025-06-08', 1],
    ['2025-06-01', 8],
    ['2025-04-20', 42],
    ['2025-06-09', 0],
  ])('on %s the board sprint has %i days left', (today, left) => {
    expect(daysLeft(team2025[3]!, today)).toBe(left);
  });
});

describe('dates', () => {
  it.each([
    ['2025-06-08', '08-06'],
    ['2025-12-31', '31-12'],
  ])('%s shows as %s', (iso, text) => expect(formatDayMonth(iso)).toBe(text));

  it.each([
    ['2025-02-31', false],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-6-8', false],
    ['', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['0000-01-01', false],
    ['0001-01-01', true],
  ])('isIsoDate(%s) = %s', (v, ok) => expect(isIsoDate(v)).toBe(ok));

  it.each([
    ['8-6-2025', '2025-06-08'],
    ['08/06/2025', '2025-06-08'],
    ['2025-06-08', '2025-06-08'],
    ['31-02-2025', null],
    ['morgen', null],
  ])('parseUserDate(%s) = %s', (v, iso) => expect(parseUserDate(v)).toBe(iso));

  it('adds days over the year end', () => expect(addDaysIso('2025-12-31', 1)).toBe('2026-01-01'));
});

describe('resolveSprintChoice', () => {
  it.each([
    ['backlog', null],
    ['4', 4],
    ['9', 9],
    ['99', 4],
    ['abc', 4],
    [null, 4],
  ] as const)('%s → sprint %s on 2025-05-20', (choice, n) => {
    expect(resolveSprintChoice(team2025, choice, '2025-05-20')?.number ?? null).toBe(n);
  });
});

describe('openingSprint', () => {
  const closed = (numbers: number[]) =>
    team2025.map((s) => ({
      ...s,
      closedAt: numbers.includes(s.number) ? '2025-05-20T16:00:00.000Z' : null,
    }));
  it.each<[string, number[], string, number]>([
    ['the sprint that holds today', [], '2025-05-20', 4],
    ['the next open sprint when today\u2019s sprint is closed', [4], '2025-05-20', 5],
    ['past closed sprints in a row', [4, 5], '2025-05-20', 6],
    ['today\u2019s sprint when every later one is closed too', [4, 5, 6, 7, 8, 9], '2025-05-20', 4],
    ['an earlier closed sprint does not matter', [3], '2025-05-20', 4],
  ])('%s', (_name, closedNumbers, today, expected) => {
    expect(openingSprint(closed(closedNumbers), today)?.number).toBe(expected);
  });

  it('is what the board opens on without a sprint in the address', () => {
    expect(resolveSprintChoice(closed([4]), null, '2025-05-20')?.number).toBe(5);
  });
});
