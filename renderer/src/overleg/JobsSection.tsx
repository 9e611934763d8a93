import type { SectorJobs } from '../../../shared/overleg';
import { formatDate, formatNumber, formatPercent } from '../../../shared/format';
import { comparisonWords, jobsTargetRule, targetSourceLabels } from '../../../shared/jobsTable';
import { JobsChart } from './JobsChart';
import type { OverlegView } from './useOverleg';

/** "56,3 (doel van de werkagenda)", or the reason there is no number. */
const target = (row: SectorJobs) => (row.target === null ? `Geen doel voor ${row.year}` : `${formatNumber(row.target.value, 1)} (${targetSourceLabels[row.target.source]})`);

/** Jobs per sector: the latest realised figure against the agenda's goal of that year, as a chart and as a table with the same figures. */
export function JobsSection({ view }: { view: OverlegView }) {
  const label = (row: SectorJobs) => view.columnLabels.get(row.agendaId) ?? row.sectorName;
  return (
    <section className="wa-section" aria-labelledby="kop-overleg-banen">
      <h2 className="utrecht-heading-2" id="kop-overleg-banen" tabIndex={-1}>Banen per sector</h2>
      <p className="utrecht-paragraph">
        Per sector het laatst vastgelegde aantal gerealiseerde banen (regulier, zonder inkoop en SROI), naast het doel voor het jaar van die peildatum.
        Het zijn dezelfde cijfers als op het scherm Banen en quotum van de sector. Zonder peildatum staat het doel van het laatste jaar van de periode er. {jobsTargetRule}
      </p>
      <JobsChart rows={view.jobs} label={label} />
      <div className="wa-table-wrapper">
        <table className="utrecht-table utrecht-table--html-table wa-overleg-jobs">
          <caption className="wa-caption">Gerealiseerde banen tegenover het doel per sector</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Sector</th>
              <th className="utrecht-table__header-cell wa-numeric" scope="col">Jaar van het doel</th>
              <th className="utrecht-table__header-cell wa-numeric" scope="col">Doel (banen)</th>
              <th className="utrecht-table__header-cell wa-numeric" scope="col">Gerealiseerd</th>
              <th className="utrecht-table__header-cell" scope="col">Peildatum</th>
              <th className="utrecht-table__header-cell wa-numeric" scope="col">Percentage</th>
              <th className="utrecht-table__header-cell wa-numeric" scope="col">Achterstand</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {view.jobs.map((row) => (
              <tr className="utrecht-table__row" key={row.agendaId}>
                <th className="utrecht-table__cell wa-row-title" scope="row">{label(row)}</th>
                <td className="utrecht-table__cell wa-numeric">{row.year}</td>
                <td className={`utrecht-table__cell wa-numeric${row.target === null ? ' wa-muted' : ''}`}>{target(row)}</td>
                <td className={`utrecht-table__cell wa-numeric${row.realised === null ? ' wa-muted' : ''}`}>{row.realised === null ? 'Nog geen cijfer' : formatNumber(row.realised)}</td>
                <td className="utrecht-table__cell">{row.row === null ? <span className="wa-muted">Geen</span> : <><span className="wa-nowrap">{formatDate(row.row.date)}</span>{row.row.beforeYearEnd && row.row.target ? <span className="wa-muted wa-note"> ({comparisonWords(row.row)})</span> : null}</>}</td>
                <td className={`utrecht-table__cell wa-numeric${row.share === null ? ' wa-muted' : ''}`}>{row.share === null ? 'Niet te berekenen' : formatPercent(row.share)}</td>
                <td className={`utrecht-table__cell wa-numeric${row.behind === null ? ' wa-muted' : ''}`}>
                  {row.behind === null ? 'Niet te berekenen' : row.behind === 0 ? 'Doel gehaald' : formatNumber(row.behind, 1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
