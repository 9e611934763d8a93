import { describe, expect, it } from 'vitest';
import { checkCompleteness, gapsByItem } from './completeness';
import type { Action, AgendaDetail } from './domain/agenda';
import { actionTypes } from '../test/support/fixtures';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function agenda(overrides: Partial<AgendaDetail> = {}): AgendaDetail {
  return {
    id: id(1), sectorId: id(2), sectorName: 'Universiteiten', startYear: 2025, endYear: 2026, title: 'Werkagenda', status: 'concept',
    predecessorId: null, importedFrom: null, introduction: '', lookback: '', objectives: '', accountability: '', employerCount: null, createdAt: '', updatedAt: '',
    knelpunten: [], actions: [], targets: [], jobGoals: [], unusedTypeReasons: [], signatories: [],
    ...overrides,
  };
}

function action(n: number, overrides: Partial<Action> = {}): Action {
  return {
    id: id(100 + n), agendaId: id(1), title: `Actie ${n}`, description: '', primaryTypeId: 5, extraTypeIds: [], actor: 'sector', nature: 'nieuw',
    owner: 'Dossierhouder', startMonth: '2025-01', endMonth: '2026-12', jobsPrognosis: null, knelpuntIds: [], milestones: [], ...overrides,
  };
}

const codes = (value: AgendaDetail) => checkCompleteness(value, actionTypes).gaps.map((gap) => gap.code);

describe('completeness check', () => {
  it('lists what an empty agenda lacks, in section order', () => {
    expect(codes(agenda())).toEqual([
      'inleiding-leeg', 'terugblik-leeg', 'geen-knelpunten', 'geen-banendoel', 'geen-meetbaar-doel', 'geen-acties',
      'verantwoording-leeg',
      ...Array(9).fill('type-zonder-toelichting'),
      'geen-ondertekenaars',
    ]);
  });

  // The examples of seed 003 §4.2: the research found agendas that list activities without planning, targets or problem analysis.
  it.each([
    ['an action without planning', { actions: [action(1, { startMonth: null })] }, 'actie-zonder-planning', 'Actie “Actie 1” heeft nog geen planning (start- en eindmaand).'],
    ['an action without target', { actions: [action(1)] }, 'actie-zonder-doel', 'Actie “Actie 1” heeft nog geen meetbaar doel.'],
    ['an action planned outside the period', { actions: [action(1, { startMonth: '2021-01', endMonth: '2022-12' })] }, 'planning-buiten-periode', 'De planning van actie “Actie 1” valt buiten de looptijd van de werkagenda.'],
    ['a knelpunt nobody answers', { knelpunten: [{ id: id(9), agendaId: id(1), title: 'Beperkt mandaat', description: '', cause: 'Geen zeggenschap', catalogueId: null, addressee: 'sector' as const, request: '', answeredByActionIds: [] }] }, 'knelpunt-zonder-actie', 'Knelpunt “Beperkt mandaat” wordt nog door geen enkele actie aangepakt.'],
    ['a target without target value', { targets: [{ id: id(7), agendaId: id(1), actionId: null, level: 'middenweg' as const, indicator: 'Werkgevers benaderd', unit: 'werkgevers', baseline: 0, targetValue: null, deadline: '2026-12-31', perYear: false }] }, 'doel-onvolledig', 'Het doel “Werkgevers benaderd” heeft nog geen streefwaarde.'],
  ])('names %s in plain Dutch', (_label, overrides, code, message) => {
    const gap = checkCompleteness(agenda(overrides), actionTypes).gaps.find((g) => g.code === code);
    expect(gap?.message).toBe(message);
  });

  // Seed 003 §6.1 recommendation 1: complex law is for SZW to solve; the sector asks, it need not act itself.
  it.each([
    ['sector', '', ['knelpunt-zonder-actie']],
    ['werkgevers', '', ['knelpunt-zonder-actie']],
    ['szw', '', ['knelpunt-zonder-verzoek']],
    ['szw', 'Eén subsidieregeling voor alle doelgroepen.', []],
    ['bzk', 'Tel inkoop mee in het quotum.', []],
    ['anders', '', ['knelpunt-zonder-verzoek']],
  ] as const)('asks of a knelpunt for %s with request “%s”: %j', (addressee, request, expected) => {
    const knelpunt = { id: id(9), agendaId: id(1), title: 'Complexe wetgeving', description: '', cause: 'Regels per doelgroep', catalogueId: 'knelpunt-K5', addressee, request, answeredByActionIds: [] };
    const found = codes(agenda({ knelpunten: [knelpunt] })).filter((code) => code.startsWith('knelpunt-'));
    expect(found).toEqual(expected);
  });

  it('asks no agenda-wide target when every action has a measurable target of its own', () => {
    const actionTarget = (n: number) => ({ id: id(70 + n), agendaId: id(1), actionId: id(100 + n), level: 'middenweg' as const, indicator: 'Werkgevers benaderd', unit: 'werkgevers', baseline: 0, targetValue: 20, deadline: '2026-12-31', perYear: false });
    expect(codes(agenda({ actions: [action(1), action(2)], targets: [actionTarget(1), actionTarget(2)] }))).not.toContain('geen-meetbaar-doel');
    expect(codes(agenda({ actions: [action(1), action(2)], targets: [actionTarget(1)] }))).toContain('geen-meetbaar-doel');
  });

  it('names the ministry in the request it asks for', () => {
    const knelpunt = { id: id(9), agendaId: id(1), title: 'Complexe wetgeving', description: '', cause: 'x', catalogueId: null, addressee: 'szw' as const, request: ' ', answeredByActionIds: [] };
    expect(checkCompleteness(agenda({ knelpunten: [knelpunt] }), actionTypes).gaps.find((gap) => gap.code === 'knelpunt-zonder-verzoek')?.message)
      .toBe('Knelpunt “Complexe wetgeving” ligt bij SZW: schrijf op wat u van SZW vraagt.');
  });

  it('links a gap to the section and item where it is fixed', () => {
    const gaps = checkCompleteness(agenda({ actions: [action(3, { startMonth: null })] }), actionTypes).gaps;
    expect(gaps.find((gap) => gap.code === 'actie-zonder-planning')).toMatchObject({ section: 'acties', itemId: id(103) });
    expect(gaps.find((gap) => gap.code === 'type-zonder-toelichting')).toMatchObject({ section: 'niet-gebruikt', itemId: '1' });
  });

  it('asks a reason only for unused Significant types without one', () => {
    const uses = agenda({ actions: [action(1, { primaryTypeId: 2, extraTypeIds: [3] })], unusedTypeReasons: [{ typeId: 1, reason: 'Geen ambassadeurs beschikbaar.' }, { typeId: 6, reason: '  ' }] });
    const unexplained = checkCompleteness(uses, actionTypes).gaps.filter((gap) => gap.code === 'type-zonder-toelichting').map((gap) => gap.itemId);
    expect(unexplained).toEqual(['6', '8', '9', '10', '11', '12']);
  });

  it('has no gaps for a complete agenda, and scores its types', () => {
    const actions = [1, 2, 3, 6, 8, 9, 10, 11, 12].map((type, index) => action(index + 1, { primaryTypeId: type, knelpuntIds: [id(9)] }));
    const complete = agenda({
      introduction: 'Inleiding', lookback: 'Terugblik', accountability: 'Werkgevers rapporteren jaarlijks.',
      knelpunten: [{ id: id(9), agendaId: id(1), title: 'Weinig tijd', description: '', cause: 'Bijkomende taak', catalogueId: 'knelpunt-K3', addressee: 'sector', request: '', answeredByActionIds: [actions[0]!.id] }],
      actions,
      targets: [
        { id: id(50), agendaId: id(1), actionId: null, level: 'smal', indicator: 'Nieuwe banen', unit: 'banen', baseline: 29.02, targetValue: 56.3, deadline: '2026-12-31', perYear: false },
        ...actions.map((a, index) => ({ id: id(60 + index), agendaId: id(1), actionId: a.id, level: 'breed' as const, indicator: 'Uitgevoerd', unit: 'keer', baseline: 0, targetValue: 1, deadline: '2026-12-31', perYear: false })),
      ],
      jobGoals: [{ year: 2025, jobs: 56.3 }],
      signatories: [{ id: id(70), agendaId: id(1), name: 'Voorzitter', function: '', organisation: '', required: true }],
    });
    const result = checkCompleteness(complete, actionTypes);
    expect(result.gaps).toEqual([]);
    expect(result.score).toBe(9);
    expect(result.typeCount).toBe(12);
  });

  it('asks for a required signatory when all are optional', () => {
    const optional = agenda({ signatories: [{ id: id(70), agendaId: id(1), name: 'Lid', function: '', organisation: '', required: false }] });
    expect(codes(optional)).toContain('geen-verplichte-ondertekenaar');
  });
});

