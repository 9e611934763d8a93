import { useState } from 'react';
import type { LookbackInfo } from '../../../shared/domain/cycle';
import { formatPeriod } from '../../../shared/format';
import { Button } from '../components/Button';
import { describedBy, FormField } from '../components/FormField';
import { useEditor } from '../plan/EditorContext';

/** "Vorige werkagenda koppelen": a choice of the agendas the rules allow (shared/cycle/predecessorLink.ts); the core checks again. */
export function PredecessorLinkForm({ candidates, onRefused }: { candidates: LookbackInfo['candidates']; onRefused: () => void }) {
  const { agenda, save } = useEditor();
  const [picked, setPicked] = useState(candidates[0]?.id ?? '');
  // After a reload the picked agenda may no longer be offered.
  const chosen = candidates.some((candidate) => candidate.id === picked) ? picked : candidates[0]?.id ?? '';
  const [error, setError] = useState<string | null>(null);
  const fieldId = 'veld-vorige-werkagenda';

  if (candidates.length === 0) {
    return (
      <p className="utrecht-paragraph wa-muted">
        Er is geen werkagenda van {agenda.sectorName} die vóór {agenda.startYear} afloopt en nog geen volgende werkagenda heeft. Een vorige werkagenda koppelen kan dus niet.
      </p>
    );
  }

  const submit = async () => {
    const result = await save('agenda.linkPredecessor', { id: agenda.id, predecessorId: chosen });
    setError(result.ok ? null : result.error);
    if (!result.ok) {
      document.getElementById(fieldId)?.focus();
      onRefused();
    }
  };

  return (
    <form className="wa-add-inline wa-row wa-row--wrap" aria-label="Vorige werkagenda koppelen" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <FormField id={fieldId} label="Vorige werkagenda" description={`Werkagenda’s van ${agenda.sectorName} die vóór ${agenda.startYear} aflopen.`} error={error} kind="select">
        <select id={fieldId} className="utrecht-select utrecht-select--html-select" value={chosen}
          {...describedBy(fieldId, true, error)} onChange={(event) => setPicked(event.target.value)}>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>{candidate.title} ({formatPeriod(candidate.startYear, candidate.endYear)})</option>
          ))}
        </select>
      </FormField>
      <Button appearance="secondary" type="submit">Vorige werkagenda koppelen</Button>
    </form>
  );
}
