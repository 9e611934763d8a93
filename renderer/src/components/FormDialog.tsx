import { useEffect, useRef, type ReactNode } from 'react';
import { focusWhenReady } from '../focus';
import { Button } from './Button';
import { ModalDialog } from './ModalDialog';

interface Props {
  open: boolean;
  title: string;
  /** What happens when the person confirms; read out with the dialog. */
  description: ReactNode;
  children: ReactNode;
  submitLabel: string;
  busy: boolean;
  /** The field that gets focus when the dialog opens. */
  firstFieldId: string;
  /** A message that belongs to no single field (role=alert). */
  error?: string | null;
  /** Where focus goes when the caller closes the dialog after a successful submit (the result). */
  focusAfterClose: string;
  onSubmit: () => void;
  onCancel: () => void;
}

/**
 * A modal form (native <dialog>: the rest of the page is inert, Escape cancels).
 * Focus starts in the first field and returns to where it was on cancel; after
 * a successful submit it goes to `focusAfterClose` (the result).
 */
export function FormDialog({ open, title, description, children, submitLabel, busy, firstFieldId, error, focusAfterClose, onSubmit, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      document.getElementById(firstFieldId)?.focus();
    } else if (!open && element.open) {
      // Focus can only move once the dialog is closed: until then the rest of the page is inert.
      element.close();
      const target = returnTo.current;
      if (cancelled.current && target?.isConnected && !(target as HTMLButtonElement).disabled) target.focus();
      else if (!cancelled.current) focusWhenReady(focusAfterClose);
      cancelled.current = false;
    }
  }, [open, firstFieldId, focusAfterClose]);

  const cancel = () => {
    cancelled.current = true;
    onCancel();
  };

  return (
    <ModalDialog dialogRef={dialog} title={title} description={description} className="wa-signoff-dialog" descriptionClassName="wa-signoff-dialog__description" onCancel={cancel}>
      {open ? (
        <form noValidate onSubmit={(event) => { event.preventDefault(); if (!busy) onSubmit(); }}>
          {children}
          {error ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{error}</p></div> : null}
          <div className="utrecht-button-group">
            <Button appearance="primary" type="submit" disabled={busy}>{submitLabel}</Button>
            <Button appearance="secondary" onClick={cancel}>Annuleren</Button>
          </div>
        </form>
      ) : null}
    </ModalDialog>
  );
}
