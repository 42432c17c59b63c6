import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import type { PendingDelete } from './useOutlineCommands';

interface DeleteDialogProps {
  pending: PendingDelete;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an action (with how many tasks go with it) or a task is deleted; Cancel has the focus. */
export function DeleteDialog({ pending, onConfirm, onCancel }: DeleteDialogProps) {
  const { t } = useTranslation('plan');
  return (
    <Dialog
      open
      title={t(pending.kind === 'action' ? 'confirm.actionTitle' : 'confirm.taskTitle', {
        title: pending.title,
      })}
      closeLabel={t('close')}
      onClose={onCancel}
    >
      <p>
        {pending.kind === 'action'
          ? t('confirm.actionText', { count: pending.count })
          : t('confirm.taskText')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary danger-primary" onClick={onConfirm}>
          {t('confirm.confirm')}
        </button>
        <button type="button" autoFocus onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  );
}
