import { UnusedTypeReasonSchema } from '../../../shared/domain/agenda';
import { unusedSignificantTypes, usedTypeIds } from '../../../shared/score';
import { useReference } from '../api/ReferenceContext';
import { TextArea } from '../components/TextArea';
import { EditorSection } from './EditorSection';
import { useEditor } from './EditorContext';

/** A reason for every Significant action type the agenda leaves out, and the types it uses. */
export function UnusedTypesSection() {
  const { agenda, saveField } = useEditor();
  const { actionTypes } = useReference();
  const unused = unusedSignificantTypes(agenda, actionTypes);
  const used = usedTypeIds(agenda).map((id) => actionTypes.find((type) => type.id === id)).filter((type) => type !== undefined);
  const reasons = new Map(agenda.unusedTypeReasons.map((entry) => [entry.typeId, entry.reason]));
  return (
    <EditorSection id="niet-gebruikt" intro="Het Bestuursakkoord vraagt de conclusies van Significant te gebruiken of uit te leggen waarom niet. Deze lijst volgt vanzelf uit de acties.">
      <h3 className="utrecht-heading-3">Gebruikte actietypen</h3>
      {used.length === 0 ? <p className="utrecht-paragraph">Nog geen: voeg acties toe.</p> : (
        <ul className="utrecht-unordered-list">
          {used.map((type) => <li className="utrecht-unordered-list__item" key={type.id}>{type.id}. {type.name}</li>)}
        </ul>
      )}
      <h3 className="utrecht-heading-3">Niet-gebruikte actietypen van Significant</h3>
      {unused.length === 0 ? <p className="utrecht-paragraph">De werkagenda gebruikt alle actietypen van Significant.</p> : null}
      {unused.map((type) => (
        <div className="wa-item" id={`item-${type.id}`} tabIndex={-1} key={type.id}>
          <TextArea
            id={`veld-reason-${type.id}`}
            label={`Waarom niet: ${type.id}. ${type.name}`}
            description={type.explanation || undefined}
            rows={3}
            value={reasons.get(type.id) ?? ''}
            schema={UnusedTypeReasonSchema.shape.reason}
            onSave={(reason) => saveField('unusedType.set', { agendaId: agenda.id, typeId: type.id, reason })}
          />
        </div>
      ))}
    </EditorSection>
  );
}
