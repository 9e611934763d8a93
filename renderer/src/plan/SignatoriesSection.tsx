import { useState } from 'react';
import type { Signatory } from '../../../shared/domain/agenda';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { focusWhenReady } from '../focus';
import { EditorSection } from './EditorSection';
import { useEditor } from './EditorContext';
import { NewSignatoryForm } from './NewSignatoryForm';
import { SignatoryItem } from './SignatoryItem';

/** Ondertekenaars: who of the board commits to this agenda (signing itself comes later). */
export function SignatoriesSection() {
  const { agenda, save } = useEditor();
  const [toDelete, setToDelete] = useState<Signatory | null>(null);
  return (
    <EditorSection id="ondertekenaars" intro="Wie van het bestuur zich aan deze werkagenda committeert. Het ondertekenen zelf volgt later, als de werkagenda ter ondertekening wordt aangeboden.">
      {agenda.signatories.length === 0 ? <p className="utrecht-paragraph">Nog geen ondertekenaars.</p> : null}
      {agenda.signatories.map((signatory, index) => (
        <SignatoryItem key={signatory.id} signatory={signatory} number={index + 1} onDelete={() => setToDelete(signatory)} />
      ))}
      <NewSignatoryForm />
      <ConfirmDialog
        open={toDelete !== null}
        title="Ondertekenaar verwijderen?"
        confirmLabel="Verwijderen"
        onCancel={() => setToDelete(null)}
        onConfirm={async () => {
          if (!toDelete) return;
          setToDelete(null);
          await save('signatory.delete', { id: toDelete.id });
          focusWhenReady('kop-ondertekenaars');
        }}
      >
        {toDelete ? `U verwijdert ${toDelete.name} als ondertekenaar.` : ''}
      </ConfirmDialog>
    </EditorSection>
  );
}
