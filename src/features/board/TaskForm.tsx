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
import type { PlanBundle } from '../../db/live';
import { usePlanReadOnly } from '../../app/usePlanAccess';
import { deleteTaskUndoable, editTask } from '../../app/writes';
import { ReadOnlyGroup } from '../../ui/ReadOnlyGroup';
import { usePlanToday } from '../../app/usePlanView';
import { Avatar } from '../../ui/Avatar';
import { DateField } from '../../ui/DateField';
import { SavedField } from '../../ui/SavedField';
import {
  BlockingSection,
  ChecklistSection,
  HistorySection,
  NotesSection,
} from './TaskDialogSections';
import { useLang } from '../../i18n/useLang';

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

/** Every field of a task, saved as it is edited: the body of the task dialog. */
export function TaskForm({
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
  const readOnly = usePlanReadOnly(bundle.plan.id);
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
        <ReadOnlyGroup readOnly={readOnly}>
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
                loading: tc('date.loadingCalendar'),
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
                loading: tc('date.loadingCalendar'),
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
        </ReadOnlyGroup>
      </div>
      <div className="td-side">
        <HistorySection task={task} bundle={bundle} />
        {!readOnly && <DeleteTask task={task} onDeleted={onClose} />}
      </div>
    </div>
  );
}
