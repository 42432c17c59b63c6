import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setAuthor } from '../../db/commands/identity';
import { useAuthor, usePlanTasks, type PlanBundle } from '../../db/live';
import { myTaskGroups, type MyTaskGroup, type MyTaskRow } from '../../domain/myTasks';
import type { Sprint, Task } from '../../domain/types';
import { usePlanView } from '../../app/usePlanView';
import { runWrite } from '../../app/writes';
import { formatShort } from '../../i18n/dates';
import { Chip } from '../../ui/Chip';
import { myTasksMessages } from '../../i18n/myTasks';
import { addMessages } from '../../i18n/i18n';
import './mytasks.css';

// This screen's words load with it, not in the first load.
addMessages('myTasks', myTasksMessages);

interface MyTasksViewProps {
  bundle: PlanBundle;
  /** The filter bar, composed in by the app shell (same signature as the board's). */
  renderFilters?: (tasks: Task[], sprint: Sprint | null) => ReactNode;
  /** The task dialog, composed in by the app shell (it lives in features/board). */
  renderTaskDialog?: (taskId: string, onClose: () => void) => ReactNode;
}

/**
 * "Mijn taken": the tasks of one person over every sprint and the backlog, open work first. The
 * person is this device's "Ik ben" choice for the plan, asked once when there is none.
 */
export function MyTasksView({ bundle, renderFilters, renderTaskDialog }: MyTasksViewProps) {
  const { t } = useTranslation('myTasks');
  const { t: tc } = useTranslation();
  const planId = bundle.plan.id;
  const me = useAuthor(planId);
  const person = bundle.people.find((p) => p.id === me) ?? null;
  const [choosing, setChoosing] = useState(false);
  const [openTask, setOpenTask] = useState<string | null>(null);
  const loaded = usePlanTasks(planId);
  const { lang, today, sprint, allTasks, filtering, tasks } = usePlanView(bundle);
  const headingId = useId();

  const mine = useMemo(
    () => (person ? allTasks.filter((x) => x.assigneeIds.includes(person.id)) : []),
    [allTasks, person],
  );
  const groups = useMemo(
    () => (person ? myTaskGroups(tasks, person.id, bundle.sprints, today) : []),
    [tasks, person, bundle.sprints, today],
  );
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);

  if (me === undefined) return <p role="status">{tc('app.loading')}</p>;

  if (!person || choosing)
    return (
      <section className="my-tasks" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('title')}</h2>
        <PersonPicker
          bundle={bundle}
          current={person?.id ?? null}
          onChosen={() => setChoosing(false)}
          onCancel={person ? () => setChoosing(false) : undefined}
        />
      </section>
    );

  const themeById = new Map(bundle.themes.map((x) => [x.id, x]));
  const row = (r: MyTaskRow) => {
    const theme = themeById.get(r.task.themeId);
    return (
      <li key={r.task.id} className="my-task">
        <button type="button" className="my-task-open" onClick={() => setOpenTask(r.task.id)}>
          {r.task.title}
        </button>
        <span className="my-task-meta">
          {theme && <Chip label={theme.label} color={theme.color} />}
          <span>
            {r.sprint ? tc('sprint.name', { number: r.sprint.number }) : tc('sprint.backlog')}
          </span>
          {r.task.dueDate && <span>{t('due', { date: formatShort(r.task.dueDate, lang) })}</span>}
          {r.late && <strong className="my-task-flag my-task-late">{t('late')}</strong>}
          {r.task.status === 'geblokkeerd' && (
            <span className="my-task-flag my-task-blocked">
              <strong>{t('blocked')}:</strong> {r.task.blockedReason || t('noReason')}
            </span>
          )}
        </span>
      </li>
    );
  };
  const groupTitle = (g: MyTaskGroup) => `${tc(`status.${g.status}`)} (${g.rows.length})`;

  return (
    <section className="my-tasks" aria-labelledby={headingId}>
      <div className="my-tasks-top">
        <h2 id={headingId}>{t('titleOf', { name: person.name })}</h2>
        <button type="button" onClick={() => setChoosing(true)}>
          {t('other')}
        </button>
      </div>
      <div className="my-tasks-toolbar">{renderFilters?.(mine, sprint)}</div>
      <p role="status" className="my-tasks-count">
        {loaded === undefined
          ? tc('app.loading')
          : filtering
            ? t('shown', { shown, total: mine.length })
            : t('count', { count: mine.length })}
      </p>
      {loaded !== undefined && shown === 0 && (
        <p>{filtering ? t('emptyFiltered') : t('empty', { name: person.name })}</p>
      )}
      {groups.map((g) =>
        g.status === 'afgerond' ? (
          <details key={g.status} className="my-tasks-group">
            <summary>{groupTitle(g)}</summary>
            <ul className="my-task-list">{g.rows.map(row)}</ul>
          </details>
        ) : (
          <section key={g.status} className="my-tasks-group" aria-label={groupTitle(g)}>
            <h3>{groupTitle(g)}</h3>
            <ul className="my-task-list">{g.rows.map(row)}</ul>
          </section>
        ),
      )}
      {openTask && renderTaskDialog?.(openTask, () => setOpenTask(null))}
    </section>
  );
}

/** "Wie ben jij?": the same device setting as "Ik ben" in the settings. */
function PersonPicker({
  bundle,
  current,
  onChosen,
  onCancel,
}: {
  bundle: PlanBundle;
  current: string | null;
  onChosen: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('myTasks');
  const selectId = useId();
  const [choice, setChoice] = useState(current ?? bundle.people[0]?.id ?? '');
  if (bundle.people.length === 0) return <p>{t('noPeople')}</p>;
  return (
    <form
      className="my-tasks-picker"
      aria-label={t('who')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!choice) return;
        // A refused write (the person was just removed elsewhere) says why in a toast.
        void runWrite(() => setAuthor(bundle.plan.id, choice)).then((r) => r.ok && onChosen());
      }}
    >
      <h3>{t('who')}</h3>
      <p>{t('whoIntro')}</p>
      <label htmlFor={selectId}>{t('person')}</label>
      <select
        id={selectId}
        value={choice}
        autoFocus={current !== null}
        onChange={(e) => setChoice(e.target.value)}
      >
        {bundle.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.role && p.role !== p.name ? `${p.name} (${p.role})` : p.name}
          </option>
        ))}
      </select>
      <button type="submit" className="primary">
        {t('choose')}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      )}
    </form>
  );
}
