import { AppError } from '../../../shared/errors';

/**
 * A refusal by SQLite itself (a constraint, a trigger, a full disk) in words for the
 * person at the screen. Most of these are caught earlier by the services with a
 * better sentence; what reaches this point is a race (two windows, an item deleted
 * meanwhile) or a gap in those checks, and the person still deserves to know what
 * happened and that nothing was saved.
 */
const nothingSaved = 'Er is niets gewijzigd.';

/** UNIQUE and PRIMARY KEY failures by "table.column", as SQLite names them. */
const duplicates: Record<string, string> = {
  'sectors.name': 'Er is al een sector met deze naam.',
  'sector_groups.name': 'Er is al een groep sectoren met deze naam.',
  'quotum_percentages.year': 'Voor dit jaar is al een quotumpercentage ingevoerd.',
  'agenda_quotum_percentages.agenda_id, agenda_quotum_percentages.year': 'Voor dit jaar is al een quotumpercentage ingevoerd bij deze werkagenda.',
  'job_goals.agenda_id, job_goals.year': 'Voor dit jaar is al een banendoel ingevoerd.',
  'revisions.agenda_id, revisions.number': 'Er is intussen al een versie met dit nummer aangeboden. Vernieuw het scherm en probeer het opnieuw.',
  'employer_hours.employer_id, employer_hours.year': 'Voor deze werkgever zijn de uren van dit jaar al ingevoerd.',
};

/** CHECK failures, recognised by the column the check is about. */
const checks: [RegExp, string][] = [
  [/percentage/, 'Een percentage moet groter zijn dan 0 en hoogstens 100.'],
  [/hours_per_year|hours_per_week|\bfte\b/, 'Uren en fte kunnen niet negatief zijn, en een werkweek heeft meer dan 0 uur.'],
  [/\bjobs\b/, 'Een aantal banen kan niet negatief zijn.'],
  [/\bvalue\b/, 'Een meetwaarde kan niet negatief zijn.'],
  [/end_year/, 'Het eindjaar moet in of na het beginjaar liggen.'],
  [/\bstatus\b/, 'Kies een status uit de lijst.'],
  [/\bresult\b/, 'Kies een beoordeling uit de lijst: werkte, deels of niet.'],
  [/\b(actor|nature|level|kind|origin|target_kind|how)\b/, 'Kies een waarde uit de lijst.'],
];

function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return null;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** The AppError for a SQLite refusal, or null when the error is not one (then it stays INTERNAL). */
export function sqliteFailure(error: unknown): AppError | null {
  const code = sqliteCode(error);
  if (!code) return null;
  const message = (error as Error).message;
  const detail = message.replace(/^[A-Z ]+constraint failed: /, '');
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError('CONFLICT', `${duplicates[detail] ?? 'Dit bestaat al; twee keer hetzelfde kan hier niet.'} ${nothingSaved}`);
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError('CONFLICT', `Dit verwijst naar iets dat niet (meer) bestaat, misschien omdat het intussen is verwijderd. Vernieuw het scherm en probeer het opnieuw. ${nothingSaved}`);
    case 'SQLITE_CONSTRAINT_CHECK': {
      const found = checks.find(([pattern]) => pattern.test(detail));
      return new AppError('VALIDATION', `${found?.[1] ?? 'Deze waarde is hier niet toegestaan.'} ${nothingSaved}`);
    }
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new AppError('VALIDATION', `Een verplicht gegeven ontbreekt. ${nothingSaved}`);
    case 'SQLITE_CONSTRAINT_TRIGGER':
      // The triggers guard what is frozen: revisions and signatures.
      return new AppError('CONFLICT', `Een aangeboden versie en een handtekening liggen vast en kunnen niet worden gewijzigd of verwijderd. ${nothingSaved}`);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError('CONFLICT', `Het gegevensbestand is even bezet door een andere handeling. Probeer het over een paar seconden opnieuw. ${nothingSaved}`);
    case 'SQLITE_FULL':
      return new AppError('INTERNAL', `De schijf is vol, daarom is uw laatste wijziging niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.`);
    case 'SQLITE_READONLY':
      return new AppError('INTERNAL', 'Het gegevensbestand kan alleen worden gelezen, daarom is uw laatste wijziging niet opgeslagen. Vraag uw functioneel beheerder om schrijfrechten op de gegevensmap.');
    default:
      if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('VALIDATION', `Deze wijziging past niet bij wat er al is opgeslagen. ${nothingSaved}`);
      if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
        return new AppError('INTERNAL', 'Het gegevensbestand kon niet worden gelezen of geschreven, daarom is uw laatste wijziging niet opgeslagen. Zet zo nodig een reservekopie terug (Beheer).');
      }
      return null;
  }
}
