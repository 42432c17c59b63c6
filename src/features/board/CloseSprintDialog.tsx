import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sprint } from '../../domain/types';
import { useSprintTasks, type PlanBundle } from '../../db/live';
import { Dialog } from '../../ui/Dialog';
import { useReturnFocus } from '../../ui/useReturnFocus';
// The styles stay with the dialog's shell, so the cascade is the same as before the form split off.
import './close-sprint.css';

// The choices per task load when the dialog is first opened: they are no part of the board's
// first screen. The service worker precaches the chunk, so the dialog opens offline too; until it
// is there the dialog says "Taken laden…", as while the tasks load.
const CloseSprintForm = lazy(() =>
  import('./CloseSprintForm').then((m) => ({ default: m.CloseSprintForm })),
);

interface CloseSprintDialogProps {
  sprint: Sprint;
  bundle: PlanBundle;
  onClose: () => void;
}

/** "Sprint afsluiten": choose per unfinished task where it goes, then close the sprint in one write. */
export function CloseSprintDialog({ sprint, bundle, onClose }: CloseSprintDialogProps) {
  const { t } = useTranslation('close');
  const tasks = useSprintTasks(bundle.plan.id, sprint.id);
  useReturnFocus();
  const loading = <p role="status">{t('loading')}</p>;

  return (
    <Dialog
      open
      wide
      title={t('title', { number: sprint.number })}
      onClose={onClose}
      closeLabel={t('close')}
    >
      <div className="cs-dialog">
        {tasks === undefined ? (
          loading
        ) : (
          <Suspense fallback={loading}>
            <CloseSprintForm sprint={sprint} bundle={bundle} tasks={tasks} onClose={onClose} />
          </Suspense>
        )}
      </div>
    </Dialog>
  );
}
