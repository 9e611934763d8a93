/**
 * Dutch formatting for the UI and the Word export: "4 februari 2026", "29,02", "64%".
 * Dates travel as ISO strings; they are formatted in UTC so a date never shifts a day.
 */
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** "2026-02-04" → "4 februari 2026". */
export function formatDate(isoDate: string): string {
  const day = isoDate.slice(0, 10);
  let text = formattedDates.get(day);
  if (text === undefined) {
    // The days an agenda names are few and repeat on every target's status line.
    if (formattedDates.size >= 5000) formattedDates.clear();
    formattedDates.set(day, (text = dateFormat.format(new Date(`${day}T00:00:00Z`))));
  }
  return text;
}
const formattedDates = new Map<string, string>();

/** "2025-03" → "maart 2025". */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** A timestamp's local clock time: "14:05". */
export function formatTime(timestamp: string | Date): string {
  return timeFormat.format(typeof timestamp === 'string' ? new Date(timestamp) : timestamp);
}

/** 29.02 → "29,02"; 1234.5 → "1.234,5". At most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, maxDecimals = 2): string {
  return numberFormat(maxDecimals).format(value);
}

// Making an Intl formatter costs far more than using one; an export formats thousands of numbers.
const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(maxDecimals: number): Intl.NumberFormat {
  let format = numberFormats.get(maxDecimals);
  if (!format) numberFormats.set(maxDecimals, (format = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: maxDecimals })));
  return format;
}
const percentFormats = new Map<number, Intl.NumberFormat>();
function percentFormat(maxDecimals: number): Intl.NumberFormat {
  let format = percentFormats.get(maxDecimals);
  if (!format) percentFormats.set(maxDecimals, (format = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: maxDecimals })));
  return format;
}

/** 0.64 → "64%"; 0.6431 with 1 decimal → "64,3%". */
export function formatPercent(fraction: number, maxDecimals = 0): string {
  return percentFormat(maxDecimals).format(fraction);
}

const dutchCollator = new Intl.Collator('nl');
/** Dutch alphabetical order for sort(), with one collator: `a.localeCompare(b, 'nl')` makes a new one on every call. */
export const compareDutch = (a: string, b: string): number => dutchCollator.compare(a, b);

/** 2025, 2026 → "2025-2026"; one year stays one year. */
export function formatPeriod(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}-${endYear}`;
}

/** "5/12": the agenda's score against the 12 action types. */
export function formatScore(score: number, of = 12): string {
  return `${score}/${of}`;
}

/** A percentage as typed by a person, with or without the sign ("2,76%", "2,76 %", "2,76"); null when it is not a number. */
export function parseDutchPercentage(text: string): number | null {
  return parseDutchNumber(text.trim().replace(/\s*%$/, ''));
}

/** Parses a Dutch number as typed by a person ("29,02", "1.234,5", "12"); null when it is not a number. */
export function parseDutchNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** "A", "A en B", "A, B en C". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** "1 actie", "3 acties". */
export function countWords(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A timestamp as the day it was on this computer's clock: "4 februari 2026" (formatDate would take the UTC day). */
export function formatLocalDay(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return formatDate(timestamp);
  return formatDate(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`);
}

/** A timestamp as "4 februari 2026, 14:05" on this computer's clock. */
export function formatDateTime(timestamp: string): string {
  return `${formatLocalDay(timestamp)}, ${formatTime(timestamp)}`;
}
