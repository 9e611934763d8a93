import { Button } from '../components/Button';
import type { Overleg } from './useOverleg';

/**
 * "Exporteren naar Word" (the whole comparison for the meeting) and the matrix as CSV, for the chosen period and group.
 * While busy the buttons say so with aria-disabled instead of disabled, so focus stays on them.
 */
export function OverlegExports({ overleg }: { overleg: Overleg }) {
  const { exportState: state, exportFile, group } = overleg;
  const busy = state.kind === 'busy';
  const start = (kind: 'docx' | 'csv') => {
    if (!busy) void exportFile(kind);
  };
  return (
    <div className="wa-overleg-exports">
      <p className="utrecht-paragraph wa-overleg-exports__scope" id="overleg-export-uitleg">
        Exporteert de vergelijking van {group ? `de groep “${group.name}”` : 'alle sectoren'}.
      </p>
      <div className="utrecht-button-group wa-overleg-exports__buttons">
        <Button appearance="secondary" aria-disabled={busy || undefined} aria-describedby="overleg-export-uitleg overleg-export-status" onClick={() => start('docx')}>
          Exporteren naar Word
        </Button>
        <Button appearance="secondary" aria-disabled={busy || undefined} aria-describedby="overleg-export-uitleg overleg-export-status" onClick={() => start('csv')}>
          Matrix als CSV
        </Button>
      </div>
      <p id="overleg-export-status" role="status" className={state.kind === 'error' ? 'wa-export__status wa-export__status--error' : 'wa-export__status'}>
        {state.kind === 'busy' ? 'Bezig met exporteren…' : state.kind === 'done' || state.kind === 'error' ? state.message : ''}
      </p>
    </div>
  );
}
