import { describe, expect, it } from 'vitest';
import { expectedValue, perYearResults, targetStatus, targetVerdict, type Measurement, type TargetForStatus } from './targetStatus';

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

describe('target status at a peildatum, with its reason', () => {
  it('leaves out measurements after the peildatum and says why', () => {
    const verdict = targetVerdict({ ...universities, unit: 'banen' }, [m('2019-07-01', 29.02), m('2019-12-31', 36.2)], start, '2019-09-30');
    expect(verdict.latest).toEqual(m('2019-07-01', 29.02));
    expect(verdict.status).toBe('op_koers');
    expect(verdict.reason).toContain('De laatste meting is 29,02 banen op 1 juli 2019');
  });

  it('is achter once the deadline has passed without reaching the target value', () => {
    const verdict = targetVerdict(universities, [m('2019-09-30', 45)], start, '2020-01-31');
    expect(verdict.status).toBe('achter');
    expect(verdict.reason).toContain('de einddatum 31 december 2019 is voorbij');
  });
});

describe('a target per year ("4 bijeenkomsten per jaar")', () => {
  const meetings: TargetForStatus = { baseline: null, targetValue: 4, deadline: '2026-12-31', perYear: true, unit: 'bijeenkomsten' };
  const counts = [m('2025-06-30', 2), m('2025-12-31', 4), m('2026-03-31', 1)];

  it('judges the year of the peildatum from 0, not the total since the start', () => {
    expect(targetVerdict(meetings, counts, '2025-01-01', '2025-12-31').status).toBe('behaald');
    // One meeting by 31 March is on course for four in the year; a cumulative reading would call 1 of 4 "achter".
    const march = targetVerdict(meetings, counts, '2025-01-01', '2026-03-31');
    expect(march).toMatchObject({ status: 'op_koers', year: 2026 });
    expect(march.reason).toContain('In 2026 is de stand 1 bijeenkomsten op 31 maart 2026');
    expect(targetVerdict(meetings, counts, '2025-01-01', '2026-01-15')).toMatchObject({ status: 'geen_gegevens', reason: 'Nog geen meting in 2026.' });
    expect(targetVerdict(meetings, [m('2025-06-30', 1)], '2025-01-01', '2025-07-01').status).toBe('achter');
  });

  it('gives a verdict per year, and a year that ended short is achter', () => {
    const results = perYearResults(meetings, [m('2025-06-30', 3), m('2026-03-31', 1)], [2025, 2026], '2026-03-31');
    expect(results.map((entry) => [entry.year, entry.verdict.status])).toEqual([[2025, 'achter'], [2026, 'op_koers']]);
  });
});
