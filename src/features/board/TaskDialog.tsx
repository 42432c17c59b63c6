import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sprintMovePatch } from '../../domain/backlog';
import { formatRange } from '../../i18n/dates';
import { checkDates, checkTitle, titleErrorCode } from '../../domain/tasks';
import {
  PHASES,
  PRIORITIES,
  STATUSES,
  type Phase,
  type Priority,
  type Status,
  type IsoDate,
  type Task,
} from '../../domain/types';
import { useTask, type PlanBundle } from '../../db/live';
import { deleteTaskUndoable, editTask, keepCopyUndoable } from '../../app/writes';
import { usePlanToday } from '../../app/usePlanView';
import { Avatar } from '../../ui/Avatar';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { SavedField } from '../../ui/SavedField';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { usePresence } from '../../state/presence';
import {
  BlockingSection,
  ChecklistSection,
  HistorySection,
  NotesSection,
} from './TaskDialogSections';
import './task-dialog.css';
import { useLang } from '../../i18n/useLang';

interface TaskDialogProps {
  taskId: string;
  bundle: PlanBundle;
  onClose: () => void;
}

function DeleteTask({ task, onDeleted }: { task: Task; onDeleted: () => void }) {
  const { t } = useTranslation('dialog');
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={startRef} className="td-danger" onClick={() => setAsking(true)}>
        {t('remove.button')}
      </button>
    );
  }
  return (
    <div className="td-confirm" role="group" aria-labelledby={`${task.id}-confirm`}>
      <p id={`${task.id}-confirm`}>{t('remove.question')}</p>
      <button
        type="button"
        ref={confirmRef}
        className="td-danger"
        onClick={async () => {
          if ((await deleteTaskUndoable(task.id)).ok) onDeleted();
        }}
      >
        {t('remove.confirm')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('remove.cancel')}
      </button>
    </div>
  );
}

