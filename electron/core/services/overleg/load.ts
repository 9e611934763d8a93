import { readHelped } from '../cycle/helped';
import type { AgendaDetail } from '../../../../shared/domain/agenda';
import type { FlaggedAgenda, OverlegAgenda, OverlegData, OverlegPeriod } from '../../../../shared/domain/overleg';
import type { RevisionSummary } from '../../../../shared/domain/signoff';
import { todayIso } from '../../../../shared/domain/monitoring';
import { detailFromContent } from '../../../../shared/revisionContent';
import { targetVerdict } from '../../../../shared/targetStatus';
import { readAgenda } from '../plan/agendas';
import type { Db } from '../common';
import { loadJobsOf } from '../jobs/jobs';
import { revisionsOf } from '../signoff/states';
import { intactContent } from '../signoff/verify';
import { listGroups } from './groups';

const overlaps = (agenda: OverlegPeriod, period: OverlegPeriod) => agenda.startYear <= period.endYear && agenda.endYear >= period.startYear;

type Choice = { detail: AgendaDetail; revision: RevisionSummary | null } | { flagged: string };

/**
 * What of each agenda enters the comparison: its newest vastgestelde revision, else its
 * newest frozen one, else the draft. A revision whose content or signatures do not
 * verify is left out with the reason, never compared silently. All agendas at once: the
 * revisions checked in a few queries (signoff/states.ts), the chosen contents in one.
 */
async function compared(db: Db, rows: readonly AgendaRow[]): Promise<Map<string, Choice>> {
  const checked = await revisionsOf(db, rows.map((row) => row.id));
  const picked = new Map<string, RevisionSummary>();
  const choices = new Map<string, Choice>();
  for (const row of rows) {
    const summaries = checked.get(row.id)?.summaries ?? [];
    const revision = summaries.filter((item) => item.vastgesteld).at(-1) ?? summaries.at(-1) ?? null;
    if (!revision) continue;
    const invalid = revision.signatures.filter((signature) => !signature.valid);
    if (!revision.contentIntact) choices.set(row.id, { flagged: `De inhoud van versie ${revision.number} is gewijzigd na het vastleggen; het ingelezen bestand is niet betrouwbaar.` });
    else if (invalid.length > 0) choices.set(row.id, { flagged: `Versie ${revision.number} heeft een ongeldige handtekening (${invalid.map((item) => item.signerName).join(', ')}).` });
    else picked.set(row.id, revision);
  }
  const stored = picked.size === 0 ? [] : await db.selectFrom('revisions').select(['id', 'hash', 'content'])
    .where('id', 'in', [...picked.values()].map((revision) => revision.id)).execute();
  const contentOf = new Map(stored.map((revision) => [revision.id, revision]));
  for (const row of rows) {
    const revision = picked.get(row.id);
    // Only an agenda never frozen is compared as its draft; a frozen one is read from its revision alone.
    if (!revision) {
      if (!choices.has(row.id)) choices.set(row.id, { detail: { ...await readAgenda(db, row.id), status: 'concept' }, revision: null });
      continue;
    }
    // Checked again as it is read now: the content compared is exactly the content that verified.
    const content = intactContent(contentOf.get(revision.id) ?? { hash: revision.hash, content: '' });
    if (!content) {
      choices.set(row.id, { flagged: `De inhoud van versie ${revision.number} is gewijzigd na het vastleggen; het ingelezen bestand is niet betrouwbaar.` });
      continue;
    }
    const status = revision.vastgesteld ? 'vastgesteld' : 'ter_ondertekening';
    choices.set(row.id, { detail: detailFromContent(content, { status, sectorName: row.sectorName, predecessorId: row.predecessorId, createdAt: row.createdAt, updatedAt: revision.frozenAt }), revision });
  }
  return choices;
}

const notEvaluated = { result: null, why: '', lesson: '', helped: [] };

/** The status is judged at the earlier of today and the end of the period, so a finished agenda keeps its final verdict. */
const asOfFor = (endYear: number) => {
  const today = todayIso();
  const end = `${endYear}-12-31`;
  return today < end ? today : end;
};

/**
 * Do, Check and Act live on the rows of this installation, by id: a compared revision
 * shares its ids with the live agenda, so its actions and targets find them too.
 */
