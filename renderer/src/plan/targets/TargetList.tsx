import { useState } from 'react';
import type { Target } from '../../../../shared/domain/agenda';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusWhenReady } from '../../focus';
import { useEditorActions } from '../EditorContext';
import { NewTargetForm } from './NewTargetForm';
import { TargetItem } from './TargetItem';

/** The measurable targets of one action, or of the agenda as a whole (actionId null). */
export function TargetList({ agendaId, actionId, targets }: { agendaId: string; actionId: string | null; targets: readonly Target[] }) {
  const { save } = useEditorActions();
  const [toDelete, setToDelete] = useState<Target | null>(null);
  const addFieldId = `veld-nieuw-doel-${actionId ?? 'agenda'}`;
  return (
    <div className="wa-targets">
      {targets.length === 0 ? <p className="utrecht-paragraph wa-muted">Nog geen meetbare doelen.</p> : null}
      {targets.map((target, index) => <TargetItem key={target.id} target={target} number={index + 1} onDelete={() => setToDelete(target)} />)}
      <NewTargetForm agendaId={agendaId} actionId={actionId} fieldId={addFieldId} />
      <ConfirmDialog
        open={toDelete !== null}
        title="Meetbaar doel verwijderen?"
        confirmLabel="Verwijderen"
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          if (!toDelete) return;
          setToDelete(null);
          await save('target.delete', { id: toDelete.id });
          focusWhenReady(addFieldId);
        }}
      >
        {toDelete ? `U verwijdert het doel “${toDelete.indicator}”.` : ''}
      </ConfirmDialog>
    </div>
  );
}
