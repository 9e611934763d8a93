import type { z } from 'zod';
import { api, type Api, type ApiInput, type Channel } from '../../shared/api';
import type { Db } from '../../electron/core/services/common';
import { getReference } from '../../electron/core/services/beheer/reference';
import { startNextAgenda } from '../../electron/core/services/cycle/next';
import { createAction, createMilestone } from '../../electron/core/services/plan/actions';
import { createAgenda, updateAgenda } from '../../electron/core/services/plan/agendas';
import { setJobGoal } from '../../electron/core/services/plan/goals';
import { createKnelpunt } from '../../electron/core/services/plan/knelpunten';
import { createSignatory } from '../../electron/core/services/plan/signatories';
import { createTarget } from '../../electron/core/services/plan/targets';
import { freezeRevision } from '../../electron/core/services/signoff/revisions';
import { signRevision } from '../../electron/core/services/signoff/signatures';

/*
 * Bench data, entered the way a person enters it: every row through the core's own service
 * functions, with input parsed by the API contract as the handlers do, so the data has the
 * shape, the Logboek lines and the hashes real use gives. Nothing is inserted with raw SQL.
 */
export const defensieId = 'ea41e91d-3a13-4e81-a8f5-212e1df57fac';
export const passphrase = 'geheime zin voor de bench';
export const sentence = 'Werkgevers in de sector melden hun vacatures voor de doelgroep bij het regionale werkgeversservicepunt. ';

export const input = <C extends Channel>(channel: C, value: ApiInput<C>) => api[channel].input.parse(value) as z.output<Api[C]['input']>;
const pick = <T>(values: readonly T[], index: number): T => values[index % values.length]!;
const month = (year: number, index: number) => `${year + Math.floor(index / 12) % 2}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The newest row of a table in an agenda: creates answer differently across versions of the contract, the row is the same. */
async function newest(db: Db, table: 'actions' | 'knelpunten', agendaId: string): Promise<string> {
  return (await db.selectFrom(table).select('id').where('agendaId', '=', agendaId).orderBy('sortOrder', 'desc').executeTakeFirstOrThrow()).id;
}

export interface AgendaShape { sectorId: string; startYear: number; title: string; actions: number; signatories: number }

/** An agenda with every section written, 6 knelpunten, and `actions` actions of all 12 types, each with 1-2 milestones and targets. */
export async function buildAgenda(db: Db, shape: AgendaShape): Promise<string> {
  const { startYear } = shape;
  const endYear = startYear + 1;
  const { id } = await createAgenda(db, input('agenda.create', { sectorId: shape.sectorId, startYear, endYear, title: shape.title }));
  await updateAgenda(db, id, input('agenda.update', { id, patch: { introduction: sentence.repeat(8), lookback: sentence.repeat(5), objectives: sentence.repeat(4), accountability: sentence.repeat(4) } }).patch);
  const knelpunten: string[] = [];
  for (let index = 0; index < 6; index++) {
    await createKnelpunt(db, input('knelpunt.create', { agendaId: id, title: `Knelpunt ${index + 1}`, description: sentence.repeat(2), cause: sentence }));
    knelpunten.push(await newest(db, 'knelpunten', id));
  }
  for (let index = 0; index < shape.actions; index++) {
    const typeId = (index % 12) + 1;
    await createAction(db, input('action.create', {
      agendaId: id, title: `Actie ${index + 1}: samen met werkgevers meer banen voor de doelgroep`, description: sentence.repeat(1 + (index % 5)),
      primaryTypeId: typeId, extraTypeIds: index % 3 === 0 ? [(typeId % 12) + 1] : [], knelpuntIds: index % 5 === 0 ? [pick(knelpunten, index)] : [],
      actor: pick(['sector', 'werkgevers', 'partner'] as const, index), nature: pick(['nieuw', 'voortgezet', 'bestaand'] as const, index),
      owner: 'Programmaleider', startMonth: month(startYear, index % 12), endMonth: month(startYear, 12 + (index % 12)),
      jobsPrognosis: index % 4 === 0 ? null : (index % 17) + 0.5,
    }));
    const actionId = await newest(db, 'actions', id);
    for (let m = 0; m < 1 + (index % 2); m++) await createMilestone(db, input('milestone.create', { actionId, title: `Mijlpaal ${m + 1}`, month: month(startYear, index + m * 3) }));
    for (let t = 0; t < 1 + (index % 2); t++) {
      await createTarget(db, input('target.create', {
        agendaId: id, actionId, level: pick(['breed', 'middenweg', 'smal'] as const, index + t), indicator: 'Werkgevers benaderd', unit: 'werkgevers',
        baseline: 0, targetValue: 20 + t, deadline: `${endYear}-12-31`,
      }));
    }
  }
  await setJobGoal(db, input('jobGoal.set', { agendaId: id, year: startYear, jobs: 29.02 }));
  await setJobGoal(db, input('jobGoal.set', { agendaId: id, year: endYear, jobs: 56.3 }));
  for (let index = 0; index < shape.signatories; index++) {
    await createSignatory(db, input('signatory.create', { agendaId: id, name: `Bestuurder ${index + 1}`, function: 'Directeur', organisation: 'Sector', required: true }));
  }
  return id;
}

/** "Ter ondertekening aanbieden" and every signatory signs, each with their own passphrase-sealed key. */
export async function freezeAndSign(db: Db, agendaId: string): Promise<void> {
  const overview = await freezeRevision(db, agendaId, 'Bench');
  const revision = overview.revisions.at(-1)!;
  for (const person of revision.signatories) {
    await signRevision(db, input('signature.sign', { agendaId, revisionNumber: revision.number, signatoryId: person.id, passphrase, repeatPassphrase: passphrase }));
  }
}

/** Every sector's agendas for `cycles` consecutive two-year periods ending 2025-2026, each written in full, frozen and signed. */
export async function consultation(db: Db, options: { cycles: number; actions: number; signatories: number }): Promise<void> {
  const { sectors } = await getReference(db);
  for (const sector of sectors) {
    for (let cycle = 0; cycle < options.cycles; cycle++) {
      const startYear = 2025 - 2 * (options.cycles - 1 - cycle);
      const id = await buildAgenda(db, { sectorId: sector.id, startYear, title: `Werkagenda ${sector.name} ${startYear}-${startYear + 1}`, actions: options.actions, signatories: options.signatories });
      await freezeAndSign(db, id);
    }
  }
}

/**
 * Years of consultation: per sector a first agenda written in full, then `perSector - 1`
 * successors, each made with "Start volgende werkagenda" (actions and targets carried over),
 * its introduction rewritten, frozen and signed.
 */
export async function cycles(db: Db, options: { perSector: number; actions: number }): Promise<void> {
  const { sectors } = await getReference(db);
  for (const sector of sectors) {
    let id = await buildAgenda(db, { sectorId: sector.id, startYear: 2019, title: `Werkagenda ${sector.name} 2019-2020`, actions: options.actions, signatories: 1 });
    await freezeAndSign(db, id);
    for (let cycle = 1; cycle < options.perSector; cycle++) {
      id = await startNextAgenda(db, id);
      await updateAgenda(db, id, input('agenda.update', { id, patch: { introduction: `${sentence}(cyclus ${cycle + 1})` } }).patch);
      await freezeAndSign(db, id);
    }
  }
}
