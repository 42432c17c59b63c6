import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Label of the close button (translated by the caller). */
  closeLabel: string;
  wide?: boolean;
  /** A class of the dialog's own, for a layout of its own (the task dialog's full screen). */
  className?: string;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it and focus
 * returns to what opened it. The element marked `data-autofocus` gets the focus on opening.
 */
export function Dialog({
  title,
  open,
  onClose,
  children,
  closeLabel,
  wide,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // React's autoFocus fires while the dialog is still closed (not rendered), and showModal
      // then picks the first focusable, the close button; so the marked element is focused here.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`${wide ? 'dialog dialog-wide' : 'dialog'}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
