import { writeHelped } from '../services/cycle/helped';
import { travellingExample } from '../../../shared/examples';
import type { ExchangeFile } from '../../../shared/domain/exchange';
import { canonicalJson } from '../../../shared/canonical';
import { AppError } from '../../../shared/errors';
import { countWords } from '../../../shared/format';
import { flag, type Trx } from '../services/common';

/**
 * The sender's Do and Act, taken with its content (nieuw, bijwerken), after the plan
 * has been written: action status, milestones ticked off and evaluations as the sender
 * has them; notes and found knelpunten by id, new ones added and known ones updated,
 * none removed. Ids were checked by requireOwnIds and references by read.ts.
 */
export async function writeExecution(trx: Trx, file: ExchangeFile, timestamp: string): Promise<void> {
  const agendaId = file.agenda.id;
  const { actionStatuses, milestones, progressNotes, evaluations, foundKnelpunten, goodExamples, quotumPercentages } = file.monitoring;
  for (const { actionId, status, statusDate } of actionStatuses) {
    await trx.updateTable('actions').set({ status, statusDate }).where('id', '=', actionId).where('agendaId', '=', agendaId).execute();
  }
  const ownActions = trx.selectFrom('actions').select('id').where('agendaId', '=', agendaId);
  for (const { id, done } of milestones) {
    await trx.updateTable('milestones').set({ done: flag(done) }).where('id', '=', id).where('actionId', 'in', ownActions).execute();
  }
  for (const { id, actionId, author, date, text, createdAt } of progressNotes) {
    await trx.insertInto('progressNotes').values({ id, actionId, author, date, text, createdAt })
      .onConflict((oc) => oc.column('id').doUpdateSet({ author, date, text })).execute();
  }
  for (const { actionId, result, why, lesson, helped: codes } of evaluations) {
    const helped = writeHelped(codes);
    await trx.insertInto('actionEvaluations').values({ actionId, result, why, lesson, helped, updatedAt: timestamp })
      .onConflict((oc) => oc.column('actionId').doUpdateSet({ result, why, lesson, helped, updatedAt: timestamp })).execute();
  }
  for (const example of goodExamples) {
    // A file may say it has no consent and still carry a name: that name does not stay here either.
    const { actionId, ...fields } = travellingExample(example);
    const values = { ...fields, consent: flag(fields.consent), updatedAt: timestamp };
    await trx.insertInto('goodExamples').values({ actionId, ...values }).onConflict((oc) => oc.column('actionId').doUpdateSet(values)).execute();
  }
  await writeFoundKnelpunten(trx, agendaId, foundKnelpunten, timestamp);
  await writeQuotum(trx, agendaId, quotumPercentages);
}

async function writeFoundKnelpunten(trx: Trx, agendaId: string, found: ExchangeFile['monitoring']['foundKnelpunten'], timestamp: string): Promise<void> {
  const catalogueIds = [...new Set(found.map((item) => item.catalogueId).filter((id): id is string => id !== null))];
  const known = new Set(catalogueIds.length === 0 ? [] : (await trx.selectFrom('catalogueItems').select('id')
    .where('kind', '=', 'knelpunt').where('id', 'in', catalogueIds).execute()).map((row) => row.id));
  const unknown = catalogueIds.find((id) => !known.has(id));
  if (unknown) throw new AppError('VALIDATION', `Het uitwisselbestand verwijst bij een gevonden knelpunt naar catalogus-onderdeel “${unknown}”, dat deze installatie niet als knelpunt kent.`, 'text');
  const last = await trx.selectFrom('foundKnelpunten').select((eb) => eb.fn.max('sortOrder').as('max')).where('agendaId', '=', agendaId).executeTakeFirst();
  for (const [index, { id, actionIds, targetIds, ...fields }] of found.entries()) {
    await trx.insertInto('foundKnelpunten').values({ id, agendaId, ...fields, sortOrder: (last?.max ?? 0) + index + 1, createdAt: timestamp })
      .onConflict((oc) => oc.column('id').doUpdateSet(fields)).execute();
    await trx.deleteFrom('foundKnelpuntActions').where('foundId', '=', id).execute();
    if (actionIds.length) await trx.insertInto('foundKnelpuntActions').values([...new Set(actionIds)].map((actionId) => ({ foundId: id, actionId }))).execute();
    await trx.deleteFrom('foundKnelpuntTargets').where('foundId', '=', id).execute();
    if (targetIds.length) await trx.insertInto('foundKnelpuntTargets').values([...new Set(targetIds)].map((targetId) => ({ foundId: id, targetId }))).execute();
  }
}

/**
 * An imported agenda keeps the percentages its sender used, for itself only; an agenda
 * made here that comes back keeps using this installation's (global) percentages.
 */
async function writeQuotum(trx: Trx, agendaId: string, percentages: ExchangeFile['monitoring']['quotumPercentages']): Promise<void> {
  const agenda = await trx.selectFrom('agendas').select('importedFrom').where('id', '=', agendaId).executeTakeFirstOrThrow();
  if (agenda.importedFrom === null) return;
  await trx.deleteFrom('agendaQuotumPercentages').where('agendaId', '=', agendaId).execute();
  if (percentages.length) await trx.insertInto('agendaQuotumPercentages').values(percentages.map((entry) => ({ agendaId, ...entry }))).execute();
}

type Monitoring = ExchangeFile['monitoring'];
const monitoringKeys: { [K in keyof Monitoring]: (item: Monitoring[K][number]) => string } = {
  measurements: (item) => item.id,
  employers: (item) => item.id,
  realisedJobs: (item) => item.id,
  actionStatuses: (item) => item.actionId,
  milestones: (item) => item.id,
  progressNotes: (item) => item.id,
  evaluations: (item) => item.actionId,
  foundKnelpunten: (item) => item.id,
  goodExamples: (item) => item.actionId,
  quotumPercentages: (item) => String(item.year),
};

/**
 * What of the file's execution this installation lacks or has otherwise, in the words of the
 * preview ("3 metingen"), so a later file of the same version can still bring a year's figures.
 * Compared item by item in canonical form; what only this installation has is never a reason.
 */
export function newExecution(file: Monitoring, local: Monitoring): string[] {
  const words: Record<keyof Monitoring, [string, string]> = {
    measurements: ['meting', 'metingen'], employers: ['werkgever', 'werkgevers'], realisedJobs: ['aantal gerealiseerde banen', 'aantallen gerealiseerde banen'],
    actionStatuses: ['status van een actie', 'statussen van acties'], milestones: ['mijlpaal', 'mijlpalen'], progressNotes: ['voortgangsnotitie', 'voortgangsnotities'],
    evaluations: ['evaluatie', 'evaluaties'], foundKnelpunten: ['gevonden knelpunt', 'gevonden knelpunten'], goodExamples: ['goed voorbeeld', 'goede voorbeelden'], quotumPercentages: ['quotumpercentage', 'quotumpercentages'],
  };
  return (Object.keys(monitoringKeys) as (keyof Monitoring)[]).flatMap((part) => {
    const key = monitoringKeys[part] as (item: unknown) => string;
    const have = new Map((local[part] as unknown[]).map((item) => [key(item), canonicalJson(item)]));
    const changed = (file[part] as unknown[]).filter((item) => have.get(key(item)) !== canonicalJson(item)).length;
    return changed === 0 ? [] : [countWords(changed, ...words[part])];
  });
}
