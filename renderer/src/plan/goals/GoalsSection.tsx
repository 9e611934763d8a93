import { useMemo } from 'react';
import { AgendaFieldsSchema } from '../../../../shared/domain/agenda';
import { TextArea } from '../../components/TextArea';
import { EditorSection } from '../EditorSection';
import { useEditor } from '../EditorContext';
import { TargetList } from '../targets/TargetList';
import { JobGoals } from './JobGoals';

/** Doelstellingen: jobs per year, the objectives in words, and other measurable goals of the agenda. */
export function GoalsSection() {
  const { agenda, saveField } = useEditor();
  const agendaTargets = useMemo(() => agenda.targets.filter((target) => target.actionId === null), [agenda.targets]);
  return (
    <EditorSection id="doelstellingen">
      <JobGoals />
      <TextArea
        id="veld-objectives"
        label="Toelichting op de doelstellingen"
        rows={5}
        value={agenda.objectives}
        schema={AgendaFieldsSchema.shape.objectives}
        onSave={(objectives) => saveField('agenda.update', { id: agenda.id, patch: { objectives } })}
      />
      <h3 className="utrecht-heading-3">Andere meetbare doelen</h3>
      <p className="utrecht-paragraph wa-muted">Doelen van de werkagenda als geheel naast het aantal banen, bijvoorbeeld het aantal werkgevers dat meedoet.</p>
      <TargetList agendaId={agenda.id} actionId={null} targets={agendaTargets} />
    </EditorSection>
  );
}
