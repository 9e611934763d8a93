import { describe, expect, it } from 'vitest';
import { overlegAction, overlegAgenda } from '../../test/support/overleg';
import type { SuccessFactorCode } from '../domain/cycle';
import type { OverlegAction } from '../domain/overleg';
import type { CatalogueItem } from '../domain/reference';
import { helpedCounts } from './helped';

const catalogue: CatalogueItem[] = [
  { id: 'succesfactor-S1', kind: 'succesfactor', code: 'S1', title: 'Intrinsieke motivatie', description: '' },
  { id: 'succesfactor-S3', kind: 'succesfactor', code: 'S3', title: 'Samenwerking met gespecialiseerde partijen', description: '' },
  { id: 'succesfactor-S9', kind: 'succesfactor', code: 'S9', title: 'Trainingen voor begeleiders', description: '' },
  { id: 'knelpunt-K1', kind: 'knelpunt', code: 'K1', title: 'Beperkt mandaat', description: '' },
];
const helped = (action: OverlegAction, codes: SuccessFactorCode[]): OverlegAction => ({ ...action, evaluation: { result: 'werkte', why: '', lesson: '', helped: codes } });

describe('what helped, across the sectors (seed 003 §5.1)', () => {
  // §5.1: cooperation with specialised parties (S3) is the factor most sectors name.
  const counts = helpedCounts([
    overlegAgenda(1, { sectorName: 'Gemeenten', actions: [helped(overlegAction(1, 10), ['S3']), helped(overlegAction(2, 12), ['S3', 'S9'])] }),
    overlegAgenda(2, { sectorName: 'Defensie', actions: [helped(overlegAction(3, 10), ['S3']), overlegAction(4, 1)] }),
  ], catalogue);

  it('counts each factor’s actions and sectors, most named first, and leaves out what nobody named', () => {
    expect(counts).toEqual([
      { code: 'S3', title: 'Samenwerking met gespecialiseerde partijen', actionCount: 3, sectors: ['Gemeenten', 'Defensie'] },
      { code: 'S9', title: 'Trainingen voor begeleiders', actionCount: 1, sectors: ['Gemeenten'] },
    ]);
  });
});
