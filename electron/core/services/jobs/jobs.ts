import { logCreate, logDelete, logUpdate, readLoggedRow } from '../logbook/record';
import { logEvent } from '../signoff/audit';
import { employerHoursWords, excerpt, beforeAfter, realisedJobsSummary } from '../../../../shared/logbook';
import { usedQuotumPercentages } from '../../../../shared/agendaQuotum';
import { AppError } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format';
import { enteredWords, jobsFromEntered, type Entered } from '../../../../shared/inkoopConversion';
import type { EmployerHoursInput, JobsOverview, QuotumPercentage, RealisedJobKind } from '../../../../shared/domain/jobs';
import { newId, now, requireEditableAgenda, touchAgenda, type Db, type Trx } from '../common';

/** Today as "YYYY-MM-DD" in the local time zone of the machine (reference dates may not lie after it). */
export function today(): string {
  const date = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export async function listQuotumPercentages(db: Db | Trx): Promise<QuotumPercentage[]> {
  return db.selectFrom('quotumPercentages').select(['year', 'percentage', 'source']).orderBy('year').execute();
}

/** Adds or changes the quotum percentage of a year (global, not per agenda). */
export async function setQuotumPercentage(db: Db, input: QuotumPercentage): Promise<{ quotumPercentages: QuotumPercentage[] }> {
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('quotumPercentages').values(input)
      .onConflict((oc) => oc.column('year').doUpdateSet({ percentage: input.percentage, source: input.source })).execute();
    return { quotumPercentages: await listQuotumPercentages(trx) };
  });
}

/** "Percentage voor een jaar toevoegen": never replaces what a year already has without asking. */
export async function addQuotumPercentage(db: Db, input: QuotumPercentage): Promise<{ quotumPercentages: QuotumPercentage[] }> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('quotumPercentages').select(['percentage', 'source']).where('year', '=', input.year).executeTakeFirst();
    if (existing) {
      const source = existing.source ? ` (bron: ${existing.source})` : '';
      throw new AppError('CONFLICT', `Voor ${input.year} staat al ${formatNumber(existing.percentage, 2)}%${source}. Het percentage geldt voor alle werkagenda’s.`, 'year');
    }
    await trx.insertInto('quotumPercentages').values(input).execute();
    return { quotumPercentages: await listQuotumPercentages(trx) };
  });
}

export async function deleteQuotumPercentage(db: Db, year: number): Promise<{ quotumPercentages: QuotumPercentage[] }> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('quotumPercentages').where('year', '=', year).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', `Er is geen quotumpercentage voor ${year} ingevuld.`, 'year');
    return { quotumPercentages: await listQuotumPercentages(trx) };
  });
}

export async function loadJobs(db: Db | Trx, agendaId: string): Promise<JobsOverview> {
  const agenda = await db.selectFrom('agendas').innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
    .select(['agendas.id', 'agendas.title', 'sectors.name as sectorName', 'agendas.startYear', 'agendas.endYear', 'agendas.deletedAt', 'agendas.importedFrom'])
    .where('agendas.id', '=', agendaId).executeTakeFirst();
  if (!agenda || agenda.deletedAt !== null) throw new AppError('NOT_FOUND', 'Deze werkagenda bestaat niet (meer).');
  const [jobGoals, employers, hours, realised, installationQuotum, fileQuotum] = await Promise.all([
    db.selectFrom('jobGoals').select(['year', 'jobs']).where('agendaId', '=', agendaId).orderBy('year').execute(),
    db.selectFrom('employers').select(['id', 'agendaId', 'name']).where('agendaId', '=', agendaId).orderBy('sortOrder').execute(),
    db.selectFrom('employerHours').innerJoin('employers', 'employers.id', 'employerHours.employerId')
      .select(['employerHours.employerId', 'employerHours.year', 'employerHours.kind', 'employerHours.hoursPerYear', 'employerHours.fte', 'employerHours.hoursPerWeek'])
      .where('employers.agendaId', '=', agendaId).orderBy('employerHours.year').execute(),
    db.selectFrom('realisedJobs').select(['id', 'agendaId', 'employerId', 'referenceDate', 'jobs', 'kind', 'note', 'enteredUnit', 'enteredValue'])
      .where('agendaId', '=', agendaId).orderBy('referenceDate').orderBy('createdAt').execute(),
    listQuotumPercentages(db),
    db.selectFrom('agendaQuotumPercentages').select(['year', 'percentage', 'source']).where('agendaId', '=', agendaId).orderBy('year').execute(),
  ]);
  return {
    agenda: { id: agenda.id, title: agenda.title, sectorName: agenda.sectorName, startYear: agenda.startYear, endYear: agenda.endYear, jobGoals },
    employers: employers.map((employer) => ({
      ...employer,
      hours: hours.filter((entry) => entry.employerId === employer.id)
        .map(({ year, kind, hoursPerYear, fte, hoursPerWeek }) => ({ year, kind, hoursPerYear, fte, hoursPerWeek })),
    })),
    realised: realised.map(({ enteredUnit, enteredValue, ...row }) => ({
      ...row, entered: enteredUnit !== null && enteredValue !== null ? { unit: enteredUnit, value: enteredValue } : null,
    })),
    // Banen en quotum, Voortgang, the agenda export and the overleg all read these, so they agree.
    quotumPercentages: usedQuotumPercentages(installationQuotum, fileQuotum),
    fileQuotum: fileQuotum.length > 0 ? { from: agenda.importedFrom ?? 'een andere installatie', percentages: fileQuotum } : null,
  };
}

