import { sql } from 'kysely';
import {
  freezeStatement, RevisionContentSchema, signingStatement, type RevisionContent, type RevisionSummary, type SignatureRecord,
} from '../../../../shared/domain/signoff';
import type { ConfirmedKeyRef } from '../../../../shared/keys';
import { now, type Db, type Trx } from '../common';
import { sha256Hex } from './crypto';
import { freezeVerifies, intactContent, signatureVerifies, summarise, type Checks, type RevisionMeta, type StoredRevision } from './verify';

/*
 * Verify once (migration 0019). A check's answer is kept under the SHA-256 of exactly
 * what it read: a signature's public key, statement and signature; a revision's freeze
 * key, statement and signature. Whatever changes in such a row (a replaced row, bytes
 * edited in the file, a forged signature in an imported file) gives another key, so it
 * is checked afresh; the same bytes give the same answer, so a remembered answer can
 * never be wrong. For a content the answer is what the content whose SHA-256 is the
 * revision's hash says (its signatories): written only after bytes were read that hash
 * to it. Where a content is read (Ondertekening, a version shown or exported, signing,
 * the overleg) it is hashed again on every read; the start list reads no contents and
 * relies on that answer (a revision row cannot be updated, and the list's status is
 * about the draft, whose own hash it compares). Only these pure answers are kept: key
 * states and statuses follow from confirmations and drafts that change, and are
 * derived on every read. Bump `checkVersion` whenever a check itself changes, so older
 * answers are no longer found.
 */
const checkVersion = 1;
const keyOf = (parts: readonly (string | number | null)[]) => sha256Hex(JSON.stringify([checkVersion, ...parts]));

const SignatoriesSchema = RevisionContentSchema.shape.signatories;
type Signatories = RevisionContent['signatories'];

/*
 * The answers read or written are also kept in memory per database handle: the start list asks
 * for the same keys on every call, and reading them back (and parsing the signatories again)
 * cost more than everything else it does. An answer is a pure function of its key, so one kept
 * in memory can be no more wrong than the row it came from.
 */
const inMemory = new WeakMap<Db | Trx, Map<string, string>>();
const memoryLimit = 50_000;
const memoryOf = (db: Db | Trx) => {
  let memory = inMemory.get(db);
  if (!memory || memory.size > memoryLimit) inMemory.set(db, memory = new Map());
  return memory;
};

/** Known answers for these keys, from memory and then in one query however many are left. */
async function known(db: Db | Trx, keys: string[]): Promise<Map<string, string>> {
  const memory = memoryOf(db);
  const answers = new Map<string, string>();
  const missing: string[] = [];
  for (const key of keys) {
    const answer = memory.get(key);
    if (answer === undefined) missing.push(key);
    else answers.set(key, answer);
  }
  if (missing.length === 0) return answers;
  const rows = await db.selectFrom('verificationCache').select(['key', 'result'])
    .where(sql<boolean>`key IN (SELECT value FROM json_each(${JSON.stringify(missing)}))`).execute();
  for (const row of rows) {
    answers.set(row.key, row.result);
    memory.set(row.key, row.result);
  }
  return answers;
}

async function remember(db: Db | Trx, answers: Map<string, string>): Promise<void> {
  const rows = [...answers].map(([key, result]) => ({ key, result, checkedAt: now() }));
  for (let start = 0; start < rows.length; start += 300) {
    await db.insertInto('verificationCache').values(rows.slice(start, start + 300)).onConflict((conflict) => conflict.column('key').doNothing()).execute();
  }
  const memory = memoryOf(db);
  for (const [key, result] of answers) memory.set(key, result);
}

