import { memo } from 'react';
import type { Action, Knelpunt, Target } from '../../../../shared/domain/agenda';
import type { Period } from '../../../../shared/planning';
import { useReference } from '../../api/ReferenceContext';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { TargetList } from '../targets/TargetList';
import { useEditorActions } from '../EditorContext';
import { ActionFields } from './ActionFields';
import { ActionLinks } from './ActionLinks';
import { ActionPlanning } from './ActionPlanning';
import { countRender } from './renderCount';

interface Props {
  action: Action;
  open: boolean;
  openGaps: number;
  /** Only an open card shows its targets and the knelpunten to link; a closed one gets the same empty lists every time. */
  targets: readonly Target[];
  knelpunten: readonly Knelpunt[];
  /** The agenda's years, the same object until they change. */
  period: Period;
  onDelete: (action: Action) => void;
}

/**
 * One action: a summary line (type, completeness) and, when opened, all its fields.
 * Memoised, and reading no context that changes with the agenda: a save renders the
 * card it changed, not the other hundreds.
 */
export const ActionCard = memo(function ActionCard({ action, open, openGaps, targets, knelpunten, period, onDelete }: Props) {
  countRender('ActionCard');
  const { setActionOpen } = useEditorActions();
  const { actionTypes } = useReference();
  const type = actionTypes.find((candidate) => candidate.id === action.primaryTypeId);
  const bodyId = `actie-details-${action.id}`;
  return (
    <article className="wa-card wa-item wa-action" id={`item-${action.id}`} tabIndex={-1} aria-labelledby={`kop-actie-${action.id}`}>
      <div className="wa-action__summary">
        <div>
          <h3 className="utrecht-heading-3" id={`kop-actie-${action.id}`}>{action.title}</h3>
          <p className="utrecht-paragraph wa-action__meta">
            <span>Actietype {action.primaryTypeId}{type ? `: ${type.name}` : ''}</span>
            <span className={`utrecht-status-badge ${openGaps === 0 ? 'wa-badge--ok' : 'wa-badge--open'}`}>
              {openGaps === 0 ? 'Compleet' : openGaps === 1 ? '1 open punt' : `${openGaps} open punten`}
            </span>
          </p>
        </div>
        <Button appearance="secondary" aria-expanded={open} aria-controls={bodyId} onClick={() => setActionOpen(action.id, !open)}>
          {open ? 'Inklappen' : 'Bewerken'}<VisuallyHidden>: {action.title}</VisuallyHidden>
        </Button>
      </div>
      <div id={bodyId} hidden={!open} className="wa-action__body">
        {open ? (
          <>
            <ActionFields action={action} />
            <ActionPlanning action={action} period={period} />
            <ActionLinks action={action} knelpunten={knelpunten} />
            <h4 className="utrecht-heading-4">Meetbare doelen van deze actie</h4>
            <TargetList agendaId={action.agendaId} actionId={action.id} targets={targets} />
            <Button appearance="danger-subtle" onClick={() => onDelete(action)}>
              Actie verwijderen<VisuallyHidden>: {action.title}</VisuallyHidden>
            </Button>
          </>
        ) : null}
      </div>
    </article>
  );
});
