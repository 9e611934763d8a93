import type { OverlegAgenda } from '../../../shared/domain/overleg';
import { countWords } from '../../../shared/format';
import { allKeysConfirmed, vastgesteldWords } from '../../../shared/keys';

/** "Versie 2", or "Concept" for a draft that was never frozen. */
export const revisionLabel = (agenda: Pick<OverlegAgenda, 'revisionNumber'>) => (agenda.revisionNumber === null ? 'Concept' : `Versie ${agenda.revisionNumber}`);

/** "Vastgesteld (2 van 2 sleutels bevestigd), 2 geldige handtekeningen", "Vastgesteld met onbevestigde sleutels (…)", "Ter ondertekening" or "Concept". */
export function signoffLabel({ signoff }: Pick<OverlegAgenda, 'signoff'>): string {
  const words = signoff.keys ? vastgesteldWords(signoff.keys) : 'Vastgesteld, sleutels niet nagegaan';
  return signoff.state === 'vastgesteld' ? `${words}, ${countWords(signoff.validSignatures, 'geldige handtekening', 'geldige handtekeningen')}`
    : signoff.state === 'ter_ondertekening' ? 'Ter ondertekening' : 'Concept';
}

/** The badge's look: a vastgestelde agenda whose keys are not all confirmed here looks like a warning, not like done. */
export function signoffModifier({ signoff }: Pick<OverlegAgenda, 'signoff'>): string {
  return signoff.state === 'vastgesteld' && !(signoff.keys && allKeysConfirmed(signoff.keys)) ? 'onbevestigd' : signoff.state;
}

export const sourceLabels: Record<OverlegAgenda['source'], string> = { eigen: 'Eigen', geimporteerd: 'Ingelezen' };
