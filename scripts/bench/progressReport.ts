import { dispatch } from '../../electron/core/dispatch';
import { openDatabase } from '../../electron/core/db/database';
import { createHandlers } from '../../electron/core/handlers/index';
import type { Db } from '../../electron/core/services/common';
import { createFoundKnelpunt, updateEvaluation } from '../../electron/core/services/cycle/evaluation';
import { createEmployer, createRealisedJobs, setEmployerHours, setQuotumPercentage } from '../../electron/core/services/jobs/jobs';
import { createMeasurement, createProgressNote, setActionStatus, setMilestoneDone } from '../../electron/core/services/monitoring/progress';
import { createAction, createMilestone } from '../../electron/core/services/plan/actions';
import { createAgenda } from '../../electron/core/services/plan/agendas';
import { setJobGoal } from '../../electron/core/services/plan/goals';
import { createTarget } from '../../electron/core/services/plan/targets';
import type { ProgressReport } from '../../shared/domain/report';
import type { Section } from './context';
import { defensieId, input, sentence } from './fixtures';
import { formatStats, judge, stats, timeRuns } from './report';

const pick = <T>(values: readonly T[], index: number): T => values[index % values.length]!;
const actionCount = 300;
// Two whole calendar years before this one, so every measurement lies in the past, as the contract demands.
const endYear = new Date().getFullYear() - 1;
const startYear = endYear - 1;
const monthEnd = (index: number) => {
  const year = startYear + Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** A 300-action agenda with two years of monthly measurements on 300 targets, statuses, notes, milestones, evaluations and jobs. */
async function build(db: Db): Promise<void> {
  const { id: agendaId } = await createAgenda(db, input('agenda.create', { sectorId: defensieId, startYear, endYear, title: `Werkagenda Defensie ${startYear}-${endYear} (rapportage)` }));
  await setJobGoal(db, input('jobGoal.set', { agendaId, year: startYear, jobs: 56.3 }));
  await setJobGoal(db, input('jobGoal.set', { agendaId, year: endYear, jobs: 68 }));
  for (let index = 0; index < actionCount; index++) {
    await createAction(db, input('action.create', { actor: 'sector', nature: 'nieuw',
      agendaId, title: `Actie ${index + 1}: samen met werkgevers meer banen voor de doelgroep`, primaryTypeId: (index % 12) + 1,
      startMonth: `${startYear}-${String((index % 12) + 1).padStart(2, '0')}`, endMonth: `${endYear}-${String((index % 12) + 1).padStart(2, '0')}`,
      jobsPrognosis: index % 4 === 0 ? null : (index % 7) + 0.5,
    }));
  }
  const actionRows = await db.selectFrom('actions').select('id').where('agendaId', '=', agendaId).orderBy('sortOrder').execute();
  const statuses = ['gepland', 'lopend', 'afgerond', 'gestopt'] as const;
  for (const [index, { id }] of actionRows.entries()) {
    await createTarget(db, input('target.create', {
      agendaId, actionId: id, level: pick(['breed', 'middenweg', 'smal'] as const, index), indicator: `Werkgevers benaderd (${index + 1})`, unit: 'werkgevers',
      baseline: 0, targetValue: 24, deadline: `${endYear}-12-31`, perYear: index % 10 === 0,
    }));
    await createMilestone(db, input('milestone.create', { actionId: id, title: 'Eerste bijeenkomst', month: `${startYear}-06` }));
    await setActionStatus(db, id, pick(statuses, index));
    for (const date of [`${startYear}-06-30`, `${endYear}-06-30`]) {
      await createProgressNote(db, input('progressNote.create', { actionId: id, author: 'Programmaleider', date, text: sentence }));
    }
    if (index % 3 === 0) await updateEvaluation(db, id, input('evaluation.update', { actionId: id, patch: { result: 'deels', why: sentence, lesson: sentence } }).patch);
  }
  const milestoneRows = await db.selectFrom('milestones').innerJoin('actions', 'actions.id', 'milestones.actionId').select('milestones.id')
    .where('actions.agendaId', '=', agendaId).execute();
  for (const { id } of milestoneRows.filter((_, index) => index % 2 === 0)) await setMilestoneDone(db, id, true);
  const targetRows = await db.selectFrom('targets').select('id').where('agendaId', '=', agendaId).orderBy('sortOrder').execute();
  for (const [index, { id }] of targetRows.entries()) {
    for (let month = 0; month < 24; month++) {
      await createMeasurement(db, input('measurement.create', { targetId: id, date: monthEnd(month), value: month * (0.6 + (index % 5) * 0.2), source: 'Registratie' }));
    }
  }
  await createFoundKnelpunt(db, input('foundKnelpunt.create', { agendaId, title: 'Begeleiding ontbreekt', cause: sentence, actionIds: actionRows.slice(0, 5).map((row) => row.id) }));
  await setQuotumPercentage(db, input('quotum.set', { year: endYear, percentage: 2.76, source: 'Bench' }));
  for (let index = 0; index < 3; index++) await createEmployer(db, input('employer.create', { agendaId, name: `Werkgever ${index + 1}` }));
  const employers = await db.selectFrom('employers').select('id').where('agendaId', '=', agendaId).execute();
  for (const [index, { id }] of employers.entries()) {
    await setEmployerHours(db, input('employerHours.set', { employerId: id, year: endYear, hours: { kind: 'uren', hoursPerYear: index === 2 ? 30_000 : 1_000_000 } }));
  }
  for (let month = 0; month < 24; month++) {
    await createRealisedJobs(db, input('realisedJobs.create', { agendaId, employerId: null, referenceDate: monthEnd(month), jobs: 20 + month, kind: 'regulier' }));
  }
}

/**
 * The voortgangsrapportage of that agenda: built for the screen (report.get) and exported to
 * Word (report.exportDocx), through dispatch, the path both shells use; goal: the export under
 * 1 second at p95.
 */
const section: Section = {
  title: 'Voortgangsrapportage of a 300-action agenda with two years of measurements',
  async run(ctx) {
    const runs = ctx.quick ? 5 : 20;
    const database = await openDatabase(await ctx.dataset('report-300', ({ db }) => build(db)));
    try {
      const handlers = createHandlers(database.db);
      const agendaId = (await database.db.selectFrom('agendas').select('id').executeTakeFirstOrThrow()).id;
      const request = { agendaId, peildatum: `${endYear}-12-31` };
      const shown = await dispatch(handlers, 'report.get', request);
      if (!shown.ok) throw new Error(`bench: report.get failed: ${shown.error.message}`);
      const report = shown.value as ProgressReport;
      const measurements = report.targets.reduce((sum, target) => sum + target.measurements.length, 0);
      const screen = stats(await timeRuns(runs, () => dispatch(handlers, 'report.get', request)));
      const exported = stats(await timeRuns(runs, () => dispatch(handlers, 'report.exportDocx', request)));
      console.log(`  ${report.actions.length} actions, ${report.targets.length} targets, ${measurements} measurements`);
      console.log(`  on screen (report.get): ${formatStats(screen)}`);
      console.log(`  built and exported to Word (report.exportDocx): ${formatStats(exported)}`);
      judge('voortgangsrapportage to Word, 300 actions, p95', exported.p95, 1000, 'ms');
    } finally {
      await database.close();
    }
  },
};
export default section;
