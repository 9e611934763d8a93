import { useCallback, useMemo, useState } from 'react';
import type { Action, Knelpunt, Target } from '../../../../shared/domain/agenda';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusWhenReady } from '../../focus';
import { EditorSection } from '../EditorSection';
import { useEditor, useFindings } from '../EditorContext';
import { ActionCard } from './ActionCard';
import { NewActionForm } from './NewActionForm';

const none: readonly never[] = [];

/** Acties: every action as a card that opens for editing, and "Actie toevoegen". */
export function ActionsSection() {
  const { agenda, save, openActionIds } = useEditor();
  const { byItem } = useFindings();
  const [toDelete, setToDelete] = useState<Action | null>(null);
  const onDelete = useCallback((action: Action) => setToDelete(action), []);
  const targetsByAction = useMemo(() => {
    const map = new Map<string, Target[]>();
    for (const target of agenda.targets) {
      if (target.actionId) map.set(target.actionId, [...(map.get(target.actionId) ?? []), target]);
    }
    return map;
  }, [agenda.targets]);
  const period = useMemo(() => ({ startYear: agenda.startYear, endYear: agenda.endYear }), [agenda.startYear, agenda.endYear]);

  return (
    <EditorSection id="acties" intro="Wat de sector en de werkgevers gaan doen, met planning, trekker en meetbare doelen.">
      {agenda.actions.length === 0 ? <p className="utrecht-paragraph">Nog geen acties.</p> : null}
      <ol className="wa-plain-list wa-action-list">
        {agenda.actions.map((action) => {
          const open = openActionIds.has(action.id);
          return (
            <li key={action.id}>
              <ActionCard
                action={action}
                open={open}
                openGaps={byItem.get(action.id)?.length ?? 0}
                targets={open ? targetsByAction.get(action.id) ?? none : none}
                knelpunten={open ? agenda.knelpunten : none as readonly Knelpunt[]}
                period={period}
                onDelete={onDelete}
              />
            </li>
          );
        })}
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
