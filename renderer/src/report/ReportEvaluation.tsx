import type { ProgressReport } from '../../../shared/domain/report';
import { evaluationResultWords, noEvaluation, noKnelpunten, reportHeadings as H } from '../../../shared/report/words';
import { SimpleTable } from './SimpleTable';

/** The evaluation per action and the knelpunten found during the cycle, where written. */
export function ReportEvaluation({ report }: { report: ProgressReport }) {
  return (
    <>
      <section className="wa-section" aria-labelledby="kop-rapport-evaluatie">
        <h2 className="utrecht-heading-2" id="kop-rapport-evaluatie">{H.evaluation}</h2>
        {report.evaluations.length === 0 ? <p className="utrecht-paragraph">{noEvaluation}</p> : (
          <SimpleTable caption={H.evaluation} headers={['Actie', 'Werkte de actie?', 'Waarom', 'Wat hebben we geleerd?']}
            rows={report.evaluations.map((item) => [item.actionTitle, evaluationResultWords(item.result), item.why || '–', item.lesson || '–'])} />
        )}
      </section>
      <section className="wa-section" aria-labelledby="kop-rapport-knelpunten">
        <h2 className="utrecht-heading-2" id="kop-rapport-knelpunten">{H.knelpunten}</h2>
        {report.foundKnelpunten.length === 0 ? <p className="utrecht-paragraph">{noKnelpunten}</p> : (
          <SimpleTable caption={H.knelpunten} headers={['Knelpunt', 'Beschrijving', 'Oorzaak', 'Gevonden bij']}
            rows={report.foundKnelpunten.map((item) => [item.title, item.description || '–', item.cause || '–', item.actionTitles.join(', ') || '–'])} />
        )}
      </section>
    </>
  );
}
