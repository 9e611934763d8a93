import type { LibraryFilter } from '../../../shared/domain/examples';
import type { ActionType } from '../../../shared/domain/reference';
import { FormField } from '../components/FormField';

interface Props {
  filter: LibraryFilter;
  sectors: readonly string[];
  actionTypes: readonly ActionType[];
  onChange: (filter: LibraryFilter) => void;
}

/** Looking up good examples: by action type, by sector, by words. */
export function LibraryFilterBar({ filter, sectors, actionTypes, onChange }: Props) {
  return (
    <div className="wa-row wa-row--wrap" role="search" aria-label="Goede voorbeelden zoeken">
      <FormField id="voorbeelden-type" label="Actietype" kind="select">
        <select id="voorbeelden-type" className="utrecht-select utrecht-select--html-select" value={filter.typeId ?? ''}
          onChange={(event) => onChange({ ...filter, typeId: event.target.value === '' ? null : Number(event.target.value) })}>
          <option value="">Alle actietypen</option>
          {actionTypes.map((type) => <option key={type.id} value={type.id}>{`${type.id}. ${type.name}`}</option>)}
        </select>
      </FormField>
      <FormField id="voorbeelden-sector" label="Sector" kind="select">
        <select id="voorbeelden-sector" className="utrecht-select utrecht-select--html-select" value={filter.sectorName ?? ''}
          onChange={(event) => onChange({ ...filter, sectorName: event.target.value === '' ? null : event.target.value })}>
          <option value="">Alle sectoren</option>
          {sectors.map((sector) => <option key={sector} value={sector}>{sector}</option>)}
        </select>
      </FormField>
      <FormField id="voorbeelden-zoeken" label="Zoeken in de voorbeelden">
        <input id="voorbeelden-zoeken" type="search" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })} />
      </FormField>
    </div>
  );
}
