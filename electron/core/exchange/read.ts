import type { z } from 'zod';
import { dutchIssueMessage } from '../../../shared/zodDutch';
import { ExchangeFileSchema, exchangeFormat, exchangeVersion, type ExchangeFile } from '../../../shared/domain/exchange';
import { exchangeTooLargeMessage, maxExchangeBytes } from '../../../shared/fileLimits';
import { AppError, type ErrorCode } from '../../../shared/errors';

const dutchTypes: Record<string, string> = {
  string: 'tekst', number: 'een getal', boolean: 'ja of nee', object: 'een object', array: 'een lijst', int: 'een heel getal',
};

/** A message set on the schema with `error:`, rather than the general Dutch one of shared/zodDutch.ts, which names no field. */
const isFieldMessage = (issue: z.core.$ZodIssue) => issue.message !== dutchIssueMessage(issue as z.core.$ZodRawIssue);

/** One zod problem as a Dutch sentence naming the field, e.g. "Het veld “revisions.0.hash” ontbreekt." */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `Het veld “${issue.path.join('.')}”` : 'Het bestand';
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type' && input === undefined) return `${field} ontbreekt.`;
  const own = isFieldMessage(issue);
  const why = own ? issue.message : (() => {
    switch (issue.code) {
      case 'invalid_type': return `heeft de verkeerde soort waarde: verwacht ${dutchTypes[issue.expected] ?? issue.expected}.`;
      case 'too_big': return 'is te lang of te groot.';
      case 'too_small': return 'is te kort of te klein.';
      case 'invalid_format': return 'heeft een ongeldige vorm.';
      case 'invalid_value': return 'heeft een onbekende waarde.';
      default: return 'is ongeldig.';
    }
  })();
  return own ? `${field}: ${why}` : `${field} ${why}`;
}

function refuse(message: string, code: ErrorCode = 'VALIDATION'): never {
  throw new AppError(code, message, 'text');
}

/**
 * Reads an exchange file's text, refusing in plain Dutch anything that is too
 * large, not JSON, not ours, of another version, or with a missing or mistyped
 * field. Nothing is written here.
 */
export function parseExchangeText(text: string): ExchangeFile {
  return parseExchangeDocument(text).file;
}

/** The parsed file and the JSON it was parsed from: the file signature is checked over what was written, not over what the schema kept. */
export function parseExchangeDocument(text: string): { file: ExchangeFile; raw: Record<string, unknown> } {
  const bytes = Buffer.byteLength(text, 'utf8');
  // Its own code, like the Word import's, so the screen and the tests can tell a size refusal from a content one.
  if (bytes > maxExchangeBytes) refuse(exchangeTooLargeMessage(bytes), 'FILE_TOO_LARGE');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    refuse('Dit bestand is geen uitwisselbestand van de Werkagenda: de inhoud is geen geldige JSON. Kies het .werkagenda-bestand dat u hebt ontvangen.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== exchangeFormat) {
    refuse('Dit bestand is geen uitwisselbestand van de Werkagenda Banenafspraak (de aanduiding van het formaat ontbreekt of klopt niet).');
  }
  const version = (data as { version?: unknown }).version;
  if (version !== exchangeVersion) {
    const newer = typeof version === 'number' && version > exchangeVersion;
    refuse(newer
      ? `Dit bestand heeft versie ${version} van het uitwisselformaat; deze toepassing kent versie ${exchangeVersion}. Werk de toepassing bij om het te lezen.`
      : `Dit bestand heeft een onbekende versie van het uitwisselformaat (${JSON.stringify(version) ?? 'geen'}); deze toepassing leest versie ${exchangeVersion}.`);
  }
  const parsed = ExchangeFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const more = parsed.error.issues.length > 1 ? ` (en nog ${parsed.error.issues.length - 1} andere fout${parsed.error.issues.length > 2 ? 'en' : ''})` : '';
    refuse(`Het uitwisselbestand is onvolledig of beschadigd. ${describeIssue(first)}${more}`);
  }
  checkReferences(parsed.data);
  return { file: parsed.data, raw: data as Record<string, unknown> };
}

