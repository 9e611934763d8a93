import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import { ModalDialog } from './ModalDialog';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes on cancel when that is not where it was (the id of an element); default: back where it was. */
  cancelFocusId?: string;
}

/**
 * A modal confirmation (native <dialog>: the rest of the page is inert, Escape
 * cancels). Focus starts on "Annuleren" and returns to where it was on cancel;
 * after confirming, the caller moves focus to a sensible place.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, cancelFocusId }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      cancelButton.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const cancel = () => {
    onCancel();
    const target = (cancelFocusId ? document.getElementById(cancelFocusId) : null) ?? returnTo.current;
    if (target?.isConnected) requestAnimationFrame(() => target.focus());
  };

  return (
    <ModalDialog dialogRef={dialog} title={title} description={children} onCancel={cancel}>
      <div className="utrecht-button-group">
        <Button appearance="danger" onClick={onConfirm}>{confirmLabel}</Button>
        <Button ref={cancelButton} appearance="secondary" onClick={cancel}>Annuleren</Button>
      </div>
    </ModalDialog>
  );
}
