import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useTask, type PlanBundle } from '../../db/live';
import { Dialog } from '../../ui/Dialog';
import { useReturnFocus } from '../../ui/useReturnFocus';
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
}

/** The task dialog of the board: every field of a task, saved as it is edited. */
export function TaskDialog({ taskId, bundle, onClose }: TaskDialogProps) {
  const { t } = useTranslation('dialog');
  const task = useTask(taskId);
  useReturnFocus();
  const title = task === undefined ? t('loading') : task === null ? t('missing') : task.title;
  return (
    <Dialog open wide title={title} onClose={onClose} closeLabel={t('close')}>
      {task === undefined && <p role="status">{t('loading')}</p>}
      {task === null && <p>{t('missingText')}</p>}
      {task && (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <TaskForm key={task.id} task={task} bundle={bundle} onClose={onClose} />
        </Suspense>
      )}
    </Dialog>
  );
}
