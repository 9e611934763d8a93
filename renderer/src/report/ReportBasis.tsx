import type { ProgressReport } from '../../../shared/domain/report';
import { peildatumRule } from '../../../shared/report/peildatum';
import { Fingerprint } from '../signoff/Fingerprint';

/** What the report is about: CONCEPT on a draft, or the vastgestelde version with its fingerprint. */
export function ReportBasis({ report }: { report: ProgressReport }) {
  return (
    <>
      {report.basis.kind === 'concept' ? (
        <div className="utrecht-alert utrecht-alert--warning wa-report-concept">
          <p className="utrecht-paragraph"><strong>Concept:</strong> {report.basisText.replace(/^CONCEPT: /, '')}</p>
        </div>
      ) : (
        <p className="utrecht-paragraph">
          Versie {report.basis.number}, controlecode <Fingerprint value={report.basis.fingerprint} />. {report.basisText}
        </p>
      )}
      {report.peildatumIsDefault ? <p className="utrecht-paragraph wa-muted">{peildatumRule}</p> : null}
    </>
  );
}
