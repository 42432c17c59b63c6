import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonth } from '../../domain/dates';
import { blockedList, filterTasks, forBlockedList, isFilterEmpty } from '../../domain/filter';
import { currentSprint } from '../../domain/sprints';
import { usePlanTasks, type PlanBundle } from '../../db/live';
import { usePlanToday } from '../../app/usePlanView';
import { navigate } from '../../lib/url';
import { Chip } from '../../ui/Chip';
import { FilterBar } from './FilterBar';
import { useUrlFilter } from './useUrlFilter';
import './filters.css';

/** "Alle geblokkeerde taken": the list the team walks through in its meeting, over the whole plan. */
interface BlockedViewProps {
  bundle: PlanBundle;
  /**
   * The task dialog (reason, blocked-by, unblock) for one task. It lives in features/board and
   * features may not import each other, so the app shell composes it in — the same way it hands
   * the board its filter bar — rather than moving the whole dialog into src/ui, where it could
   * not read the database.
   */
  renderTaskDialog?: (taskId: string, onClose: () => void) => ReactNode;
}

export function BlockedView({ bundle, renderTaskDialog }: BlockedViewProps) {
  const { t } = useTranslation('filters');
  const { t: tc } = useTranslation();
  const tasks = usePlanTasks(bundle.plan.id);
  const [openTask, setOpenTask] = useState<string | null>(null);
  const urlFilter = useUrlFilter(bundle);
  const filter = useMemo(() => forBlockedList(urlFilter), [urlFilter]);
  const today = usePlanToday(bundle.plan);
  const sprintNow = useMemo(
    () => currentSprint(bundle.sprints, today) ?? null,
    [bundle.sprints, today],
  );

  const blocked = useMemo(() => (tasks ?? []).filter((x) => x.status === 'geblokkeerd'), [tasks]);
  const rows = useMemo(() => {
    const tasksById = new Map((tasks ?? []).map((x) => [x.id, x]));
    const all = blockedList(blocked, {
      today,
      sprints: bundle.sprints,
      people: bundle.people,
      themes: bundle.themes,
      tasksById,
    });
    const keep = new Set(
      filterTasks(blocked, filter, { today, sprint: sprintNow }).map((x) => x.id),
    );
    return all.filter((r) => keep.has(r.task.id));
  }, [tasks, blocked, filter, today, sprintNow, bundle.sprints, bundle.people, bundle.themes]);

  const headingId = 'blocked-heading';
  const filtered = !isFilterEmpty(filter);

  return (
    <section className="blocked-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('blockedView.title')}</h2>
      <p className="blocked-intro">{t('blockedView.intro')}</p>
      <FilterBar bundle={bundle} tasks={blocked} sprint={sprintNow} variant="blocked" />
      <p role="status" className="blocked-count">
        {tasks === undefined
          ? tc('app.loading')
          : filtered
            ? t('blockedView.shown', { shown: rows.length, total: blocked.length })
            : t('blockedView.count', { count: blocked.length })}
      </p>
      {tasks !== undefined && rows.length === 0 && (
        <p className="blocked-empty">
          {filtered ? t('blockedView.emptyFiltered') : t('blockedView.empty')}
        </p>
      )}
      {rows.length > 0 && (
        // Wide on a laptop screen: the table scrolls sideways, and keyboard users can scroll it too.
        // Named by the table's caption, not the view's heading: two landmarks with one name
        // cannot be told apart in a screen reader's landmark list.
        <div
          className="blocked-scroll"
          role="region"
          aria-labelledby={`${headingId}-caption`}
          tabIndex={0}
        >
          <table className="blocked-table">
            <caption id={`${headingId}-caption`} className="visually-hidden">
              {t('blockedView.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('blockedView.col.task')}</th>
                <th scope="col">{t('blockedView.col.theme')}</th>
                <th scope="col">{t('blockedView.col.reason')}</th>
                <th scope="col">{t('blockedView.col.blockedBy')}</th>
                <th scope="col">{t('blockedView.col.assignees')}</th>
                <th scope="col">{t('blockedView.col.sprint')}</th>
                <th scope="col" aria-sort="descending" className="num">
                  {t('blockedView.col.days')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const sprintName = r.sprint
                  ? tc('sprint.name', { number: r.sprint.number })
                  : tc('sprint.backlog');
                const boardTarget = r.sprint ? String(r.sprint.number) : 'backlog';
                return (
                  <tr
                    key={r.task.id}
                    className={renderTaskDialog ? 'blocked-row-open' : undefined}
                    // A click anywhere on the row opens it too; the title's button is the way in
                    // for the keyboard (Enter, Space) and what a screen reader announces.
                    onClick={
                      renderTaskDialog
                        ? (e) => {
                            if (!(e.target as HTMLElement).closest('a, button'))
                              setOpenTask(r.task.id);
                          }
                        : undefined
                    }
                  >
                    <th scope="row" className="blocked-title">
                      {renderTaskDialog ? (
                        <button
                          type="button"
                          className="blocked-open"
                          onClick={() => setOpenTask(r.task.id)}
                        >
                          {r.task.title}
                        </button>
                      ) : (
                        r.task.title
                      )}
                    </th>
                    <td>
                      {r.theme ? (
                        <Chip label={r.theme.label} color={r.theme.color} />
                      ) : (
                        t('blockedView.nothing')
                      )}
                    </td>
                    <td className={r.reason ? undefined : 'muted'}>
                      {r.reason || t('blockedView.noReason')}
                    </td>
                    <td>
                      {r.blockedBy.length ? (
                        <ul className="plain-list">
                          {r.blockedBy.map((title, i) => (
                            <li key={i}>{title}</li>
                          ))}
                        </ul>
                      ) : (
                        t('blockedView.nothing')
                      )}
                    </td>
                    <td className={r.assignees.length ? undefined : 'muted'}>
                      {r.assignees.length ? r.assignees.join(', ') : t('blockedView.nobody')}
                    </td>
                    <td className="nowrap">
                      <a
                        href={`?view=bord&sprint=${boardTarget}`}
                        title={t('blockedView.openOnBoard', { sprint: sprintName })}
                        onClick={(e) => {
                          e.preventDefault();
                          navigate((p) => {
                            p.set('view', 'bord');
                            p.set('sprint', boardTarget);
                          });
                        }}
                      >
                        {sprintName}
                      </a>
                    </td>
                    <td className="num">
                      {r.daysBlocked === null ? (
                        <span className="muted">{t('blockedView.unknownDays')}</span>
                      ) : (
                        <>
                          <strong>{r.daysBlocked}</strong>
                          {r.task.blockedSince && (
                            <span className="blocked-since">
                              {t('blockedView.since', {
                                date: formatDayMonth(r.task.blockedSince),
                              })}
                            </span>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {openTask && renderTaskDialog?.(openTask, () => setOpenTask(null))}
    </section>
  );
}
