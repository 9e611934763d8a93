import { AgendaLoading } from '../components/AgendaLoading';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { AgendaProgress } from '../../../shared/domain/monitoring';
import { formatPeriod } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { AppHeader } from '../components/AppHeader';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { CycleNav } from '../plan/CycleNav';
import { SaveStatus } from '../plan/SaveStatus';
import { ActionProgressCard } from './ActionProgressCard';
import { ProgressContext, type DeleteRequest, type ProgressEditor } from './ProgressContext';
import { ProgressOverview } from './ProgressOverview';
import { TargetProgressCard } from './TargetProgressCard';
import { useProgressSave } from './useProgressSave';

/** Do and Check for one agenda: the overview, then per action its status, milestones, notes and targets, then the agenda's own goals. */
export function ProgressScreen() {
  const { agendaId = '' } = useParams();
  const [progress, setProgress] = useState<AgendaProgress | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DeleteRequest | null>(null);
  const { state, save } = useProgressSave(setProgress);
  useDocumentTitle(progress ? `Voortgang: ${progress.title}` : loadError ? 'Werkagenda niet gevonden' : 'Voortgang');

  useEffect(() => {
    let current = true;
    setProgress(null);
    setLoadError(null);
    invoke('progress.get', { agendaId }).then(
      (loaded) => current && setProgress(loaded),
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId]);

  const loaded = progress !== null;
  useEffect(() => {
    if (loaded) document.getElementById('kop-voortgang')?.focus();
  }, [loaded]);

  const confirmDelete = useCallback((request: DeleteRequest) => setDeleting(request), []);
  const editor = useMemo<ProgressEditor | null>(() => (progress ? { progress, save, confirmDelete } : null), [progress, save, confirmDelete]);

  if (!editor) {
    return <AgendaLoading error={loadError} />;
  }

  const { progress: current } = editor;
  return (
    <ProgressContext.Provider value={editor}>
      <AppHeader><SaveStatus state={state} /></AppHeader>
      <main className="wa-page wa-progress" id="inhoud" tabIndex={-1}>
        <div className="wa-agenda-header">
          <h1 className="utrecht-heading-1" id="kop-voortgang" tabIndex={-1}>Voortgang: {current.title}</h1>
          <dl className="wa-facts">
            <div><dt>Periode</dt><dd>{formatPeriod(current.startYear, current.endYear)}</dd></div>
          </dl>
          <CycleNav agendaId={current.agendaId} />
        </div>

        <ProgressOverview progress={current} />

        <section className="wa-section" aria-labelledby="kop-acties">
          <h2 className="utrecht-heading-2" id="kop-acties">Acties</h2>
          {current.actions.length === 0 ? <p className="utrecht-paragraph">Deze werkagenda heeft nog geen acties. U voegt ze toe bij Plan.</p> : null}
          {current.actions.map((action) => <ActionProgressCard key={action.id} action={action} />)}
        </section>

        <section className="wa-section" aria-labelledby="kop-agenda-doelen">
          <h2 className="utrecht-heading-2" id="kop-agenda-doelen">Doelen van de werkagenda</h2>
          {current.agendaTargets.length === 0 ? <p className="utrecht-paragraph">Geen doelen voor de werkagenda als geheel. U voegt ze toe bij Plan, onder Doelstellingen.</p> : null}
          {current.agendaTargets.map((target) => <TargetProgressCard key={target.id} target={target} headingLevel={3} />)}
        </section>
      </main>
      <ConfirmDialog
        open={deleting !== null}
        title={deleting?.title ?? ''}
        confirmLabel="Verwijderen"
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          const request = deleting;
          setDeleting(null);
          if (!request) return;
          const result = await save(request.channel, { id: request.id });
          if (result.ok) request.afterDelete();
        }}
      >
        {deleting?.body ?? ''}
      </ConfirmDialog>
    </ProgressContext.Provider>
  );
}
