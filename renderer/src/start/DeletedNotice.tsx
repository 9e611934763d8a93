import type { AgendaSummary } from '../../../shared/domain/agenda';
import { Button } from '../components/Button';

interface Props {
  notice: { kind: 'deleted' | 'restored' | 'error'; agenda?: AgendaSummary; message?: string } | null;
  onUndo: (agenda: AgendaSummary) => void;
}

/** The message after deleting or restoring an agenda, with "Ongedaan maken" after a delete. */
export function DeletedNotice({ notice, onUndo }: Props) {
  const kind = notice?.kind === 'error' ? 'error' : 'ok';
  return (
    <div id="melding" tabIndex={-1} role="status" className={notice ? `utrecht-alert utrecht-alert--${kind} wa-notice` : 'wa-notice--empty'}>
      {notice?.kind === 'deleted' && notice.agenda ? (
        <p className="utrecht-paragraph wa-notice__text">
          Werkagenda “{notice.agenda.title}” is verwijderd.{' '}
          <Button appearance="secondary" onClick={() => notice.agenda && onUndo(notice.agenda)}>Ongedaan maken</Button>
        </p>
      ) : null}
      {notice?.kind === 'restored' && notice.agenda ? <p className="utrecht-paragraph">Werkagenda “{notice.agenda.title}” is teruggezet.</p> : null}
      {notice?.kind === 'error' ? <p className="utrecht-paragraph">{notice.message}</p> : null}
    </div>
  );
}
