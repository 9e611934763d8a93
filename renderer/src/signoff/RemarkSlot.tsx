import { useState } from 'react';
import type { RemarkTarget } from '../../../shared/domain/signoff';
import { Button } from '../components/Button';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { focusWhenReady } from '../focus';
import { RemarkForm } from './RemarkForm';
import { RemarkList } from './RemarkList';
import { sameTarget, targetKey } from './remarkTargets';
import { useSignoffState } from './useSignoff';

interface Props {
  agendaId: string;
  revisionNumber: number;
  target: RemarkTarget;
  /** What the part is called: "Inleiding", "Actie “Meet and greets”". */
  name: string;
  /** The visible end of the button: "Inleiding" or "deze actie"; the rest of `name` is read out only. */
  shortName: string;
  actions: readonly { id: string; title: string }[];
  headingLevel: 3 | 4;
}

/** Under a part of a version: its remarks, and "Opmerking plaatsen" that opens a form for exactly this part. */
export function RemarkSlot({ agendaId, revisionNumber, target, name, shortName, actions, headingLevel }: Props) {
  const { overview } = useSignoffState();
  const [open, setOpen] = useState(false);
  const key = targetKey(target).replace(':', '-');
  const buttonId = `opmerking-plaatsen-${key}`;
  const remarks = overview.remarks.filter((remark) => remark.revisionNumber === revisionNumber && sameTarget(remark.target, target));

  return (
    <div className="wa-signoff-slot">
      <RemarkList remarks={remarks} actions={actions} showTarget={false} label={`Opmerkingen bij ${name}`} />
      {open ? (
        <RemarkForm
          formId={`opmerking-${key}`}
          title={`Opmerking bij ${name}`}
          headingLevel={headingLevel}
          agendaId={agendaId}
          revisionNumber={revisionNumber}
          actions={actions}
          initialTarget={target}
          onCancel={() => {
            setOpen(false);
            focusWhenReady(buttonId);
          }}
          onPlaced={() => setOpen(false)}
        />
      ) : (
        <Button id={buttonId} appearance="subtle" className="wa-signoff-slot__button" onClick={() => {
          setOpen(true);
          focusWhenReady(`opmerking-${key}-text`);
        }}>
          Opmerking plaatsen bij {shortName}{target.kind === 'action' ? <VisuallyHidden>: {name}</VisuallyHidden> : null}
        </Button>
      )}
    </div>
  );
}
