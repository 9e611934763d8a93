import { logbookGroups, type LogbookFilter } from '../../../shared/logbook';
import { FormField } from '../components/FormField';

interface Props {
  filter: LogbookFilter;
  actors: readonly string[];
  onChange: (filter: LogbookFilter) => void;
}

/** "Welke regels": what kind of change, by whom, and words to look for. */
export function LogbookFilterBar({ filter, actors, onChange }: Props) {
  return (
    <div className="wa-row wa-row--wrap" role="search" aria-label="Logboek doorzoeken">
      <FormField id="logboek-soort" label="Soort" kind="select">
        <select id="logboek-soort" className="utrecht-select utrecht-select--html-select" value={filter.group}
          onChange={(event) => onChange({ ...filter, group: event.target.value as LogbookFilter['group'] })}>
          <option value="alles">Alles</option>
          {logbookGroups.map((group) => <option key={group.id} value={group.id}>{group.label}</option>)}
        </select>
      </FormField>
      <FormField id="logboek-wie" label="Wie" kind="select">
        <select id="logboek-wie" className="utrecht-select utrecht-select--html-select" value={filter.actor}
          onChange={(event) => onChange({ ...filter, actor: event.target.value })}>
          <option value="iedereen">Iedereen</option>
          {actors.map((actor) => <option key={actor} value={actor}>{actor}</option>)}
        </select>
      </FormField>
      <FormField id="logboek-zoeken" label="Zoeken">
        <input id="logboek-zoeken" type="search" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })} />
      </FormField>
    </div>
  );
}
