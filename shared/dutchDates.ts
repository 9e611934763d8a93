import { formatMonth } from './format';

/**
 * Reading months and dates as a Dutch user types them ("maart 2025", "3-2025",
 * "31-12-2026", "31 december 2026"), into the ISO forms the API uses. Native
 * month/date inputs are avoided because Chromium shows them in English.
 */
const longNames = Array.from({ length: 12 }, (_, index) => formatMonth(`2000-${String(index + 1).padStart(2, '0')}`).split(' ')[0] ?? '');
const shortFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });
const shortNames = Array.from({ length: 12 }, (_, index) => shortFormat.format(new Date(Date.UTC(2000, index, 1))).replace('.', ''));

const pad = (value: string | number) => String(value).padStart(2, '0');

function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace('.', '');
  if (word.length < 3) return null;
  const index = longNames.findIndex((long, i) => long === word || shortNames[i] === word || long.startsWith(word));
  return index === -1 ? null : index + 1;
}

/** "maart 2025", "mrt 2025", "03-2025", "3/2025", "2025-03" → "2025-03"; "" → null; undefined when unreadable. */
export function parseMonthInput(text: string): string | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  let match = /^(\d{4})-(\d{1,2})$/.exec(value);
  if (match) return `${match[1]}-${pad(match[2] ?? '')}`;
  match = /^(\d{1,2})\s*[-/.\s]\s*(\d{4})$/.exec(value);
  if (match) return `${match[2]}-${pad(match[1] ?? '')}`;
  match = /^([a-z]+\.?)\s+(\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    return month === null ? undefined : `${match[2]}-${pad(month)}`;
  }
  return undefined;
}

/** "31-12-2026", "31/12/2026", "31 december 2026", "2026-12-31" → "2026-12-31"; "" → null; otherwise the text as typed (the date schema then explains). */
export function parseDateInput(text: string): string | null {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  let match = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(value);
  if (match) return `${match[3]}-${pad(match[2] ?? '')}-${pad(match[1] ?? '')}`;
  match = /^(\d{1,2})\s+([a-z]+\.?)\s+(\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[2] ?? '');
    if (month !== null) return `${match[3]}-${pad(month)}-${pad(match[1] ?? '')}`;
  }
  return value;
}
