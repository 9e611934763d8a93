import { useCallback, useRef, useState } from 'react';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { MutationChannel } from './EditorContext';

/** Channels that change nothing a signature covers, so they need no warning. */
const outsideSignedContent: ReadonlySet<MutationChannel> = new Set<MutationChannel>(['agenda.linkPredecessor']);

export const cancelledMessage = 'Niet opgeslagen: u hebt de wijziging geannuleerd. De werkagenda is nog zoals vastgesteld.';

/**
 * Before the first change of a vastgestelde agenda, ask: it makes a new concept, and the
 * signatures hold for the vastgestelde version only. Asked once per visit of the editor;
 * after the change the agenda is a concept and is not asked about again.
 */
export function useChangeGuard(agenda: AgendaDetail | null) {
  const [asking, setAsking] = useState<((go: boolean) => void) | null>(null);
  const agreed = useRef(false);
  // Read at the moment of the change, so `allow` (and every save built on it) stays the same function.
  const status = useRef(agenda?.status);
  status.current = agenda?.status;

  const allow = useCallback((channel: MutationChannel): Promise<boolean> => {
    if (status.current !== 'vastgesteld' || agreed.current || outsideSignedContent.has(channel)) return Promise.resolve(true);
    return new Promise((resolve) => setAsking(() => resolve));
  }, []);

  const answer = (go: boolean) => {
    agreed.current = go;
    asking?.(go);
    setAsking(null);
  };

  const dialog = (
    <ConfirmDialog
      open={asking !== null}
      title="Een vastgestelde werkagenda wijzigen?"
      confirmLabel="Wijzigen en een nieuw concept maken"
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    >
      Deze werkagenda is vastgesteld: alle verplichte ondertekenaars hebben haar ondertekend. Met deze wijziging ontstaat een nieuw concept.
      De handtekeningen blijven gelden voor de vastgestelde versie, niet voor het concept; het concept moet opnieuw ter ondertekening worden aangeboden.
    </ConfirmDialog>
  );
  return { allow, dialog };
}
