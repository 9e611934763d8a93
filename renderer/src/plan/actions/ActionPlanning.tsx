import { ActionPatchSchema, ActionFieldsSchema, type Action } from '../../../../shared/domain/agenda';
import { formatMonth } from '../../../../shared/format';
import { isOngoing, ongoingMonths, type Period } from '../../../../shared/planning';
import { CheckboxField } from '../../components/CheckboxField';
import { MonthField } from '../../components/MonthField';
import { check } from '../../validation';
import { useEditorActions } from '../EditorContext';
import { MilestoneList } from './MilestoneList';

const monthSchema = ActionFieldsSchema.shape.startMonth.unwrap();

/** Planning: start and end month (checked together with the shared planning rule) and milestones. */
export function ActionPlanning({ action, period }: { action: Action; period: Period }) {
  const { saveField } = useEditorActions();
  const saveMonths = (patch: { startMonth?: string | null; endMonth?: string | null }) => {
    const months = { startMonth: action.startMonth, endMonth: action.endMonth, ...patch };
    const checked = check(ActionPatchSchema, months);
    if (!checked.ok) return Promise.resolve(checked.error);
    return saveField('action.update', { id: action.id, patch });
  };
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Planning</legend>
      <CheckboxField id={`veld-doorlopend-${action.id}`} label="Doorlopend: de hele looptijd van de werkagenda"
        description={`${formatMonth(ongoingMonths(period).startMonth)} tot en met ${formatMonth(ongoingMonths(period).endMonth)}`}
        checked={isOngoing(action, period)}
        onChange={(ongoing) => saveField('action.update', { id: action.id, patch: ongoing ? ongoingMonths(period) : { startMonth: null, endMonth: null } })} />
      <div className="wa-row wa-row--wrap">
        <MonthField id={`veld-startMonth-${action.id}`} label="Startmaand" value={action.startMonth} schema={monthSchema} onSave={(startMonth) => saveMonths({ startMonth })} />
        <MonthField id={`veld-endMonth-${action.id}`} label="Eindmaand" value={action.endMonth} schema={monthSchema} onSave={(endMonth) => saveMonths({ endMonth })} />
      </div>
      <MilestoneList action={action} />
    </fieldset>
  );
}
