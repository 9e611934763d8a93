import type { ExchangeFile, ImportKind, ImportPreview } from '../../../shared/domain/exchange';
import { dutchList, formatPeriod } from '../../../shared/format';
import { contentChanges, revisionContentOf } from '../../../shared/revisionContent';
import { loadAgenda } from '../services/plan/agendas';
import type { Db, Trx } from '../services/common';
import { hashContent } from '../services/signoff/crypto';
import { loadRevisions } from '../services/signoff/store';
import { newExecution } from './execution';
import { buildExchangeFile } from './file';
import type { FileCheck } from './fileSignature';
import { storedRevisionsOf } from './integrity';

/** What an import will write; `analyse` decides it, `applyImport` carries it out, in one transaction. */
export interface ImportPlan {
  kind: ImportKind;
  /** nieuw and bijwerken: the file's draft becomes this installation's draft. */
  takeContent: boolean;
  /** The sender's execution (measurements, status, notes, evaluations, jobs) is taken: with the content, or on its own for an agenda received from elsewhere. */
  takeExecution: boolean;
  revisionNumbers: number[];
  remarkIds: string[];
  resolvedRemarkIds: string[];
  signatureIds: string[];
  auditIds: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What of the execution comes with the content, as one line (none when the file carries none). */
function executionLine(file: ExchangeFile): string[] {
  const { measurements, progressNotes, evaluations, foundKnelpunten, goodExamples, quotumPercentages } = file.monitoring;
  const parts = [
    measurements.length ? count(measurements.length, 'meting', 'metingen') : '',
    progressNotes.length ? count(progressNotes.length, 'voortgangsnotitie', 'voortgangsnotities') : '',
    evaluations.length ? count(evaluations.length, 'evaluatie', 'evaluaties') : '',
    foundKnelpunten.length ? count(foundKnelpunten.length, 'gevonden knelpunt', 'gevonden knelpunten') : '',
    goodExamples.length ? count(goodExamples.length, 'goed voorbeeld', 'goede voorbeelden') : '',
    quotumPercentages.length ? `de quotumpercentages voor ${dutchList(quotumPercentages.map((entry) => String(entry.year)))}` : '',
  ].filter(Boolean);
  return parts.length ? [`De uitvoering van de afzender wordt overgenomen: ${dutchList(parts)}, met de status van de acties en de afgevinkte mijlpalen.`] : [];
}

/**
 * Compares a parsed file with this installation. Unknown agenda: added. Known:
 * every revision number both hold must have the same hash, else the two copies
 * diverged. A file with newer revisions is an update (only if no unfrozen local
 * edits would be overwritten); an older one brings no content; in every case
 * remarks and signatures made elsewhere are merged.
 */
export async function analyse(db: Db | Trx, file: ExchangeFile, check: FileCheck): Promise<{ preview: ImportPreview; plan: ImportPlan }> {
  const draft = file.agenda.draft;
  const base = {
    agendaId: file.agenda.id, title: draft.title, sectorName: file.agenda.sectorName, period: formatPeriod(draft.startYear, draft.endYear),
    exportedBy: file.exportedBy.name || 'onbekend', exportedAt: file.exportedAt, origin: check.origin, problems: check.problems, notices: check.notices,
  };
  const fileRevisions = storedRevisionsOf(file);
  const row = await db.selectFrom('agendas').select(['id', 'deletedAt']).where('id', '=', file.agenda.id).executeTakeFirst();

  if (!row) {
    const plan: ImportPlan = {
      kind: 'nieuw', takeContent: true, takeExecution: true, revisionNumbers: fileRevisions.map((revision) => revision.number),
      remarkIds: file.remarks.map((remark) => remark.id), resolvedRemarkIds: [], signatureIds: file.signatures.map((signature) => signature.id),
      auditIds: file.audit.map((event) => event.id),
    };
    const changes = [
      `De werkagenda “${draft.title}” (${file.agenda.sectorName}, ${base.period}) wordt toegevoegd.`,
      `Met ${count(file.revisions.length, 'versie', 'versies')}, ${count(file.remarks.length, 'opmerking', 'opmerkingen')} en ${count(file.signatures.length, 'handtekening', 'handtekeningen')}.`,
      ...executionLine(file),
    ];
    const sector = await db.selectFrom('sectors').select('id').where('id', '=', draft.sectorId).executeTakeFirst();
    if (!sector) changes.push(`De sector “${file.agenda.sectorName}” is hier nog onbekend en wordt toegevoegd.`);
    return { preview: { ...base, kind: 'nieuw', explanation: 'Deze werkagenda staat nog niet in deze installatie. Ze wordt toegevoegd.', changes, canImport: true }, plan };
  }
  if (row.deletedAt !== null) {
    return refusal(base, 'afwijkend', 'Deze werkagenda staat hier bij de verwijderde werkagenda’s. Zet haar eerst terug op het startscherm en lees het bestand dan opnieuw in.');
  }

  const local = await loadAgenda(db, file.agenda.id);
  const localRevisions = await loadRevisions(db, file.agenda.id);
  const localHash = new Map(localRevisions.map((revision) => [revision.number, revision.hash]));
  const diverged = fileRevisions.find((revision) => localHash.has(revision.number) && localHash.get(revision.number) !== revision.hash);
  if (diverged) {
    return refusal(base, 'afwijkend', `Versie ${diverged.number} in het bestand verschilt van versie ${diverged.number} hier: de werkagenda is op twee plaatsen apart bewerkt en vastgelegd. Het bestand wordt niet ingelezen; bespreek met de afzender welke versie geldt.`);
  }
  const localMax = localRevisions.at(-1)?.number ?? 0;
  const fileMax = fileRevisions.at(-1)?.number ?? 0;
  const localDraftHash = hashContent(revisionContentOf(local)).hash;
  const merge = await mergeable(db, file);
  const mergeLines = [
    merge.remarkIds.length ? `${count(merge.remarkIds.length, 'nieuwe opmerking', 'nieuwe opmerkingen')} van elders.` : '',
    merge.resolvedRemarkIds.length ? `${count(merge.resolvedRemarkIds.length, 'opmerking is', 'opmerkingen zijn')} elders afgehandeld.` : '',
    merge.signatureIds.length ? `${count(merge.signatureIds.length, 'nieuwe handtekening', 'nieuwe handtekeningen')}: ${file.signatures.filter((s) => merge.signatureIds.includes(s.id)).map((s) => `${s.signerName} (versie ${s.revisionNumber})`).join(', ')}.` : '',
  ].filter(Boolean);
  const somethingToMerge = merge.remarkIds.length + merge.resolvedRemarkIds.length + merge.signatureIds.length > 0;

  if (fileMax > localMax) {
    const localHasUnfrozenEdits = localMax > 0 ? localDraftHash !== localHash.get(localMax) : !fileRevisions.some((revision) => revision.hash === localDraftHash);
    if (localHasUnfrozenEdits) {
      return refusal(base, 'afwijkend', `Het bestand brengt versie ${fileMax}, maar hier is het concept gewijzigd sinds ${localMax > 0 ? `versie ${localMax}` : 'het vorige bestand'}. Inlezen zou die wijzigingen overschrijven. Bevries eerst uw eigen wijzigingen of bespreek met de afzender welke inhoud geldt.`);
    }
    const newNumbers = fileRevisions.filter((revision) => !localHash.has(revision.number)).map((revision) => revision.number);
    const changes = [
      `${newNumbers.length === 1 ? 'Nieuwe versie' : 'Nieuwe versies'}: ${newNumbers.join(', ')}. De inhoud van het concept wordt bijgewerkt:`,
      ...contentChanges(revisionContentOf(local), draft).map((change) => `– ${change.text}`),
      ...executionLine(file),
      ...mergeLines,
    ];
    return {
      preview: { ...base, kind: 'bijwerken', explanation: `Het bestand bevat een nieuwere versie van deze werkagenda (versie ${fileMax}; hier versie ${localMax || 'geen'}).`, changes, canImport: true },
      plan: { kind: 'bijwerken', takeContent: true, takeExecution: true, revisionNumbers: newNumbers, ...merge },
    };
  }
  if (fileMax === 0 && localMax === 0 && hashContent(draft).hash !== localDraftHash) {
    return refusal(base, 'afwijkend', 'Hier en in het bestand staat een concept zonder vastgelegde versie, en ze verschillen. Welke nieuwer is, valt niet vast te stellen; het bestand wordt niet ingelezen. Laat de schrijver de werkagenda eerst ter ondertekening aanbieden.');
  }
  const older = fileMax < localMax;
  const explanation = older
    ? `Het bestand is ouder dan de werkagenda hier (versie ${fileMax}; hier al versie ${localMax}). De inhoud wordt niet overgenomen.`
    : 'Het bestand heeft dezelfde versie als de werkagenda hier; de inhoud verandert niet.';
  // An agenda received from elsewhere is run by its sender: a later file of the same version brings the year's figures and evaluations.
  const execution = !older && local.importedFrom !== null && localDraftHash === hashContent(draft).hash
    ? newExecution(file.monitoring, (await buildExchangeFile(db, file.agenda.id)).monitoring) : [];
  const executionLines = execution.length ? [`Nieuwe of gewijzigde uitvoering van de afzender: ${dutchList(execution)}.`] : [];
  if (!somethingToMerge && execution.length === 0) {
    return refusal(base, older ? 'ouder' : 'niets_nieuw', `${explanation} Er staan ook geen nieuwe opmerkingen, handtekeningen of uitvoeringsgegevens in.`);
  }
  const taken = [somethingToMerge ? 'opmerkingen en handtekeningen' : '', execution.length ? 'de uitvoering' : ''].filter(Boolean);
  return {
    preview: { ...base, kind: older ? 'ouder' : 'samenvoegen', explanation: `${explanation} ${dutchList(taken).replace(/^./, (c) => c.toUpperCase())} van elders worden overgenomen.`, changes: [...executionLines, ...mergeLines], canImport: true },
    plan: { kind: older ? 'ouder' : 'samenvoegen', takeContent: false, takeExecution: execution.length > 0, revisionNumbers: [], ...merge },
  };
}

function refusal(base: Omit<ImportPreview, 'kind' | 'explanation' | 'changes' | 'canImport'>, kind: ImportKind, explanation: string) {
  return {
    preview: { ...base, kind, explanation, changes: [], canImport: false },
    plan: { kind, takeContent: false, takeExecution: false, revisionNumbers: [], remarkIds: [], resolvedRemarkIds: [], signatureIds: [], auditIds: [] },
  };
}

/** Remarks, resolutions, signatures and audit lines in the file that this installation lacks. */
async function mergeable(db: Db | Trx, file: ExchangeFile): Promise<Pick<ImportPlan, 'remarkIds' | 'resolvedRemarkIds' | 'signatureIds' | 'auditIds'>> {
  const agendaId = file.agenda.id;
  const [remarks, signatures, audit, revisions] = await Promise.all([
    db.selectFrom('remarks').select(['id', 'resolved']).where('agendaId', '=', agendaId).execute(),
    db.selectFrom('signatures').select('id').where('agendaId', '=', agendaId).execute(),
    db.selectFrom('auditEvents').select('id').where('agendaId', '=', agendaId).execute(),
    loadRevisions(db, agendaId),
  ]);
  const localRemarks = new Map(remarks.map((remark) => [remark.id, remark.resolved === 1]));
  const haveSignature = new Set(signatures.map((signature) => signature.id));
  const haveEvent = new Set(audit.map((event) => event.id));
  // A signature is only taken for a revision both sides hold with the same hash (or one arriving with this file).
  const hashes = new Map([...storedRevisionsOf(file), ...revisions].map((revision) => [revision.number, revision.hash]));
  return {
    remarkIds: file.remarks.filter((remark) => !localRemarks.has(remark.id)).map((remark) => remark.id),
    resolvedRemarkIds: file.remarks.filter((remark) => remark.resolved && localRemarks.get(remark.id) === false).map((remark) => remark.id),
    signatureIds: file.signatures
      .filter((signature) => !haveSignature.has(signature.id) && hashes.get(signature.revisionNumber) === signature.revisionHash)
      .map((signature) => signature.id),
    auditIds: file.audit.filter((event) => !haveEvent.has(event.id)).map((event) => event.id),
  };
}
