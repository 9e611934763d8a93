import type { ReactNode } from 'react';
import type { SectionId } from '../../../shared/completeness';
import { AgendaFieldsSchema } from '../../../shared/domain/agenda';
import { TextArea } from '../components/TextArea';
import { EditorSection } from './EditorSection';
import { useEditor } from './EditorContext';

type TextFieldName = 'introduction' | 'lookback' | 'objectives' | 'accountability';

/** A section that is one free text of the agenda (Inleiding, Terugblik, Verantwoording). */
export function TextSection({ id, field, label, description, children }: { id: SectionId; field: TextFieldName; label: string; description?: string; children?: ReactNode }) {
  const { agenda, saveField } = useEditor();
  return (
    <EditorSection id={id}>
      <TextArea
        id={`veld-${field}`}
        label={label}
        description={description}
        value={agenda[field]}
        rows={8}
        schema={AgendaFieldsSchema.shape[field]}
        onSave={(text) => saveField('agenda.update', { id: agenda.id, patch: { [field]: text } })}
      />
      {children}
    </EditorSection>
  );
}
