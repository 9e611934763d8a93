import { describe, expect, it } from 'vitest';
import { actionTypes } from '../../test/support/fixtures';
import { overlegAction, overlegAgenda, testId } from '../../test/support/overleg';
import type { OverlegAgenda, OverlegTarget } from '../domain/overleg';
import { cycleCheckCodes, cycleCheckLabels, cycleChecks, type CycleCheckCode } from './checks';

const target = (n: number, unit: string, targetValue: number | null, measurementCount = 0, status: OverlegTarget['status'] = measurementCount > 0 ? 'op_koers' : 'geen_gegevens'): OverlegTarget => ({
  id: testId('d', n), actionId: null, indicator: `Indicator ${n}`, unit, targetValue, deadline: null, measurementCount, status, statusReason: '',
});

const knelpunt = (n: number, answeredByActionIds: string[]) => ({
  id: testId('e', n), title: `Knelpunt ${n}`, description: '', cause: '', catalogueId: null, addressee: 'sector' as const, request: '', answeredByActionIds,
});

/** Every Significant type used but 8 and 9; both explained. */
const complete: OverlegAgenda = overlegAgenda(1, {
  actions: [overlegAction(1, 1, [2, 3]), overlegAction(2, 6), overlegAction(3, 10, [11, 12])],
  knelpunten: [knelpunt(1, [testId('c', 1)]), knelpunt(2, [testId('c', 2), testId('c', 3)])],
  targets: [target(1, 'banen', 40, 2), target(2, 'werkgevers', 20, 0)],
  predecessorId: testId('a', 99),
  signoff: { state: 'vastgesteld', validSignatures: 2, keys: { required: 2, confirmed: 2, otherKey: 0 } },
  unusedTypeReasons: [{ typeId: 8, reason: 'Past niet bij onze sector.' }, { typeId: 9, reason: 'Loopt via gemeenten.' }],
  accountability: 'Werkgevers rapporteren twee keer per jaar.',
});

const check = (agenda: OverlegAgenda, code: CycleCheckCode) => cycleChecks(agenda, actionTypes).find((entry) => entry.code === code)!;