function TaskForm({
  task,
  bundle,
  onClose,
}: {
  task: Task;
  bundle: PlanBundle;
  onClose: () => void;
}) {
  const { t } = useTranslation('dialog');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const save = (patch: Partial<Task>) => editTask(task.id, patch);
  const actions = bundle.actions.filter((a) => a.themeId === task.themeId);

  const saveTitle = async (raw: string) => {
    const checked = checkTitle(raw);
    if (!checked.ok) return tc(`errors.${titleErrorCode(checked.problem)}`);
    if (checked.title !== task.title) await save({ title: checked.title });
    return null;
  };
  const today = usePlanToday(bundle.plan);
  const saveDate = (field: 'startDate' | 'dueDate') => async (value: IsoDate | null) => {
    const start = field === 'startDate' ? value : task.startDate;
    const due = field === 'dueDate' ? value : task.dueDate;
    if (checkDates(start, due)) return tc('errors.due-before-start');
    await save({ [field]: value });
    return null;
  };
  const changeTheme = (themeId: string) => {
    const action = bundle.actions.find((a) => a.id === task.actionId);
    // An action belongs to one theme: it cannot follow the task into another one.
    const patch: Partial<Task> = { themeId };
    if (action && action.themeId !== themeId) patch.actionId = null;
    void save(patch);
  };
  const toggleAssignee = (personId: string, on: boolean) =>
    void save({
      assigneeIds: on
        ? [...task.assigneeIds, personId]
        : task.assigneeIds.filter((id) => id !== personId),
    });

  return (
    <div className="task-dialog">
      <div className="td-main">
        <SavedField label={t('title')} value={task.title} save={saveTitle} className="td-title" />
        <SavedField
          label={t('description')}
          value={task.description}
          multiline
          hint={t('descriptionHint')}
          save={async (v) => {
            await save({ description: v });
            return null;
          }}
        />
        {task.carryOverCount > 0 && (
          <p className="td-carried">{t('carried', { count: task.carryOverCount })}</p>
        )}

        <div className="td-grid">
          {/* Label and Actie take a whole row: their names are long and a select cannot wrap. */}
          <label className="field td-wide">
            <span>{t('theme')}</span>
            <select
              value={task.themeId}
              title={bundle.themes.find((th) => th.id === task.themeId)?.name}
              onChange={(e) => changeTheme(e.target.value)}
            >
              {bundle.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field td-wide">
            <span>{t('action')}</span>
            <select
              value={task.actionId ?? ''}
              title={actions.find((a) => a.id === task.actionId)?.title ?? t('noAction')}
              onChange={(e) => void save({ actionId: e.target.value || null })}
            >
              <option value="">{t('noAction')}</option>
              {actions.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('status')}</span>
            <select
              value={task.status}
              onChange={(e) => void save({ status: e.target.value as Status })}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tc(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('sprint')}</span>
            <select
              value={task.sprintId ?? ''}
              onChange={(e) =>
                void save(
                  sprintMovePatch(
                    task,
                    e.target.value || null,
                    bundle.sprints.find((s) => s.id === task.sprintId),
                  ),
                )
              }
            >
              {bundle.sprints.map((s) => (
                <option key={s.id} value={s.id}>
                  {tc('sprint.option', {
                    number: s.number,
                    range: formatRange(s.start, s.end, lang),
                  })}
                </option>
              ))}
              <option value="">{t('backlog')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('priority')}</span>
            <select
              value={task.priority}
              onChange={(e) => void save({ priority: e.target.value as Priority })}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {tc(`priority.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('phase')}</span>
            <select
              value={task.phase ?? ''}
              onChange={(e) => void save({ phase: (e.target.value || null) as Phase | null })}
            >
              <option value="">{t('noPhase')}</option>
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {t(`phases.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <DateField
            label={t('startDate')}
            value={task.startDate}
            lang={lang}
            today={today}
            text={{
              hint: tc('date.format'),
              invalid: tc('date.invalid'),
              pick: tc('date.pick', { field: t('startDate') }),
            }}
            save={saveDate('startDate')}
          />
          <DateField
            label={t('dueDate')}
            value={task.dueDate}
            lang={lang}
            today={today}
            text={{
              hint: tc('date.format'),
              invalid: tc('date.invalid'),
              pick: tc('date.pick', { field: t('dueDate') }),
            }}
            save={saveDate('dueDate')}
          />
        </div>

        <fieldset className="td-people">
          <legend>{t('assignees')}</legend>
          {bundle.people.length === 0 && <p className="td-muted">{t('noPeople')}</p>}
          {bundle.people.map((p) => (
            <label key={p.id} className="td-person">
              <input
                type="checkbox"
                checked={task.assigneeIds.includes(p.id)}
                onChange={(e) => toggleAssignee(p.id, e.target.checked)}
              />
              <span aria-hidden="true">
                <Avatar initials={p.initials} name={p.name} color={p.color} />
              </span>
              <span>{p.name}</span>
            </label>
          ))}
        </fieldset>

        {task.status === 'geblokkeerd' && <BlockingSection task={task} bundle={bundle} />}
        <ChecklistSection task={task} />
        <NotesSection task={task} bundle={bundle} />
      </div>
      <div className="td-side">
        <HistorySection task={task} bundle={bundle} />
        <DeleteTask task={task} onDeleted={onClose} />
      </div>
    </div>
  );
}

/**
 * Said when the open task is deleted by a teammate or in another tab: the user may have been in
 * the middle of it, so they can put back the last version they saw as a new task.
 */
function DeletedElsewhere({ seen, onKept }: { seen: Task; onKept: (id: string) => void }) {
  const { t } = useTranslation('dialog');
  const [busy, setBusy] = useState(false);
  // The field the user was in has just gone with the form: focus must not fall to the page.
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="td-deleted">
      <p role="alert">{t('deletedElsewhere', { title: seen.title })}</p>
      <button
        type="button"
        ref={keepRef}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await keepCopyUndoable(seen);
          setBusy(false);
          if (result.ok) onKept(result.value.id);
        }}
      >
        {t('keepCopy')}
      </button>
    </div>
  );
}

/** The task dialog of the board: every field of a task, saved as it is edited. */
export function TaskDialog({ taskId, bundle, onClose }: TaskDialogProps) {
  const { t } = useTranslation('dialog');
  // A kept copy of a task deleted elsewhere takes the deleted one's place in this dialog.
  const [copyId, setCopyId] = useState<string | null>(null);
  const shownId = copyId ?? taskId;
  const task = useTask(shownId);
  // The last version seen here: once the task is deleted elsewhere, the only one left to copy.
  const [seen, setSeen] = useState<Task | null>(null);
  if (task && task !== seen) setSeen(task);
  useReturnFocus();
  // Teammates on a shared plan see this task's card marked as open here.
  const planId = bundle.plan.id;
  useEffect(() => {
    usePresence.getState().setMine(planId, { openTaskId: shownId });
    return () => usePresence.getState().setMine(planId, { openTaskId: null });
  }, [planId, shownId]);
  const gone = task === null && seen !== null && seen.id === shownId;
  const title =
    task === undefined
      ? t('loading')
      : task === null
        ? gone
          ? t('deletedTitle')
          : t('missing')
        : task.title;
  return (
    <Dialog open wide title={title} onClose={onClose} closeLabel={t('close')}>
      {task === undefined && <p role="status">{t('loading')}</p>}
      {task === null && !gone && <p>{t('missingText')}</p>}
      {gone && <DeletedElsewhere seen={seen} onKept={setCopyId} />}
      {task && <TaskForm key={task.id} task={task} bundle={bundle} onClose={onClose} />}
    </Dialog>
  );
}
