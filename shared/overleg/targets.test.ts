import { describe, expect, it } from 'vitest';
import { overlegAgenda, testId } from '../../test/support/overleg';
import type { OverlegTarget } from '../domain/overleg';
import { judgedWords, targetsPerSector, targetStatusCounts } from './targets';

const target = (n: number, status: OverlegTarget['status']): OverlegTarget => ({
  id: testId('d', n), actionId: null, indicator: `Indicator ${n}`, unit: 'werkgevers', targetValue: 10, deadline: null,
  measurementCount: status === 'geen_gegevens' ? 0 : 1, status, statusReason: '',
});

describe('target statuses per sector in the overleg', () => {
  it('counts each status per agenda, in the order given', () => {
    const defensie = overlegAgenda(1, { sectorName: 'Defensie', targets: [target(1, 'behaald'), target(2, 'achter'), target(3, 'achter'), target(4, 'geen_gegevens')] });
    const mbo = overlegAgenda(2, { sectorName: 'Mbo' });
    expect(targetsPerSector([defensie, mbo]).map(({ sectorName, counts, total }) => [sectorName, counts, total])).toEqual([
      ['Defensie', { behaald: 1, op_koers: 0, achter: 2, geen_gegevens: 1 }, 4],
      ['Mbo', { behaald: 0, op_koers: 0, achter: 0, geen_gegevens: 0 }, 0],
    ]);
  });

  it('names the judged statuses that occur, and none when nothing is judged', () => {
    expect(judgedWords(targetStatusCounts([target(1, 'achter'), target(2, 'behaald'), target(3, 'op_koers'), target(4, 'achter')])))
      .toBe('1 behaald, 1 op koers, 2 loopt achter');
    expect(judgedWords(targetStatusCounts([target(1, 'geen_gegevens')]))).toBe('');
  });
});
