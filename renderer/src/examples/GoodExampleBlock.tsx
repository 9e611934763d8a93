import { useState } from 'react';
import type { GoodExample, GoodExampleFields } from '../../../shared/domain/examples';
import { sharedContact } from '../../../shared/examples';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { focusWhenReady } from '../focus';
import { GoodExampleForm } from './GoodExampleForm';
import type { GoodExamples } from './useGoodExamples';

const empty: GoodExampleFields = { whatWorked: '', organisation: '', contactName: '', contactEmail: '', contactPhone: '', consent: false };

/** "Goed voorbeeld" of one action on the Evaluatie screen: shown, written or changed, removed. */
export function GoodExampleBlock({ actionId, actionTitle, examples }: { actionId: string; actionTitle: string; examples: GoodExamples }) {
  const example = examples.examples.find((item) => item.actionId === actionId);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const id = `voorbeeld-${actionId}`;
  const openButton = `${id}-open`;

  if (editing) {
    return (
      <GoodExampleForm
        id={id}
        initial={example ?? empty}
        onCancel={() => { setEditing(false); focusWhenReady(openButton); }}
        onSave={async (fields) => {
          const failure = await examples.save(actionId, fields);
          if (!failure) { setEditing(false); focusWhenReady(openButton); }
          return failure;
        }}
      />
    );
  }
  if (!example) {
    return (
      <div className="wa-good-example">
        <Button id={openButton} onClick={() => setEditing(true)} aria-describedby={`${id}-uitleg`}>Goed voorbeeld delen</Button>
        <p className="utrecht-paragraph wa-muted" id={`${id}-uitleg`}>Werkte “{actionTitle}” zo goed dat andere sectoren ervan kunnen leren? Schrijf op wat werkte en wie ze kunnen vragen.</p>
      </div>
    );
  }
  return (
    <>
      <ExampleSummary id={id} openButton={openButton} example={example} problem={problem} onEdit={() => setEditing(true)} onRemove={() => setConfirming(true)} />
      <ConfirmDialog
        open={confirming}
        title="Goed voorbeeld verwijderen?"
        confirmLabel="Verwijderen"
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          const failure = await examples.remove(actionId);
          setProblem(failure);
          focusWhenReady(openButton);
        }}
      >
        {`U verwijdert het goede voorbeeld bij “${actionTitle}”. Wie het al met een uitwisselbestand kreeg, houdt het.`}
      </ConfirmDialog>
    </>
  );
}

function ExampleSummary({ id, openButton, example, problem, onEdit, onRemove }: {
  id: string; openButton: string; example: GoodExample; problem: string | null; onEdit: () => void; onRemove: () => void;
}) {
  const contact = sharedContact(example);
  const anyContact = [example.contactName, example.contactEmail, example.contactPhone].some((value) => value.trim() !== '');
  return (
    <section className="wa-card wa-good-example" aria-labelledby={`${id}-kop`}>
      <h4 className="utrecht-heading-4" id={`${id}-kop`}>Goed voorbeeld</h4>
      <p className="utrecht-paragraph wa-pre-line">{example.whatWorked}</p>
      {example.organisation ? <p className="utrecht-paragraph"><strong>Organisatie:</strong> {example.organisation}</p> : null}
      {contact ? <p className="utrecht-paragraph"><strong>Contact (gedeeld met toestemming):</strong> {[contact.name, contact.email, contact.phone].filter(Boolean).join(', ')}</p> : null}
      {!contact && anyContact ? <p className="utrecht-paragraph wa-muted">De contactgegevens blijven in deze installatie: er is geen toestemming om ze te delen.</p> : null}
      {problem ? <p className="utrecht-form-field-error-message" role="alert">{problem}</p> : null}
      <div className="utrecht-button-group">
        <Button id={openButton} onClick={onEdit}>Goed voorbeeld wijzigen</Button>
        <Button appearance="danger-subtle" onClick={onRemove}>Goed voorbeeld verwijderen</Button>
      </div>
    </section>
  );
}
