import { describe, expect, it } from 'vitest';
import { readPlanning } from './planning';

const period = { startYear: 2025, endYear: 2026 };

describe('readPlanning', () => {
  it.each([
    ['januari – juni 2025', '2025-01', '2025-06', false],
    ['maart 2025 – december 2025', '2025-03', '2025-12', false],
    ['Maart 2025 t/m februari 2026', '2025-03', '2026-02', false],
    ['2025 – 2026', '2025-01', '2026-12', false],
    ['2025-2026', '2025-01', '2026-12', false],
    ['doorlopend', '2025-01', '2026-12', true],
    ['Continu, gedurende de hele looptijd', '2025-01', '2026-12', true],
    ['Q3 2025', '2025-07', '2025-09', false],
    ['tweede helft 2026', '2026-07', '2026-12', false],
    ['najaar 2025', '2025-09', '2025-11', false],
    ['vanaf september 2025', '2025-09', '2026-12', false],
    ['uiterlijk juni 2026', '2025-01', '2026-06', false],
    ['sept. 2025', '2025-09', '2025-09', false],
    ['We starten in mei 2025 met een eerste bijeenkomst.', '2025-05', '2025-05', false],
    ['In 2026 volgt een tweede ronde.', '2026-01', '2026-12', false],
    ['Q4 2025 – Q2 2026', '2025-10', '2026-06', false],
  ])('%s', (text, startMonth, endMonth, ongoing) => {
    expect(readPlanning(text, period)).toMatchObject({ startMonth, endMonth, ongoing });
  });

  it('reads a bare year only in a planning cell', () => {
    expect(readPlanning('2026', period, { strict: true })).toMatchObject({ startMonth: '2026-01', endMonth: '2026-12' });
    expect(readPlanning('2026', period)).toBeNull();
  });

  it('finds nothing in text without a time', () => {
    expect(readPlanning('Werkgevers delen hun ervaringen.', period)).toBeNull();
    expect(readPlanning('nader te bepalen', period)).toBeNull();
  });

  it('keeps the words it read from', () => {
    expect(readPlanning('Planning: januari – juni 2025, daarna evaluatie', period)?.matched).toBe('januari – juni 2025');
  });
});
