import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { FoundKnelpunt } from '../../../shared/domain/cycle';
import { formatPeriod } from '../../../shared/format';
import { AgendaLoading } from '../components/AgendaLoading';
import { AppHeader } from '../components/AppHeader';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { CycleNav } from '../plan/CycleNav';
import { SaveStatus } from '../plan/SaveStatus';
import { focusWhenReady } from '../focus';
import { ActionEvaluationCard } from './ActionEvaluationCard';
import { GoodExampleBlock } from '../examples/GoodExampleBlock';
import { useGoodExamples } from '../examples/useGoodExamples';
import { FoundKnelpuntCard } from './FoundKnelpuntCard';
import { NewFoundKnelpuntForm } from './NewFoundKnelpuntForm';
import { NextAgendaSection } from './NextAgendaSection';
import { EvaluationContext, useEvaluation, type EvaluationEditor } from './useEvaluation';

/** Act for one agenda: evaluate each action, record the knelpunten found, and start the next agenda. */
export function EvaluationScreen() {
  const { agendaId = '' } = useParams();
  const { evaluation, loadError, state, save, saveField, settled } = useEvaluation(agendaId);
  const [toDelete, setToDelete] = useState<FoundKnelpunt | null>(null);
  const examples = useGoodExamples(agendaId);
  useDocumentTitle(evaluation ? `Evaluatie: ${evaluation.title}` : loadError ? 'Werkagenda niet gevonden' : 'Evaluatie');

  const loaded = evaluation !== null;
  useEffect(() => {
    if (loaded) document.getElementById('kop-evaluatie')?.focus();
  }, [loaded]);

  const editor = useMemo<EvaluationEditor | null>(() => (evaluation ? { evaluation, save, saveField, settled } : null), [evaluation, save, saveField, settled]);
  if (!editor) return <AgendaLoading error={loadError} />;
  const current = editor.evaluation;

  return (
    <EvaluationContext.Provider value={editor}>
      <AppHeader><SaveStatus state={state} /></AppHeader>
      <main className="wa-page wa-evaluation" id="inhoud" tabIndex={-1}>
        <div className="wa-agenda-header">
          <h1 className="utrecht-heading-1" id="kop-evaluatie" tabIndex={-1}>Evaluatie: {current.title}</h1>
          <dl className="wa-facts">
            <div><dt>Sector</dt><dd>{current.sectorName}</dd></div>
            <div><dt>Periode</dt><dd>{formatPeriod(current.startYear, current.endYear)}</dd></div>
          </dl>
          <CycleNav agendaId={current.agendaId} />
        </div>

        <section className="wa-section" aria-labelledby="kop-acties-evaluatie">
          <h2 className="utrecht-heading-2" id="kop-acties-evaluatie">Acties</h2>
          <p className="utrecht-paragraph">Werkte elke actie, waarom (niet), en wat neemt u mee naar de volgende werkagenda? Alles wordt direct opgeslagen.</p>
          {current.actions.length === 0 ? <p className="utrecht-paragraph">Deze werkagenda heeft geen acties. U voegt ze toe bij Plan.</p> : null}
          {current.actions.map((action) => (
            <ActionEvaluationCard key={action.id} action={action}>
              <GoodExampleBlock actionId={action.id} actionTitle={action.title} examples={examples} />
            </ActionEvaluationCard>
          ))}
        </section>

        <section className="wa-section" aria-labelledby="kop-gevonden">
          <h2 className="utrecht-heading-2" id="kop-gevonden" tabIndex={-1}>Gevonden knelpunten</h2>
          <p className="utrecht-paragraph">Welke knelpunten kwamen tijdens de uitvoering aan het licht, en bij welke acties en doelen? Ze worden de probleemanalyse van de volgende werkagenda.</p>
          {current.foundKnelpunten.length === 0 ? <p className="utrecht-paragraph">Nog geen gevonden knelpunten.</p> : null}
          {current.foundKnelpunten.map((knelpunt) => <FoundKnelpuntCard key={knelpunt.id} knelpunt={knelpunt} onDelete={() => setToDelete(knelpunt)} />)}
          <NewFoundKnelpuntForm />
        </section>

        <NextAgendaSection />
      </main>
      <ConfirmDialog
        open={toDelete !== null}
        title="Gevonden knelpunt verwijderen?"
        confirmLabel="Verwijderen"
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          const knelpunt = toDelete;
          setToDelete(null);
          if (!knelpunt) return;
          const result = await save('foundKnelpunt.delete', { id: knelpunt.id });
          focusWhenReady(result.ok ? 'kop-gevonden' : `gevonden-${knelpunt.id}`);
        }}
      >
        {toDelete ? `U verwijdert het gevonden knelpunt “${toDelete.title}”.` : ''}
      </ConfirmDialog>
    </EvaluationContext.Provider>
  );
}
