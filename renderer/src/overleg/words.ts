import type { OverlegAgenda } from '../../../shared/domain/overleg';

/** "1 actie", "3 acties". */
export const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Versie 2", or "Concept" for a draft that was never frozen. */
export const revisionLabel = (agenda: Pick<OverlegAgenda, 'revisionNumber'>) => (agenda.revisionNumber === null ? 'Concept' : `Versie ${agenda.revisionNumber}`);

/** "Vastgesteld, 2 geldige handtekeningen", "Ter ondertekening" or "Concept". */
export function signoffLabel({ signoff }: Pick<OverlegAgenda, 'signoff'>): string {
  const invalid = signoff.invalidSignatures > 0 ? `, ${countOf(signoff.invalidSignatures, 'ongeldige handtekening', 'ongeldige handtekeningen')}` : '';
  const tampered = signoff.tampered ? ', inhoud gewijzigd na ondertekening' : '';
  const base = signoff.state === 'vastgesteld' ? `Vastgesteld, ${countOf(signoff.validSignatures, 'geldige handtekening', 'geldige handtekeningen')}`
    : signoff.state === 'ter_ondertekening' ? 'Ter ondertekening' : 'Concept';
  return base + invalid + tampered;
}

export const sourceLabels: Record<OverlegAgenda['source'], string> = { eigen: 'Eigen', geimporteerd: 'Ingelezen' };
