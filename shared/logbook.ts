import type { AuditKind } from './domain/signoff';
import { evaluationResultLabels } from './domain/cycle';
import { actionStatusLabels } from './domain/monitoring';
import { formatDate, formatMonth, formatNumber } from './format';
import { actorLabels, addresseeLabels, natureLabels, targetLevelShort } from './labels';

/**
 * The Logboek's words for a change (issue 12, item 5): which item, which field,
 * what it was and what it became, short enough to read in one line. The core
 * reads the rows before and after a change and asks these functions what to write.
 */

/** How a field's value reads in the Logboek; `names` turns ids into titles. */
export type ValueFormat = 'text' | 'number' | 'year' | 'month' | 'date' | 'yesNo' | 'actor' | 'nature' | 'addressee' | 'level' | 'status' | 'result'
  | 'type' | 'types' | 'knelpunten' | 'catalogue' | 'sector' | 'actions' | 'targets' | 'codes';

export interface LoggedEntity {
  /** The item's noun as a line starts with it: "Actie", "Doel". */
  noun: string;
  /** The field that names one item in a line ("Actie “Meet and greets”"); none for the agenda itself. */
  nameField?: string;
  kind: AuditKind;
  fields: Record<string, readonly [label: string, format?: ValueFormat]>;
}

export const loggedEntities = {
  agenda: {
    noun: 'Werkagenda', kind: 'plan_gewijzigd',
    fields: {
      title: ['titel'], sectorId: ['sector', 'sector'], startYear: ['beginjaar', 'year'], endYear: ['eindjaar', 'year'],
      introduction: ['inleiding en context'], lookback: ['terugblik op de vorige werkagenda'], objectives: ['toelichting op de doelstellingen'],
      accountability: ['verantwoording door werkgevers'], employerCount: ['aantal werkgevers in de sector', 'number'],
    },
  },
  knelpunt: {
    noun: 'Knelpunt', nameField: 'title', kind: 'plan_gewijzigd',
    fields: {
      title: ['titel'], description: ['beschrijving'], cause: ['oorzaak'], catalogueId: ['categorie', 'catalogue'],
      addressee: ['wie kan het oplossen', 'addressee'], request: ['verzoek'],
    },
  },
  action: {
    noun: 'Actie', nameField: 'title', kind: 'plan_gewijzigd',
    fields: {
      title: ['titel'], description: ['toelichting'], primaryTypeId: ['actietype', 'type'], extraTypeIds: ['ook van actietype', 'types'],
      actor: ['wie voert uit', 'actor'], nature: ['soort', 'nature'], owner: ['trekker'], startMonth: ['startmaand', 'month'],
      endMonth: ['eindmaand', 'month'], jobsPrognosis: ['verwachte banen', 'number'], knelpuntIds: ['pakt aan', 'knelpunten'],
    },
  },
  actionStatus: { noun: 'Actie', nameField: 'title', kind: 'uitvoering_bijgewerkt', fields: { status: ['status', 'status'] } },
  milestone: { noun: 'Mijlpaal', nameField: 'title', kind: 'plan_gewijzigd', fields: { title: ['titel'], month: ['maand', 'month'] } },
  milestoneDone: { noun: 'Mijlpaal', nameField: 'title', kind: 'uitvoering_bijgewerkt', fields: { done: ['gehaald', 'yesNo'] } },
  target: {
    noun: 'Doel', nameField: 'indicator', kind: 'plan_gewijzigd',
    fields: {
      indicator: ['omschrijving'], level: ['niveau', 'level'], unit: ['eenheid'], baseline: ['beginwaarde', 'number'],
      targetValue: ['streefwaarde', 'number'], deadline: ['uiterlijk', 'date'], perYear: ['geldt per jaar', 'yesNo'],
    },
  },
  signatory: {
    noun: 'Ondertekenaar', nameField: 'name', kind: 'plan_gewijzigd',
    fields: { name: ['naam'], function: ['functie'], organisation: ['organisatie'], required: ['moet ondertekenen', 'yesNo'] },
  },
  jobGoal: { noun: 'Banendoel', nameField: 'year', kind: 'plan_gewijzigd', fields: { jobs: ['banen', 'number'] } },
  unusedType: { noun: 'Niet gebruikt actietype', nameField: 'typeName', kind: 'plan_gewijzigd', fields: { reason: ['reden'] } },
  evaluation: {
    noun: 'Evaluatie van actie', nameField: 'title', kind: 'evaluatie_bijgewerkt',
    fields: { result: ['oordeel', 'result'], why: ['waarom'], lesson: ['les'], helped: ['wat hielp', 'codes'] },
  },
  foundKnelpunt: {
    noun: 'Gevonden knelpunt', nameField: 'title', kind: 'evaluatie_bijgewerkt',
    fields: {
      title: ['titel'], description: ['beschrijving'], cause: ['oorzaak'], catalogueId: ['categorie', 'catalogue'],
      actionIds: ['bij de acties', 'actions'], targetIds: ['bij de doelen', 'targets'],
    },
  },
  employer: { noun: 'Werkgever', nameField: 'name', kind: 'uitvoering_bijgewerkt', fields: { name: ['naam'] } },
  goodExample: {
    noun: 'Goed voorbeeld bij actie', nameField: 'title', kind: 'evaluatie_bijgewerkt',
    fields: {
      whatWorked: ['wat werkte'], organisation: ['organisatie'], contactName: ['contactpersoon'], contactEmail: ['e-mail'], contactPhone: ['telefoon'],
      consent: ['toestemming om de contactgegevens te delen', 'yesNo'],
    },
  },
} satisfies Record<string, LoggedEntity>;

