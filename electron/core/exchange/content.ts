import type { RevisionContent } from '../../../shared/domain/signoff';
import { AppError } from '../../../shared/errors';
import { flag, type Trx } from '../services/common';

async function requireReferenceData(trx: Trx, content: RevisionContent): Promise<void> {
  const typeIds = [...new Set([
    ...content.actions.flatMap((action) => [action.primaryTypeId, ...action.extraTypeIds]), ...content.unusedTypeReasons.map((reason) => reason.typeId),
  ])];
  const known = new Set((await trx.selectFrom('actionTypes').select('id').execute()).map((row) => row.id));
  const unknownType = typeIds.find((id) => !known.has(id));
  if (unknownType !== undefined) throw new AppError('VALIDATION', `Het uitwisselbestand gebruikt actietype ${unknownType}, dat deze installatie niet kent.`, 'text');
  const catalogueIds = [...new Set(content.knelpunten.map((knelpunt) => knelpunt.catalogueId).filter((id): id is string => id !== null))];
  const catalogue = new Set((await trx.selectFrom('catalogueItems').select('id').execute()).map((row) => row.id));
  const unknownItem = catalogueIds.find((id) => !catalogue.has(id));
  if (unknownItem) throw new AppError('VALIDATION', `Het uitwisselbestand verwijst naar catalogus-onderdeel “${unknownItem}”, dat deze installatie niet kent.`, 'text');
}

/**
 * Makes the agenda's plan equal to `content`, row by row by id: rows are updated
 * in place, so the execution data hanging on them (status, notes, measurements,
 * milestones ticked off) stays; rows the content no longer has are removed.
 * Every id must have passed requireOwnIds first.
 */
export async function writeContent(trx: Trx, content: RevisionContent, timestamp: string): Promise<void> {
  const agendaId = content.agendaId;
  await requireReferenceData(trx, content);

  await trx.updateTable('agendas').set({
    title: content.title, startYear: content.startYear, endYear: content.endYear, introduction: content.introduction, lookback: content.lookback,
    objectives: content.objectives, accountability: content.accountability, employerCount: content.employerCount ?? null, updatedAt: timestamp,
  }).where('id', '=', agendaId).execute();

  for (const [index, { id, ...fields }] of content.knelpunten.entries()) {
    await trx.insertInto('knelpunten').values({ id, agendaId, ...fields, sortOrder: index + 1, createdAt: timestamp })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...fields, sortOrder: index + 1 })).execute();
  }
  for (const [index, action] of content.actions.entries()) {
    const { id, milestones, extraTypeIds, knelpuntIds, ...fields } = action;
    await trx.insertInto('actions').values({ id, agendaId, ...fields, sortOrder: index + 1, createdAt: timestamp, updatedAt: timestamp })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...fields, sortOrder: index + 1, updatedAt: timestamp })).execute();
    await trx.deleteFrom('actionExtraTypes').where('actionId', '=', id).execute();
    const extra = extraTypeIds.filter((typeId) => typeId !== fields.primaryTypeId);
    if (extra.length) await trx.insertInto('actionExtraTypes').values([...new Set(extra)].map((typeId) => ({ actionId: id, typeId }))).execute();
    await trx.deleteFrom('actionKnelpunten').where('actionId', '=', id).execute();
    if (knelpuntIds.length) await trx.insertInto('actionKnelpunten').values([...new Set(knelpuntIds)].map((knelpuntId) => ({ actionId: id, knelpuntId }))).execute();
    for (const [order, milestone] of milestones.entries()) {
      await trx.insertInto('milestones').values({ ...milestone, actionId: id, done: 0, sortOrder: order + 1 })
        .onConflict((oc) => oc.column('id').doUpdateSet({ title: milestone.title, month: milestone.month, sortOrder: order + 1 })).execute();
    }
    const keep = milestones.map((milestone) => milestone.id);
    await trx.deleteFrom('milestones').where('actionId', '=', id).$if(keep.length > 0, (q) => q.where('id', 'not in', keep)).execute();
  }
  for (const [index, { id, perYear, ...rest }] of content.targets.entries()) {
    const fields = { ...rest, perYear: perYear ? 1 as const : 0 as const };
    await trx.insertInto('targets').values({ id, agendaId, ...fields, sortOrder: index + 1 })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...fields, sortOrder: index + 1 })).execute();
  }
  for (const [index, { id, required, ...fields }] of content.signatories.entries()) {
    await trx.insertInto('signatories').values({ id, agendaId, ...fields, required: flag(required), sortOrder: index + 1 })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...fields, required: flag(required), sortOrder: index + 1 })).execute();
  }
  // What the content no longer has goes (targets before actions, links by cascade).
  for (const [table, ids] of [
    ['targets', content.targets.map((row) => row.id)], ['actions', content.actions.map((row) => row.id)],
    ['knelpunten', content.knelpunten.map((row) => row.id)], ['signatories', content.signatories.map((row) => row.id)],
  ] as const) {
    await trx.deleteFrom(table).where('agendaId', '=', agendaId).$if(ids.length > 0, (q) => q.where('id', 'not in', ids)).execute();
  }

  await trx.deleteFrom('jobGoals').where('agendaId', '=', agendaId).execute();
  if (content.jobGoals.length) await trx.insertInto('jobGoals').values(content.jobGoals.map((goal) => ({ agendaId, ...goal }))).execute();
  await trx.deleteFrom('unusedTypeReasons').where('agendaId', '=', agendaId).execute();
  if (content.unusedTypeReasons.length) {
    await trx.insertInto('unusedTypeReasons').values(content.unusedTypeReasons.map((reason) => ({ agendaId, ...reason }))).execute();
  }
}