describe('a target per year', () => {
  it('needs a target value but no deadline of its own', () => {
    const perYear = { id: id(7), agendaId: id(1), actionId: null, level: 'middenweg' as const, indicator: 'Bijeenkomsten', unit: 'bijeenkomsten', baseline: null, targetValue: 4, deadline: null };
    const gaps = (fields: { perYear: boolean }) => checkCompleteness(agenda({ targets: [{ ...perYear, ...fields }] }), actionTypes).gaps.filter((g) => g.code === 'doel-onvolledig');
    expect(gaps({ perYear: true })).toEqual([]);
    expect(gaps({ perYear: false }).map((g) => g.message)).toEqual(['Het doel “Bijeenkomsten” heeft nog geen einddatum.']);
  });
});

describe('gaps per item', () => {
  it('gives each item its own gaps, and an action also those of its targets', () => {
    const target = { id: id(7), agendaId: id(1), actionId: id(101), level: 'middenweg' as const, indicator: 'Bijeenkomsten', unit: 'keer', baseline: 0, targetValue: null, deadline: null, perYear: false };
    const value = agenda({ actions: [action(1, { owner: '' }), action(2, { startMonth: null })], targets: [target] });
    const byItem = gapsByItem(checkCompleteness(value, actionTypes).gaps, value);
    expect(byItem.get(id(101))?.map((gap) => gap.code)).toEqual(['actie-zonder-eigenaar', 'doel-onvolledig']);
    expect(byItem.get(id(102))?.map((gap) => gap.code)).toEqual(['actie-zonder-planning', 'actie-zonder-doel']);
    expect(byItem.get(id(7))?.map((gap) => gap.code)).toEqual(['doel-onvolledig']);
  });
});