/** The agenda an employer belongs to (the agenda must not be in the bin). */
async function employerAgenda(trx: Trx, employerId: string): Promise<{ agendaId: string; startYear: number; endYear: number }> {
  const row = await trx.selectFrom('employers').innerJoin('agendas', 'agendas.id', 'employers.agendaId')
    .select(['employers.agendaId', 'agendas.startYear', 'agendas.endYear']).where('employers.id', '=', employerId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Deze werkgever bestaat niet (meer).', 'employerId');
  await requireEditableAgenda(trx, row.agendaId);
  return row;
}

export async function createEmployer(db: Db, input: { agendaId: string; name: string }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    const existing = await trx.selectFrom('employers').select('id').where('agendaId', '=', input.agendaId).where('name', '=', input.name).executeTakeFirst();
    if (existing) throw new AppError('CONFLICT', `Er is al een werkgever met de naam “${input.name}”.`, 'name');
    const max = await trx.selectFrom('employers').select((eb) => eb.fn.max('sortOrder').as('max')).where('agendaId', '=', input.agendaId).executeTakeFirst();
    const id = newId();
    await trx.insertInto('employers').values({ id, agendaId: input.agendaId, name: input.name, sortOrder: (max?.max ?? 0) + 1, createdAt: now() }).execute();
    await touchAgenda(trx, input.agendaId);
    await logCreate(trx, input.agendaId, 'employer', id);
    return input.agendaId;
  });
}

export async function renameEmployer(db: Db, id: string, name: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { agendaId } = await employerAgenda(trx, id);
    const existing = await trx.selectFrom('employers').select('id').where('agendaId', '=', agendaId).where('name', '=', name).where('id', '!=', id).executeTakeFirst();
    if (existing) throw new AppError('CONFLICT', `Er is al een werkgever met de naam “${name}”.`, 'name');
    const before = await readLoggedRow(trx, 'employer', id);
    await trx.updateTable('employers').set({ name }).where('id', '=', id).execute();
    await touchAgenda(trx, agendaId);
    await logUpdate(trx, agendaId, 'employer', id, before);
    return agendaId;
  });
}

/** Deletes an employer with its hours and its realised figures (ON DELETE CASCADE). */
export async function deleteEmployer(db: Db, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { agendaId } = await employerAgenda(trx, id);
    const before = await readLoggedRow(trx, 'employer', id);
    await trx.deleteFrom('employers').where('id', '=', id).execute();
    await touchAgenda(trx, agendaId);
    await logDelete(trx, agendaId, 'employer', before);
    return agendaId;
  });
}

/** Stores what was entered for one year of the period; null removes it. */
export async function setEmployerHours(db: Db, input: { employerId: string; year: number; hours: EmployerHoursInput | null }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { agendaId, startYear, endYear } = await employerAgenda(trx, input.employerId);
    if (input.year < startYear || input.year > endYear) {
      throw new AppError('VALIDATION', `Het jaar ${input.year} valt buiten de looptijd ${startYear}-${endYear}.`, 'year');
    }
    const old = await trx.selectFrom('employerHours').selectAll().where('employerId', '=', input.employerId).where('year', '=', input.year).executeTakeFirst();
    await trx.deleteFrom('employerHours').where('employerId', '=', input.employerId).where('year', '=', input.year).execute();
    const hours = input.hours;
    if (hours) {
      await trx.insertInto('employerHours').values({
        employerId: input.employerId,
        year: input.year,
        kind: hours.kind,
        hoursPerYear: hours.kind === 'uren' ? hours.hoursPerYear : null,
        fte: hours.kind === 'fte' ? hours.fte : null,
        hoursPerWeek: hours.kind === 'fte' ? hours.hoursPerWeek : null,
      }).execute();
    }
    await touchAgenda(trx, agendaId);
    const after = hours ? { hoursPerYear: null, fte: null, hoursPerWeek: null, ...hours } : null;
    const [was, nu] = [employerHoursWords(old ?? null), employerHoursWords(after)];
    if (was !== nu) {
      const employer = await trx.selectFrom('employers').select('name').where('id', '=', input.employerId).executeTakeFirstOrThrow();
      await logEvent(trx, agendaId, 'uitvoering_bijgewerkt', `Werkgever “${excerpt(employer.name, 60)}”, verloonde uren ${input.year}: ${beforeAfter(was, nu)}.`);
    }
    return agendaId;
  });
}

interface NewRealisedJobs { agendaId: string; employerId: string | null; referenceDate: string; jobs: number; kind: RealisedJobKind; note: string; entered?: Entered | null }

