import { describe, expect, it } from 'vitest';
import { actionTypes } from '../../test/support/fixtures';
import { overlegAction, overlegAgenda } from '../../test/support/overleg';
import type { OverlegAction } from '../domain/overleg';
import { evaluationsByType, resultCountWords } from './lessons';

const evaluated = (action: OverlegAction, result: OverlegAction['evaluation']['result'], lesson = '', why = ''): OverlegAction => ({
  ...action, status: 'afgerond', evaluation: { result, why, lesson, helped: [] },
});

// Seed 003 §6.1.1: Defensie's meet and greets (type 8) are an example other sectors can learn from.
const defensie = overlegAgenda(1, {
  sectorName: 'Defensie',
  actions: [
    evaluated({ ...overlegAction(1, 8), title: 'Meet and greets per krijgsmachtdeel' }, 'werkte', 'Leidinggevenden zelf laten uitnodigen.', 'Kandidaten en teams leerden elkaar kennen.'),
    evaluated(overlegAction(2, 3, [8]), 'deels', 'Eerst de begeleiding regelen.'),
    overlegAction(3, 8),
  ],
});
const politie = overlegAgenda(2, {
  sectorName: 'Politie',
  actions: [evaluated(overlegAction(4, 8), 'niet', 'Te weinig vacatures om aan te koppelen.'), evaluated(overlegAction(5, 1), null, 'Nog te vroeg om te oordelen.')],
});

describe('what worked per action type', () => {
  it('groups the evaluated actions per type and per sector, with their verdict, why and lesson', () => {
    const byType = evaluationsByType([defensie, politie], actionTypes);
    expect(byType.map((entry) => entry.typeId)).toEqual([1, 3, 8]);
    const meetAndGreet = byType.find((entry) => entry.typeId === 8)!;
    expect(meetAndGreet.counts).toEqual({ werkte: 1, deels: 1, niet: 1, zonder: 0 });
    expect(meetAndGreet.sectorCount).toBe(2);
    expect(meetAndGreet.sectors.map((sector) => [sector.sectorName, sector.actions.map((action) => [action.title, action.result, action.lesson])])).toEqual([
      ['Defensie', [['Meet and greets per krijgsmachtdeel', 'werkte', 'Leidinggevenden zelf laten uitnodigen.'], ['Actie 2', 'deels', 'Eerst de begeleiding regelen.']]],
      ['Politie', [['Actie 4', 'niet', 'Te weinig vacatures om aan te koppelen.']]],
    ]);
    expect(meetAndGreet.sectors[0]!.actions[0]!.why).toBe('Kandidaten en teams leerden elkaar kennen.');
    // An action not yet evaluated does not appear; a lesson without a verdict does.
    expect(byType.flatMap((entry) => entry.sectors.flatMap((sector) => sector.actions.map((action) => action.id)))).not.toContain(overlegAction(3, 8).id);
    expect(byType.find((entry) => entry.typeId === 1)!.counts).toEqual({ werkte: 0, deels: 0, niet: 0, zonder: 1 });
  });

  it('is empty when no sector has evaluated anything', () => {
    expect(evaluationsByType([overlegAgenda(3, { actions: [overlegAction(6, 8)] })], actionTypes)).toEqual([]);
  });

  it('says the counts in plain Dutch', () => {
    expect(resultCountWords({ werkte: 2, deels: 1, niet: 0, zonder: 0 })).toBe('2 acties werkten, 1 deels, 0 niet');
    expect(resultCountWords({ werkte: 1, deels: 0, niet: 1, zonder: 1 })).toBe('1 actie werkte, 0 deels, 1 niet, 1 zonder oordeel');
  });
});