export type LoggedEntityName = keyof typeof loggedEntities;
export type LoggedRow = Record<string, unknown>;

/** Titles for the ids a value may hold; what is missing reads as "(verwijderd)". */
export interface ValueNames {
  types?: ReadonlyMap<number, string>;
  knelpunten?: ReadonlyMap<string, string>;
  catalogue?: ReadonlyMap<string, string>;
  sectors?: ReadonlyMap<string, string>;
  actions?: ReadonlyMap<string, string>;
  targets?: ReadonlyMap<string, string>;
}

/** Which lookups a set of changed fields needs, so the core only reads the names it will print. */
export function namesNeeded(entity: LoggedEntityName, fields: readonly string[]): Set<keyof ValueNames> {
  const lookups: Partial<Record<ValueFormat, keyof ValueNames>> = {
    type: 'types', types: 'types', knelpunten: 'knelpunten', catalogue: 'catalogue', sector: 'sectors', actions: 'actions', targets: 'targets',
  };
  const descriptor: LoggedEntity = loggedEntities[entity];
  return new Set(fields.map((field) => lookups[descriptor.fields[field]?.[1] ?? 'text']).filter((name): name is keyof ValueNames => name !== undefined));
}

/** At most `max` characters of a text on one line, cut at a word with "…". */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const nameOf = (map: ReadonlyMap<string | number, string> | undefined, id: string | number) => map?.get(id as never) ?? '(verwijderd)';
const list = (values: readonly string[]) => values.length === 0 ? '' : values.join('; ');