export async function createRealisedJobs(db: Db, input: NewRealisedJobs): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    const agenda = await trx.selectFrom('agendas').select(['startYear', 'endYear']).where('id', '=', input.agendaId).executeTakeFirstOrThrow();
    const year = Number(input.referenceDate.slice(0, 4));
    if (year < agenda.startYear || year > agenda.endYear) {
      throw new AppError('VALIDATION', `De peildatum moet in de looptijd ${agenda.startYear}-${agenda.endYear} liggen.`, 'referenceDate');
    }
    if (input.referenceDate > today()) throw new AppError('VALIDATION', 'De peildatum mag niet in de toekomst liggen.', 'referenceDate');
    if (input.employerId !== null) {
      const employer = await trx.selectFrom('employers').select('agendaId').where('id', '=', input.employerId).executeTakeFirst();
      if (!employer || employer.agendaId !== input.agendaId) throw new AppError('VALIDATION', 'Deze werkgever hoort niet bij deze werkagenda.', 'employerId');
    }
    const { entered, ...fields } = input;
    // Persons or hours are converted here, never taken from the request: one conversion, in shared/.
    const row = entered ? { ...fields, jobs: jobsFromEntered(entered), enteredUnit: entered.unit, enteredValue: entered.value } : fields;
    await trx.insertInto('realisedJobs').values({ id: newId(), ...row, createdAt: now() }).execute();
    await touchAgenda(trx, input.agendaId);
    await logEvent(trx, input.agendaId, 'uitvoering_bijgewerkt', realisedJobsSummary(row, await employerName(trx, input.employerId), true) + (entered ? ` ${enteredWords(entered)}.` : ''));
    return input.agendaId;
  });
}

export async function deleteRealisedJobs(db: Db, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('realisedJobs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'Dit aantal gerealiseerde banen bestaat niet (meer).');
    await requireEditableAgenda(trx, row.agendaId);
    const employer = await employerName(trx, row.employerId);
    await trx.deleteFrom('realisedJobs').where('id', '=', id).execute();
    await touchAgenda(trx, row.agendaId);
    await logEvent(trx, row.agendaId, 'uitvoering_bijgewerkt', realisedJobsSummary(row, employer, false));
    return row.agendaId;
  });
}

async function employerName(trx: Trx, employerId: string | null): Promise<string | null> {
  if (employerId === null) return null;
  return (await trx.selectFrom('employers').select('name').where('id', '=', employerId).executeTakeFirst())?.name ?? null;
}

/**
 * The jobs figures of many agendas in a fixed number of queries (for the overleg): per agenda
 * what loadJobs gives of its employers, realised jobs and the quotum percentages it uses.
 */
export async function loadJobsOf(db: Db | Trx, agendaIds: readonly string[]): Promise<Map<string, Pick<JobsOverview, 'employers' | 'realised' | 'quotumPercentages'>>> {
  if (agendaIds.length === 0) return new Map();
  const ids = [...agendaIds];
  const [employers, hours, realised, installationQuotum, fileQuotum] = await Promise.all([
    db.selectFrom('employers').select(['id', 'agendaId', 'name']).where('agendaId', 'in', ids).orderBy('sortOrder').execute(),
    db.selectFrom('employerHours').innerJoin('employers', 'employers.id', 'employerHours.employerId')
      .select(['employerHours.employerId', 'employerHours.year', 'employerHours.kind', 'employerHours.hoursPerYear', 'employerHours.fte', 'employerHours.hoursPerWeek'])
      .where('employers.agendaId', 'in', ids).orderBy('employerHours.year').execute(),
    db.selectFrom('realisedJobs').select(['id', 'agendaId', 'employerId', 'referenceDate', 'jobs', 'kind', 'note', 'enteredUnit', 'enteredValue'])
      .where('agendaId', 'in', ids).orderBy('referenceDate').orderBy('createdAt').execute(),
    listQuotumPercentages(db),
    db.selectFrom('agendaQuotumPercentages').select(['agendaId', 'year', 'percentage', 'source']).where('agendaId', 'in', ids).orderBy('year').execute(),
  ]);
  const hoursOf = new Map<string, typeof hours>();
  for (const entry of hours) hoursOf.set(entry.employerId, [...(hoursOf.get(entry.employerId) ?? []), entry]);
  return new Map(ids.map((agendaId) => [agendaId, {
    employers: employers.filter((employer) => employer.agendaId === agendaId).map((employer) => ({
      ...employer,
      hours: (hoursOf.get(employer.id) ?? []).map(({ year, kind, hoursPerYear, fte, hoursPerWeek }) => ({ year, kind, hoursPerYear, fte, hoursPerWeek })),
    })),
    realised: realised.filter((row) => row.agendaId === agendaId).map(({ enteredUnit, enteredValue, ...row }) => ({
      ...row, entered: enteredUnit !== null && enteredValue !== null ? { unit: enteredUnit, value: enteredValue } : null,
    })),
    quotumPercentages: usedQuotumPercentages(installationQuotum, fileQuotum.filter((row) => row.agendaId === agendaId).map(({ agendaId: _a, ...row }) => row)),
  }]));
}
