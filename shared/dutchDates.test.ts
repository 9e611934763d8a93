import { describe, expect, it } from 'vitest';
import { parseDateInput, parseMonthInput } from './dutchDates';

describe('reading months as people type them', () => {
  it.each([
    ['maart 2025', '2025-03'],
    ['Maart 2025', '2025-03'],
    ['mrt 2025', '2025-03'],
    ['mrt. 2025', '2025-03'],
    ['juni 2026', '2026-06'],
    ['jul 2026', '2026-07'],
    ['03-2025', '2025-03'],
    ['3/2025', '2025-03'],
    ['2025-03', '2025-03'],
    ['', null],
  ])('%j → %j', (text, month) => expect(parseMonthInput(text)).toBe(month));

  it.each(['ma 2025', 'maartje', 'smurf 2025', '2025'])('does not read %j', (text) => expect(parseMonthInput(text)).toBeUndefined());
});

describe('reading dates as people type them', () => {
  it.each([
    ['31-12-2026', '2026-12-31'],
    ['4/2/2026', '2026-02-04'],
    ['4 februari 2026', '2026-02-04'],
    ['1 juli 2019', '2019-07-01'],
    ['2026-12-31', '2026-12-31'],
    ['', null],
  ])('%j → %j', (text, date) => expect(parseDateInput(text)).toBe(date));

  it('hands unreadable text on unchanged so the date schema can explain', () => {
    expect(parseDateInput('volgend jaar')).toBe('volgend jaar');
  });
});