async function executionOf(db: Db, agendaIds: readonly string[]) {
  const ids = [...agendaIds];
  const [actions, evaluations, measurements] = ids.length === 0 ? [[], [], []] : await Promise.all([
    db.selectFrom('actions').select(['id', 'status']).where('agendaId', 'in', ids).execute(),
    db.selectFrom('actionEvaluations').innerJoin('actions', 'actions.id', 'actionEvaluations.actionId')
      .select(['actionEvaluations.actionId', 'actionEvaluations.result', 'actionEvaluations.why', 'actionEvaluations.lesson', 'actionEvaluations.helped']).where('actions.agendaId', 'in', ids).execute(),
    db.selectFrom('measurements').innerJoin('targets', 'targets.id', 'measurements.targetId')
      .select(['measurements.targetId', 'measurements.date', 'measurements.value']).where('targets.agendaId', 'in', ids).orderBy('measurements.date').execute(),
  ]);
  const evaluationOf = new Map(evaluations.map(({ actionId, helped, ...evaluation }) => [actionId, { ...evaluation, helped: readHelped(helped) }]));
  const byTarget = new Map<string, { date: string; value: number }[]>();
  for (const { targetId, ...measurement } of measurements) {
    const list = byTarget.get(targetId);
    if (list) list.push(measurement);
    else byTarget.set(targetId, [measurement]);
  }
  return {
    actions: new Map(actions.map((action) => [action.id, { status: action.status, evaluation: evaluationOf.get(action.id) ?? notEvaluated }])),
    measurements: byTarget,
  };
}

interface AgendaRow { id: string; title: string; sectorId: string; sectorName: string; predecessorId: string | null; createdAt: string }

export async function loadOverleg(db: Db, requested: OverlegPeriod | null): Promise<OverlegData> {
  const rows = await db.selectFrom('agendas').innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
    .select(['agendas.id', 'agendas.title', 'agendas.sectorId', 'sectors.name as sectorName', 'agendas.predecessorId', 'agendas.createdAt',
      'agendas.startYear', 'agendas.endYear', 'agendas.importedFrom', 'agendas.importedPredecessorId', 'sectors.isEmployer'])
    .where('agendas.deletedAt', 'is', null)
    .orderBy('sectors.sortOrder').orderBy('agendas.startYear').orderBy('agendas.title').execute();
  const periods = [...new Map(rows.map((row) => [`${row.startYear}-${row.endYear}`, { startYear: row.startYear, endYear: row.endYear }])).values()]
    .sort((a, b) => b.endYear - a.endYear || b.startYear - a.startYear);
  const period = requested ?? periods[0] ?? null;
  const agendas: OverlegAgenda[] = [];
  const flagged: FlaggedAgenda[] = [];

  const inPeriod = period ? rows.filter((item) => overlaps(item, period)) : [];
  const ids = inPeriod.map((row) => row.id);
  const [choices, execution, jobsOf] = await Promise.all([compared(db, inPeriod), executionOf(db, ids), loadJobsOf(db, ids)]);
  for (const row of inPeriod) {
    const choice = choices.get(row.id)!;
    if ('flagged' in choice) {
      flagged.push({ agendaId: row.id, sectorId: row.sectorId, sectorName: row.sectorName, title: row.title, reason: choice.flagged });
      continue;
    }
    const { detail, revision } = choice;
    const jobs = jobsOf.get(row.id)!;
    agendas.push({
      agendaId: detail.id, sectorId: detail.sectorId, sectorName: row.sectorName, isEmployer: row.isEmployer === 1,
      startYear: detail.startYear, endYear: detail.endYear, title: detail.title,
      source: row.importedFrom ? 'geimporteerd' : 'eigen',
      revisionNumber: revision?.number ?? null,
      signoff: {
        state: detail.status, validSignatures: revision?.signatures.filter((item) => item.valid).length ?? 0, keys: revision?.keys ?? null,
      },
      predecessorId: detail.predecessorId ?? row.importedPredecessorId,
      actions: detail.actions.map(({ id, title, description, primaryTypeId, extraTypeIds, actor, nature }) => ({
        id, title, description, primaryTypeId, extraTypeIds, actor, nature, ...(execution.actions.get(id) ?? { status: 'gepland', evaluation: notEvaluated }),
      })),
      knelpunten: detail.knelpunten.map(({ id, title, description, cause, catalogueId, addressee, request, answeredByActionIds }) => ({ id, title, description, cause, catalogueId, addressee, request, answeredByActionIds })),
      targets: detail.targets.map((target) => {
        const measured = execution.measurements.get(target.id) ?? [];
        const verdict = targetVerdict(target, measured, `${detail.startYear}-01-01`, asOfFor(detail.endYear));
        const { id, actionId, indicator, unit, targetValue, deadline } = target;
        return { id, actionId, indicator, unit, targetValue, deadline, measurementCount: measured.length, status: verdict.status, statusReason: verdict.reason };
      }),
      jobGoals: detail.jobGoals,
      unusedTypeReasons: detail.unusedTypeReasons,
      accountability: detail.accountability,
      jobs: {
        employers: jobs.employers.map(({ id, name, hours }) => ({ id, name, hours })),
        realised: jobs.realised.map(({ employerId, referenceDate, jobs: count, kind }) => ({ employerId, referenceDate, jobs: count, kind })),
        quotumPercentages: jobs.quotumPercentages,
      },
    });
  }
  const groups = await listGroups(db, agendas.map((agenda) => ({ id: agenda.sectorId, isEmployer: agenda.isEmployer })));
  return { periods, period, agendas, flagged, groups };
}
