import { fingerprint } from '../../../../shared/canonical';
import type { AgendaStatus } from '../../../../shared/domain/agenda';
import {
  freezeStatement, RevisionContentSchema, signingStatement, type FreezeCheck, type RevisionContent, type RevisionSummary, type SignatureRecord, type SignatureView,
} from '../../../../shared/domain/signoff';
import { isNewKey, keyCheckOf, keyStateOf, readableKeyFingerprint, type ConfirmedKeyRef } from '../../../../shared/keys';
import { keyFingerprint, keyIdOf, sha256Hex, verifyText } from './crypto';

/** A revision as stored: its content is the canonical JSON that was hashed; the freeze fields are null for revisions frozen before they existed. */
export interface StoredRevision {
  id: string; agendaId: string; number: number; hash: string; content: string; frozenAt: string; frozenBy: string;
  freezePublicKey: string | null; freezeSignature: string | null;
}

/** Whether who froze the revision and when still hold, checked from scratch like the signatures. */
export function freezeCheckOf(revision: StoredRevision): FreezeCheck {
  if (revision.freezePublicKey === null || revision.freezeSignature === null) {
    return {
      state: 'onbeveiligd', keyFingerprint: null,
      text: 'Deze versie is vastgelegd met een eerdere versie van de toepassing: wie haar vastlegde en wanneer is niet met een installatiesleutel vastgelegd en kan dus ongemerkt zijn gewijzigd.',
    };
  }
  const fingerprint = keyFingerprint(revision.freezePublicKey);
  return verifyText(revision.freezePublicKey, freezeStatement(revision), revision.freezeSignature)
    ? { state: 'geldig', keyFingerprint: fingerprint, text: `Wie deze versie vastlegde en wanneer, is ondertekend met installatiesleutel ${fingerprint}.` }
    : {
      state: 'ongeldig', keyFingerprint: fingerprint,
      text: '“Vastgelegd door” of het tijdstip van vastleggen is gewijzigd na het vastleggen: het klopt niet met wat de installatie die haar vastlegde heeft ondertekend.',
    };
}

const timeNotice = 'Ondertekend met een eerdere versie van de toepassing: het tijdstip van ondertekenen is niet mee ondertekend.';

/** The content of a stored revision, or null when it no longer hashes to its fingerprint or does not parse. */
export function intactContent(revision: Pick<StoredRevision, 'hash' | 'content'>): RevisionContent | null {
  if (sha256Hex(revision.content) !== revision.hash) return null;
  try {
    const parsed = RevisionContentSchema.safeParse(JSON.parse(revision.content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function signatureProblem(signature: SignatureRecord, revision: StoredRevision, content: RevisionContent | null): string | null {
  if (!content) return 'De inhoud van deze versie is gewijzigd na het vastleggen; de handtekening geldt daarom niet.';
  if (signature.revisionHash !== revision.hash) return 'De handtekening hoort bij andere inhoud dan deze versie.';
  if (!content.signatories.some((person) => person.id === signature.signatoryId)) return 'De ondertekenaar staat niet bij de ondertekenaars van deze versie.';
  if (!verifyText(signature.publicKey, signingStatement(signature), signature.signature)) {
    return 'De handtekening klopt niet: de inhoud, naam, functie of datum is gewijzigd na het ondertekenen.';
  }
  return null;
}

/**
 * Every revision with its signatures checked from scratch: validity is never
 * stored, so a changed file or database shows up the moment it is read. Beside
 * validity each signature gets its key's state in this installation (`confirmed`:
 * the keys pinned to signatories here).
 */
export function summariseRevisions(revisions: StoredRevision[], signatures: SignatureRecord[], confirmed: readonly ConfirmedKeyRef[]): RevisionSummary[] {
  const newest = Math.max(0, ...revisions.map((revision) => revision.number));
  const keyed = signatures.map((signature) => ({ signatoryId: signature.signatoryId, keyId: keyIdOf(signature.publicKey), createdAt: signature.createdAt }));
  return [...revisions].sort((a, b) => a.number - b.number).map((revision) => {
    const content = intactContent(revision);
    const views: SignatureView[] = signatures
      .filter((signature) => signature.revisionNumber === revision.number)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map(({ signature: _s, publicKey, ...rest }) => {
        const problem = signatureProblem({ ...rest, signature: _s, publicKey }, revision, content);
        const keyId = keyIdOf(publicKey);
        return {
          ...rest, valid: problem === null, problem, keyFingerprint: readableKeyFingerprint(keyId),
          timeNotice: problem === null && rest.statementVersion < 2 ? timeNotice : null,
          keyState: keyStateOf(rest.signatoryId, keyId, confirmed),
          newKey: isNewKey({ signatoryId: rest.signatoryId, keyId, createdAt: rest.createdAt }, keyed),
        };
      });
    const signatories = content?.signatories ?? [];
    const waitingFor = signatories
      .filter((person) => person.required && !views.some((view) => view.valid && view.signatoryId === person.id))
      .map((person) => person.name);
    return {
      id: revision.id,
      number: revision.number,
      hash: revision.hash,
      fingerprint: fingerprint(revision.hash),
      frozenAt: revision.frozenAt,
      frozenBy: revision.frozenBy,
      freezeCheck: freezeCheckOf(revision),
      contentIntact: content !== null,
      signatories,
      signatures: views,
      waitingFor,
      vastgesteld: content !== null && signatories.some((person) => person.required) && waitingFor.length === 0,
      keys: keyCheckOf(signatories, views),
      canSign: content !== null && revision.number === newest
        && signatories.some((person) => !views.some((view) => view.valid && view.signatoryId === person.id)),
    };
  });
}

/**
 * The agenda's status follows from its revisions: the draft equal to the newest
 * revision is "ter ondertekening" until every required signatory has validly signed
 * it ("vastgesteld"); any edit after that makes it a concept again.
 */
export function statusOf(draftHash: string, summaries: RevisionSummary[]): AgendaStatus {
  const latest = summaries.at(-1);
  if (!latest || !latest.contentIntact || latest.hash !== draftHash) return 'concept';
  return latest.vastgesteld ? 'vastgesteld' : 'ter_ondertekening';
}