/** A value as the Logboek shows it, quoted where it is free text; '' is "leeg". */
export function formatLoggedValue(value: unknown, format: ValueFormat = 'text', names: ValueNames = {}): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  switch (format) {
    case 'number': return formatNumber(Number(value));
    case 'year': return String(value);
    case 'month': return formatMonth(String(value));
    case 'date': return formatDate(String(value));
    case 'yesNo': return value === true || value === 1 ? 'ja' : 'nee';
    case 'actor': return actorLabels[value as keyof typeof actorLabels] ?? String(value);
    case 'nature': return natureLabels[value as keyof typeof natureLabels] ?? String(value);
    case 'addressee': return addresseeLabels[value as keyof typeof addresseeLabels] ?? String(value);
    case 'level': return targetLevelShort[value as keyof typeof targetLevelShort] ?? String(value);
    case 'status': return actionStatusLabels[value as keyof typeof actionStatusLabels] ?? String(value);
    case 'result': return evaluationResultLabels[value as keyof typeof evaluationResultLabels] ?? String(value);
    case 'type': return `${value}. ${nameOf(names.types, Number(value))}`;
    case 'types': return list([...(value as number[])].sort((a, b) => a - b).map((id) => `${id}. ${nameOf(names.types, id)}`));
    case 'knelpunten': return list((value as string[]).map((id) => nameOf(names.knelpunten, id)));
    case 'actions': return list((value as string[]).map((id) => nameOf(names.actions, id)));
    case 'targets': return list((value as string[]).map((id) => nameOf(names.targets, id)));
    case 'catalogue': return nameOf(names.catalogue, String(value));
    case 'sector': return nameOf(names.sectors, String(value));
    case 'codes': return list(value as string[]);
    case 'text': return String(value);
  }
}

const shown = (value: string) => (value === '' ? 'leeg' : `“${excerpt(value)}”`);

