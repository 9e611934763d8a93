import { useState } from 'react';
import { checkCompleteness } from '../../../../shared/completeness';
import type { Action } from '../../../../shared/domain/agenda';
import { useReference } from '../../api/ReferenceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusWhenReady } from '../../focus';
import { EditorSection } from '../EditorSection';
import { useEditor } from '../EditorContext';
import { ActionCard } from './ActionCard';
import { NewActionForm } from './NewActionForm';

/** Acties: every action as a card that opens for editing, and "Actie toevoegen". */
export function ActionsSection() {
  const { agenda, save } = useEditor();
  const { actionTypes } = useReference();
  const [toDelete, setToDelete] = useState<Action | null>(null);
  const { gaps } = checkCompleteness(agenda, actionTypes);

  const openGaps = (action: Action) => {
    const items = new Set([action.id, ...agenda.targets.filter((target) => target.actionId === action.id).map((target) => target.id)]);
    return gaps.filter((gap) => gap.itemId !== undefined && items.has(gap.itemId)).length;
  };

  return (
    <EditorSection id="acties" intro="Wat de sector en de werkgevers gaan doen, met planning, trekker en meetbare doelen.">
      {agenda.actions.length === 0 ? <p className="utrecht-paragraph">Nog geen acties.</p> : null}
      <ol className="wa-plain-list wa-action-list">
        {agenda.actions.map((action) => (
          <li key={action.id}>
            <ActionCard action={action} openGaps={openGaps(action)} onDelete={() => setToDelete(action)} />
          </li>
        ))}
      </ol>
      <NewActionForm />
      <ConfirmDialog
        open={toDelete !== null}
        title="Actie verwijderen?"
        confirmLabel="Verwijderen"
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          if (!toDelete) return;
          setToDelete(null);
          const result = await save('action.delete', { id: toDelete.id });
          focusWhenReady(result.ok ? 'kop-acties' : `item-${toDelete.id}`);
        }}
      >
        {toDelete ? `U verwijdert actie “${toDelete.title}” met haar mijlpalen en meetbare doelen.` : ''}
      </ConfirmDialog>
    </EditorSection>
  );
}
