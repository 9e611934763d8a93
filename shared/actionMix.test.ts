import { describe, expect, it } from 'vitest';
import { actionMix, mixSentence } from './actionMix';

describe('the mix of actions (seed 003 §3.3)', () => {
  it('counts nature and performer', () => {
    // §3.3: most activities are what employers already do (bottom-up), few are new actions of the sector.
    const mix = actionMix([
      { actor: 'werkgevers', nature: 'bestaand' }, { actor: 'werkgevers', nature: 'bestaand' },
      { actor: 'sector', nature: 'nieuw' }, { actor: 'partner', nature: 'voortgezet' },
    ]);
    expect(mix.byNature).toEqual({ nieuw: 1, voortgezet: 1, bestaand: 2 });
    expect(mix.byActor).toEqual({ sector: 1, werkgevers: 2, partner: 1 });
    expect(mixSentence(mix)).toBe('4 acties. Nieuw of bestaand: 1 nieuw, 1 voortgezet uit de vorige werkagenda, 2 bestaande praktijk. Wie voert uit: 1 door de sector, 2 door werkgevers, 1 door partners.');
  });

  it('says so when there are no actions', () => {
    expect(mixSentence(actionMix([]))).toBe('Nog geen acties.');
  });
});
