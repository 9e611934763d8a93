import type { OverlegAction, OverlegAgenda } from '../../shared/domain/overleg';

/** Deterministic uuids: one hex digit for the kind of thing (a: agenda, s: sector, ...), then a number. */
export const testId = (kind: string, n: number): string => `00000000-0000-4000-8000-${kind}${String(n).padStart(11, '0')}`;

export const overlegAction = (n: number, primaryTypeId: number, extraTypeIds: number[] = []): OverlegAction => ({
  id: testId('c', n), title: `Actie ${n}`, description: `Beschrijving van actie ${n}`, primaryTypeId, extraTypeIds,
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
    signoff: { state: 'concept', validSignatures: 0, invalidSignatures: 0, tampered: false },
    predecessorId: null,
    actions: [],
    knelpunten: [],
    targets: [],
    jobGoals: [],
    unusedTypeReasons: [],
    accountability: '',
    latestRealised: null,
    ...overrides,
  };
}
