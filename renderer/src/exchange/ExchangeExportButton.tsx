import { invoke } from '../api/client';
import { FileExportButton } from './FileExportButton';

/** "Uitwisselbestand exporteren": the agenda with its versions, remarks and signatures as one .werkagenda file. */
export function ExchangeExportButton({ agendaId, onExported }: { agendaId: string; onExported?: () => void }) {
  return (
    <FileExportButton
      label="Uitwisselbestand exporteren"
      kind="werkagenda"
      make={() => invoke('exchange.export', { agendaId })}
      doneText="Uitwisselbestand gemaakt"
      onSaved={onExported}
    />
  );
}
