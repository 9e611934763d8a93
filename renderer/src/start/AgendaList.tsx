import { useState } from 'react';
import type { AgendaSummary } from '../../../shared/domain/agenda';
import { formatPeriod } from '../../../shared/format';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { AgendaTable } from './AgendaTable';

interface Props {
  agendas: AgendaSummary[];
  onDelete: (agenda: AgendaSummary) => void;
}

/** All agendas, one table per sector, newest period first (the order agenda.list returns). */
export function AgendaList({ agendas, onDelete }: Props) {
  const [toDelete, setToDelete] = useState<AgendaSummary | null>(null);
  const bySector = new Map<string, AgendaSummary[]>();
  for (const agenda of agendas) bySector.set(agenda.sectorName, [...(bySector.get(agenda.sectorName) ?? []), agenda]);

  return (
    <section aria-labelledby="kop-alle-agendas">
      <h2 className="utrecht-heading-2" id="kop-alle-agendas">Alle werkagenda’s</h2>
      {agendas.length === 0 ? <p className="utrecht-paragraph">Er zijn nog geen werkagenda’s. Maak hiernaast de eerste.</p> : null}
      {[...bySector].map(([sector, items]) => (
        <AgendaTable key={sector} sector={sector} agendas={items} onDelete={setToDelete} />
      ))}
      <ConfirmDialog
        open={toDelete !== null}
        title="Werkagenda verwijderen?"
        confirmLabel="Verwijderen"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (toDelete) onDelete(toDelete);
          setToDelete(null);
        }}
      >
        {toDelete ? `U verwijdert “${toDelete.title}” (${toDelete.sectorName}, ${formatPeriod(toDelete.startYear, toDelete.endYear)}). U kunt de werkagenda daarna nog terugzetten.` : ''}
      </ConfirmDialog>
    </section>
  );
}
