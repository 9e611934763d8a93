import { describe, expect, it } from 'vitest';
import { predecessorCandidates, predecessorRefusal, type LinkableAgenda } from './predecessorLink';

const defensie = 'sector-defensie';
const agenda = (id: string, startYear: number, endYear: number, extra: Partial<LinkableAgenda> = {}): LinkableAgenda => ({
  id, title: `Werkagenda ${id}`, sectorId: defensie, startYear, endYear, deleted: false, predecessorId: null, ...extra,
});

describe('predecessorRefusal', () => {
  const current = agenda('nu', 2027, 2028);
  const earlier = agenda('eerder', 2025, 2026);

  it('allows an agenda of the same sector whose period ends before this one starts', () => {
    expect(predecessorRefusal(current, earlier, [current, earlier])).toBeNull();
    // Its own successor already being this agenda is fine (relinking the same).
    expect(predecessorRefusal({ ...current, predecessorId: earlier.id }, earlier, [{ ...current, predecessorId: earlier.id }, earlier])).toBeNull();
  });

  it('refuses another sector, a period that is not earlier, itself, and an agenda in the bin', () => {
    const other = agenda('ander', 2025, 2026, { sectorId: 'sector-gemeenten' });
    const overlapping = agenda('overlap', 2026, 2027);
    const later = agenda('later', 2029, 2030);
    const binned = agenda('weg', 2023, 2024, { deleted: true });
    const all = [current, other, overlapping, later, binned];
    expect(predecessorRefusal(current, other, all)).toMatchObject({ reason: 'sector', message: '“Werkagenda ander” (2025-2026) is van een andere sector. Koppel een werkagenda van dezelfde sector.' });
    expect(predecessorRefusal(current, overlapping, all)).toMatchObject({ reason: 'periode', message: expect.stringContaining('loopt niet af vóór 2027') });
    expect(predecessorRefusal(current, later, all)?.reason).toBe('periode');
    expect(predecessorRefusal(current, current, all)).toMatchObject({ reason: 'zelf', message: 'Een werkagenda kan niet haar eigen vorige werkagenda zijn.' });
    expect(predecessorRefusal(current, binned, all)).toMatchObject({ reason: 'verwijderd', message: expect.stringContaining('verwijderde werkagenda’s') });
  });

  it('refuses a loop: the candidate builds, through its predecessors, on this agenda', () => {
    // Periods edited after linking can make an earlier-looking agenda a descendant.
    const root = agenda('wortel', 2027, 2028);
    const child = agenda('kind', 2021, 2022, { predecessorId: 'kleinkind' });
    const grandchild = agenda('kleinkind', 2019, 2020, { predecessorId: 'wortel' });
    expect(predecessorRefusal(root, child, [root, child, grandchild])).toMatchObject({ reason: 'kring', message: expect.stringContaining('kring') });
    // A cycle elsewhere in the data does not hang the check.
    const a = agenda('a', 2019, 2020, { predecessorId: 'b' });
    const b = agenda('b', 2017, 2018, { predecessorId: 'a' });
    const c = agenda('c', 2021, 2022, { predecessorId: 'a' });
    expect(predecessorRefusal(root, c, [root, a, b, c])).toBeNull();
  });

  it('refuses a candidate that already has another successor, also one in the bin', () => {
    const successor = agenda('opvolger', 2027, 2028, { title: 'Werkagenda Defensie 2027-2028', predecessorId: earlier.id, deleted: true });
    const third = agenda('derde', 2029, 2030);
    expect(predecessorRefusal(third, earlier, [third, earlier, successor])).toMatchObject({
      reason: 'opvolger', message: '“Werkagenda eerder” (2025-2026) heeft al een volgende werkagenda: “Werkagenda Defensie 2027-2028” (die staat bij de verwijderde werkagenda’s). Een werkagenda heeft hoogstens één volgende.',
    });
  });
});

describe('predecessorCandidates', () => {
  it('offers only what may be linked, latest period first, then by title', () => {
    const current = agenda('nu', 2027, 2028);
    const all = [
      current,
      agenda('oud', 2021, 2022),
      agenda('vorige', 2025, 2026),
      agenda('ander', 2025, 2026, { sectorId: 'x' }),
      agenda('weg', 2023, 2024, { deleted: true }),
      agenda('bezet', 2023, 2024),
      agenda('bezetter', 2025, 2026, { predecessorId: 'bezet' }),
      agenda('later', 2029, 2030),
    ];
    expect(predecessorCandidates(current, all).map((entry) => entry.id)).toEqual(['bezetter', 'vorige', 'oud']);
  });
});
