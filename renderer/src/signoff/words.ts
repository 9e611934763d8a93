import type { AuditKind } from '../../../shared/domain/signoff';
import { formatDate, formatTime } from '../../../shared/format';

/** What happened, in the words of the Logboek. */
export const auditKindLabels: Record<AuditKind, string> = {
  aangemaakt: 'Aangemaakt',
  bevroren: 'Bevroren en ter ondertekening aangeboden',
  opmerking: 'Opmerking geplaatst',
  opmerking_afgehandeld: 'Opmerking afgehandeld',
  opmerking_heropend: 'Opmerking heropend',
  ondertekend: 'Ondertekend',
  geexporteerd: 'Geëxporteerd',
  geimporteerd: 'Uitwisselbestand geïmporteerd',
};

/** "A", "A en B", "A, B en C". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** The calendar day of a timestamp on this computer's clock, as "YYYY-MM-DD". */
function localDay(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp.slice(0, 10);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A timestamp as "4 februari 2026" (the local day). */
export function formatDay(timestamp: string): string {
  return formatDate(localDay(timestamp));
}

/** A timestamp as "4 februari 2026, 14:05". */
export function formatDateTime(timestamp: string): string {
  return `${formatDay(timestamp)}, ${formatTime(timestamp)}`;
}
