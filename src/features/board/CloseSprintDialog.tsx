import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDecision, summarizeClose, type CloseDecision } from '../../domain/close';
import { formatRange } from '../../i18n/dates';
import { byRank } from '../../domain/ordering';
import { nextSprint } from '../../domain/sprints';
import { isUnfinished } from '../../domain/taskState';
import type { Sprint } from '../../domain/types';
import { useSprintTasks, type PlanBundle } from '../../db/live';
import { closeSprintUndoable } from '../../app/writes';
import { navigate } from '../../lib/url';
import { useToasts } from '../../state/toast';
import { Dialog } from '../../ui/Dialog';
import { useReturnFocus } from '../../ui/useReturnFocus';
import './close-sprint.css';
import { useLang } from '../../i18n/useLang';

interface CloseSprintDialogProps {
  sprint: Sprint;
  bundle: PlanBundle;
  onClose: () => void;
}

/** "Sprint afsluiten": choose per unfinished task where it goes, then close the sprint in one write. */
export function CloseSprintDialog({ sprint, bundle, onClose }: CloseSprintDialogProps) {
  const { t } = useTranslation('close');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const loaded = useSprintTasks(bundle.plan.id, sprint.id);
  const tasks = useMemo(() => loaded ?? [], [loaded]);
  const next = nextSprint(bundle.sprints, sprint);
  const [decisions, setDecisions] = useState<Record<string, CloseDecision>>({});
  const [busy, setBusy] = useState(false);
  useReturnFocus();

  // In the order of the board's label columns, so the list reads like the board the team just saw.
  const open = useMemo(() => {
    const order = new Map(bundle.themes.map((th, i) => [th.id, i]));
    return tasks
      .filter(isUnfinished)
      .sort((a, b) => (order.get(a.themeId) ?? 0) - (order.get(b.themeId) ?? 0) || byRank(a, b));
  }, [tasks, bundle.themes]);
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
    <Dialog
      open
      wide
      title={t('title', { number: sprint.number })}
      onClose={onClose}
      closeLabel={t('close')}
    >
      <div className="cs-dialog">
        {loaded === undefined ? (
          <p role="status">{t('loading')}</p>
        ) : (
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
                <ul className="cs-tasks" aria-label={t('tasks')}>
                  {open.map((task) => {
                    const chosen = decisions[task.id] ?? defaultDecision(next);
                    const group = `cs-${task.id}`;
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
        )}
      </div>
    </Dialog>
  );
}
