import { useId, type ReactNode, type RefObject } from 'react';

interface Props {
  dialogRef: RefObject<HTMLDialogElement | null>;
  title: string;
  /** Read out with the title when the dialog opens. */
  description: ReactNode;
  descriptionClassName?: string;
  className?: string;
  /** Escape: the caller decides what cancelling means. */
  onCancel: () => void;
  children: ReactNode;
}

/** The native <dialog> every modal here uses: a titled, described box; the rest of the page is inert while it is open. */
export function ModalDialog({ dialogRef, title, description, descriptionClassName = 'utrecht-paragraph', className = '', onCancel, children }: Props) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <dialog
      ref={dialogRef}
      className={`wa-dialog ${className}`.trim()}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 className="utrecht-heading-2" id={titleId}>{title}</h2>
      <div id={descriptionId} className={descriptionClassName}>{description}</div>
      {children}
    </dialog>
  );
}
