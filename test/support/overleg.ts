import type { OverlegAction, OverlegAgenda } from '../../shared/domain/overleg';

/** Deterministic uuids: one hex digit for the kind of thing (a: agenda, s: sector, ...), then a number. */
export const testId = (kind: string, n: number): string => `00000000-0000-4000-8000-${kind}${String(n).padStart(11, '0')}`;

export const overlegAction = (n: number, primaryTypeId: number, extraTypeIds: number[] = []): OverlegAction => ({
  id: testId('c', n), title: `Actie ${n}`, description: `Beschrijving van actie ${n}`, primaryTypeId, extraTypeIds, actor: 'sector', nature: 'nieuw',
  status: 'lopend', evaluation: { result: null, why: '', lesson: '', helped: [] },
});

/** A valid agenda for the comparison with nothing in it; override what a test is about. */
export function overlegAgenda(n: number, overrides: Partial<OverlegAgenda> = {}): OverlegAgenda {
  return {
    agendaId: testId('a', n),
    sectorId: testId('5', n),
    sectorName: `Sector ${n}`,
    isEmployer: false,
    startYear: 2021,
    endYear: 2022,
    title: `Werkagenda ${n}`,
    source: 'eigen',
    revisionNumber: null,
    signoff: { state: 'concept', validSignatures: 0, keys: null },
    predecessorId: null,
    actions: [],
    knelpunten: [],
    targets: [],
    jobGoals: [],
    unusedTypeReasons: [],
    accountability: '',
    jobs: { employers: [], realised: [], quotumPercentages: [] },
    ...overrides,
  };
}

/**
 * The 2022 coverage of seed 003 chapter 4, rebuilt: for each sector the types its
 * agenda uses. The column sums are the report's counts (3, 7, 7, 6, 9, 2, 7, 2,
 * 2, 3, 2, 3 of 12); the scores run from 2 to 9 with Rijk and Defensie highest.
 * Where the report quotes a sector's agenda for a type, that sector has it.
 */
export const coverage2022: [sector: string, isEmployer: boolean, types: number[]][] = [
  ['Gemeenten', false, [2, 4, 5, 7]],
  ['Provincies', false, [2, 3, 5, 9]],
  ['Waterschappen', false, [1, 5, 10]],
  ['Funderend onderwijs', false, [4, 7]],
  ['Mbo', false, [3, 5, 7]],
  ['Hbo', false, [2, 3, 4, 5, 7]],
  ['Universiteiten', false, [2, 5, 10]],
  ['Onderzoeksinstellingen', false, [3, 5, 7, 10, 11]],
  ['Umc’s', false, [2, 4]],
  ['Defensie', true, [1, 2, 3, 4, 5, 6, 7, 8, 12]],
  ['Politie', true, [1, 3, 8, 12]],
  ['Rijksoverheid', true, [2, 3, 4, 5, 6, 7, 9, 11, 12]],
];
export const reported2022 = [3, 7, 7, 6, 9, 2, 7, 2, 2, 3, 2, 3];
