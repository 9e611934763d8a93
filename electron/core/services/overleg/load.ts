import { readHelped } from '../cycle/helped';
import type { AgendaDetail } from '../../../../shared/domain/agenda';
import type { FlaggedAgenda, OverlegAgenda, OverlegData, OverlegPeriod } from '../../../../shared/domain/overleg';
import type { RevisionSummary } from '../../../../shared/domain/signoff';
import { todayIso } from '../../../../shared/domain/monitoring';
import { detailFromContent } from '../../../../shared/revisionContent';
import { targetVerdict } from '../../../../shared/targetStatus';
import { loadAgenda } from '../plan/agendas';
import type { Db } from '../common';
import { loadJobs } from '../jobs/jobs';
import { loadConfirmedKeys, loadRevisions, loadSignatures } from '../signoff/store';
import { intactContent, summariseRevisions } from '../signoff/verify';
import { listGroups } from './groups';

const overlaps = (agenda: OverlegPeriod, period: OverlegPeriod) => agenda.startYear <= period.endYear && agenda.endYear >= period.startYear;

/**
 * What of an agenda enters the comparison: its newest vastgestelde revision, else
 * its newest frozen one, else the draft. A revision whose content or signatures
 * do not verify is left out with the reason, never compared silently.
 */
async function compared(db: Db, row: AgendaRow): Promise<{ detail: AgendaDetail; revision: RevisionSummary | null } | { flagged: string }> {
  const stored = await loadRevisions(db, row.id);
  const summaries = summariseRevisions(stored, await loadSignatures(db, row.id), await loadConfirmedKeys(db));
  const revision = summaries.filter((item) => item.vastgesteld).at(-1) ?? summaries.at(-1) ?? null;
  // Only an agenda never frozen is compared as its draft; a frozen one is read from its revision alone.
  if (!revision) return { detail: await loadAgenda(db, row.id), revision: null };
  if (!revision.contentIntact) return { flagged: `De inhoud van versie ${revision.number} is gewijzigd na het vastleggen; het ingelezen bestand is niet betrouwbaar.` };
  const invalid = revision.signatures.filter((signature) => !signature.valid);
  if (invalid.length > 0) return { flagged: `Versie ${revision.number} heeft een ongeldige handtekening (${invalid.map((item) => item.signerName).join(', ')}).` };
  const content = intactContent(stored.find((item) => item.number === revision.number)!)!;
  const status = revision.vastgesteld ? 'vastgesteld' : 'ter_ondertekening';
  return { detail: detailFromContent(content, { status, sectorName: row.sectorName, predecessorId: row.predecessorId, createdAt: row.createdAt, updatedAt: revision.frozenAt }), revision };
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
async function executionOf(db: Db, detail: AgendaDetail) {
  const actionIds = detail.actions.map((action) => action.id);
  const targetIds = detail.targets.map((target) => target.id);
  const [actions, evaluations, measurements] = await Promise.all([
    actionIds.length === 0 ? [] : db.selectFrom('actions').select(['id', 'status']).where('id', 'in', actionIds).execute(),
    actionIds.length === 0 ? [] : db.selectFrom('actionEvaluations').select(['actionId', 'result', 'why', 'lesson', 'helped']).where('actionId', 'in', actionIds).execute(),
    targetIds.length === 0 ? [] : db.selectFrom('measurements').select(['targetId', 'date', 'value']).where('targetId', 'in', targetIds).orderBy('date').execute(),
  ]);
  const evaluationOf = new Map(evaluations.map(({ actionId, helped, ...evaluation }) => [actionId, { ...evaluation, helped: readHelped(helped) }]));
  const byTarget = new Map<string, { date: string; value: number }[]>();
  for (const { targetId, ...measurement } of measurements) byTarget.set(targetId, [...(byTarget.get(targetId) ?? []), measurement]);
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

  for (const row of period ? rows.filter((item) => overlaps(item, period)) : []) {
    const choice = await compared(db, row);
    if ('flagged' in choice) {
      flagged.push({ agendaId: row.id, sectorId: row.sectorId, sectorName: row.sectorName, title: row.title, reason: choice.flagged });
      continue;
    }
    const { detail, revision } = choice;
    const execution = await executionOf(db, detail);
    const jobs = await loadJobs(db, row.id);
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
