import { AgendaFieldsSchema } from '../../../shared/domain/agenda';
import { NumberField } from '../components/NumberField';
import { useEditor } from './EditorContext';

/** How many employers the sector has: one figure, instead of listing each employer (issue 14). */
export function EmployerCountField() {
  const { agenda, saveField } = useEditor();
  return (
    <NumberField id="veld-employerCount" label="Aantal werkgevers in de sector"
      description="Bijvoorbeeld 21. Laat leeg als u het niet weet; de werkgevers zelf vult u in bij Banen en quotum."
      value={agenda.employerCount} schema={AgendaFieldsSchema.shape.employerCount.unwrap()}
      onSave={(employerCount) => saveField('agenda.update', { id: agenda.id, patch: { employerCount } })} />
  );
}
