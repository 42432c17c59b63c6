import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  calendarEvents,
  calendarFileName,
  escapeText,
  foldLine,
  toIcs,
  type CalendarWords,
} from '../../src/domain/export/ics';
import { aSprint, aTask } from '../builders';

const NL: CalendarWords = {
  sprint: 'Sprint {{number}}',
  goal: 'Sprintdoel: {{goal}}',
  noGoal: 'Geen sprintdoel',
  due: 'Vervaldatum: {{title}}',
};
const STAMP = '2025-05-20T07:00:00.000Z';

const SPRINTS = [
  aSprint({ id: 's5', number: 5, start: '2025-06-09', end: '2025-07-20', goal: '' }),
  aSprint({
    id: 's4',
    number: 4,
    start: '2025-04-28',
    end: '2025-06-08',
    goal: 'DPIA, rollen; en "AI-kernteam" \\ klaar',
  }),
];

/** The events as Mozilla's parser reads the file back. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)),
  };
}

describe('escapeText', () => {
  it.each([
    ['a comma', 'rollen, processen', 'rollen\\, processen'],
    ['a semicolon', 'a; b', 'a\\; b'],
    ['a backslash', 'C:\\map', 'C:\\\\map'],
    ['line breaks of every kind', 'een\ntwee\r\ndrie\rvier', 'een\\ntwee\\ndrie\\nvier'],
    ['plain Dutch text unchanged', 'Opstellen van een DPIA', 'Opstellen van een DPIA'],
  ])('escapes %s', (_, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;
  it.each([
    ['a line of 75 octets stays one line', 'X'.repeat(75), 1],
    ['a line of 76 octets folds once', 'X'.repeat(76), 2],
    ['a line of 200 octets folds into three', 'X'.repeat(200), 3],
    ['accented letters count as two octets', 'é'.repeat(60), 2],
    ['a euro sign counts as three octets', '€'.repeat(60), 3],
  ])('%s', (_, line, count) => {
    const parts = foldLine(line).split('\r\n');
    expect(parts).toHaveLength(count);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // Unfolding gives the line back whole: no character was cut in two.
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});

describe('calendarEvents', () => {
  it('gives every sprint in order as an all-day event with its goal, and stable UIDs', () => {
    expect(calendarEvents(SPRINTS, [], false, NL)).toEqual([
      {
        uid: 'sprint-s4@sprintbord',
        start: '2025-04-28',
        end: '2025-06-08',
        summary: 'Sprint 4',
        description: 'Sprintdoel: DPIA, rollen; en "AI-kernteam" \\ klaar',
      },
      {
        uid: 'sprint-s5@sprintbord',
        start: '2025-06-09',
        end: '2025-07-20',
        summary: 'Sprint 5',
        description: 'Geen sprintdoel',
      },
    ]);
  });

  const TASKS = [
    aTask({ id: 't1', title: 'Rollen beschrijven', dueDate: '2025-06-02' }),
    aTask({ id: 't2', title: 'Geen datum', dueDate: null }),
    aTask({ id: 't3', title: 'DPIA indienen', dueDate: '2025-05-23' }),
  ];

  it.each<[string, boolean, string[]]>([
    ['without due dates: the sprints only', false, ['Sprint 4', 'Sprint 5']],
    [
      'with due dates: the given tasks that have one, by date',
      true,
      ['Sprint 4', 'Sprint 5', 'Vervaldatum: DPIA indienen', 'Vervaldatum: Rollen beschrijven'],
    ],
  ])('%s', (_, dueDates, summaries) => {
    expect(calendarEvents(SPRINTS, TASKS, dueDates, NL).map((e) => e.summary)).toEqual(summaries);
  });

  it('a due date is a one-day event with the task id in its UID', () => {
    const due = calendarEvents([], TASKS, true, NL)[0];
    expect(due).toMatchObject({
      uid: 'taak-t3@sprintbord',
      start: '2025-05-23',
      end: '2025-05-23',
    });
  });
});

describe('toIcs', () => {
  const text = toIcs({
    name: 'Jaarplan AI 2025',
    stamp: STAMP,
    events: calendarEvents(
      SPRINTS,
      [aTask({ id: 't3', title: 'DPIA indienen, eindelijk', dueDate: '2025-05-23' })],
      true,
      NL,
    ),
  });

  it('ends every line with CRLF, and no line is longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has the calendar properties Outlook needs', () => {
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//District09//Sprintbord//NL');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Jaarplan AI 2025');
  });

  it('parses back into all-day events with an exclusive end, the goal unescaped, the stamp passed in', () => {
    const { events } = parse(text);
    expect(
      events.map((e) => ({
        uid: e.uid,
        summary: e.summary,
        description: e.description,
        allDay: e.startDate.isDate && e.endDate.isDate,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        stamp: e.component.getFirstPropertyValue('dtstamp')?.toString(),
      })),
    ).toEqual([
      {
        uid: 'sprint-s4@sprintbord',
        summary: 'Sprint 4',
        description: 'Sprintdoel: DPIA, rollen; en "AI-kernteam" \\ klaar',
        allDay: true,
        start: '2025-04-28',
        end: '2025-06-09',
        stamp: '2025-05-20T07:00:00Z',
      },
      {
        uid: 'sprint-s5@sprintbord',
        summary: 'Sprint 5',
        description: 'Geen sprintdoel',
        allDay: true,
        start: '2025-06-09',
        end: '2025-07-21',
        stamp: '2025-05-20T07:00:00Z',
      },
      {
        uid: 'taak-t3@sprintbord',
        summary: 'Vervaldatum: DPIA indienen, eindelijk',
        description: 'DPIA indienen, eindelijk',
        allDay: true,
        start: '2025-05-23',
        end: '2025-05-24',
        stamp: '2025-05-20T07:00:00Z',
      },
    ]);
  });

  it('a long Dutch goal with accents survives folding', () => {
    const goal =
      'Één overzicht van alle AI-toepassingen in de stad, met privacy-impact en eigenaar; ' +
      'daarna de coördinatie met het team überhaupt.';
    const long = toIcs({
      name: 'Plan',
      stamp: STAMP,
      events: calendarEvents([aSprint({ goal })], [], false, NL),
    });
    expect(parse(long).events[0]?.description).toBe(`Sprintdoel: ${goal}`);
  });
});

describe('calendarFileName', () => {
  it.each([
    ['Jaarplan AI 2025', 'jaarplan-ai-2025-sprints.ics'],
    ['Coördinatie & Privacy!', 'coordinatie-privacy-sprints.ics'],
    ['***', 'plan-sprints.ics'],
  ])('%s → %s', (name, file) => {
    expect(calendarFileName(name)).toBe(file);
  });
});
