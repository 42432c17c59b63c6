import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../domain/types';
import { moveTaskUndoable } from '../../app/writes';
import { useToasts } from '../../state/toast';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** A drop in Geblokkeerd, held until the reason is given: the move is written with it. */
export interface PendingBlock {
  task: Task;
  patch: Partial<Task>;
  reranked: Array<{ id: string; rank: number }>;
  /** Said once the move is stored (a column now over its WIP limit). */
  notices?: readonly string[];
}

/** Asks why a dropped task is blocked; without a reason the drop is not written. */
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
    <ConfirmDialog
      title={t('block.title', { title: pending.task.title })}
      confirmLabel={t('block.confirm')}
      cancelLabel={t('block.cancel')}
      closeLabel={t('close')}
      danger={false}
      focusContent
      onClose={onDone}
      onConfirm={async () => {
        if (!reason.trim()) {
          setError(true);
          return;
        }
        const moved = await moveTaskUndoable(
          pending.task.id,
          { ...pending.patch, blockedReason: reason.trim() },
          pending.reranked,
        );
        if (moved.ok) for (const notice of pending.notices ?? []) useToasts.getState().show(notice);
        onDone();
      }}
    >
      <label className="field">
        <span>{t('block.reason')}</span>
        <textarea
          value={reason}
          autoFocus
          data-autofocus
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
    </ConfirmDialog>
  );
}
