// The plan's sprints (and, when asked, the due dates of the shown tasks) as an iCalendar file
// (RFC 5545) that Outlook, Google Calendar and Apple Calendar import as all-day events.
// Written here rather than with a library: the file is small, and the libraries on npm either
// draw random UIDs (a second import would duplicate every event) or pull in a validation library.
import { addDaysIso } from '../dates';
import type { IsoDate, IsoDateTime, Sprint, Task } from '../types';
import { fill } from './vocabulary';

/** One all-day event: from `start` up to and including `end`. */
export interface CalendarEvent {
  /** Stable across exports: importing the file again updates the events instead of adding them. */
  uid: string;
  start: IsoDate;
  end: IsoDate;
  summary: string;
  description: string;
}

export interface CalendarFile {
  /** Shown by Outlook and Google as the calendar's name (X-WR-CALNAME). */
  name: string;
  /** The moment of the export (DTSTAMP), passed in: no clock here. */
  stamp: IsoDateTime;
  events: readonly CalendarEvent[];
}

/** The words of the events, translated by the caller; `{{…}}` are filled in here. */
export interface CalendarWords {
  /** "Sprint {{number}}" */
  sprint: string;
  /** "Sprintdoel: {{goal}}" */
  goal: string;
  /** "Geen sprintdoel" */
  noGoal: string;
  /** "Vervaldatum: {{title}}" */
  due: string;
}

export const UID_DOMAIN = 'sprintbord';

/**
 * The events of the calendar: every sprint of the plan, in order, and with `dueDates` one event
 * per task of `tasks` (the filtered ones) that has a due date, by date.
 */
export function calendarEvents(
  sprints: readonly Pick<Sprint, 'id' | 'number' | 'start' | 'end' | 'goal'>[],
  tasks: readonly Pick<Task, 'id' | 'title' | 'dueDate'>[],
  dueDates: boolean,
  words: CalendarWords,
): CalendarEvent[] {
  const sprintEvents = [...sprints]
    .sort((a, b) => a.number - b.number)
    .map((s) => ({
      uid: `sprint-${s.id}@${UID_DOMAIN}`,
      start: s.start,
      end: s.end,
      summary: fill(words.sprint, { number: s.number }),
      description: s.goal.trim() ? fill(words.goal, { goal: s.goal.trim() }) : words.noGoal,
    }));
  if (!dueDates) return sprintEvents;
  const dueEvents = tasks
    .filter((t): t is typeof t & { dueDate: IsoDate } => t.dueDate !== null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
    .map((t) => ({
      uid: `taak-${t.id}@${UID_DOMAIN}`,
      start: t.dueDate,
      end: t.dueDate,
      summary: fill(words.due, { title: t.title }),
      description: t.title,
    }));
  return [...sprintEvents, ...dueEvents];
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): the rest goes on lines that start with one
 * space. Never inside a character: a UTF-8 sequence ("é", "€") stays whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // A continuation line's leading space counts towards its 75 octets.
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const dateValue = (day: IsoDate) => day.replace(/-/g, '');

/** 2025-05-20T07:00:00.000Z → 20250520T070000Z */
function stampValue(at: IsoDateTime): string {
  return `${at.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The file's text: CRLF line ends, folded lines, all-day events with an exclusive DTEND. */
export function toIcs(calendar: CalendarFile): string {
  const stamp = stampValue(calendar.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//District09//Sprintbord//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  for (const e of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(e.start)}`,
      // DTEND of an all-day event is the day after the last one.
      `DTEND;VALUE=DATE:${dateValue(addDaysIso(e.end, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      // A sprint fills weeks: shown as free time, Outlook does not mark the team busy all along.
      'TRANSP:TRANSPARENT',
      'X-MICROSOFT-CDO-BUSYSTATUS:FREE',
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "Jaarplan AI 2025" → jaarplan-ai-2025-sprints.ics */
export function calendarFileName(planName: string): string {
  const slug = planName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'plan'}-sprints.ics`;
}
