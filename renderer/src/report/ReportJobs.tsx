import type { ProgressReport } from '../../../shared/domain/report';
import { jobsTargetRule } from '../../../shared/jobsTable';
import {
  employerCells, employerHeaders, inkoopSentence, noEmployers, noRealisation, realisationCells, realisationHeaders, reportHeadings as H,
} from '../../../shared/report/words';
import { SimpleTable } from './SimpleTable';

/** Jobs: the figure against the goal, per employer, per reference date, inkoop apart, and whether the actions are enough. */
export function ReportJobs({ report }: { report: ProgressReport }) {
  const { jobs } = report;
  return (
    <section className="wa-section" aria-labelledby="kop-rapport-banen">
      <h2 className="utrecht-heading-2" id="kop-rapport-banen">{H.jobs}</h2>
      <p className="utrecht-paragraph">{jobs.sentence}</p>
      <p className="utrecht-paragraph wa-muted">{jobsTargetRule}</p>
      <h3 className="utrecht-heading-3">{H.employers} in {jobs.year}</h3>
      {jobs.employers.length === 0 ? <p className="utrecht-paragraph">{noEmployers}</p>
        : <SimpleTable caption={`${H.employers} in ${jobs.year}`} headers={employerHeaders(jobs.year)} rows={jobs.employers.map(employerCells)} numeric={[1, 3, 4, 5]} />}
      <h3 className="utrecht-heading-3">{H.realisation}</h3>
      {jobs.rows.length === 0 ? <p className="utrecht-paragraph">{noRealisation}</p>
        : <SimpleTable caption={H.realisation} headers={realisationHeaders} rows={jobs.rows.map(realisationCells)} numeric={[1, 2, 3, 5, 6]} />}
      <h3 className="utrecht-heading-3">{H.inkoop}</h3>
      <p className="utrecht-paragraph">{inkoopSentence(report)}</p>
      <h3 className="utrecht-heading-3">{H.prognosis}</h3>
      <p className="utrecht-paragraph">{jobs.prognosis.sentence}</p>
    </section>
  );
}
