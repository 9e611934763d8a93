import { MilestoneFieldsSchema, type Action } from '../../../../shared/domain/agenda';
import { Button } from '../../components/Button';
import { MonthField } from '../../components/MonthField';
import { TextField } from '../../components/TextField';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { focusWhenReady } from '../../focus';
import { useEditorActions } from '../EditorContext';
import { NewMilestoneForm } from './NewMilestoneForm';

const monthSchema = MilestoneFieldsSchema.shape.month.unwrap();

/** The milestones of an action: title and month, each removable. */
export function MilestoneList({ action }: { action: Action }) {
  const { save, saveField } = useEditorActions();
  return (
    <div className="wa-milestones">
      <h4 className="utrecht-heading-4">Mijlpalen</h4>
      {action.milestones.length === 0 ? <p className="utrecht-paragraph wa-muted">Nog geen mijlpalen.</p> : null}
      <ol className="wa-plain-list">
        {action.milestones.map((milestone, index) => (
          <li key={milestone.id}>
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset wa-milestone" id={`item-${milestone.id}`}>
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Mijlpaal {index + 1}</legend>
              <div className="wa-row wa-row--wrap">
                <TextField id={`veld-milestone-${milestone.id}`} label="Omschrijving" value={milestone.title} schema={MilestoneFieldsSchema.shape.title}
                  onSave={(title) => saveField('milestone.update', { id: milestone.id, patch: { title } })} />
                <MonthField id={`veld-milestone-month-${milestone.id}`} label="Maand" value={milestone.month} schema={monthSchema}
                  onSave={(month) => saveField('milestone.update', { id: milestone.id, patch: { month } })} />
                <Button appearance="danger-subtle" className="wa-milestone__delete" onClick={async () => {
                  await save('milestone.delete', { id: milestone.id });
                  focusWhenReady(`veld-nieuwe-mijlpaal-${action.id}`);
                }}>
                  Mijlpaal verwijderen<VisuallyHidden>: {milestone.title}</VisuallyHidden>
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <NewMilestoneForm actionId={action.id} />
    </div>
  );
}
