import { describe, expect, it } from 'vitest';
import { isOngoing, ongoingMonths, planningText } from './planning';

const period = { startYear: 2025, endYear: 2026 };

describe('planning of an action', () => {
  // The month ranges real werkagenda's use (seed 003 §4.2 asks for a planning per action).
  it.each([
    [{ startMonth: '2025-01', endMonth: '2025-06' }, 'januari 2025 – juni 2025'],
    [{ startMonth: '2025-03', endMonth: '2025-12' }, 'maart 2025 – december 2025'],
    [{ startMonth: '2025-01', endMonth: '2026-12' }, 'doorlopend (januari 2025 – december 2026)'],
    [{ startMonth: '2025-09', endMonth: '2025-09' }, 'september 2025'],
    [{ startMonth: '2025-03', endMonth: null }, 'vanaf maart 2025'],
    [{ startMonth: null, endMonth: '2026-06' }, 'tot en met juni 2026'],
    [{ startMonth: null, endMonth: null }, ''],
  ])('%j reads “%s”', (months, text) => {
    expect(planningText(months, period)).toBe(text);
  });

  it('calls the whole period doorlopend, and only that', () => {
    expect(ongoingMonths(period)).toEqual({ startMonth: '2025-01', endMonth: '2026-12' });
    expect(isOngoing(ongoingMonths(period), period)).toBe(true);
    expect(isOngoing({ startMonth: '2025-01', endMonth: '2026-11' }, period)).toBe(false);
    expect(isOngoing({ startMonth: '2025-01', endMonth: '2026-12' }, { startYear: 2025, endYear: 2027 })).toBe(false);
  });
});
