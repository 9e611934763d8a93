import { Link } from 'react-router';
import type { RevisionSummary, SignatureView } from '../../../shared/domain/signoff';
import { allKeysConfirmed, vastgesteldWords } from '../../../shared/keys';
import { invoke } from '../api/client';
import { Button } from '../components/Button';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { FileExportButton } from '../exchange/FileExportButton';
import { Fingerprint } from './Fingerprint';
import { SignatureTable } from './SignatureTable';
import { dutchList, formatLocalDay } from '../../../shared/format';
import { FreezeCheckNote } from './FreezeCheckNote';

interface Props {
  agendaId: string;
  revision: RevisionSummary;
  newest: boolean;
  sameAsDraft: boolean;
  onSign: (revision: RevisionSummary) => void;
  onConfirmKey: (signature: SignatureView) => void;
}

/** "Vastgesteld" / "Ter ondertekening" / "Niet vastgesteld" / "Inhoud gewijzigd": the state of one version in words. */
export function RevisionBadge({ revision, newest }: { revision: RevisionSummary; newest: boolean }) {
  const [label, modifier] = !revision.contentIntact ? ['Inhoud gewijzigd', 'ongeldig']
    : revision.vastgesteld ? [vastgesteldWords(revision.keys), allKeysConfirmed(revision.keys) ? 'vastgesteld' : 'onbevestigd'] : newest ? ['Ter ondertekening', 'ter_ondertekening'] : ['Niet vastgesteld', 'concept'];
  return <span className={`utrecht-status-badge wa-signoff-badge wa-signoff-badge--${modifier}`}>{label}</span>;
}

/** One frozen version: when and by whom, its fingerprint, who signed it, and what you can do with it. */
export function RevisionCard({ agendaId, revision, newest, sameAsDraft, onSign, onConfirmKey }: Props) {
  const headingId = `versie-${revision.number}`;
  const canSign = revision.canSign;
  return (
    <article className="wa-card wa-signoff-revision" aria-labelledby={headingId}>
      <div className="wa-signoff-revision__head">
        <h3 className="utrecht-heading-3" id={headingId} tabIndex={-1}>Versie {revision.number}</h3>
        <RevisionBadge revision={revision} newest={newest} />
        {sameAsDraft ? <span className="wa-signoff-revision__draft">Gelijk aan het concept</span> : null}
      </div>
      <dl className="wa-facts">
        <div><dt>Aangeboden</dt><dd>{formatLocalDay(revision.frozenAt)}{revision.frozenBy ? ` door ${revision.frozenBy}` : ''}</dd></div>
        <div><dt>Controlecode</dt><dd><Fingerprint value={revision.fingerprint} /></dd></div>
      </dl>
      <FreezeCheckNote check={revision.freezeCheck} />
      {!revision.contentIntact ? (
        <div className="utrecht-alert utrecht-alert--error">
          <p className="utrecht-paragraph"><strong>Let op: inhoud gewijzigd na het vastleggen.</strong> De opgeslagen inhoud past niet meer bij de controlecode van deze versie; handtekeningen erop gelden niet.</p>
        </div>
      ) : null}
      {!revision.vastgesteld && revision.waitingFor.length > 0 ? (
        <p className="utrecht-paragraph">Wacht nog op de handtekening van {dutchList(revision.waitingFor)}.</p>
      ) : null}
      <SignatureTable revision={revision} caption={`Ondertekenaars van versie ${revision.number}`} onConfirmKey={onConfirmKey} />
      <div className="wa-signoff-revision__actions">
        {canSign ? (
          <Button appearance="primary" onClick={() => onSign(revision)}>Ondertekenen<VisuallyHidden> versie {revision.number}</VisuallyHidden></Button>
        ) : null}
        <Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${agendaId}/versie/${revision.number}`}>Bekijk versie {revision.number}</Link>
        <FileExportButton
          label={`Word (versie ${revision.number})`}
          kind="docx"
          make={() => invoke('agenda.exportDocx', { id: agendaId, revisionNumber: revision.number })}
          doneText="Word-document gemaakt"
        />
      </div>
    </article>
  );
}
