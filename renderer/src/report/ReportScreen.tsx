import { useEffect } from 'react';
import { useParams } from 'react-router';
import { DateSchema } from '../../../shared/domain/fields';
import { formatPeriod } from '../../../shared/format';
import { invoke } from '../api/client';
import { AgendaLoading } from '../components/AgendaLoading';
import { AppHeader } from '../components/AppHeader';
import { DateField } from '../components/DateField';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { CycleNav } from '../plan/CycleNav';
import { FileExportButton } from '../exchange/FileExportButton';
import { ReportActions } from './ReportActions';
import { ReportBasis } from './ReportBasis';
import { ReportEvaluation } from './ReportEvaluation';
import { ReportGlance } from './ReportGlance';
import { ReportJobs } from './ReportJobs';
import { ReportTargets } from './ReportTargets';
import { useReport } from './useReport';
import './report.css';

/** The voortgangsrapportage of one agenda on a peildatum, in the sections and words of the Word document. */
export function ReportScreen() {
  const { agendaId = '' } = useParams();
  const { report, loadError, choose } = useReport(agendaId);
  useDocumentTitle(report ? `Voortgangsrapportage: ${report.title}` : loadError ? 'Werkagenda niet gevonden' : 'Voortgangsrapportage');

  const loaded = report !== null;
  useEffect(() => {
    if (loaded) document.getElementById('kop-rapportage')?.focus();
  }, [loaded]);

  if (!report) return <AgendaLoading error={loadError} />;

  return (
    <>
      <AppHeader />
      <main className="wa-page wa-report" id="inhoud" tabIndex={-1}>
        <div className="wa-agenda-header">
          <h1 className="utrecht-heading-1" id="kop-rapportage" tabIndex={-1}>Voortgangsrapportage: {report.title}</h1>
          <dl className="wa-facts">
            <div><dt>Sector</dt><dd>{report.sectorName}</dd></div>
            <div><dt>Periode</dt><dd>{formatPeriod(report.startYear, report.endYear)}</dd></div>
          </dl>
          <CycleNav agendaId={report.agendaId} />
        </div>
        <div className="wa-report-controls">
          <DateField id="rapport-peildatum" label="Peildatum" value={report.peildatum} schema={DateSchema} onSave={choose} />
          <FileExportButton label="Exporteren naar Word" hiddenLabel="(voortgangsrapportage)" kind="docx" doneText="Word-document gemaakt"
            make={() => invoke('report.exportDocx', { agendaId: report.agendaId, peildatum: report.peildatum })} />
        </div>
        <ReportBasis report={report} />
        <ReportGlance report={report} />
        <ReportTargets report={report} />
        <ReportActions report={report} />
        <ReportJobs report={report} />
        <ReportEvaluation report={report} />
      </main>
    </>
  );
}
