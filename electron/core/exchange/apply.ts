import type { ExchangeFile, ImportInput, ImportPreview } from '../../../shared/domain/exchange';
import { AppError } from '../../../shared/errors';
import { flag, now, type Db, type Trx } from '../services/common';
import { logEvent } from '../services/signoff/audit';
import { writeContent } from './content';
import { writeExecution } from './execution';
import { integrityProblems, storedRevisionsOf } from './integrity';
import { requireOwnIds } from './ownership';
import { analyse, type ImportPlan } from './plan';
import { checkFile, type FileCheck } from './fileSignature';
import { historyProblems } from './history';
import { parseExchangeDocument } from './read';

/** Every check of a file: its revisions and signatures, the file as a whole, and the history it shares with this installation. */
async function checkAll(db: Db | Trx, text: string): Promise<{ file: ReturnType<typeof parseExchangeDocument>['file']; check: FileCheck }> {
  const { file, raw } = parseExchangeDocument(text);
  const whole = checkFile(raw, file);
  return { file, check: { ...whole, problems: [...whole.problems, ...integrityProblems(file), ...await historyProblems(db, file)] } };
}

/** "Wat gebeurt er als ik dit bestand inlees?": parsed, checked and compared; nothing is written. */
export async function previewImport(db: Db, input: ImportInput): Promise<ImportPreview> {
  const { file, check } = await checkAll(db, input.text);
  return (await analyse(db, file, check)).preview;
}

/** Reads a file in, all of it or nothing, after the same checks as the preview. */
export async function importExchange(db: Db, input: ImportInput): Promise<{ agendaId: string; kind: ImportPreview['kind']; changes: string[] }> {
  const { file, check } = await checkAll(db, input.text);
  const { problems } = check;
  if (problems.length > 0 && !input.acceptProblems) {
    throw new AppError('VALIDATION', `Het bestand is gewijzigd na het exporteren, vastleggen of ondertekenen: ${problems[0]} Lees de waarschuwingen en bevestig als u het toch wilt inlezen.`, 'acceptProblems');
  }
  return db.transaction().execute(async (trx) => {
    const { preview, plan } = await analyse(trx, file, check);
    if (!preview.canImport) throw new AppError('CONFLICT', preview.explanation);
    const timestamp = now();
    if (plan.takeContent || plan.takeExecution) await requireOwnIds(trx, file);
    if (plan.kind === 'nieuw') await insertAgenda(trx, file, timestamp);
    if (plan.takeContent) await writeContent(trx, file.agenda.draft, timestamp);
    await insertRecords(trx, file, plan);
    if (plan.takeExecution) {
      await mergeMonitoring(trx, file, timestamp);
      await writeExecution(trx, file, timestamp);
    }
    const from = file.exportedBy.name ? ` van ${file.exportedBy.name}` : '';
    const name = input.fileName ? ` “${input.fileName}”` : '';
    const warning = problems.length > 0 ? ` Met ${problems.length} waarschuwing${problems.length === 1 ? '' : 'en'}: ${problems.join(' ')}` : '';
    await logEvent(trx, file.agenda.id, 'geimporteerd', `Uitwisselbestand${name}${from} ingelezen (${kindWords[plan.kind]}).${warning}`.slice(0, 2000));
    return { agendaId: file.agenda.id, kind: plan.kind, changes: preview.changes };
  });
}

const kindWords: Record<ImportPlan['kind'], string> = {
  nieuw: 'toegevoegd', bijwerken: 'bijgewerkt naar een nieuwere versie', samenvoegen: 'opmerkingen, handtekeningen of uitvoering overgenomen',
  ouder: 'ouder bestand: alleen opmerkingen en handtekeningen overgenomen', niets_nieuw: 'niets nieuws', afwijkend: 'geweigerd',
};

