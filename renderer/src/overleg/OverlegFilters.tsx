import { SelectField } from '../components/SelectField';
import { periodKey, type Overleg } from './useOverleg';

/** The period compared and the group of sectors every view below is limited to. */
export function OverlegFilters({ overleg }: { overleg: Overleg }) {
  const { data, group, loading, selectPeriod, selectGroup } = overleg;
  if (!data?.period) return null;
  return (
    <div className="wa-overleg-filters">
      <SelectField
        id="overleg-periode"
        label="Periode"
        value={periodKey(data.period)}
        options={data.periods.map((period) => ({ value: periodKey(period), label: periodKey(period) }))}
        onSave={async (value) => {
          selectPeriod(value);
          return null;
        }}
      />
      <SelectField
        id="overleg-groep"
        label="Sectoren"
        description="Alle overzichten hieronder gelden voor deze sectoren."
        value={group?.id ?? ''}
        options={[{ value: '', label: 'Alle sectoren' }, ...data.groups.map((item) => ({ value: item.id, label: item.name }))]}
        onSave={async (value) => {
          selectGroup(value);
          return null;
        }}
      />
      <p className="utrecht-paragraph wa-overleg-filters__status" role="status">{loading ? 'Bezig met laden…' : ''}</p>
    </div>
  );
}
