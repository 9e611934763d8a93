import { AgendaLoading } from '../components/AgendaLoading';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { formatPeriod } from '../../../shared/format';
import { jobsFigures } from '../../../shared/jobsTable';
import { AppHeader } from '../components/AppHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { CycleNav } from '../plan/CycleNav';
import { EmployersSection } from './EmployersSection';
import { QuotumSection } from './QuotumSection';
import { RealisationSection } from './RealisationSection';
import { RealisedSection } from './RealisedSection';
import { useJobs } from './useJobs';

/** Banen en quotum for one agenda: quotum percentages, employers and their hours, realised jobs, and realisation against target. */
export function JobsScreen() {
  const { agendaId = '' } = useParams();
  const { jobs, loadError, status, run } = useJobs(agendaId);
  const [suggestedYear, setSuggestedYear] = useState('');
  const clearSuggestedYear = useCallback(() => setSuggestedYear(''), []);
  useDocumentTitle(jobs ? `Banen en quotum: ${jobs.agenda.title}` : loadError ? 'Werkagenda niet gevonden' : 'Banen en quotum');

  const figures = useMemo(() => (jobs ? jobsFigures({ ...jobs.agenda, ...jobs }) : null), [jobs]);

  if (!jobs || !figures) {
    return <AgendaLoading error={loadError} />;
  }

  return (
    <>
      <AppHeader>
        <p role="status" className={`wa-save-status wa-save-status--${status.kind}`}>{status.message}</p>
      </AppHeader>
      <main className="wa-page wa-jobs" id="inhoud" tabIndex={-1}>
        <h1 className="utrecht-heading-1" id="kop-banen" tabIndex={-1}>Banen en quotum: {jobs.agenda.title}</h1>
        <dl className="wa-facts">
          <div><dt>Sector</dt><dd>{jobs.agenda.sectorName}</dd></div>
          <div><dt>Periode</dt><dd>{formatPeriod(jobs.agenda.startYear, jobs.agenda.endYear)}</dd></div>
        </dl>
        <CycleNav agendaId={jobs.agenda.id} />
        <QuotumSection percentages={jobs.quotumPercentages} fileQuotum={jobs.fileQuotum} run={run} suggestedYear={suggestedYear} onSuggestedYearUsed={clearSuggestedYear} />
        <EmployersSection jobs={jobs} required={figures.required} run={run} onMissingPercentage={(year) => setSuggestedYear(String(year))} />
        <RealisedSection jobs={jobs} run={run} />
        <RealisationSection figures={figures} startYear={jobs.agenda.startYear} endYear={jobs.agenda.endYear} />
      </main>
    </>
  );
}
