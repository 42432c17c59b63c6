import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closeGroups,
  decideAll,
  defaultDecision,
  summarizeClose,
  type CloseDecision,
} from '../../domain/close';
import { formatRange } from '../../i18n/dates';
import { nextSprint } from '../../domain/sprints';
import type { Sprint, Task } from '../../domain/types';
import type { PlanBundle } from '../../db/live';
import { closeSprintUndoable } from '../../app/writes';
import { navigate } from '../../lib/url';
import { useToasts } from '../../state/toast';
import { useLang } from '../../i18n/useLang';

interface CloseSprintFormProps {
  sprint: Sprint;
  bundle: PlanBundle;
  /** The sprint's tasks, loaded by the dialog. */
  tasks: Task[];
  onClose: () => void;
}

/** The body of "Sprint afsluiten": where each unfinished task goes, and the button that closes. */
export function CloseSprintForm({ sprint, bundle, tasks, onClose }: CloseSprintFormProps) {
  const { t } = useTranslation('close');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const next = nextSprint(bundle.sprints, sprint);
  const [decisions, setDecisions] = useState<Record<string, CloseDecision>>({});
  const [busy, setBusy] = useState(false);

  const groups = useMemo(() => closeGroups(tasks, bundle.themes), [tasks, bundle.themes]);
  const open = useMemo(() => groups.flatMap((g) => g.tasks), [groups]);
  const themeById = useMemo(() => new Map(bundle.themes.map((th) => [th.id, th])), [bundle.themes]);
  const personById = useMemo(() => new Map(bundle.people.map((p) => [p.id, p])), [bundle.people]);
  const summary = summarizeClose(tasks, sprint, next, decisions);
  const choices: Array<{ value: CloseDecision; label: string }> = [
    ...(next
      ? [
          {
            value: 'next' as const,
            label: t('toNext', {
              sprint: tc('sprint.option', {
                number: next.number,
                range: formatRange(next.start, next.end, lang),
              }),
            }),
          },
        ]
      : []),
    { value: 'backlog', label: t('toBacklog') },
    { value: 'keep', label: t('keep') },
  ];

  const confirm = async () => {
    setBusy(true);
    const result = await closeSprintUndoable(sprint.id, decisions);
    setBusy(false);
    if (!result.ok) return;
    const { moved } = result.value;
    const toNext = moved.filter((m) => next && m.after.sprintId === next.id).length;
    useToasts
      .getState()
      .show(t('closed', { number: sprint.number, next: toNext, backlog: moved.length - toNext }), {
        undo: true,
      });
    onClose();
    // The work moved on: the board follows it to the next sprint (a link, so a reload stays there).
    if (next)
      navigate((p) => {
        p.set('view', 'bord');
        p.set('sprint', String(next.number));
      });
  };

  return (
    <>
      <p className="cs-counts">
        <strong>{t('done', { count: summary.done })}</strong> ·{' '}
        {t('unfinished', { count: summary.unfinished })}
      </p>
      {sprint.closedAt && (
        <p role="alert" className="field-error">
          {t('alreadyClosed')}
        </p>
      )}
      {open.length === 0 ? (
        <p>{t('allDone')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          <div className="cs-all" role="group" aria-label={t('allLabel')}>
            {next && (
              <button type="button" onClick={() => setDecisions(decideAll(open, 'next'))}>
                {t('allToNext', { number: next.number })}
              </button>
            )}
            <button type="button" onClick={() => setDecisions(decideAll(open, 'backlog'))}>
              {t('allToBacklog')}
            </button>
          </div>
          <ul className="cs-tasks" aria-label={t('tasks')}>
            {groups.map((g) => {
              const theme = themeById.get(g.themeId);
              const headingId = `cs-theme-${g.themeId}`;
              return (
                <li key={g.themeId} className="cs-theme">
                  <h3 id={headingId} className="cs-theme-title">
                    {theme && (
                      <span
                        className="cs-theme-dot"
                        aria-hidden="true"
                        style={{ background: theme.color }}
                      />
                    )}
                    {t('theme', { name: theme?.name ?? t('noTheme'), count: g.tasks.length })}
                  </h3>
                  <ul className="cs-theme-tasks" aria-labelledby={headingId}>
                    {g.tasks.map((task) => {
                      const chosen = decisions[task.id] ?? defaultDecision(next);
                      const group = `cs-${task.id}`;
                      const names = task.assigneeIds
                        .map((id) => personById.get(id)?.name)
                        .filter((n): n is string => !!n);
                      return (
                        <li key={task.id}>
                          <fieldset className="cs-task">
                            <legend>
                              <span className="cs-title">{task.title}</span>{' '}
                              <span className={`cs-status cs-status-${task.status}`}>
                                ({tc(`status.${task.status}`)})
                              </span>
                              {task.carryOverCount > 0 && (
                                <span className="cs-carried">
                                  {' '}
                                  · {t('carried', { count: task.carryOverCount })}
                                </span>
                              )}
                            </legend>
                            <p className="cs-people">
                              {names.length
                                ? t('assignees', { names: names.join(', ') })
                                : t('nobody')}
                            </p>
                            <div className="cs-choices">
                              {choices.map((c) => (
                                <label key={c.value}>
                                  <input
                                    type="radio"
                                    name={group}
                                    value={c.value}
                                    checked={chosen === c.value}
                                    onChange={() =>
                                      setDecisions((d) => ({ ...d, [task.id]: c.value }))
                                    }
                                  />
                                  {c.label}
                                </label>
                              ))}
                            </div>
                          </fieldset>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              );
            })}
          </ul>
          <p className="cs-summary" aria-live="polite">
            {t('summary', {
              next: summary.toNext,
              backlog: summary.toBacklog,
              kept: summary.kept,
            })}
          </p>
        </>
      )}
      <p className="cs-note">{t('snapshot')}</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || sprint.closedAt !== null}
          onClick={() => void confirm()}
        >
          {t('confirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </>
  );
}
