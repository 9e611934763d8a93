import { actionStatuses, actionStatusLabels, type AgendaProgress } from '../../../shared/domain/monitoring';
import { formatNumber } from '../../../shared/format';
import { attentionSummary, followUpRule } from '../../../shared/progress';
import { targetStatusLabels, targetStatusRule, type TargetStatus } from '../../../shared/targetStatus';
import { Button } from '../components/Button';
import { focusWhenReady } from '../focus';
import { JobsAgainstTarget } from './JobsAgainstTarget';

const targetStatuses: TargetStatus[] = ['behaald', 'op_koers', 'achter', 'geen_gegevens'];

/** Actions by status, targets by status, and what asks for attention (with the rules in words). */
export function ProgressOverview({ progress }: { progress: AgendaProgress }) {
  const { actionsByStatus, targetsByStatus, attention } = progress.overview;
  return (
    <section className="wa-section wa-progress-overview" aria-labelledby="kop-overzicht">
      <h2 className="utrecht-heading-2" id="kop-overzicht">Overzicht</h2>
      <div className="wa-progress-overview__counts">
        <div>
          <h3 className="utrecht-heading-3">Acties per status</h3>
          <dl className="wa-counts">
            {actionStatuses.map((status) => (
              <div key={status}><dt>{actionStatusLabels[status]}</dt><dd>{formatNumber(actionsByStatus[status])}</dd></div>
            ))}
          </dl>
        </div>
        <div>
          <h3 className="utrecht-heading-3">Doelen per status</h3>
          <dl className="wa-counts">
            {targetStatuses.map((status) => (
              <div key={status} className={`wa-counts__item--${status}`}><dt>{targetStatusLabels[status]}</dt><dd>{formatNumber(targetsByStatus[status])}</dd></div>
            ))}
          </dl>
        </div>
      </div>
      <JobsAgainstTarget agendaId={progress.agendaId} />

      <h3 className="utrecht-heading-3" id="kop-aandacht">Vraagt aandacht</h3>
      <p className="utrecht-paragraph" id="aandacht-samenvatting">{attentionSummary(progress.overview)}</p>
      {attention.length === 0 ? null : (
        <ul className="wa-attention" aria-labelledby="kop-aandacht">
          {attention.map((item) => (
            <li className="wa-attention__item" key={`${item.kind}-${item.id}`}>
              <p className="utrecht-paragraph wa-attention__title">
                <strong>{item.kind === 'target' ? `Doel: ${item.title}` : `Actie: ${item.title}`}</strong>
                {item.kind === 'target' ? (item.actionTitle ? ` (actie ${item.actionTitle})` : ' (doel van de werkagenda)') : ''}
              </p>
              <p className="utrecht-paragraph">{item.reason}</p>
              <Button appearance="subtle" onClick={() => focusWhenReady(item.kind === 'target' ? `doel-${item.id}` : `item-${item.id}`)}>
                {item.kind === 'target' ? 'Naar het doel' : 'Naar de actie'}<span className="wa-visually-hidden">: {item.title}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}

      <div className="wa-rules">
        <h3 className="utrecht-heading-3">Hoe bepalen we dit?</h3>
        <p className="utrecht-paragraph"><strong>Status van een doel.</strong> {targetStatusRule}</p>
        <p className="utrecht-paragraph"><strong>Vervolg.</strong> {followUpRule}</p>
      </div>
    </section>
  );
}
