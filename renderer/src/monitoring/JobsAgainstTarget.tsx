import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { JobsOverview } from '../../../shared/domain/jobs';
import { formatDate, formatNumber, formatPercent } from '../../../shared/format';
import { realisationRows, requiredPerYear, yearsOf } from '../../../shared/jobsTable';
import { errorMessage, invoke } from '../api/client';

/** The latest realised jobs against their target, in one sentence, with the way to the details. */
export function JobsAgainstTarget({ agendaId }: { agendaId: string }) {
  const [jobs, setJobs] = useState<JobsOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    invoke('jobs.get', { agendaId }).then(setJobs, (failure: unknown) => setError(errorMessage(failure)));
  }, [agendaId]);

  const required = jobs ? requiredPerYear(yearsOf(jobs.agenda.startYear, jobs.agenda.endYear), jobs.employers, jobs.quotumPercentages) : [];
  const latest = jobs ? realisationRows(jobs.realised, required, jobs.agenda.jobGoals).filter((row) => row.realised !== null).at(-1) : undefined;
  const behind = latest?.behind !== null && latest?.behind !== undefined && latest.behind > 0;

  return (
    <div className={behind ? 'wa-jobs-summary wa-jobs-summary--behind' : 'wa-jobs-summary'}>
      <h3 className="utrecht-heading-3">Banen tegenover doel</h3>
      <p className="utrecht-paragraph">
        {error ?? (!jobs ? 'Bezig met laden…' : !latest ? 'Nog geen gerealiseerde banen vastgelegd.'
          : latest.target === null
            ? `${formatNumber(latest.realised ?? 0)} banen gerealiseerd op ${formatDate(latest.date)}; er is geen doel voor dat jaar.`
            : `${formatNumber(latest.realised ?? 0)} banen gerealiseerd op ${formatDate(latest.date)}, tegenover een doel van ${formatNumber(latest.target.value, 1)}`
              + (latest.share === null ? '.' : ` (${formatPercent(latest.share)})`)
              + (behind ? `: ${formatNumber(latest.behind ?? 0, 1)} banen achter.` : latest.share === null ? '' : ': doel gehaald.'))}
      </p>
      <p className="utrecht-paragraph"><Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${agendaId}/banen`}>Naar banen en quotum</Link></p>
    </div>
  );
}
