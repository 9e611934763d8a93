import { formatDate, formatNumber, formatPercent } from '../../../shared/format';
import { comparisonWords, jobsTargetRule, type JobsFigures } from '../../../shared/jobsTable';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { RealisationChart } from './RealisationChart';

const dash = <><span aria-hidden="true">–</span><VisuallyHidden>onbekend</VisuallyHidden></>;

interface Props {
  figures: JobsFigures;
  startYear: number;
  endYear: number;
}

/** Seed 003's table: per reference date realised, target, percentage and jobs behind; and the same as a chart. */
export function RealisationSection({ figures, startYear, endYear }: Props) {
  const { rows } = figures;
  return (
    <section className="wa-section" aria-labelledby="kop-realisatie">
      <h2 className="utrecht-heading-2" id="kop-realisatie" tabIndex={-1}>Realisatie tegenover doel</h2>
      <p className="utrecht-paragraph">
        {jobsTargetRule} Gerealiseerd is het aantal voor de hele sector. Is dat er niet, dan telt de som van de werkgevers op die peildatum.
      </p>
      {rows.length === 0 ? <p className="utrecht-paragraph wa-muted">Vul gerealiseerde banen in om de realisatie te zien.</p> : (
        <>
          <div className="wa-table-wrapper">
            <table className="utrecht-table utrecht-table--html-table wa-jobs-table" id="tabel-realisatie">
              <caption className="wa-caption utrecht-heading-3">Gerealiseerde banen tegenover het doel per peildatum</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Peildatum</th>
                  <th className="utrecht-table__header-cell wa-numeric" scope="col">Gerealiseerd</th>
                  <th className="utrecht-table__header-cell wa-numeric" scope="col">Doel</th>
                  <th className="utrecht-table__header-cell wa-numeric" scope="col">Percentage</th>
                  <th className="utrecht-table__header-cell wa-numeric" scope="col">Achterstand</th>
                  <th className="utrecht-table__header-cell wa-numeric" scope="col">Via inkoop en SROI (apart)</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {rows.map((row) => (
                  <tr className="utrecht-table__row" key={row.date}>
                    <th className="utrecht-table__cell wa-row-title wa-nowrap" scope="row">{formatDate(row.date)}</th>
                    <td className="utrecht-table__cell wa-numeric">
                      {row.realised === null ? dash : formatNumber(row.realised)}
                      {row.realisedSource === 'werkgevers' ? <span className="wa-muted wa-note"> (som werkgevers)</span> : null}
                    </td>
                    <td className="utrecht-table__cell wa-numeric">
                      {row.target === null ? <span className="wa-muted">geen doel</span> : <>{formatNumber(row.target.value, 1)} <span className="wa-muted wa-note">({comparisonWords(row)})</span></>}
                    </td>
                    <td className="utrecht-table__cell wa-numeric">{row.share === null ? dash : formatPercent(row.share)}</td>
                    <td className="utrecht-table__cell wa-numeric">{row.behind === null ? dash : formatNumber(row.behind, 1)}</td>
                    <td className="utrecht-table__cell wa-numeric">{row.inkoop === null ? dash : formatNumber(row.inkoop)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <RealisationChart figures={figures} startYear={startYear} endYear={endYear} />
        </>
      )}
    </section>
  );
}
