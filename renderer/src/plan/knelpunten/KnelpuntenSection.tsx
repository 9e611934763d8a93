import { useCallback, useMemo, useState } from 'react';
import type { Knelpunt } from '../../../../shared/domain/agenda';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusWhenReady } from '../../focus';
import { EditorSection } from '../EditorSection';
import { useEditor } from '../EditorContext';
import { useStable } from '../useStable';
import { KnelpuntCard, type ActionChoice } from './KnelpuntCard';
import { NewKnelpuntForm } from './NewKnelpuntForm';

const sameChoices = (a: readonly ActionChoice[], b: readonly ActionChoice[]) =>
  a.length === b.length && a.every((choice, index) => choice.id === b[index]!.id && choice.title === b[index]!.title);

/** Probleemanalyse: the knelpunten, their causes and the actions that answer them. */
export function KnelpuntenSection() {
  const { agenda, save } = useEditor();
  const [toDelete, setToDelete] = useState<Knelpunt | null>(null);
  const onDelete = useCallback((knelpunt: Knelpunt) => setToDelete(knelpunt), []);
  const choices = useStable(useMemo(() => agenda.actions.map(({ id, title }) => ({ id, title })), [agenda.actions]), sameChoices);
  return (
    <EditorSection id="probleemanalyse" intro="Welke knelpunten stonden resultaten in de weg, wat is de oorzaak, en met welke acties pakt deze werkagenda ze aan?">
      {agenda.knelpunten.length === 0 ? <p className="utrecht-paragraph">Nog geen knelpunten.</p> : null}
      {agenda.knelpunten.map((knelpunt) => <KnelpuntCard key={knelpunt.id} knelpunt={knelpunt} actions={choices} onDelete={onDelete} />)}
      <NewKnelpuntForm />
      <ConfirmDialog
        open={toDelete !== null}
        title="Knelpunt verwijderen?"
        confirmLabel="Verwijderen"
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          if (!toDelete) return;
          setToDelete(null);
          const result = await save('knelpunt.delete', { id: toDelete.id });
          focusWhenReady(result.ok ? 'kop-probleemanalyse' : `item-${toDelete.id}`);
        }}
      >
        {toDelete ? `U verwijdert knelpunt “${toDelete.title}”. Acties die het aanpakken blijven bestaan.` : ''}
      </ConfirmDialog>
    </EditorSection>
  );
}
