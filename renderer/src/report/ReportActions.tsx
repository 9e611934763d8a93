import type { ProgressReport, ReportAction } from '../../../shared/domain/report';
import { formatNumber } from '../../../shared/format';
import { milestoneWords, noActions, notesCaption, noteWords, reportHeadings as H, statusWords } from '../../../shared/report/words';

function Milestones({ label, items }: { label: string; items: ReportAction['milestonesDone'] }) {
  if (items.length === 0) return <p className="utrecht-paragraph"><strong>{label}:</strong> geen</p>;
  return (
    <>
      <p className="utrecht-paragraph"><strong>{label}:</strong></p>
      <ul aria-label={label}>{items.map((item, index) => <li key={index}>{milestoneWords(item)}</li>)}</ul>
    </>
  );
}

function ActionReport({ action, peildatum }: { action: ReportAction; peildatum: string }) {
  const headingId = `kop-rapport-actie-${action.id}`;
  return (
    <section className="wa-card" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>{action.title}</h3>
      <p className="utrecht-paragraph"><strong>Status:</strong> {statusWords(action, peildatum)}{action.late ? <strong className="wa-report-late"> Te laat</strong> : null}</p>
      <p className="utrecht-paragraph"><strong>Planning:</strong> {action.planning}</p>
      {action.jobsPrognosis === null ? null : <p className="utrecht-paragraph"><strong>Prognose banen:</strong> {formatNumber(action.jobsPrognosis)}</p>}
      <Milestones label="Mijlpalen afgerond" items={action.milestonesDone} />
      <Milestones label="Mijlpalen nog open" items={action.milestonesOpen} />
      <p className="utrecht-paragraph"><strong>{notesCaption(action)}</strong></p>
      {action.notes.length > 0 ? <ul>{action.notes.map((note, index) => <li key={index}>{noteWords(note)}</li>)}</ul> : null}
    </section>
  );
}

/** Per action: status, planning against the peildatum, milestones, latest notes. */
export function ReportActions({ report }: { report: ProgressReport }) {
  return (
    <section className="wa-section" aria-labelledby="kop-rapport-acties">
      <h2 className="utrecht-heading-2" id="kop-rapport-acties">{H.actions}</h2>
      {report.actions.length === 0 ? <p className="utrecht-paragraph">{noActions}</p> : report.actions.map((action) => <ActionReport key={action.id} action={action} peildatum={report.peildatum} />)}
    </section>
  );
}
