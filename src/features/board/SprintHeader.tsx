import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRange, formatShort, type Lang } from '../../domain/dates';
import { statusCounts } from '../../domain/group';
import { daysLeft } from '../../domain/sprints';
import { STATUSES, type Sprint, type Task } from '../../domain/types';
import { setSprintGoal } from '../../db/undoable';

interface SprintHeaderProps {
  sprints: readonly Sprint[];
  sprint: Sprint | null;
  tasks: readonly Task[];
  today: string;
  onSelect: (choice: number | 'backlog') => void;
  onClose: () => void;
}

export function sprintLabel(t: TFunction, s: Sprint, lang: Lang) {
  return t('sprint.option', {
    number: s.number,
    range: formatRange(s.start, s.end, lang),
    ns: 'translation',
  });
}

function GoalField({ sprint }: { sprint: Sprint }) {
  const { t } = useTranslation('board');
  const [value, setValue] = useState(sprint.goal);
  useEffect(() => setValue(sprint.goal), [sprint.goal, sprint.id]);
  const save = () => {
    if (value.trim() !== sprint.goal) void setSprintGoal(sprint, value.trim());
  };
  return (
    <label className="sprint-goal">
      <span>{t('goal')}</span>
      <input
        type="text"
        value={value}
        placeholder={t('goalPlaceholder')}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') setValue(sprint.goal);
        }}
      />
    </label>
  );
}

export function SprintHeader({
  sprints,
  sprint,
  tasks,
  today,
  onSelect,
  onClose,
}: SprintHeaderProps) {
  const { t, i18n } = useTranslation('board');
  const { t: tc } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
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
            value={sprint ? String(sprint.number) : 'backlog'}
            onChange={(e) =>
              onSelect(e.target.value === 'backlog' ? 'backlog' : Number(e.target.value))
            }
          >
            {sprints.map((s) => (
              <option key={s.id} value={s.number}>
                {sprintLabel(tc, s, lang)}
              </option>
            ))}
            <option value="backlog">{t('backlog')}</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() => (next ? onSelect(next.number) : sprint && onSelect('backlog'))}
          disabled={!sprint}
        >
          {t('next')} ›
        </button>
      </div>
      {sprint ? (
        <div className="sprint-info">
          <h2 className="sprint-title">{sprintLabel(tc, sprint, lang)}</h2>
          <p className="sprint-days">
            {today < sprint.start
              ? t('notStarted', { date: formatShort(sprint.start, lang) })
              : left === 0
                ? t('ended')
                : t('daysLeft', { count: left ?? 0 })}
            {sprint.closedAt && (
              <> · {t('closedOn', { date: formatShort(sprint.closedAt.slice(0, 10), lang) })}</>
            )}
          </p>
          <GoalField sprint={sprint} />
          {!sprint.closedAt && (
            <button type="button" className="close-sprint" onClick={onClose}>
              {t('closeSprint')}
            </button>
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
    </div>
  );
}
