import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
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
    <ConfirmDialog
      title={t(pending.kind === 'action' ? 'confirm.actionTitle' : 'confirm.taskTitle', {
        title: pending.title,
      })}
      confirmLabel={t('confirm.confirm')}
      cancelLabel={t('cancel')}
      closeLabel={t('close')}
      // The year plan puts focus on the row's neighbour or parent itself (useOutlineCommands).
      returnFocus={false}
      onConfirm={onConfirm}
      onClose={onCancel}
    >
      <p>
        {pending.kind === 'action'
          ? t('confirm.actionText', { count: pending.count })
          : t('confirm.taskText')}
      </p>
    </ConfirmDialog>
  );
}