/** Every part must belong to the one agenda in the file, and links must point inside it. */
function checkReferences(file: ExchangeFile): void {
  const id = file.agenda.id;
  const foreign = [
    file.agenda.draft.agendaId, ...file.revisions.map((revision) => revision.content.agendaId),
    ...file.remarks.map((remark) => remark.agendaId), ...file.signatures.map((signature) => signature.agendaId), ...file.audit.map((event) => event.agendaId),
  ].some((agendaId) => agendaId !== id);
  if (foreign) refuse('Het uitwisselbestand is beschadigd: niet alle onderdelen horen bij dezelfde werkagenda.');
  const numbers = file.revisions.map((revision) => revision.number);
  if (new Set(numbers).size !== numbers.length) refuse('Het uitwisselbestand is beschadigd: een versienummer komt twee keer voor.');
  const draft = file.agenda.draft;
  const knelpuntIds = new Set(draft.knelpunten.map((knelpunt) => knelpunt.id));
  const actionIds = new Set(draft.actions.map((action) => action.id));
  if (draft.actions.some((action) => action.knelpuntIds.some((knelpuntId) => !knelpuntIds.has(knelpuntId)))
    || draft.targets.some((target) => target.actionId !== null && !actionIds.has(target.actionId))) {
    refuse('Het uitwisselbestand is beschadigd: een actie of doel verwijst naar iets dat niet in de werkagenda staat.');
  }
  const employerIds = new Set(file.monitoring.employers.map((employer) => employer.id));
  if (file.monitoring.realisedJobs.some((row) => row.employerId !== null && !employerIds.has(row.employerId))) {
    refuse('Het uitwisselbestand is beschadigd: gerealiseerde banen verwijzen naar een onbekende werkgever.');
  }
  checkExecution(file, actionIds, new Set(draft.targets.map((target) => target.id)));
}

/** The first value that occurs twice, if any. */
function duplicate(values: readonly (string | number)[]): string | number | undefined {
  const seen = new Set<string | number>();
  return values.find((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/** Do, Check and Act hang on the draft: every record belongs to one of its actions or targets, once. */
function checkExecution(file: ExchangeFile, actionIds: Set<string>, targetIds: Set<string>): void {
  const { draft } = file.agenda;
  const { measurements, actionStatuses, milestones, progressNotes, evaluations, foundKnelpunten, goodExamples, quotumPercentages, employers, realisedJobs } = file.monitoring;
  const milestoneIds = new Set(draft.actions.flatMap((action) => action.milestones.map((milestone) => milestone.id)));
  const twice: [string, readonly (string | number)[]][] = [
    ['een meting', measurements.map((row) => row.id)], ['een werkgever', employers.map((row) => row.id)],
    ['een aantal gerealiseerde banen', realisedJobs.map((row) => row.id)], ['de status van een actie', actionStatuses.map((row) => row.actionId)],
    ['een mijlpaal', milestones.map((row) => row.id)], ['een voortgangsnotitie', progressNotes.map((row) => row.id)],
    ['de evaluatie van een actie', evaluations.map((row) => row.actionId)], ['een gevonden knelpunt', foundKnelpunten.map((row) => row.id)],
    ['het quotumpercentage van een jaar', quotumPercentages.map((row) => row.year)],
    ['het goede voorbeeld van een actie', goodExamples.map((row) => row.actionId)],
  ];
  for (const [what, values] of twice) {
    if (duplicate(values) !== undefined) refuse(`Het uitwisselbestand is beschadigd: ${what} komt twee keer voor.`);
  }
  const strays: [string, boolean][] = [
    ['een meting hoort bij een doel dat', measurements.some((row) => !targetIds.has(row.targetId))],
    ['een status hoort bij een actie die', actionStatuses.some((row) => !actionIds.has(row.actionId))],
    ['een afgevinkte mijlpaal is een mijlpaal die', milestones.some((row) => !milestoneIds.has(row.id))],
    ['een voortgangsnotitie hoort bij een actie die', progressNotes.some((row) => !actionIds.has(row.actionId))],
    ['een evaluatie hoort bij een actie die', evaluations.some((row) => !actionIds.has(row.actionId))],
    ['een goed voorbeeld hoort bij een actie die', goodExamples.some((row) => !actionIds.has(row.actionId))],
    ['een gevonden knelpunt verwijst naar een actie of doel dat', foundKnelpunten.some((row) => row.actionIds.some((id) => !actionIds.has(id)) || row.targetIds.some((id) => !targetIds.has(id)))],
  ];
  const stray = strays.find(([, found]) => found);
  if (stray) refuse(`Het uitwisselbestand is beschadigd: ${stray[0]} niet in de werkagenda staat.`);
  const outside = quotumPercentages.find((row) => row.year < draft.startYear || row.year > draft.endYear);
  if (outside) refuse(`Het uitwisselbestand is beschadigd: het quotumpercentage voor ${outside.year} valt buiten de looptijd ${draft.startYear}-${draft.endYear}.`);
}
