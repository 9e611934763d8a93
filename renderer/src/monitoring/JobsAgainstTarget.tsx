import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { JobsOverview } from '../../../shared/domain/jobs';
import { jobsFigures, jobsSentence } from '../../../shared/jobsTable';
import { errorMessage, invoke } from '../api/client';

/** The latest realised jobs against their target, in one sentence, with the way to the details. */
export function JobsAgainstTarget({ agendaId }: { agendaId: string }) {
  const [jobs, setJobs] = useState<JobsOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    invoke('jobs.get', { agendaId }).then(setJobs, (failure: unknown) => setError(errorMessage(failure)));
  }, [agendaId]);

  const latest = jobs ? jobsFigures({ ...jobs.agenda, ...jobs }).latest : null;
  const behind = (latest?.behind ?? 0) > 0;

  return (
    <div className={behind ? 'wa-jobs-summary wa-jobs-summary--behind' : 'wa-jobs-summary'}>
      <h3 className="utrecht-heading-3">Banen tegenover doel</h3>
      <p className="utrecht-paragraph">
        {error ?? (!jobs ? 'Bezig met laden…' : jobsSentence(latest))}
      </p>
      <p className="utrecht-paragraph"><Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${agendaId}/banen`}>Naar banen en quotum</Link></p>
    </div>
  );
}
