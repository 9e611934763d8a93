import { describe, expect, it } from 'vitest';
import { expectedValue, targetStatus, type Measurement, type TargetForStatus } from './targetStatus';

// Seed 003's universities: baseline 29.02 jobs (1 July 2019), target 56.3 at the end of 2019.
const universities: TargetForStatus = { baseline: 29.02, targetValue: 56.3, deadline: '2019-12-31' };
const start = '2019-07-01';
const m = (date: string, value: number): Measurement => ({ date, value });

describe('target status', () => {
  it.each([
    ['no measurement', [], 'geen_gegevens'],
    ['36.2 on 31 December 2019 against 56.3', [m('2019-07-01', 29.02), m('2019-12-31', 36.2)], 'achter'],
    ['the target reached', [m('2019-12-31', 56.3)], 'behaald'],
    ['halfway in time, more than halfway in value', [m('2019-09-30', 45)], 'op_koers'],
    ['halfway in time, less than halfway in value', [m('2019-09-30', 35)], 'achter'],
    ['the latest measurement counts, not the highest', [m('2019-08-01', 56.3), m('2019-09-30', 40)], 'achter'],
  ])('%s: %s', (_label, measurements, status) => {
    expect(targetStatus(universities, measurements as Measurement[], start)).toBe(status);
  });

  it('expects steady progress from baseline to target value', () => {
    expect(expectedValue(universities, start, '2019-07-01')).toBeCloseTo(29.02);
    expect(expectedValue(universities, start, '2019-12-31')).toBeCloseTo(56.3);
    expect(expectedValue(universities, start, '2020-06-30')).toBeCloseTo(56.3);
  });

  it('works downwards for a target below its baseline', () => {
    const dropouts: TargetForStatus = { baseline: 20, targetValue: 10, deadline: '2026-12-31' };
    expect(targetStatus(dropouts, [m('2026-12-31', 9)], '2025-01-01')).toBe('behaald');
    expect(targetStatus(dropouts, [m('2025-12-31', 14)], '2025-01-01')).toBe('op_koers');
    expect(targetStatus(dropouts, [m('2025-12-31', 18)], '2025-01-01')).toBe('achter');
  });

  it('judges a target without deadline only on reaching its value', () => {
    const open: TargetForStatus = { baseline: 0, targetValue: 20, deadline: null };
    expect(targetStatus(open, [m('2025-06-01', 3)], '2025-01-01')).toBe('op_koers');
    expect(targetStatus(open, [m('2025-06-01', 20)], '2025-01-01')).toBe('behaald');
  });
});
