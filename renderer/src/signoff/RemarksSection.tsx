import type { AgendaDetail } from '../../../shared/domain/agenda';
import { RemarkForm } from './RemarkForm';
import { RemarkList } from './RemarkList';
import { useSignoffState } from './useSignoff';

/** "Opmerkingen" on the Ondertekening screen: the open ones, the ones dealt with, and a form for a new one on the draft. */
export function RemarksSection({ agenda }: { agenda: AgendaDetail }) {
  const { overview } = useSignoffState();
  const open = overview.remarks.filter((remark) => !remark.resolved);
  const resolved = overview.remarks.filter((remark) => remark.resolved);
  return (
    <section className="wa-section" aria-labelledby="kop-opmerkingen">
      <h2 className="utrecht-heading-2" id="kop-opmerkingen" tabIndex={-1}>Opmerkingen</h2>
      <p className="utrecht-paragraph">
        Lezers plaatsen opmerkingen bij een onderdeel of een actie, hier of bij het lezen van een versie. Handel een opmerking af als u er iets mee hebt gedaan.
      </p>
      <h3 className="utrecht-heading-3" id="kop-opmerkingen-open">Open ({open.length})</h3>
      {open.length === 0 ? <p className="utrecht-paragraph wa-muted">Geen open opmerkingen.</p> : null}
      <RemarkList remarks={open} actions={agenda.actions} label="Open opmerkingen" />
      <h3 className="utrecht-heading-3" id="kop-opmerkingen-afgehandeld">Afgehandeld ({resolved.length})</h3>
      {resolved.length === 0 ? <p className="utrecht-paragraph wa-muted">Nog geen afgehandelde opmerkingen.</p> : null}
      <RemarkList remarks={resolved} actions={agenda.actions} label="Afgehandelde opmerkingen" />
      <RemarkForm
        formId="nieuwe-opmerking"
        title="Opmerking plaatsen"
        agendaId={agenda.id}
        revisionNumber={overview.draftRevisionNumber}
        actions={agenda.actions}
      />
    </section>
  );
}
