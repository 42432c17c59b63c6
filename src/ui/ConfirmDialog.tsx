import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { useReturnFocus } from './useReturnFocus';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** "Annuleren" and "Sluiten", translated by the caller. */
  cancelLabel: string;
  closeLabel: string;
  onConfirm: () => void | Promise<void>;
  onClose: () => void;
  /** False when the question has only one answer: then only "Annuleren" is offered. */
  canConfirm?: boolean;
  /** A confirm that destroys something is drawn red. */
  danger?: boolean;
  /** Where focus goes when the dialog closes and what opened it is gone (a deleted row). */
  fallbackFocus?: () => HTMLElement | null | undefined;
  /** False when the caller puts focus somewhere itself after closing. */
  returnFocus?: boolean;
  /**
   * True when the question needs an answer first (a reason to type): focus starts on the
   * content's own field (marked autoFocus and data-autofocus) instead of on "Annuleren".
   */
  focusContent?: boolean;
  /** Class of the body, for the caller's styling of what it puts in. */
  className?: string;
}

/**
 * "Are you sure?": the question, a confirm button and "Annuleren". Cancel has the focus, so an
 * Enter pressed by habit does not destroy anything.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  closeLabel,
  onConfirm,
  onClose,
  canConfirm = true,
  danger = true,
  fallbackFocus,
  returnFocus = true,
  focusContent = false,
  className,
}: ConfirmDialogProps) {
  useReturnFocus(fallbackFocus, returnFocus);
  return (
    <Dialog open title={title} closeLabel={closeLabel} onClose={onClose}>
      <div className={className}>
        {children}
        <div className="dialog-actions">
          {canConfirm && (
            <button
              type="button"
              className={danger ? 'primary danger-primary' : 'primary'}
              onClick={() => void onConfirm()}
            >
              {confirmLabel}
            </button>
          )}
          <button
            type="button"
            autoFocus={!focusContent}
            data-autofocus={focusContent ? undefined : true}
            onClick={onClose}
          >
            {cancelLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
