import type { WordImportCreate } from '../../../../shared/domain/wordImport';
import { AppError } from '../../../../shared/errors';
import { countWords } from '../../../../shared/format';
import { flag, newId, now, type Db } from '../common';
import { logEvent } from '../signoff/audit';

/**
 * Writes the reviewed proposal as a concept agenda, all in one transaction with one Logboek line naming the file:
 * either the whole agenda is there, or nothing is.
 */
export async function createFromWord(db: Db, input: WordImportCreate): Promise<{ agendaId: string }> {
  const agendaId = newId();
  await db.transaction().execute(async (trx) => {
    const sector = await trx.selectFrom('sectors').select('id').where('id', '=', input.sectorId).executeTakeFirst();
    if (!sector) throw new AppError('VALIDATION', 'Kies een bestaande sector.', 'sectorId');
    const typeIds = new Set((await trx.selectFrom('actionTypes').select('id').execute()).map((row) => row.id));
    const unknown = input.actions.findIndex((action) => !typeIds.has(action.primaryTypeId));
    if (unknown >= 0) throw new AppError('VALIDATION', `Kies een actietype uit de lijst voor actie ${unknown + 1}.`, `actions.${unknown}.primaryTypeId`);
    const timestamp = now();
    await trx.insertInto('agendas').values({
      id: agendaId, sectorId: input.sectorId, startYear: input.startYear, endYear: input.endYear, title: input.title, status: 'concept', predecessorId: null,
      introduction: input.introduction, lookback: input.lookback, objectives: input.objectives, accountability: input.accountability,
      createdAt: timestamp, updatedAt: timestamp, deletedAt: null,
    }).execute();
    const knelpuntIds = input.knelpunten.map(() => newId());
    if (input.knelpunten.length > 0) {
      await trx.insertInto('knelpunten').values(input.knelpunten.map((knelpunt, index) => ({
        id: knelpuntIds[index]!, agendaId, title: knelpunt.title, description: knelpunt.description, cause: knelpunt.cause, catalogueId: null,
        addressee: knelpunt.addressee, sortOrder: index + 1, createdAt: timestamp,
      }))).execute();
    }
    if (input.jobGoals.length > 0) await trx.insertInto('jobGoals').values(input.jobGoals.map((goal) => ({ agendaId, ...goal }))).execute();
    const actions = input.actions.map((action, index) => ({ ...action, id: newId(), sortOrder: index + 1 }));
    for (let start = 0; start < actions.length; start += 200) {
      await trx.insertInto('actions').values(actions.slice(start, start + 200).map(({ target: _target, knelpunten: _knelpunten, ...action }) => ({
        ...action, agendaId, createdAt: timestamp, updatedAt: timestamp,
      }))).execute();
    }
    // The schema has checked that every position names a knelpunt of this concept.
    const links = actions.flatMap((action) => [...new Set(action.knelpunten)].map((position) => ({ actionId: action.id, knelpuntId: knelpuntIds[position]! })));
    for (let start = 0; start < links.length; start += 400) await trx.insertInto('actionKnelpunten').values(links.slice(start, start + 400)).execute();
    const targets = [
      ...input.targets.map((target) => ({ ...target, actionId: null as string | null })),
      ...actions.flatMap((action) => (action.target ? [{ ...action.target, actionId: action.id }] : [])),
    ];
    for (let start = 0; start < targets.length; start += 200) {
      await trx.insertInto('targets').values(targets.slice(start, start + 200).map((target, index) => ({
        id: newId(), agendaId, actionId: target.actionId, level: target.level, indicator: target.indicator, unit: target.unit, baseline: target.baseline,
        targetValue: target.targetValue, deadline: target.deadline, perYear: flag(target.perYear), sortOrder: start + index + 1,
      }))).execute();
    }
    if (input.signatories.length > 0) {
      await trx.insertInto('signatories').values(input.signatories.map((signatory, index) => ({
        id: newId(), agendaId, name: signatory.name, function: signatory.function, organisation: signatory.organisation, required: flag(signatory.required), sortOrder: index + 1,
      }))).execute();
    }
    const counts = [
      countWords(input.actions.length, 'actie', 'acties'), countWords(input.knelpunten.length, 'knelpunt', 'knelpunten'),
      countWords(targets.length, 'doel', 'doelen'), countWords(input.signatories.length, 'ondertekenaar', 'ondertekenaars'),
    ].join(', ');
    await logEvent(trx, agendaId, 'aangemaakt', `Werkagenda “${input.title}” ingelezen uit het Word-document “${input.fileName || 'zonder naam'}”: ${counts}.`);
  });
  return { agendaId };
}
