import { useState } from 'react';
import type { ColumnOrder } from '../../../shared/overleg';
import { Button } from '../components/Button';
import { SelectField } from '../components/SelectField';
import { CellActions } from './CellActions';
import { TypeMatrixGrid, cellButtonId } from './TypeMatrixGrid';
import { TypeMatrixTable } from './TypeMatrixTable';
import type { Overleg, OverlegView, SelectedCell } from './useOverleg';

const columnOrders: { value: ColumnOrder; label: string }[] = [
  { value: 'given', label: 'In de vaste volgorde' },
  { value: 'score', label: 'Hoogste score eerst' },
  { value: 'sector', label: 'Op naam' },
];

type Layout = 'matrix' | 'tabel';

/**
 * Seed 003 chapter 4 at once: the action types as rows, a column per sector,
 * how many agendas use each type and each agenda's score. The matrix lets you
 * open a cell; the plain table says the same for a screen reader and sorts.
 */
export function TypeMatrixSection({ overleg, view }: { overleg: Overleg; view: OverlegView }) {
  const [layout, setLayout] = useState<Layout>('matrix');
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  const detail = overleg.cellDetail(selected);

  return (
    <section className="wa-section wa-overleg-matrix-section" aria-labelledby="kop-overleg-matrix">
      <h2 className="utrecht-heading-2" id="kop-overleg-matrix" tabIndex={-1}>Actietypen per sector</h2>
      <p className="utrecht-paragraph">
        Per actietype het aantal acties in de werkagenda van elke sector. De laatste kolom telt in hoeveel werkagenda’s het type voorkomt.
        De onderste regel is de score van elke werkagenda: het aantal verschillende actietypen.
      </p>
      <div className="wa-overleg-matrix-controls">
        <SelectField
          id="overleg-kolomvolgorde"
          label="Volgorde van de sectoren"
          value={overleg.columnOrder}
          options={columnOrders}
          onSave={async (value) => {
            overleg.setColumnOrder(value as ColumnOrder);
            return null;
          }}
        />
        <div className="wa-overleg-layout" role="group" aria-label="Weergave">
          <Button appearance={layout === 'matrix' ? 'primary' : 'secondary'} aria-pressed={layout === 'matrix'} onClick={() => setLayout('matrix')}>Als matrix</Button>
          <Button appearance={layout === 'tabel' ? 'primary' : 'secondary'} aria-pressed={layout === 'tabel'} onClick={() => setLayout('tabel')}>Als tabel</Button>
        </div>
      </div>

      {layout === 'matrix' ? (
        <>
          <p className="utrecht-paragraph wa-overleg-hint" id="overleg-matrix-uitleg">
            Kies een getal om de acties erachter te zien. Met de pijltjestoetsen gaat u van cel naar cel; Enter of spatie opent de cel.
          </p>
          <TypeMatrixGrid matrix={view.matrix} labels={view.columnLabels} selected={selected} onSelect={setSelected} />
          {detail ? (
            <CellActions
              detail={detail}
              onBack={() => document.getElementById(cellButtonId(detail.typeId, detail.agenda.agendaId))?.focus()}
            />
          ) : null}
        </>
      ) : (
        <TypeMatrixTable matrix={view.table} labels={view.columnLabels} rowOrder={overleg.rowOrder} onSort={overleg.setRowOrder} />
      )}
    </section>
  );
}