async function insertAgenda(trx: Trx, file: ExchangeFile, timestamp: string): Promise<void> {
  const draft = file.agenda.draft;
  const sector = await trx.selectFrom('sectors').select('id').where('id', '=', draft.sectorId).executeTakeFirst();
  if (!sector) {
    // A sector made in another installation: same id, so later files of it land here too; a clashing name gets a suffix.
    const clash = await trx.selectFrom('sectors').select('id').where('name', '=', file.agenda.sectorName).executeTakeFirst();
    const last = await trx.selectFrom('sectors').select((eb) => eb.fn.max('sortOrder').as('max')).executeTakeFirst();
    await trx.insertInto('sectors').values({
      id: draft.sectorId, name: clash ? `${file.agenda.sectorName} (ingelezen)` : file.agenda.sectorName, signatoryOrganisations: '',
      isEmployer: flag(file.agenda.sectorIsEmployer), sortOrder: (last?.max ?? 0) + 1,
    }).execute();
  }
  const predecessor = file.agenda.predecessorId
    ? await trx.selectFrom('agendas').select('id').where('id', '=', file.agenda.predecessorId).executeTakeFirst()
    : undefined;
  await trx.insertInto('agendas').values({
    id: file.agenda.id, sectorId: draft.sectorId, startYear: draft.startYear, endYear: draft.endYear, title: draft.title, status: 'concept',
    predecessorId: predecessor?.id ?? null, importedPredecessorId: predecessor ? null : file.agenda.predecessorId,
    importedFrom: file.exportedBy.name || file.exportedBy.installationId,
    introduction: '', lookback: '', objectives: '', accountability: '', createdAt: file.agenda.createdAt, updatedAt: timestamp, deletedAt: null,
  }).execute();
}

async function insertRecords(trx: Trx, file: ExchangeFile, plan: ImportPlan): Promise<void> {
  const revisions = storedRevisionsOf(file).filter((revision) => plan.revisionNumbers.includes(revision.number));
  for (const revision of revisions) await trx.insertInto('revisions').values({ ...revision, agendaId: file.agenda.id }).execute();
  const remarks = file.remarks.filter((remark) => plan.remarkIds.includes(remark.id));
  for (const { target, resolved, ...remark } of remarks) {
    await trx.insertInto('remarks').values({
      ...remark, resolved: flag(resolved), targetKind: target.kind, targetId: target.kind === 'action' ? target.actionId : target.sectionId,
    }).execute();
  }
  for (const remark of file.remarks.filter((item) => plan.resolvedRemarkIds.includes(item.id))) {
    await trx.updateTable('remarks').set({ resolved: 1, resolvedAt: remark.resolvedAt, resolvedBy: remark.resolvedBy }).where('id', '=', remark.id).execute();
  }
  for (const signature of file.signatures.filter((item) => plan.signatureIds.includes(item.id))) await trx.insertInto('signatures').values(signature).execute();
  for (const event of file.audit.filter((item) => plan.auditIds.includes(item.id))) await trx.insertInto('auditEvents').values(event).execute();
}

/** Measurements, employers and realised jobs by id: what is new is added, nothing here is removed (references checked by read.ts, ids by requireOwnIds). */
async function mergeMonitoring(trx: Trx, file: ExchangeFile, timestamp: string): Promise<void> {
  const agendaId = file.agenda.id;
  const { measurements, employers, realisedJobs } = file.monitoring;
  for (const measurement of measurements) {
    await trx.insertInto('measurements').values({ ...measurement, createdAt: timestamp }).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
  const sortStart = Number((await trx.selectFrom('employers').select((eb) => eb.fn.countAll().as('n')).where('agendaId', '=', agendaId).executeTakeFirst())?.n ?? 0);
  for (const [index, employer] of employers.entries()) {
    const existing = await trx.selectFrom('employers').select('agendaId').where('id', '=', employer.id).executeTakeFirst();
    if (!existing) {
      await trx.insertInto('employers').values({ id: employer.id, agendaId, name: employer.name, sortOrder: sortStart + index + 1, createdAt: timestamp }).execute();
      if (employer.hours.length) await trx.insertInto('employerHours').values(employer.hours.map((hours) => ({ employerId: employer.id, ...hours }))).execute();
    }
  }
  for (const { entered, ...row } of realisedJobs) {
    // The sender's banen stand as they were converted there; what was typed travels beside them.
    const typed = entered ? { enteredUnit: entered.unit, enteredValue: entered.value } : {};
    await trx.insertInto('realisedJobs').values({ ...row, ...typed, agendaId, createdAt: timestamp }).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
}
