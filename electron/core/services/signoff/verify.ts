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

/** A revision as summaries need it: everything but its content, which only its checks read. */
export type RevisionMeta = Omit<StoredRevision, 'content'>;

/**
 * The outcome of the cryptographic checks of some revisions and signatures (see checks.ts,
 * which remembers them): per revision its signatories when its content hashes to its hash
 * and parses (else null) and whether its freeze signature verifies; per signature whether
 * it verifies over its own statement. Keyed by the very objects checked, never by id: a
 * file may repeat an id, and a forged record must not borrow its twin's result.
 */
export interface Checks {
  signatories: ReadonlyMap<RevisionMeta, RevisionContent['signatories'] | null>;
  freeze: ReadonlyMap<RevisionMeta, boolean>;
  signature: ReadonlyMap<SignatureRecord, boolean>;
}

export const freezeVerifies = (revision: RevisionMeta): boolean =>
  revision.freezePublicKey !== null && revision.freezeSignature !== null && verifyText(revision.freezePublicKey, freezeStatement(revision), revision.freezeSignature);

export const signatureVerifies = (signature: SignatureRecord): boolean => verifyText(signature.publicKey, signingStatement(signature), signature.signature);

/** Every check done now, from scratch: for an exchange file, and where no database is at hand. */
export function freshChecks(revisions: readonly StoredRevision[], signatures: readonly SignatureRecord[]): Checks {
  return {
    signatories: new Map(revisions.map((revision) => [revision, intactContent(revision)?.signatories ?? null])),
    freeze: new Map(revisions.map((revision) => [revision, freezeVerifies(revision)])),
    signature: new Map(signatures.map((signature) => [signature, signatureVerifies(signature)])),
  };
}

/** Whether who froze the revision and when still hold (`verifies`: its freeze signature checks out). */
export function freezeCheckOf(revision: RevisionMeta, verifies: boolean): FreezeCheck {
  if (revision.freezePublicKey === null || revision.freezeSignature === null) {
    return {
      state: 'onbeveiligd', keyFingerprint: null,
      text: 'Deze versie is vastgelegd met een eerdere versie van de toepassing. De naam en het tijdstip van vastleggen zijn toen niet beveiligd en kunnen dus ongemerkt zijn gewijzigd.',
    };
  }
  const fingerprint = keyFingerprint(revision.freezePublicKey);
  return verifies
    ? { state: 'geldig', keyFingerprint: fingerprint, text: `De naam en het tijdstip van vastleggen zijn beveiligd met installatiesleutel ${fingerprint}.` }
    : {
      state: 'ongeldig', keyFingerprint: fingerprint,
      text: '“Vastgelegd door” of het tijdstip van vastleggen is later gewijzigd. Het klopt niet meer met wat de installatie die de versie vastlegde, heeft beveiligd.',
    };
}

const timeNotice = 'Ondertekend met een eerdere versie van de toepassing. Het tijdstip van ondertekenen is toen niet mee ondertekend.';

/**
 * Parsed contents kept by the SHA-256 of their bytes. Every read still hashes the content
 * it was given, so a changed content is never taken for intact; only the parse, which
 * for the same bytes always gives the same answer, is done once. Frozen, because every
 * reader shares one object. Bounded by the length of the contents, least recently read
 * forgotten first: the overleg of all cycles reads some fifty contents of 100 KB.
 */
const parsedContents = new Map<string, { content: RevisionContent | null; size: number }>();
const parsedLimit = 8_000_000;
let parsedSize = 0;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

function parseContent(content: string): RevisionContent | null {
  try {
    const parsed = RevisionContentSchema.safeParse(JSON.parse(content));
    return parsed.success ? deepFreeze(parsed.data) : null;
  } catch {
    return null;
  }
}

/** The content of a stored revision, or null when it no longer hashes to its fingerprint or does not parse. Read-only: it is shared. */
export function intactContent(revision: Pick<StoredRevision, 'hash' | 'content'>): Readonly<RevisionContent> | null {
  const digest = sha256Hex(revision.content);
  if (digest !== revision.hash) return null;
  const kept = parsedContents.get(digest);
  if (kept) {
    parsedContents.delete(digest);
    parsedContents.set(digest, kept);
    return kept.content;
  }
  const entry = { content: parseContent(revision.content), size: revision.content.length };
  parsedContents.set(digest, entry);
  parsedSize += entry.size;
  for (const [key, old] of parsedContents) {
    if (parsedSize <= parsedLimit || parsedContents.size === 1) break;
    parsedContents.delete(key);
    parsedSize -= old.size;
  }
  return entry.content;
}

