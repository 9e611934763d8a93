import { describe, expect, it } from 'vitest';
import {
  compareDutch, countWords, dutchList, formatDate, formatDateTime, formatLocalDay, formatMonth, formatNumber, formatPercent, formatPeriod, formatScore, parseDutchNumber, parseDutchPercentage,
} from './format';

// Examples from the seeds: the universities' jobs (seed 003), the Werkkamer letter of 4 February 2022 (seed 004).
describe('Dutch formatting', () => {
  it.each([
    ['2026-02-04', '4 februari 2026'],
    ['2022-02-04', '4 februari 2022'],
    ['2019-07-01', '1 juli 2019'],
    ['2019-12-31', '31 december 2019'],
    ['2019-06-01', '1 juni 2019'],
    ['2019-04-11T10:00:00Z', '11 april 2019'],
  ])('formats the date %s as %s', (iso, dutch) => expect(formatDate(iso)).toBe(dutch));

  it.each([
    ['2025-03', 'maart 2025'],
    ['2026-12', 'december 2026'],
  ])('formats the month %s as %s', (month, dutch) => expect(formatMonth(month)).toBe(dutch));

  it.each([
    [29.02, '29,02'],
    [36.2, '36,2'],
    [56.3, '56,3'],
    [20.1, '20,1'],
    [125000, '125.000'],
    [10004, '10.004'],
    [1331, '1.331'],
    [68, '68'],
  ])('formats the number %s as %s', (value, dutch) => expect(formatNumber(value)).toBe(dutch));

  it('formats shares as percentages', () => {
    expect(formatPercent(36.2 / 56.3)).toBe('64%');
    expect(formatPercent(0.0193, 2)).toBe('1,93%');
    expect(formatPercent(0.0269, 2)).toBe('2,69%');
    // The formatter kept per number of decimals gives each its own rounding, in any order.
    expect([formatPercent(0.64312, 1), formatPercent(0.64312), formatPercent(0.64312, 1)]).toEqual(['64,3%', '64%', '64,3%']);
  });

  it('sorts in Dutch alphabetical order', () => {
    expect(['Umc’s', 'ijsselmeer', 'Defensie', 'école', 'Zorg'].sort(compareDutch)).toEqual(['Defensie', 'école', 'ijsselmeer', 'Umc’s', 'Zorg']);
  });

  it('formats periods and scores', () => {
    expect(formatPeriod(2025, 2026)).toBe('2025-2026');
    expect(formatPeriod(2019, 2024)).toBe('2019-2024');
    expect(formatPeriod(2026, 2026)).toBe('2026');
    expect(formatScore(9)).toBe('9/12');
  });

  it.each([
    ['29,02', 29.02],
    ['1.234,5', 1234.5],
    ['12', 12],
    [' 68 ', 68],
    ['0,5', 0.5],
  ])('reads the Dutch number %s', (text, value) => expect(parseDutchNumber(text)).toBe(value));

  it.each(['', 'twaalf', '1,2,3', '12.5.1', '1.23'])('does not read %j as a number', (text) => expect(parseDutchNumber(text)).toBeNull());
});

describe('Dutch wording', () => {
  it.each([[[], ''], [['6'], '6'], [['6', '8'], '6 en 8'], [['6', '8', '9'], '6, 8 en 9']])('lists %j as “%s”', (items, text) => {
    expect(dutchList(items)).toBe(text);
  });

  it('counts in singular and plural', () => {
    expect(countWords(1, 'actie', 'acties')).toBe('1 actie');
    expect(countWords(3, 'actie', 'acties')).toBe('3 acties');
    expect(countWords(0, 'actie', 'acties')).toBe('0 acties');
  });

  it('shows a timestamp on the local day and clock', () => {
    const local = new Date(2026, 1, 4, 0, 30);
    expect(formatLocalDay(local.toISOString())).toBe('4 februari 2026');
    expect(formatDateTime(local.toISOString())).toBe('4 februari 2026, 00:30');
  });
});

describe('parseDutchPercentage', () => {
  it.each([['2,76%', 2.76], ['2,76 %', 2.76], [' 2,76 ', 2.76], ['1,93', 1.93]])('reads %j', (text, value) => expect(parseDutchPercentage(text)).toBe(value));
  it.each(['%', '2,76%%', 'twee procent', '2.76%'])('does not read %j', (text) => expect(parseDutchPercentage(text)).toBeNull());
});
