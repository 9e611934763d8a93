import { z } from 'zod';
import '../zodDutch';

/** Reusable field schemas with Dutch messages; forms and the core validate with the same rules. */
export const IdSchema = z.uuid({ error: 'Ongeldige verwijzing.' });

export const requiredText = (label: string, max = 200) =>
  z.string({ error: `${label} ontbreekt.` })
    .trim()
    .min(1, { error: `Vul ${label.toLowerCase()} in.` })
    .max(max, { error: `${label} mag hoogstens ${max} tekens hebben.` });

export const optionalText = (label: string, max = 20_000) =>
  z.string({ error: `${label} moet tekst zijn.` }).max(max, { error: `${label} mag hoogstens ${max.toLocaleString('nl-NL')} tekens hebben.` });

export const YearSchema = z
  .number({ error: 'Vul een jaartal in.' })
  .int({ error: 'Een jaartal is een heel getal.' })
  .min(2013, { error: 'Het jaartal moet 2013 of later zijn.' })
  .max(2100, { error: 'Het jaartal moet 2100 of eerder zijn.' });

/** A month as "YYYY-MM" (planning is done per month). */
export const MonthSchema = z
  .string()
  .regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, { error: 'Kies een maand (jaar en maand).' });

/** Whether "YYYY-MM-DD" names a day that exists (no 30 februari), by arithmetic: frozen contents hold thousands of dates. */
export function isCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** A calendar date as "YYYY-MM-DD". */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul een datum in als dag-maand-jaar.' })
  .refine(isCalendarDate, { error: 'Deze datum bestaat niet.' });

export const nonNegativeNumber = (label: string, max = 1_000_000_000) =>
  z.number({ error: `${label} moet een getal zijn.` })
    .finite({ error: `${label} moet een getal zijn.` })
    .min(0, { error: `${label} mag niet negatief zijn.` })
    .max(max, { error: `${label} is te groot.` });

export const TimestampSchema = z.string();
