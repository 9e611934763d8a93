import { useEffect, useRef } from 'react';
import { Button } from '../components/Button';
import type { CellDetail } from './useOverleg';
import { countWords } from '../../../shared/format';

/** The actions behind the selected cell of the matrix, with their descriptions; focus moves here when a cell is opened. */
export function CellActions({ detail, onBack }: { detail: CellDetail; onBack: () => void }) {
  const region = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { typeId, typeName, agenda, label, actions } = detail;

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    // The whole list in view when it fits, its top when it does not; the matrix stays above it.
    region.current?.scrollIntoView({ block: 'nearest' });
  }, [typeId, agenda.agendaId]);

  return (
    <div className="wa-overleg-cell" role="region" aria-labelledby="kop-overleg-cel" ref={region}>
      <h3 className="utrecht-heading-3" id="kop-overleg-cel" tabIndex={-1} ref={heading}>
        Type {typeId} bij {label}: {countWords(actions.length, 'actie', 'acties')}
      </h3>
      <p className="utrecht-paragraph wa-overleg-cell__context">{typeId}. {typeName} · {agenda.title}</p>
      {actions.length === 0 ? (
        <p className="utrecht-paragraph">De werkagenda van {agenda.sectorName} heeft geen acties van dit type.</p>
      ) : (
        <ul className="wa-plain-list wa-overleg-cell__list">
          {actions.map((action) => (
            <li key={action.id} className="wa-overleg-cell__action">
              <h4 className="utrecht-heading-4">{action.title}</h4>
              <p className="utrecht-paragraph wa-overleg-cell__type">
                {action.primaryTypeId === typeId ? 'Hoofdtype van de actie' : `Extra actietype; hoofdtype is ${action.primaryTypeId}`}
              </p>
              {action.description.trim() !== ''
                ? <p className="utrecht-paragraph wa-overleg-cell__description">{action.description}</p>
                : <p className="utrecht-paragraph wa-muted">Geen beschrijving.</p>}
            </li>
          ))}
        </ul>
      )}
      <Button appearance="subtle" onClick={onBack}>Terug naar de matrix</Button>
    </div>
  );
}
