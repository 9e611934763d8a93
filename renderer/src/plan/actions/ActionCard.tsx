import type { Action } from '../../../../shared/domain/agenda';
import { useReference } from '../../api/ReferenceContext';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { TargetList } from '../targets/TargetList';
import { useEditor } from '../EditorContext';
import { ActionFields } from './ActionFields';
import { ActionLinks } from './ActionLinks';
import { ActionPlanning } from './ActionPlanning';

interface Props {
  action: Action;
  openGaps: number;
  onDelete: () => void;
}

/** One action: a summary line (type, completeness) and, when opened, all its fields. */
export function ActionCard({ action, openGaps, onDelete }: Props) {
  const { openActionIds, setActionOpen } = useEditor();
  const { actionTypes } = useReference();
  const open = openActionIds.has(action.id);
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
            <ActionPlanning action={action} />
            <ActionLinks action={action} />
            <h4 className="utrecht-heading-4">Meetbare doelen van deze actie</h4>
            <TargetList actionId={action.id} />
            <Button appearance="danger-subtle" onClick={onDelete}>
              Actie verwijderen<VisuallyHidden>: {action.title}</VisuallyHidden>
            </Button>
          </>
        ) : null}
      </div>
    </article>
  );
}
