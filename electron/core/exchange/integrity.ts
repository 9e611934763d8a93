import type { ExchangeFile } from '../../../shared/domain/exchange';
import { canonicalJson } from '../../../shared/canonical';
import { summariseRevisions, type StoredRevision } from '../services/signoff/verify';

/** The file's revisions as they would be stored: their content canonicalised, their hash as the file declares it. */
export function storedRevisionsOf(file: ExchangeFile): StoredRevision[] {
  return file.revisions.map((revision) => ({
    id: revision.id, agendaId: file.agenda.id, number: revision.number, hash: revision.hash, content: canonicalJson(revision.content),
    frozenAt: revision.frozenAt, frozenBy: revision.frozenBy, freezePublicKey: revision.freezePublicKey, freezeSignature: revision.freezeSignature,
  }));
}

/**
 * What does not hold in the file itself: a revision whose content no longer matches
 * its fingerprint, a signature that does not verify, a signature on a revision the
 * file lacks. A file with problems is never imported without the person's consent.
 */
export function integrityProblems(file: ExchangeFile): string[] {
  const problems: string[] = [];
  const revisions = storedRevisionsOf(file);
  const summaries = summariseRevisions(revisions, file.signatures, []); // only validity is read here; key states belong to the installation
  for (const summary of summaries.filter((item) => !item.contentIntact)) {
    problems.push(`Versie ${summary.number}: de inhoud komt niet overeen met de controlecode. Het bestand is gewijzigd nadat deze versie werd vastgelegd.`);
  }
  const numbers = new Set(revisions.map((revision) => revision.number));
  for (const signature of file.signatures) {
    if (!numbers.has(signature.revisionNumber)) {
      problems.push(`De handtekening van ${signature.signerName} hoort bij versie ${signature.revisionNumber}, die niet in het bestand staat.`);
    }
  }
  for (const summary of summaries) {
    for (const signature of summary.signatures) {
      if (!signature.valid) problems.push(`De handtekening van ${signature.signerName} op versie ${summary.number} is ongeldig: ${signature.problem}`);
    }
  }
  return problems;
}
