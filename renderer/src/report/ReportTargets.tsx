import type { ProgressReport, ReportTarget } from '../../../shared/domain/report';
import { formatDate, formatNumber } from '../../../shared/format';
import { noMeasurementsSentence } from '../../../shared/report/progressReport';
import { noTargets, reportHeadings as H, targetFactCells, targetFactHeaders, targetLine, targetOwner } from '../../../shared/report/words';
import { targetStatusLabels, targetStatusRule } from '../../../shared/targetStatus';
import { SimpleTable } from './SimpleTable';

function TargetReport({ target }: { target: ReportTarget }) {
  const headingId = `kop-rapport-doel-${target.id}`;
  return (
    <section className="wa-card" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>{target.indicator}</h3>
      <p className="utrecht-paragraph"><strong>Bij:</strong> {targetOwner(target)}</p>
      <SimpleTable caption={`Plan: ${target.indicator}`} headers={targetFactHeaders} rows={[targetFactCells(target)]} />
      <p className="utrecht-paragraph"><strong>Status: {targetStatusLabels[target.status]}.</strong> {target.reason}</p>
      {target.measurements.length > 0 ? (
        <SimpleTable caption={`Metingen: ${target.indicator}`} headers={['Datum', 'Waarde', 'Bron', 'Toelichting']} numeric={[1]}
          rows={target.measurements.map((item) => [formatDate(item.date), `${formatNumber(item.value)} ${target.unit}`, item.source || '–', item.note || '–'])} />
      ) : null}
      {target.perYear && target.years.length > 0 ? (
        <SimpleTable caption={`Per jaar: ${target.indicator}`} headers={['Jaar', 'Status', 'Waarom']}
          rows={target.years.map((year) => [String(year.year), targetStatusLabels[year.status], year.reason])} />
      ) : null}
    </section>
  );
}

/** Every measurable target with its plan, its measurements up to the peildatum and its status in words. */
export function ReportTargets({ report }: { report: ProgressReport }) {
  return (
    <section className="wa-section" aria-labelledby="kop-rapport-doelen">
      <h2 className="utrecht-heading-2" id="kop-rapport-doelen">{H.targets}</h2>
      {report.targets.length === 0 ? <p className="utrecht-paragraph">{noTargets}</p>
        : !report.hasMeasurements ? (
          <>
            <p className="utrecht-paragraph">{noMeasurementsSentence(report.peildatum)}</p>
            <ul>{report.targets.map((target) => <li key={target.id}>{targetLine(target)}</li>)}</ul>
          </>
        ) : (
          <>
            <p className="utrecht-paragraph wa-muted">{targetStatusRule}</p>
            {report.targets.map((target) => <TargetReport key={target.id} target={target} />)}
          </>
        )}
    </section>
  );
}
