import { compareDutch } from './format';
import type { GoodExampleFields, LibraryEntry, LibraryFilter } from './domain/examples';

/**
 * Whom to ask, as it may leave this installation: only with consent and only when
 * something was filled in; otherwise nothing, so an exchange file or the Overleg
 * never carries a name that was not meant to travel.
 */
export function sharedContact(example: Pick<GoodExampleFields, 'contactName' | 'contactEmail' | 'contactPhone' | 'consent'>): LibraryEntry['contact'] {
  const contact = { name: example.contactName.trim(), email: example.contactEmail.trim(), phone: example.contactPhone.trim() };
  if (!example.consent || (contact.name === '' && contact.email === '' && contact.phone === '')) return null;
  return contact;
}

/** The example as an exchange file carries it: contact details blanked without consent. */
export function travellingExample<T extends GoodExampleFields>(example: T): T {
  return example.consent ? example : { ...example, contactName: '', contactEmail: '', contactPhone: '' };
}

const fold = (text: string) => text.toLocaleLowerCase('nl-NL').normalize('NFD').replace(/\p{Diacritic}/gu, '');

/** The library's search: by action type, by sector, and words in the action, what worked, the organisation or the contact. */
export function filterLibrary(entries: readonly LibraryEntry[], filter: LibraryFilter): LibraryEntry[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (filter.typeId !== null && entry.typeId !== filter.typeId) return false;
    if (filter.sectorName !== null && entry.sectorName !== filter.sectorName) return false;
    const haystack = fold([entry.actionTitle, entry.whatWorked, entry.organisation, entry.contact?.name ?? '', entry.sectorName].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** The library in a fixed order: by action type, then sector, then action. */
export function sortLibrary(entries: readonly LibraryEntry[]): LibraryEntry[] {
  return [...entries].sort((a, b) => a.typeId - b.typeId || compareDutch(a.sectorName, b.sectorName) || compareDutch(a.actionTitle, b.actionTitle));
}
