import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTask, type PlanBundle } from '../../db/live';
import type { Task } from '../../domain/types';
import { keepCopyUndoable } from '../../app/writes';
import { usePlanReadOnly } from '../../app/usePlanAccess';
import { Dialog } from '../../ui/Dialog';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { usePresence } from '../../state/presence';
// The styles stay with the dialog's shell, so the cascade is the same as before the form split off.
import './task-dialog.css';

// The form (its fields, checklist, notes, history and the date picker) loads when a task is first
// opened: none of it is on the board's first screen. The service worker precaches its chunk, so
// it opens offline too; until it is there the dialog says "Taak laden…", as while the task loads.
const TaskForm = lazy(() => import('./TaskForm').then((m) => ({ default: m.TaskForm })));

interface TaskDialogProps {
  taskId: string;
  bundle: PlanBundle;
  onClose: () => void;
  /** "Verplaatsen naar…": the board's way to move the task to another column or sprint. */
  onMoveTo?: (task: Task) => void;
}

/**
 * Said when the open task is deleted by a teammate or in another tab: the user may have been in
 * the middle of it, so they can put back the last version they saw as a new task.
 */
function DeletedElsewhere({
  seen,
  onKept,
  readOnly,
}: {
  seen: Task;
  onKept: (id: string) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation('dialog');
  const [busy, setBusy] = useState(false);
  // The field the user was in has just gone with the form: focus must not fall to the page.
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="td-deleted">
      <p role="alert">
        {t(readOnly ? 'deletedElsewhereReadOnly' : 'deletedElsewhere', { title: seen.title })}
      </p>
      {!readOnly && (
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
      )}
    </div>
  );
}

/** The task dialog of the board: every field of a task, saved as it is edited. */
export function TaskDialog({ taskId, bundle, onClose, onMoveTo }: TaskDialogProps) {
  const { t } = useTranslation('dialog');
  const { t: tm } = useTranslation('phone');
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
  const readOnly = usePlanReadOnly(planId);
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
    <Dialog
      open
      wide
      className="task-dialog-shell"
      title={title}
      onClose={onClose}
      closeLabel={t('close')}
    >
      {task === undefined && <p role="status">{t('loading')}</p>}
      {task === null && !gone && <p>{t('missingText')}</p>}
      {gone && <DeletedElsewhere seen={seen} onKept={setCopyId} readOnly={readOnly} />}
      {task && onMoveTo && !readOnly && (
        <button type="button" className="td-move" onClick={() => onMoveTo(task)}>
          {tm('moveTo')}
        </button>
      )}
      {task && (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <TaskForm key={task.id} task={task} bundle={bundle} onClose={onClose} />
        </Suspense>
      )}
    </Dialog>
  );
}