describe('cycle completeness per sector (issue 6, item 3)', () => {
  it('gives seven checks in cycle order, all met by a complete agenda', () => {
    const checks = cycleChecks(complete, actionTypes);
    expect(checks.map((entry) => entry.code)).toEqual([...cycleCheckCodes]);
    expect(checks.filter((entry) => !entry.ok)).toEqual([]);
    expect(checks.map((entry) => entry.detail)).toEqual([
      '1 doel met een streefwaarde in een andere eenheid dan banen.',
      'Metingen bij 1 van de 2 doelen: 1 op koers.',
      '2 van de 2 knelpunten aangepakt met een actie.',
      'Voortgezet uit de vorige werkagenda.',
      'Vastgesteld met 2 geldige handtekeningen; 2 van 2 sleutels bevestigd.',
      'Elk niet-gebruikt actietype van Significant is toegelicht: 8 en 9.',
      'Beschreven.',
    ]);
  });

  it('meets none of them with an empty agenda, and says why in plain Dutch', () => {
    const checks = cycleChecks(overlegAgenda(2), actionTypes);
    expect(checks.every((entry) => !entry.ok)).toBe(true);
    expect(Object.fromEntries(checks.map((entry) => [entry.code, entry.detail]))).toEqual({
      'meetbare-doelen': 'Geen meetbare doelen.',
      metingen: 'Geen doelen om te meten.',
      probleemanalyse: 'Geen knelpunten beschreven.',
      'vorige-werkagenda': 'Niet gebouwd op een vorige werkagenda.',
      vastgesteld: 'Concept: nog niet vastgesteld.',
      'niet-gebruikte-typen': 'Geen toelichting bij actietype 1, 2, 3, 6, 8, 9, 10, 11 en 12.',
      verantwoording: 'Niet beschreven.',
    });
  });

  it('counts only targets beyond jobs that have a target value as measurable', () => {
    const onlyJobs = { ...complete, targets: [target(1, ' Banen ', 40), target(2, 'baan', 3), target(3, 'werkgevers', null)] };
    expect(check(onlyJobs, 'meetbare-doelen')).toMatchObject({ ok: false, detail: 'Alleen doelen in banen of doelen zonder streefwaarde.' });
    const mixed = { ...complete, targets: [target(1, 'banen', 40), target(2, 'bijeenkomsten', 4), target(3, 'begeleiders', 3)] };
    expect(check(mixed, 'meetbare-doelen')).toMatchObject({ ok: true, detail: '2 doelen met een streefwaarde in een andere eenheid dan banen.' });
  });

  it('says how the measured targets stand, in the words of the overleg', () => {
    // Seed 003 §4.3 misses exactly this: whether the targets were reached, not only whether someone measured.
    const five = { ...complete, targets: [
      target(1, 'werkgevers', 20, 3, 'behaald'), target(2, 'bijeenkomsten', 4, 1, 'op_koers'), target(3, 'banen', 40, 2, 'achter'),
      target(4, 'begeleiders', 10), target(5, 'trainingen', 6),
    ] };
    expect(check(five, 'metingen')).toMatchObject({ ok: true, detail: 'Metingen bij 3 van de 5 doelen: 1 behaald, 1 op koers, 1 loopt achter.' });
    // Measured, but without a target value: counted as measured, no verdict to report.
    const noValue = { ...complete, targets: [target(1, 'werkgevers', null, 2, 'geen_gegevens')] };
    expect(check(noValue, 'metingen')).toMatchObject({ ok: true, detail: 'Metingen bij 1 van de 1 doel.' });
  });

  it('needs at least one measurement', () => {
    const unmeasured = { ...complete, targets: [target(1, 'werkgevers', 20), target(2, 'banen', 40)] };
    expect(check(unmeasured, 'metingen')).toMatchObject({ ok: false, detail: 'Metingen bij 0 van de 2 doelen.' });
  });

  it('wants every knelpunt answered by an action the agenda has', () => {
    const oneOpen = { ...complete, knelpunten: [knelpunt(1, [testId('c', 1)]), knelpunt(2, [])] };
    expect(check(oneOpen, 'probleemanalyse')).toMatchObject({ ok: false, detail: '1 van de 2 knelpunten aangepakt met een actie.' });
    const danglingLink = { ...complete, knelpunten: [knelpunt(1, [testId('c', 77)])] };
    expect(check(danglingLink, 'probleemanalyse')).toMatchObject({ ok: false, detail: '0 van de 1 knelpunt aangepakt met een actie.' });
  });

  it('accepts only vastgesteld with valid signatures by keys confirmed here', () => {
    const signoff = complete.signoff;
    const cases: [OverlegAgenda['signoff'], boolean, string][] = [
      [{ ...signoff, validSignatures: 1 }, true, 'Vastgesteld met 1 geldige handtekening; 2 van 2 sleutels bevestigd.'],
      [{ ...signoff, keys: { required: 2, confirmed: 1, otherKey: 0 } }, false,
        'Vastgesteld met onbevestigde sleutels (1 van 2 sleutels bevestigd): telt niet als vastgesteld tot de sleutels zijn bevestigd onder Ondertekening.'],
      [{ ...signoff, keys: { required: 2, confirmed: 1, otherKey: 1 } }, false,
        'Vastgesteld met een andere sleutel dan eerder bevestigd (1 van 2 sleutels bevestigd): telt niet als vastgesteld tot de sleutels zijn bevestigd onder Ondertekening.'],
      [{ ...signoff, validSignatures: 0 }, false, 'Vastgesteld, maar zonder geldige handtekening.'],
      [{ ...signoff, state: 'ter_ondertekening', validSignatures: 1 }, false, 'Ter ondertekening: nog niet vastgesteld.'],
    ];
    for (const [state, ok, detail] of cases) expect(check({ ...complete, signoff: state }, 'vastgesteld')).toMatchObject({ ok, detail });
  });

  it('wants a reason for every Significant type left out; blank reasons do not count', () => {
    const blank = { ...complete, unusedTypeReasons: [{ typeId: 8, reason: 'Past niet.' }, { typeId: 9, reason: '  ' }] };
    expect(check(blank, 'niet-gebruikte-typen')).toMatchObject({ ok: false, detail: 'Geen toelichting bij actietype 9.' });
    const allUsed = { ...complete, actions: [...complete.actions, overlegAction(4, 8, [9])], unusedTypeReasons: [] };
    expect(check(allUsed, 'niet-gebruikte-typen')).toMatchObject({ ok: true, detail: 'Alle actietypen van Significant worden gebruikt.' });
  });

  it('does not count blank accountability as described', () => {
    expect(check({ ...complete, accountability: ' \n ' }, 'verantwoording').ok).toBe(false);
  });

  it('labels each check with the heading the screen and the Word export show', () => {
    expect(cycleChecks(complete, actionTypes).map((item) => item.label)).toEqual(cycleCheckCodes.map((code) => cycleCheckLabels[code]));
  });
});
