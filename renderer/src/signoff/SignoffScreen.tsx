import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import type { RevisionSummary, SignatureView } from '../../../shared/domain/signoff';
import { formatPeriod } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { AgendaLoading } from '../components/AgendaLoading';
import { AppHeader } from '../components/AppHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { CycleNav } from '../plan/CycleNav';
import { ExchangeExportButton } from '../exchange/ExchangeExportButton';
import { InstallationKeyLine } from '../exchange/InstallationKeyLine';
import { AuditLog } from './AuditLog';
import { OfferForSigning } from './OfferForSigning';
import { RemarksSection } from './RemarksSection';
import { RevisionCard } from './RevisionCard';
import { ConfirmKeyDialog } from './ConfirmKeyDialog';
import { SignDialog } from './SignDialog';
import { SignoffNotice, type Notice } from './SignoffNotice';
import { newestFirst, SignoffStatus } from './SignoffStatus';
import { SignoffContext, useSignoff } from './useSignoff';

/** Review and sign-off of one agenda: where it stands, its versions and signatures, remarks, the exchange file and the Logboek. */
export function SignoffScreen() {
  const { agendaId = '' } = useParams();
  const { state, loadError: signoffError } = useSignoff(agendaId);
  const [agenda, setAgenda] = useState<AgendaDetail | null>(null);
  const [agendaError, setAgendaError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [signing, setSigning] = useState<RevisionSummary | null>(null);
  const [confirming, setConfirming] = useState<SignatureView | null>(null);
  const loadError = agendaError ?? signoffError;
  useDocumentTitle(agenda ? `Ondertekening: ${agenda.title}` : loadError ? 'Werkagenda niet gevonden' : 'Ondertekening');

  useEffect(() => {
    let current = true;
    setAgenda(null);
    setAgendaError(null);
    invoke('agenda.get', { id: agendaId }).then(
      (loaded) => current && setAgenda(loaded),
      (error: unknown) => current && setAgendaError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId]);

  const loaded = agenda !== null && state !== null;
  useEffect(() => {
    if (loaded) document.getElementById('kop-ondertekening')?.focus();
  }, [loaded]);

  if (!agenda || !state) return <AgendaLoading error={loadError} />;
  const { overview } = state;
  const revisions = newestFirst(overview.revisions);

  return (
    <SignoffContext.Provider value={state}>
      <AppHeader />
      <main className="wa-page wa-signoff" id="inhoud" tabIndex={-1}>
        <div className="wa-agenda-header">
          <h1 className="utrecht-heading-1" id="kop-ondertekening" tabIndex={-1}>Ondertekening: {agenda.title}</h1>
          <dl className="wa-facts">
            <div><dt>Sector</dt><dd>{agenda.sectorName}</dd></div>
            <div><dt>Periode</dt><dd>{formatPeriod(agenda.startYear, agenda.endYear)}</dd></div>
          </dl>
          <CycleNav agendaId={agenda.id} />
        </div>

        <SignoffNotice notice={notice} />

        <section className="wa-section" aria-labelledby="kop-stand">
          <h2 className="utrecht-heading-2" id="kop-stand">Stand van de ondertekening</h2>
          <SignoffStatus overview={overview} />
          <OfferForSigning agendaId={agenda.id} onNotice={setNotice} />
        </section>

        <section className="wa-section" aria-labelledby="kop-versies">
          <h2 className="utrecht-heading-2" id="kop-versies">Versies</h2>
          {revisions.length === 0 ? (
            <p className="utrecht-paragraph">Er is nog geen versie. Met “Ter ondertekening aanbieden” legt u de huidige inhoud vast als versie 1.</p>
          ) : (
            <p className="utrecht-paragraph">
              Een handtekening hoort bij precies één versie. Elke versie blijft leesbaar, ook als er later een nieuwe komt.
            </p>
          )}
          {revisions.map((revision, index) => (
            <RevisionCard
              key={revision.id}
              agendaId={agenda.id}
              revision={revision}
              newest={index === 0}
              sameAsDraft={overview.draftRevisionNumber === revision.number}
              onSign={setSigning}
              onConfirmKey={setConfirming}
            />
          ))}
        </section>

        <RemarksSection agenda={agenda} />

        <section className="wa-section" aria-labelledby="kop-uitwisselen">
          <h2 className="utrecht-heading-2" id="kop-uitwisselen">Uitwisselbestand</h2>
          <p className="utrecht-paragraph">
            Stuur de werkagenda met alle versies, opmerkingen en handtekeningen als één bestand naar een bestuurslid of naar het dossierhoudersoverleg.
            Wie het bestand importeert, kan lezen, opmerkingen plaatsen en ondertekenen, en het weer terugsturen.
          </p>
          <InstallationKeyLine />
          <ExchangeExportButton agendaId={agenda.id} onExported={() => void state.refreshAudit()} />
        </section>

        <AuditLog events={state.events} />
      </main>
      <SignDialog agendaId={agenda.id} revision={signing} onClose={() => setSigning(null)} onNotice={setNotice} />
      <ConfirmKeyDialog agendaId={agenda.id} signature={confirming} onClose={() => setConfirming(null)} onNotice={setNotice} />
    </SignoffContext.Provider>
  );
}
