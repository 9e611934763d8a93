import { z } from 'zod';

/**
 * Dutch for every zod refusal that has no message of its own (issue 12, item 6).
 * zod 4's Dutch locale is the base, but it leaves words such as "string" and
 * "undefined" in its sentences, so the common cases get plain Dutch here; a
 * message set on a schema with `error:` always wins over both.
 */
const typeWords: Record<string, string> = {
  string: 'tekst', number: 'een getal', int: 'een heel getal', bigint: 'een heel getal', boolean: 'ja of nee', object: 'een groep velden',
  array: 'een lijst', null: 'niets', undefined: 'niets', date: 'een datum', nan: 'geen getal', symbol: 'een symbool', function: 'een functie',
};
const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
};
const word = (type: string) => typeWords[type] ?? 'een andere waarde';
const amount = (value: number | bigint) => Number(value).toLocaleString('nl-NL');

export function dutchIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Dit gegeven ontbreekt.';
      return `Hier hoort ${word(issue.expected)}, niet ${word(typeOf(issue.input))}.`;
    case 'too_big': {
      const max = amount(issue.maximum as number);
      if (issue.origin === 'string') return `Te lang: hoogstens ${max} tekens.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Te veel: hoogstens ${max}.`;
      return issue.inclusive ? `Te groot: hoogstens ${max}.` : `Te groot: kleiner dan ${max}.`;
    }
    case 'too_small': {
      const min = amount(issue.minimum as number);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Vul dit in.' : `Te kort: ten minste ${min} tekens.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Te weinig: ten minste ${min}.`;
      return issue.inclusive ? `Te klein: ten minste ${min}.` : `Te klein: groter dan ${min}.`;
    }
    case 'invalid_format':
      return issue.format === 'uuid' || issue.format === 'guid' ? 'Ongeldige verwijzing.' : 'Dit heeft niet de juiste vorm.';
    case 'invalid_value':
      return 'Kies een van de mogelijke waarden.';
    case 'not_multiple_of':
      return 'Dit getal past niet in de stappen die hier gelden.';
    case 'unrecognized_keys':
      return 'Er staan onbekende gegevens in de invoer.';
    case 'invalid_union':
      return 'Deze invoer past bij geen van de mogelijke vormen.';
    case 'invalid_key':
    case 'invalid_element':
      return 'Een van de waarden in deze lijst is ongeldig.';
    default:
      return 'Deze invoer is ongeldig.';
  }
}

z.config(z.locales.nl());
z.config({ customError: dutchIssueMessage });
