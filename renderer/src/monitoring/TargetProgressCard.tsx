import { type TargetProgress } from '../../../shared/domain/monitoring';
import { formatDate, formatNumber } from '../../../shared/format';
import { targetLevelShort } from '../../../shared/labels';
import { perYearSuffix } from '../../../shared/targetStatus';
import { Button } from '../components/Button';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { focusWhenReady } from '../focus';
import { MeasurementForm } from './MeasurementForm';
import { useProgress } from './ProgressContext';
import { TargetStatusBadge } from './TargetStatusBadge';

/** "van 0 naar 8 bijeenkomsten, uiterlijk 31 december 2026". */
function planLine(target: TargetProgress): string {
  const unit = target.unit ? ` ${target.unit}` : '';
  const parts = [
    target.targetValue === null ? 'Geen streefwaarde'
      : target.perYear ? `Elk jaar ${formatNumber(target.targetValue)}${unit}${perYearSuffix(target)} (telt elk kalenderjaar opnieuw vanaf 0)`
        : `${target.baseline === null ? 'Naar' : `Van ${formatNumber(target.baseline)} naar`} ${formatNumber(target.targetValue)}${unit}`,
    target.deadline ? `uiterlijk ${formatDate(target.deadline)}` : target.perYear ? null : 'zonder einddatum',
  ];
  return `${parts.filter(Boolean).join(', ')}.`;
}

/** One measurable target: its plan, status (with the expected value), measurements and the form to add one. */
export function TargetProgressCard({ target, headingLevel }: { target: TargetProgress; headingLevel: 3 | 5 }) {
  const { confirmDelete } = useProgress();
  const Heading = headingLevel === 3 ? 'h3' : 'h5';
  const headingId = `kop-doel-${target.id}`;
  const unit = target.unit ? ` ${target.unit}` : '';
  return (
    <section className="wa-card wa-target wa-item wa-target-progress" id={`doel-${target.id}`} tabIndex={-1} aria-labelledby={headingId}>
      <div className="wa-target-progress__head">
        <Heading className={`utrecht-heading-${headingLevel}`} id={headingId}>{target.indicator}</Heading>
        <TargetStatusBadge status={target.status} />
      </div>
      <p className="utrecht-paragraph wa-muted">{targetLevelShort[target.level]}. {planLine(target)}</p>
      {target.measurements.length > 0 ? <p className="utrecht-paragraph">{target.statusReason}</p> : null}
      {target.measurements.length === 0 ? <p className="utrecht-paragraph wa-muted">Nog geen metingen.</p> : (
        <div className="wa-table-wrapper">
          <table className="utrecht-table utrecht-table--html-table wa-measure-table">
            <caption className="wa-caption">Metingen: {target.indicator}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Datum</th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Waarde{unit ? ` (${target.unit})` : ''}</th>
                <th className="utrecht-table__header-cell" scope="col">Bron</th>
                <th className="utrecht-table__header-cell" scope="col">Toelichting</th>
                <th className="utrecht-table__header-cell" scope="col"><VisuallyHidden>Verwijderen</VisuallyHidden></th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {target.measurements.map((measurement) => (
                <tr className="utrecht-table__row" key={measurement.id}>
                  <th className="utrecht-table__cell wa-row-title wa-nowrap" scope="row">{formatDate(measurement.date)}</th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatNumber(measurement.value)}</td>
                  <td className="utrecht-table__cell">{measurement.source}</td>
                  <td className="utrecht-table__cell">{measurement.note}</td>
                  <td className="utrecht-table__cell">
                    <Button appearance="danger-subtle" onClick={() => confirmDelete({
                      channel: 'measurement.delete',
                      id: measurement.id,
                      title: 'Meting verwijderen?',
                      body: `De meting van ${formatDate(measurement.date)} (${formatNumber(measurement.value)}${unit}) bij “${target.indicator}” wordt verwijderd.`,
                      afterDelete: () => focusWhenReady(`meting-date-${target.id}`),
                    })}>
                      Verwijderen<VisuallyHidden>: meting van {formatDate(measurement.date)}</VisuallyHidden>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MeasurementForm target={target} />
    </section>
  );
}
