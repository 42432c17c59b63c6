import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../domain/types';
import { moveTaskUndoable } from '../../app/writes';
import { Dialog } from '../../ui/Dialog';

/** A drop in Geblokkeerd, held until the user gives the reason the task is blocked. */
export interface PendingBlock {
  task: Task;
  patch: Partial<Task>;
  reranked: Array<{ id: string; rank: number }>;
}

export function BlockReasonDialog({
  pending,
  onDone,
}: {
  pending: PendingBlock;
  onDone: () => void;
}) {
  const { t } = useTranslation('board');
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  return (
    <Dialog
      open
      title={t('block.title', { title: pending.task.title })}
      onClose={onDone}
      closeLabel={t('close')}
    >
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setError(true);
            return;
          }
          await moveTaskUndoable(
            pending.task.id,
            { ...pending.patch, blockedReason: reason.trim() },
            pending.reranked,
          );
          onDone();
        }}
      >
        <label className="field">
          <span>{t('block.reason')}</span>
          <textarea
            value={reason}
            autoFocus
            required
            aria-invalid={error || undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setError(false);
            }}
          />
        </label>
        {error && (
          <p role="alert" className="field-error">
            {t('block.required')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('block.confirm')}
          </button>
          <button type="button" onClick={onDone}>
            {t('block.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
