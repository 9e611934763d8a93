import { Link } from 'react-router';
import { AgendaFieldsSchema } from '../../../shared/domain/agenda';
import { formatPeriod } from '../../../shared/format';
import { agendaStatusLabels } from '../../../shared/labels';
import { TextField } from '../components/TextField';
import { useEditor } from './EditorContext';
import { CycleNav } from './CycleNav';
import { ExportButton } from './ExportButton';

/** The agenda's title (h1, editable below it), sector, period and status. */
export function AgendaHeader() {
  const { agenda, saveField } = useEditor();
  return (
    <div className="wa-agenda-header">
      <h1 className="utrecht-heading-1" id="kop-agenda" tabIndex={-1}>{agenda.title}</h1>
      <dl className="wa-facts">
        <div><dt>Sector</dt><dd>{agenda.sectorName}</dd></div>
        <div><dt>Periode</dt><dd>{formatPeriod(agenda.startYear, agenda.endYear)}</dd></div>
        <div><dt>Status</dt><dd><span className="utrecht-status-badge">{agendaStatusLabels[agenda.status]}</span></dd></div>
      </dl>
      {agenda.importedFrom ? (
        <p className="utrecht-paragraph wa-imported-notice">
          Deze werkagenda is ingelezen uit een uitwisselbestand van {agenda.importedFrom}. Lees, plaats opmerkingen en onderteken bij{' '}
          <Link to={`/agenda/${agenda.id}/ondertekening`}>Ondertekening</Link>. Wijzigt u hier de inhoud, dan ontstaat een eigen concept dat
          afwijkt van dat van de afzender.
        </p>
      ) : null}
      <CycleNav agendaId={agenda.id} />
      <ExportButton agendaId={agenda.id} />
      <TextField
        id="veld-title"
        label="Titel van de werkagenda"
        value={agenda.title}
        schema={AgendaFieldsSchema.shape.title}
        onSave={(title) => saveField('agenda.update', { id: agenda.id, patch: { title } })}
      />
    </div>
  );
}
