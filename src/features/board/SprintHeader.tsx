import type { TFunction } from 'i18next';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange, formatShort } from '../../i18n/dates';
import type { Language } from '../../i18n/i18n';
import { statusCounts } from '../../domain/group';
import { dayOf } from '../../domain/dates';
import { daysLeft } from '../../domain/sprints';
import { STATUSES, type Sprint, type Task } from '../../domain/types';
import { setSprintGoal } from '../../app/writes';
import { navigate } from '../../lib/url';
import { useLang } from '../../i18n/useLang';

interface SprintHeaderProps {
  sprints: readonly Sprint[];
  sprint: Sprint | null;
  /** All tasks of the sprint: the counts are the sprint's own, whatever the filter shows. */
  tasks: readonly Task[];
  /** How many of them the board shows under the current filter. */
  shown: number;
  today: string;
  onSelect: (sprintNumber: number) => void;
  /** Null on a read-only plan: no "Sprint afsluiten", no goal to edit. */
  onClose: (() => void) | null;
  /** Printing, presenting and exporting the board, composed in by the board. */
  tools?: ReactNode;
}

export function sprintLabel(t: TFunction, s: Sprint, lang: Language) {
  return t('sprint.option', {
    number: s.number,
    range: formatRange(s.start, s.end, lang),
    ns: 'translation',
  });
}

/**
 * The sprint goal: a text area that grows with the goal, so a long goal is read whole; it wraps
 * instead of scrolling out of sight. Enter saves (a goal is one paragraph), and a sign beside it
 * says the goal was saved.
 */
function GoalField({ sprint, readOnly }: { sprint: Sprint; readOnly: boolean }) {
  const { t } = useTranslation('board');
  const [value, setValue] = useState(sprint.goal);
  const [saved, setSaved] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const statusId = useId();
  useEffect(() => setValue(sprint.goal), [sprint.goal, sprint.id]);
  // Only another sprint takes the sign away: the stored goal coming back from the database after
  // our own save must not.
  useEffect(() => setSaved(false), [sprint.id]);
  // Grows to its content: CSS field-sizing does it (and follows a change of width too); this is
  // for browsers without it.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || globalThis.CSS?.supports?.('field-sizing', 'content')) return;
    el.style.height = 'auto';
    if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
  const save = async () => {
    const goal = value.replace(/\s+/g, ' ').trim();
    if (goal === sprint.goal) return;
    const result = await setSprintGoal(sprint, goal);
    setSaved(result.ok);
  };
  return (
    <div className="sprint-goal">
      <label className="sprint-goal-field">
        <span>{t('goal')}</span>
        <textarea
          ref={ref}
          rows={1}
          value={value}
          readOnly={readOnly}
          placeholder={t('goalPlaceholder')}
          aria-describedby={statusId}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
          onBlur={() => void save()}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void save();
            }
            if (e.key === 'Escape') setValue(sprint.goal);
          }}
        />
      </label>
      <span id={statusId} role="status" className="sprint-goal-saved">
        {saved ? t('goalSaved') : ''}
      </span>
    </div>
  );
}

/** A closed sprint can be read, not changed: its goal as text, and the way to its report. */
function ClosedNotice({ sprint, lang }: { sprint: Sprint; lang: Language }) {
  const { t } = useTranslation('board');
  const href = `?view=rapport&sprint=${sprint.number}`;
  return (
    <div className="sprint-closed" role="note">
      <p>
        <strong>
          {t('closedReadOnly', { date: formatShort(dayOf(sprint.closedAt ?? ''), lang) })}
        </strong>{' '}
        <a
          href={href}
          onClick={(e) => {
            e.preventDefault();
            navigate((p) => {
              p.set('view', 'rapport');
              p.set('sprint', String(sprint.number));
            });
          }}
        >
          {t('closedReport', { number: sprint.number })}
        </a>
      </p>
      <p className="sprint-goal-text">{t('goalLine', { goal: sprint.goal || t('noGoal') })}</p>
    </div>
  );
}

export function SprintHeader({
  sprints,
  sprint,
  tasks,
  shown,
  today,
  onSelect,
  onClose,
  tools,
}: SprintHeaderProps) {
  const { t } = useTranslation('board');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const counts = statusCounts(tasks);
  const index = sprint ? sprints.findIndex((s) => s.id === sprint.id) : -1;
  const prev = sprint ? sprints[index - 1] : sprints.at(-1);
  const next = sprint ? sprints[index + 1] : undefined;
  const left = sprint ? daysLeft(sprint, today) : null;

  return (
    <div className="sprint-header">
      <div className="sprint-nav">
        <button type="button" onClick={() => prev && onSelect(prev.number)} disabled={!prev}>
          ‹ {t('previous')}
        </button>
        <label>
          <span className="visually-hidden">{t('sprint')}</span>
          <select
            aria-label={t('sprint')}
            value={sprint ? String(sprint.number) : ''}
            onChange={(e) => onSelect(Number(e.target.value))}
          >
            {sprints.map((s) => (
              <option key={s.id} value={s.number}>
                {sprintLabel(tc, s, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => next && onSelect(next.number)} disabled={!next}>
          {t('next')} ›
        </button>
      </div>
      {tools}
      {sprint ? (
        <div className="sprint-info">
          <h2 className="sprint-title">{sprintLabel(tc, sprint, lang)}</h2>
          <p className="sprint-days">
            {today < sprint.start
              ? t('notStarted', { date: formatShort(sprint.start, lang) })
              : left === 0
                ? t('ended')
                : t('daysLeft', { count: left ?? 0 })}
          </p>
          {sprint.closedAt ? (
            <ClosedNotice sprint={sprint} lang={lang} />
          ) : (
            <>
              <GoalField sprint={sprint} readOnly={!onClose} />
              {onClose && (
                <button type="button" className="close-sprint" onClick={onClose}>
                  {t('closeSprint')}
                </button>
              )}
            </>
          )}
        </div>
      ) : (
        <div className="sprint-info">
          <h2 className="sprint-title">{t('backlog')}</h2>
          <p className="sprint-days">{t('backlogHint')}</p>
        </div>
      )}
      <ul className="status-counts" aria-label={t('counts')}>
        {STATUSES.map((s) => (
          <li key={s} className={`status-count status-${s}`}>
            {tc(`status.${s}`)}: <strong>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      {shown < tasks.length && (
        <p className="status-filtered">{t('countsFiltered', { shown, total: tasks.length })}</p>
      )}
    </div>
  );
}
