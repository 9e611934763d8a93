import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../../shared/api';
import { usedQuotumPercentages } from '../../../shared/agendaQuotum';
import type { JobsOverview } from '../../../shared/domain/jobs';
import { errorMessage, invoke } from '../api/client';

/** The channels that change an agenda's jobs and answer with the whole overview. */
export type JobsChannel = 'employer.create' | 'employer.rename' | 'employer.delete' | 'employerHours.set' | 'realisedJobs.create' | 'realisedJobs.delete';
export type QuotumChannel = 'quotum.set' | 'quotum.add' | 'quotum.delete';

export type Status = { kind: 'saved' | 'saving' | 'error'; message: string };

/** Loads the overview, runs mutations one after another, and keeps a status line for role="status". */
export function useJobs(agendaId: string) {
  const [jobs, setJobs] = useState<JobsOverview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'saved', message: '' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    setJobs(null);
    invoke('jobs.get', { agendaId }).then(
      (loaded) => current && setJobs(loaded),
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId]);

  const run = useCallback(<C extends JobsChannel | QuotumChannel>(channel: C, input: ApiInput<C>, done: string): Promise<string | null> => {
    setStatus({ kind: 'saving', message: 'Bezig met opslaan…' });
    const task = async (): Promise<string | null> => {
      try {
        const answer = (await invoke(channel, input)) as ApiOutput<C>;
        if ('agenda' in answer) setJobs(answer);
        // The answer is this installation's list; an imported agenda keeps its file's percentages on top.
        else setJobs((previous) => (previous ? { ...previous, quotumPercentages: usedQuotumPercentages(answer.quotumPercentages, previous.fileQuotum?.percentages ?? []) } : previous));
        setStatus({ kind: 'saved', message: done });
        return null;
      } catch (error) {
        const message = errorMessage(error);
        setStatus({ kind: 'error', message: `Niet opgeslagen: ${message}` });
        return message;
      }
    };
    const result = queue.current.then(task, task);
    queue.current = result;
    return result;
  }, []);

  return { jobs, loadError, status, run };
}

export type Run = ReturnType<typeof useJobs>['run'];
