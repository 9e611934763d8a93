import { describe, expect, it } from 'vitest';
import { DateSchema, isCalendarDate } from './fields';

// Dates as seed 003 and the Werkkamer letters name them, and the days that do not exist.
describe('calendar dates', () => {
  it.each([
    ['2026-02-04', true], ['2019-12-31', true], ['2024-02-29', true], ['2000-02-29', true], ['2025-04-30', true],
    ['2025-02-29', false], ['1900-02-29', false], ['2025-04-31', false], ['2025-13-01', false], ['2025-00-10', false], ['2025-01-00', false], ['2025-01-32', false],
  ])('%s exists: %s', (value, exists) => {
    expect(isCalendarDate(value)).toBe(exists);
    expect(DateSchema.safeParse(value).success).toBe(exists);
  });

  it('refuses a date not written as YYYY-MM-DD, in Dutch', () => {
    const result = DateSchema.safeParse('4-2-2026');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Vul een datum in als dag-maand-jaar.');
    expect(DateSchema.safeParse('2025-02-30').error?.issues[0]?.message).toBe('Deze datum bestaat niet.');
  });
});