/** Parsed once per distinct answer: many revisions share their signatories' answer text. */
const parsedAnswers = new Map<string, Signatories | null | undefined>();
function parsedSignatories(result: string | undefined): Signatories | null | undefined {
  if (result === undefined) return undefined;
  if (parsedAnswers.has(result)) return parsedAnswers.get(result);
  if (parsedAnswers.size > memoryLimit) parsedAnswers.clear();
  let people: Signatories | null | undefined;
  try {
    const parsed = SignatoriesSchema.nullable().safeParse(JSON.parse(result));
    people = parsed.success ? parsed.data : undefined;
  } catch {
    people = undefined;
  }
  parsedAnswers.set(result, people);
  return people;
}

/**
 * The checks of these revisions and signatures, from what was checked before where the
 * bytes are the same, and done now (and remembered) for the rest. `digests`: the SHA-256
 * of the contents read with the revisions, where they were; `contentOf` reads a content
 * whose answer is not known yet.
 */
export async function cachedChecks<R extends RevisionMeta>(
  db: Db | Trx, revisions: readonly R[], signatures: readonly SignatureRecord[], contentOf: (revision: R) => Promise<string>, digests: ReadonlyMap<R, string> = new Map(),
): Promise<Checks> {
  const contentKeys = new Map(revisions.map((revision) => [revision, keyOf(['content', revision.hash])]));
  const contentKey = (revision: R) => contentKeys.get(revision)!;
  const freezeKey = (revision: RevisionMeta) => keyOf(['freeze', revision.freezePublicKey, freezeStatement(revision), revision.freezeSignature]);
  const signatureKey = (signature: SignatureRecord) => keyOf(['signature', signature.publicKey, signingStatement(signature), signature.signature]);
  // A content read now that does not hash to its revision's hash is not intact, whatever was remembered.
  const candidates = revisions.filter((revision) => !digests.has(revision) || digests.get(revision) === revision.hash);
  const protectedRevisions = revisions.filter((revision) => revision.freezePublicKey !== null && revision.freezeSignature !== null);
  const answers = await known(db, [...candidates.map(contentKey), ...protectedRevisions.map(freezeKey), ...signatures.map(signatureKey)]);
  const fresh = new Map<string, string>();

  const signatories = new Map<RevisionMeta, Signatories | null>(revisions.map((revision) => [revision, null]));
  for (const revision of candidates) {
    const key = contentKey(revision);
    let people = parsedSignatories(answers.get(key));
    if (people === undefined) {
      const content = await contentOf(revision);
      if (sha256Hex(content) !== revision.hash) continue;
      people = intactContent({ hash: revision.hash, content })?.signatories ?? null;
      fresh.set(key, JSON.stringify(people));
    }
    signatories.set(revision, people);
  }
  const verified = <T>(items: readonly T[], key: (item: T) => string, verify: (item: T) => boolean) => new Map(items.map((item) => {
    const answer = answers.get(key(item));
    if (answer === '1' || answer === '0') return [item, answer === '1'];
    const valid = verify(item);
    fresh.set(key(item), valid ? '1' : '0');
    return [item, valid];
  }));
  const freeze = verified<RevisionMeta>(protectedRevisions, freezeKey, freezeVerifies);
  const signature = verified(signatures, signatureKey, signatureVerifies);
  if (fresh.size > 0) await remember(db, fresh);
  return { signatories, freeze, signature };
}

/** Revisions read with their content: hashed again here, so a changed content is never taken for intact. */
export function checksOf(db: Db | Trx, revisions: readonly StoredRevision[], signatures: readonly SignatureRecord[]): Promise<Checks> {
  const digests = new Map(revisions.map((revision) => [revision, sha256Hex(revision.content)]));
  return cachedChecks(db, revisions, signatures, async (revision) => revision.content, digests);
}
/** summarise (verify.ts) on checks that are remembered: what the database paths call. */
export async function checkedSummaries(db: Db | Trx, revisions: StoredRevision[], signatures: SignatureRecord[], confirmed: readonly ConfirmedKeyRef[]): Promise<RevisionSummary[]> {
  return summarise(revisions, signatures, confirmed, await checksOf(db, revisions, signatures));
}