/** "was “A”, nu “B”": the heart of a line about one field. */
export function beforeAfter(before: string, after: string): string {
  return `was ${shown(before)}, nu ${shown(after)}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of an entity whose value differs between two readings of its row. */
export function changedFields(entity: LoggedEntityName, before: LoggedRow, after: LoggedRow): string[] {
  return Object.keys(loggedEntities[entity].fields).filter((field) => !same(before[field], after[field]));
}

/** How one item is named in a line: `Actie “Meet and greets”`, or `Werkagenda` for the agenda itself. */
export function itemWords(entity: LoggedEntityName, row: LoggedRow): string {
  const descriptor: LoggedEntity = loggedEntities[entity];
  if (!descriptor.nameField) return descriptor.noun;
  const name = String(row[descriptor.nameField] ?? '');
  return name ? `${descriptor.noun} “${excerpt(name, 60)}”` : descriptor.noun;
}

/** One field's change, ready to write: what the line says, and its key for merging a burst of autosaves. */
export interface FieldChangeLine {
  subject: string;
  /** The line up to the before/after part, e.g. `Actie “Meet and greets”, startmaand`. */
  label: string;
  before: string;
  after: string;
}

export function fieldChangeLines(entity: LoggedEntityName, id: string, before: LoggedRow, after: LoggedRow, names: ValueNames = {}): FieldChangeLine[] {
  const descriptor: LoggedEntity = loggedEntities[entity];
  return changedFields(entity, before, after).map((field) => {
    const [label, format] = descriptor.fields[field]!;
    const item = itemWords(entity, before);
    return {
      subject: `${entity}:${id}:${field}`,
      label: entity === 'agenda' ? `${label.charAt(0).toUpperCase()}${label.slice(1)}` : `${item}, ${label}`,
      before: formatLoggedValue(before[field], format, names),
      after: formatLoggedValue(after[field], format, names),
    };
  });
}

/** The whole line of a field change: `Actie “X”, titel: was “A”, nu “B”.` */
export function fieldChangeSummary(line: Pick<FieldChangeLine, 'label' | 'before' | 'after'>): string {
  return `${line.label}: ${beforeAfter(line.before, line.after)}.`;
}

export const createdSummary = (entity: LoggedEntityName, row: LoggedRow) => `${itemWords(entity, row)} toegevoegd.`;
export const deletedSummary = (entity: LoggedEntityName, row: LoggedRow) => `${itemWords(entity, row)} verwijderd.`;

/** The Logboek's filter on Ondertekening: what kind of thing happened. */
export const logbookGroups = [
  { id: 'plan', label: 'Het plan', kinds: ['aangemaakt', 'plan_gewijzigd', 'vorige_gekoppeld', 'volgende_werkagenda'] },
  { id: 'uitvoering', label: 'Uitvoering en evaluatie', kinds: ['uitvoering_bijgewerkt', 'evaluatie_bijgewerkt'] },
  { id: 'ondertekening', label: 'Aanbieden en ondertekenen', kinds: ['bevroren', 'ondertekend', 'sleutel_bevestigd', 'sleutel_vervangen'] },
  { id: 'opmerkingen', label: 'Opmerkingen', kinds: ['opmerking', 'opmerking_afgehandeld', 'opmerking_heropend'] },
  { id: 'uitwisseling', label: 'Export en uitwisseling', kinds: ['geexporteerd', 'geimporteerd'] },
  { id: 'beheer', label: 'Prullenbak en reservekopieën', kinds: ['naar_prullenbak', 'teruggehaald', 'reservekopie_teruggezet'] },
] as const satisfies readonly { id: string; label: string; kinds: readonly AuditKind[] }[];

export type LogbookGroup = (typeof logbookGroups)[number]['id'];

export function groupOfKind(kind: AuditKind): LogbookGroup {
  return logbookGroups.find((group) => (group.kinds as readonly AuditKind[]).includes(kind))?.id ?? 'plan';
}

export interface LogbookFilter { group: LogbookGroup | 'alles'; actor: string | 'iedereen'; text: string }

/** The lines a filter keeps; the text is searched in what and who, without regard to case. */
export function filterLogbook<T extends { kind: AuditKind; actor: string; summary: string }>(events: readonly T[], filter: LogbookFilter): T[] {
  const needle = filter.text.trim().toLocaleLowerCase('nl-NL');
  return events.filter((event) => (filter.group === 'alles' || groupOfKind(event.kind) === filter.group)
    && (filter.actor === 'iedereen' || event.actor === filter.actor)
    && (needle === '' || `${event.summary} ${event.actor}`.toLocaleLowerCase('nl-NL').includes(needle)));
}

/** Lines about execution data that is added or removed as a whole (notes, measurements, hours, realised jobs). */
const addedOrRemoved = (added: boolean) => (added ? 'toegevoegd' : 'verwijderd');

export function progressNoteSummary(actionTitle: string, note: { date: string; text: string }, added: boolean): string {
  return `Voortgangsnotitie bij actie “${excerpt(actionTitle, 60)}” van ${formatDate(note.date)} ${addedOrRemoved(added)}: “${excerpt(note.text)}”.`;
}

export function measurementSummary(indicator: string, measurement: { date: string; value: number }, added: boolean): string {
  return `Meting bij doel “${excerpt(indicator, 60)}” ${addedOrRemoved(added)}: ${formatNumber(measurement.value)} op ${formatDate(measurement.date)}.`;
}

export function employerHoursWords(hours: { kind: 'uren' | 'fte'; hoursPerYear: number | null; fte: number | null; hoursPerWeek: number | null } | null): string {
  if (!hours) return '';
  return hours.kind === 'uren' ? `${formatNumber(hours.hoursPerYear ?? 0)} uur per jaar` : `${formatNumber(hours.fte ?? 0)} fte van ${formatNumber(hours.hoursPerWeek ?? 0)} uur per week`;
}

export function realisedJobsSummary(row: { jobs: number; kind: 'regulier' | 'inkoop_sroi'; referenceDate: string }, employer: string | null, added: boolean): string {
  const kind = row.kind === 'inkoop_sroi' ? 'via inkoop en SROI' : 'regulier';
  return `Gerealiseerde banen ${addedOrRemoved(added)}: ${formatNumber(row.jobs)} ${kind} op ${formatDate(row.referenceDate)}, ${employer ? `werkgever “${excerpt(employer, 60)}”` : 'de sector als geheel'}.`;
}
