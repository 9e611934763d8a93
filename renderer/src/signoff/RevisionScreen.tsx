import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { RevisionView } from '../../../shared/domain/signoff';
import { formatPeriod } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { AgendaLoading } from '../components/AgendaLoading';
import { AppHeader } from '../components/AppHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { CycleNav } from '../plan/CycleNav';
import { FileExportButton } from '../exchange/FileExportButton';
import { Fingerprint } from './Fingerprint';
import { RevisionBadge } from './RevisionCard';
import { RevisionContent } from './RevisionContent';
import { SignoffContext, useSignoff } from './useSignoff';
import { dutchList, formatLocalDay } from '../../../shared/format';
import { FreezeCheckNote } from './FreezeCheckNote';

/** One frozen version, read-only, as the board reads it: every section and action, with a place to leave a remark. */
export function RevisionScreen() {
  const { agendaId = '', number = '' } = useParams();
  const revisionNumber = Number(number);
  const { state, loadError: signoffError } = useSignoff(agendaId);
  const [view, setView] = useState<RevisionView | null>(null);
  const [viewError, setViewError] = useState<string | null>(null);
  const loadError = viewError ?? signoffError;
  useDocumentTitle(view ? `Versie ${view.revision.number}: ${view.agenda.title}` : loadError ? 'Versie niet gevonden' : 'Versie');

  useEffect(() => {
    let current = true;
    setView(null);
    setViewError(null);
    if (!Number.isInteger(revisionNumber) || revisionNumber < 1) {
      setViewError(`Er is geen versie “${number}”.`);
      return;
    }
    invoke('revision.get', { agendaId, number: revisionNumber }).then(
      (loaded) => current && setView(loaded),
      (error: unknown) => current && setViewError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId, number, revisionNumber]);

  const loaded = view !== null && state !== null;
  useEffect(() => {
    if (loaded) document.getElementById('kop-versie')?.focus();
  }, [loaded]);

  if (viewError && !signoffError) {
    return (
      <>
        <AppHeader />
        <main className="wa-page" id="inhoud" tabIndex={-1}>
          <h1 className="utrecht-heading-1">Versie niet te tonen</h1>
          <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{viewError}</p></div>
          <p className="utrecht-paragraph"><Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${agendaId}/ondertekening`}>Naar Ondertekening</Link></p>
        </main>
      </>
    );
  }
  if (!view || !state) return <AgendaLoading error={loadError} />;
  const { agenda } = view;
  // The overview has the newest signatures; the view's own summary is the fallback.
  const revision = state.overview.revisions.find((item) => item.number === view.revision.number) ?? view.revision;
  const newest = Math.max(...state.overview.revisions.map((item) => item.number)) === revision.number;

  return (
    <SignoffContext.Provider value={state}>
      <AppHeader />
      <main className="wa-page wa-signoff wa-signoff-read" id="inhoud" tabIndex={-1}>
        <div className="wa-agenda-header">
          <p className="utrecht-paragraph wa-signoff-read__back">
            <Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${agendaId}/ondertekening`}>Terug naar Ondertekening</Link>
          </p>
          <h1 className="utrecht-heading-1" id="kop-versie" tabIndex={-1}>Versie {revision.number}: {agenda.title}</h1>
          <p className="utrecht-paragraph wa-signoff-read__stamp">
            Versie {revision.number} · controlecode <Fingerprint value={revision.fingerprint} /> · <RevisionBadge revision={revision} newest={newest} />
          </p>
          <dl className="wa-facts">
            <div><dt>Sector</dt><dd>{agenda.sectorName}</dd></div>
            <div><dt>Periode</dt><dd>{formatPeriod(agenda.startYear, agenda.endYear)}</dd></div>
            <div><dt>Aangeboden</dt><dd>{formatLocalDay(revision.frozenAt)}{revision.frozenBy ? ` door ${revision.frozenBy}` : ''}</dd></div>
          </dl>
          <FreezeCheckNote check={revision.freezeCheck} />
          <CycleNav agendaId={agendaId} />
        </div>
        <div className="utrecht-alert utrecht-alert--info wa-signoff-read__intro"><div>
          <p className="utrecht-paragraph">
            U leest versie {revision.number} zoals die ter ondertekening is aangeboden; deze inhoud verandert niet.
            {revision.vastgesteld ? ' Deze versie is vastgesteld.' : revision.waitingFor.length > 0 ? ` Deze versie wacht nog op de handtekening van ${dutchList(revision.waitingFor)}.` : ''}
            {' '}Bij elk onderdeel en elke actie kunt u een opmerking plaatsen.
          </p>
          {!revision.contentIntact ? <p className="utrecht-paragraph"><strong>Let op: inhoud gewijzigd na het vastleggen.</strong> Handtekeningen op deze versie gelden niet.</p> : null}
        </div></div>
        <FileExportButton
          label={`Word (versie ${revision.number})`}
          kind="docx"
          make={() => invoke('agenda.exportDocx', { id: agendaId, revisionNumber: revision.number })}
          doneText="Word-document gemaakt"
        />
        <RevisionContent agenda={agenda} revision={revision} />
      </main>
    </SignoffContext.Provider>
  );
}