function signatureProblem(signature: SignatureRecord, revision: RevisionMeta, signatories: RevisionContent['signatories'] | null, verifies: boolean): string | null {
  if (!signatories) return 'De inhoud van deze versie is gewijzigd na het vastleggen; de handtekening geldt daarom niet.';
  if (signature.revisionHash !== revision.hash) return 'De handtekening hoort bij andere inhoud dan deze versie.';
  if (!signatories.some((person) => person.id === signature.signatoryId)) return 'De ondertekenaar staat niet bij de ondertekenaars van deze versie.';
  if (!verifies) {
    return 'De handtekening klopt niet: de inhoud, naam, functie of datum is gewijzigd na het ondertekenen.';
  }
  return null;
}

/** Every revision with its signatures checked from scratch (see summarise). */
export function summariseRevisions(revisions: StoredRevision[], signatures: SignatureRecord[], confirmed: readonly ConfirmedKeyRef[]): RevisionSummary[] {
  return summarise(revisions, signatures, confirmed, freshChecks(revisions, signatures));
}

/**
 * Every revision with its signatures judged on `checks`: validity is never stored
 * apart from what was checked, so a changed file or database shows up the moment
 * it is read. Beside validity each signature gets its key's state in this
 * installation (`confirmed`: the keys pinned to signatories here), derived on
 * every read because confirmations change.
 */
export function summarise(revisions: readonly RevisionMeta[], signatures: readonly SignatureRecord[], confirmed: readonly ConfirmedKeyRef[], checks: Checks): RevisionSummary[] {
  const newest = Math.max(0, ...revisions.map((revision) => revision.number));
  const keyed = signatures.map((signature) => ({ signatoryId: signature.signatoryId, keyId: keyIdOf(signature.publicKey), createdAt: signature.createdAt }));
  return [...revisions].sort((a, b) => a.number - b.number).map((revision) => {
    const signatories = checks.signatories.get(revision) ?? null;
    const intact = signatories !== null;
    const views: SignatureView[] = signatures
      .filter((signature) => signature.revisionNumber === revision.number)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((record) => {
        const { signature: _s, publicKey, ...rest } = record;
        const problem = signatureProblem(record, revision, signatories, checks.signature.get(record) === true);
        const keyId = keyIdOf(publicKey);
        return {
          ...rest, valid: problem === null, problem, keyFingerprint: readableKeyFingerprint(keyId),
          timeNotice: problem === null && rest.statementVersion < 2 ? timeNotice : null,
          keyState: keyStateOf(rest.signatoryId, keyId, confirmed),
          newKey: isNewKey({ signatoryId: rest.signatoryId, keyId, createdAt: rest.createdAt }, keyed),
        };
      });
    const people = signatories ?? [];
    const waitingFor = people
      .filter((person) => person.required && !views.some((view) => view.valid && view.signatoryId === person.id))
      .map((person) => person.name);
    return {
      id: revision.id,
      number: revision.number,
      hash: revision.hash,
      fingerprint: fingerprint(revision.hash),
      frozenAt: revision.frozenAt,
      frozenBy: revision.frozenBy,
      freezeCheck: freezeCheckOf(revision, checks.freeze.get(revision) === true),
      contentIntact: intact,
      signatories: people,
      signatures: views,
      waitingFor,
      vastgesteld: intact && people.some((person) => person.required) && waitingFor.length === 0,
      keys: keyCheckOf(people, views),
      canSign: intact && revision.number === newest
        && people.some((person) => !views.some((view) => view.valid && view.signatoryId === person.id)),
    };
  });
}

/**
 * The agenda's status follows from its revisions: the draft equal to the newest
 * revision is "ter ondertekening" until every required signatory has validly signed
 * it ("vastgesteld"); any edit after that makes it a concept again. `draftIsLatest`: whether
 * the draft's content has the newest revision's hash.
 */
export function statusOf(summaries: RevisionSummary[], draftIsLatest: boolean): AgendaStatus {
  const latest = summaries.at(-1);
  if (!latest || !latest.contentIntact || !draftIsLatest) return 'concept';
  return latest.vastgesteld ? 'vastgesteld' : 'ter_ondertekening';
}

/** statusOf for a caller that holds the draft's full hash. */
export const statusOfDraft = (summaries: RevisionSummary[], draftHash: string): AgendaStatus =>
  statusOf(summaries, summaries.at(-1)?.hash === draftHash);
