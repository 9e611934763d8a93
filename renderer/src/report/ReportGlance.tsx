import type { ProgressReport } from '../../../shared/domain/report';
import { formatNumber } from '../../../shared/format';
import { actionCountRule } from '../../../shared/report/actionsAtPeildatum';
import { attentionRule } from '../../../shared/report/attention';
import { noMeasurementsSentence } from '../../../shared/report/progressReport';
import { actionCountRows, noActions, noAttention, noTargets, reportHeadings as H, targetCountRows } from '../../../shared/report/words';

function Counts({ label, items, total }: { label: string; items: { key: string; label: string; count: number }[]; total: number }) {
  return (
    <dl className="wa-counts" aria-label={label}>
      {items.map((item) => <div key={item.key} className={`wa-counts__item--${item.key}`}><dt>{item.label}</dt><dd>{formatNumber(item.count)}</dd></div>)}
      <div><dt>Totaal</dt><dd>{formatNumber(total)}</dd></div>
    </dl>
  );
}

/** The first page of the report: targets, jobs, actions, and the three points that most need attention. */
export function ReportGlance({ report }: { report: ProgressReport }) {
  const { targets, actions, attention } = report.glance;
  return (
    <section className="wa-section" aria-labelledby="kop-oogopslag">
      <h2 className="utrecht-heading-2" id="kop-oogopslag">{H.glance}</h2>
      <h3 className="utrecht-heading-3">{H.glanceTargets}</h3>
      {targets.total === 0 ? <p className="utrecht-paragraph">{noTargets}</p>
        : report.hasMeasurements ? <Counts label="Doelen per status" total={targets.total} items={targetCountRows.map((row) => ({ key: row.status, label: row.label, count: targets[row.status] }))} />
          : <p className="utrecht-paragraph">{noMeasurementsSentence(report.peildatum)}</p>}
      <h3 className="utrecht-heading-3">{H.glanceJobs}</h3>
      <p className="utrecht-paragraph">{report.jobs.sentence}</p>
      <h3 className="utrecht-heading-3">{H.glanceActions}</h3>
      {actions.total === 0 ? <p className="utrecht-paragraph">{noActions}</p>
        : <Counts label="Acties op de peildatum" total={actions.total} items={actionCountRows.map((row) => ({ key: row.category, label: row.label, count: actions[row.category] }))} />}
      <p className="utrecht-paragraph wa-muted">{actionCountRule}</p>
      <h3 className="utrecht-heading-3" id="kop-rapport-aandacht">{H.attention}</h3>
      {attention.length === 0 ? <p className="utrecht-paragraph">{noAttention}</p> : (
        <ol className="wa-report-attention" aria-labelledby="kop-rapport-aandacht">
          {attention.map((point) => <li key={`${point.kind}-${point.title}`}><strong>{point.title}:</strong> {point.reason}</li>)}
        </ol>
      )}
      <p className="utrecht-paragraph wa-muted">{attentionRule}</p>
    </section>
  );
}
