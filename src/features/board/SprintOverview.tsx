import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonth, formatRange, type Lang } from '../../domain/dates';
import { byRank } from '../../domain/ordering';
import { currentSprint } from '../../domain/sprints';
import { useSprintTasks, type PlanBundle } from '../../db/live';
import { today } from '../../lib/clock';

export function SprintOverview({ bundle }: { bundle: PlanBundle }) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'en' ? 'en' : 'nl') as Lang;
  const sprint = currentSprint(bundle.sprints, today());
  const tasks = useSprintTasks(bundle.plan.id, sprint?.id ?? null);
  const byTheme = useMemo(() => {
    const map = new Map<string, typeof tasks>();
    for (const task of [...(tasks ?? [])].sort(byRank)) {
      const list = map.get(task.themeId) ?? [];
      list.push(task);
      map.set(task.themeId, list);
    }
    return map;
  }, [tasks]);

  return (
    <section aria-labelledby="sprint-heading">
      <h2 id="sprint-heading">
        {sprint
          ? t('sprint.option', {
              number: sprint.number,
              range: formatRange(sprint.start, sprint.end, lang),
            })
          : t('sprint.backlog')}
      </h2>
      {bundle.themes.map((theme) => {
        const list = byTheme.get(theme.id) ?? [];
        return (
          <section
            key={theme.id}
            aria-label={t('board.columnLabel', { name: theme.name, count: list.length })}
          >
            <h3>{theme.name}</h3>
            {list.length === 0 ? (
              <p>{t('board.empty')}</p>
            ) : (
              <ul>
                {list.map((task) => (
                  <li key={task.id}>
                    {task.title} — {t(`status.${task.status}`)}
                    {task.dueDate ? ` · ${formatDayMonth(task.dueDate)}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
