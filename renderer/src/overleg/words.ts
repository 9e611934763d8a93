import type { OverlegAgenda } from '../../../shared/domain/overleg';
import { countWords } from '../../../shared/format';

/** "Versie 2", or "Concept" for a draft that was never frozen. */
export const revisionLabel = (agenda: Pick<OverlegAgenda, 'revisionNumber'>) => (agenda.revisionNumber === null ? 'Concept' : `Versie ${agenda.revisionNumber}`);

/** "Vastgesteld, 2 geldige handtekeningen", "Ter ondertekening" or "Concept". */
export function signoffLabel({ signoff }: Pick<OverlegAgenda, 'signoff'>): string {
  return signoff.state === 'vastgesteld' ? `Vastgesteld, ${countWords(signoff.validSignatures, 'geldige handtekening', 'geldige handtekeningen')}`
    : signoff.state === 'ter_ondertekening' ? 'Ter ondertekening' : 'Concept';
}

export const sourceLabels: Record<OverlegAgenda['source'], string> = { eigen: 'Eigen', geimporteerd: 'Ingelezen' };
