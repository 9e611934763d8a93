export type Notice = { kind: 'ok' | 'error'; text: string } | null;

export const noticeId = 'melding-ondertekening';

/**
 * The message after offering, signing or another step on the screen. The region
 * is always there, so screen readers announce what appears in it; the caller
 * moves focus to it.
 */
export function SignoffNotice({ notice }: { notice: Notice }) {
  return (
    <div id={noticeId} tabIndex={-1} role="status" className={notice ? `utrecht-alert utrecht-alert--${notice.kind} wa-notice` : 'wa-notice--empty'}>
      {notice ? <p className="utrecht-paragraph">{notice.text}</p> : null}
    </div>
  );
}
