import { z } from 'zod';
import {
  ActionSchema, AgendaDetailSchema, AgendaStatusSchema, JobGoalSchema, KnelpuntSchema, MilestoneSchema, SignatorySchema, TargetSchema,
  UnusedTypeReasonSchema,
} from './agenda';
import { canonicalJson } from '../canonical';
import { DateSchema, IdSchema, optionalText, requiredText, TimestampSchema } from './fields';
import { KeyCheckSchema, KeyStateSchema, LocalKeySchema, PassphraseSchema } from './keys';

/**
 * Board review and sign-off (PRODUCT.md workflow 2): frozen revisions, remarks,
 * signatures and the audit trail of an agenda.
 */

/**
 * The content a revision freezes and a signature binds to: the plan, not its
 * execution (action status, milestones ticked off, measurements and jobs figures
 * change while the agenda runs and must not break the board's signature). The link
 * to the predecessor and the sector's display name (reference data, renamed in Beheer)
 * are kept by each installation and travel beside it.
 */
export const RevisionContentSchema = z.object({
  agendaId: IdSchema,
  sectorId: IdSchema,
  startYear: AgendaDetailSchema.shape.startYear,
  endYear: AgendaDetailSchema.shape.endYear,
  title: AgendaDetailSchema.shape.title,
  introduction: AgendaDetailSchema.shape.introduction,
  lookback: AgendaDetailSchema.shape.lookback,
  objectives: AgendaDetailSchema.shape.objectives,
  accountability: AgendaDetailSchema.shape.accountability,
  // Only written when filled in, so revisions frozen before it existed keep their fingerprint.
  employerCount: AgendaDetailSchema.shape.employerCount.unwrap().optional(),
  // addressee and request are only written when not the sector's own, so earlier revisions keep their fingerprint.
  knelpunten: z.array(KnelpuntSchema.omit({ agendaId: true, answeredByActionIds: true, addressee: true, request: true }).extend({
    addressee: KnelpuntSchema.shape.addressee.exclude(['sector']).optional(),
    request: KnelpuntSchema.shape.request.optional(),
  })),
  actions: z.array(ActionSchema.omit({ agendaId: true, milestones: true }).extend({
    milestones: z.array(MilestoneSchema.omit({ actionId: true, done: true })),
  })),
  // perYear is only written when true, so revisions frozen before it existed keep their fingerprint.
  targets: z.array(TargetSchema.omit({ agendaId: true, perYear: true }).extend({ perYear: z.literal(true).optional() })),
  jobGoals: z.array(JobGoalSchema),
  unusedTypeReasons: z.array(UnusedTypeReasonSchema),
  signatories: z.array(SignatorySchema.omit({ agendaId: true })),
});
export type RevisionContent = z.infer<typeof RevisionContentSchema>;

/** Ed25519 public key, SPKI DER in base64. */
export const PublicKeySchema = z.string().regex(/^[A-Za-z0-9+/]{40,120}={0,2}$/, { error: 'De publieke sleutel is ongeldig.' });
/** Ed25519 signature (64 bytes) in base64. */
export const SignatureValueSchema = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, { error: 'De handtekening is ongeldig.' });

export const HashSchema = z.string().regex(/^[0-9a-f]{64}$/, { error: 'Een controlecode (SHA-256) bestaat uit 64 hexadecimale tekens.' });
export const PersonNameSchema = requiredText('De naam', 200);

/** Where a remark points: a section of the agenda or one action. */
export const RemarkTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section'), sectionId: z.string().min(1).max(40) }),
  z.object({ kind: z.literal('action'), actionId: IdSchema }),
], { error: 'Kies waar de opmerking over gaat.' });
export type RemarkTarget = z.infer<typeof RemarkTargetSchema>;

export const RemarkSchema = z.object({
  id: IdSchema,
  agendaId: IdSchema,
  /** The revision the reviewer read; null for a remark on the draft. */
  revisionNumber: z.number().int().min(1).nullable(),
  target: RemarkTargetSchema,
  author: PersonNameSchema,
  createdAt: TimestampSchema,
  text: requiredText('De opmerking', 5000),
  resolved: z.boolean(),
  resolvedAt: TimestampSchema.nullable(),
  resolvedBy: z.string().max(200).nullable(),
});
export type Remark = z.infer<typeof RemarkSchema>;

export const NewRemarkSchema = z.object({
  agendaId: IdSchema,
  revisionNumber: z.number().int().min(1).nullable(),
  target: RemarkTargetSchema,
  author: PersonNameSchema,
  text: requiredText('De opmerking', 5000),
});

/** A signature as stored and exchanged. Its validity is never stored: it is checked on every read. */
export const SignatureRecordSchema = z.object({
  id: IdSchema,
  agendaId: IdSchema,
  revisionNumber: z.number().int().min(1),
  revisionHash: HashSchema,
  signatoryId: IdSchema,
  signerName: PersonNameSchema,
  signerFunction: optionalText('De functie', 200),
  signedOn: DateSchema,
  publicKey: PublicKeySchema,
  signature: SignatureValueSchema,
  createdAt: TimestampSchema,
  /** Which signingStatement was signed: 2 binds createdAt too; 1 (files and signatures made before) does not. */
  statementVersion: z.union([z.literal(1), z.literal(2)]).default(1),
});
export type SignatureRecord = z.infer<typeof SignatureRecordSchema>;

/** The statement version new signatures sign. */
export const currentStatementVersion = 2;

/**
 * The exact text an installation signs: it names the agenda, the revision and its
 * hash, and the signer with function and date (and, from version 2, the moment of
 * signing), so none of these can be changed in an exchange file without the
 * signature failing. Version 1 stays readable for the signatures made with it.
 */
export function signingStatement(record: Pick<SignatureRecord, 'agendaId' | 'revisionNumber' | 'revisionHash' | 'signatoryId' | 'signerName' | 'signerFunction' | 'signedOn' | 'createdAt'>
  & { statementVersion?: 1 | 2 }): string {
  const version = record.statementVersion ?? 1;
  return [
    `Werkagenda Banenafspraak: ondertekening, versie ${version} van dit formaat`,
    `werkagenda: ${record.agendaId}`,
    `versie: ${record.revisionNumber}`,
    `sha256: ${record.revisionHash}`,
    `ondertekenaar: ${record.signatoryId}`,
    `naam: ${record.signerName}`,
    `functie: ${record.signerFunction}`,
    `datum: ${record.signedOn}`,
    ...(version >= 2 ? [`tijdstip: ${record.createdAt}`] : []),
  ].join('\n');
}

/**
 * What the freezing installation signs with its own key: who offered which
 * revision for signing and when, so "bevroren door" and the time cannot be
 * rewritten in a file without it showing.
 */
export function freezeStatement(revision: { agendaId: string; number: number; hash: string; frozenBy: string; frozenAt: string }): string {
  // The words below are signed: changing one breaks every signature made before (woordenlijst-uitzondering).
  return [
    'Werkagenda Banenafspraak: bevriezing, versie 1 van dit formaat', // woordenlijst-uitzondering
    `werkagenda: ${revision.agendaId}`,
    `versie: ${revision.number}`,
    `sha256: ${revision.hash}`,
    `bevroren door: ${revision.frozenBy}`, // woordenlijst-uitzondering
    `bevroren op: ${revision.frozenAt}`, // woordenlijst-uitzondering
  ].join('\n');
}

/** How far a revision's "bevroren door" and time are covered, in Dutch for the screens. */
export const FreezeCheckSchema = z.object({
  state: z.enum(['geldig', 'ongeldig', 'onbeveiligd']),
  text: z.string(),
  /** The freezing installation's key, in short groups; null for a revision frozen before this was recorded. */
  keyFingerprint: z.string().nullable(),
});
export type FreezeCheck = z.infer<typeof FreezeCheckSchema>;

export const SignatureViewSchema = SignatureRecordSchema.omit({ signature: true, publicKey: true }).extend({
  valid: z.boolean(),
  /** Why a signature does not hold, in Dutch; null when valid. */
  problem: z.string().nullable(),
  /** The key's fingerprint in groups of digits to read out (see shared/keys.ts). */
  keyFingerprint: z.string(),
  /** Said of a valid signature made before signatures bound their time (statement version 1); null otherwise. */
  timeNotice: z.string().nullable(),
  /** Whether this installation trusts the key for this signatory: separate from `valid`, the mathematics. */
  keyState: KeyStateSchema,
  /** The same signatory signed earlier with another key. */
  newKey: z.boolean(),
});
export type SignatureView = z.infer<typeof SignatureViewSchema>;

export const RevisionSummarySchema = z.object({
  id: IdSchema,
  number: z.number().int().min(1),
  hash: HashSchema,
  fingerprint: z.string(),
  frozenAt: TimestampSchema,
  frozenBy: z.string(),
  /** Whether "bevroren door" and the time are covered by the freezing installation's signature. */
  freezeCheck: FreezeCheckSchema,
  /** The stored content still hashes to `hash`; false means it was changed after freezing. */
  contentIntact: z.boolean(),
  signatories: RevisionContentSchema.shape.signatories,
  signatures: z.array(SignatureViewSchema),
  /** Required signatories without a valid signature on this revision. */
  waitingFor: z.array(z.string()),
  vastgesteld: z.boolean(),
  /** How many required signatories signed with a key confirmed here. */
  keys: KeyCheckSchema,
  /** Only the newest intact revision can still be signed, by a signatory without a valid signature on it. */
  canSign: z.boolean(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** One line of "what differs" between two contents, in Dutch. */
export const ContentChangeSchema = z.object({ kind: z.enum(['toegevoegd', 'verwijderd', 'gewijzigd']), text: z.string() });
export type ContentChange = z.infer<typeof ContentChangeSchema>;

export const SignoffOverviewSchema = z.object({
  agendaId: IdSchema,
  status: AgendaStatusSchema,
  draftHash: HashSchema,
  draftFingerprint: z.string(),
  /** The revision whose content equals the draft, if any. */
  draftRevisionNumber: z.number().int().nullable(),
  /** The newest revision that is vastgesteld. */
  vastgesteldNumber: z.number().int().nullable(),
  /** The revision the draft is compared with: the newest vastgestelde one, else the newest frozen one; null when nothing is frozen. */
  draftComparedTo: z.number().int().nullable(),
  /** What the draft changes against that revision (empty when equal or when nothing is frozen). */
  draftChanges: z.array(ContentChangeSchema),
  revisions: z.array(RevisionSummarySchema),
  remarks: z.array(RemarkSchema),
  userName: z.string(),
  /** What the completeness check still misses in the draft, in plain Dutch: worth knowing before offering it for signing. */
  completenessGaps: z.array(z.string()),
  /** The keys this installation holds for the newest version's signatories (never the private key itself). */
  localKeys: z.array(LocalKeySchema),
});
export type SignoffOverview = z.infer<typeof SignoffOverviewSchema>;

export const RevisionViewSchema = z.object({
  agenda: AgendaDetailSchema,
  revision: RevisionSummarySchema,
});
export type RevisionView = z.infer<typeof RevisionViewSchema>;

export const AuditKindSchema = z.enum([
  'aangemaakt', 'bevroren', 'opmerking', 'opmerking_afgehandeld', 'opmerking_heropend', 'ondertekend', 'geexporteerd', 'geimporteerd',
  'sleutel_bevestigd', 'sleutel_vervangen',
  // Every change to an agenda (issue 12): the plan, its execution and evaluation, the cycle, the bin and backups.
  'plan_gewijzigd', 'uitvoering_bijgewerkt', 'evaluatie_bijgewerkt', 'vorige_gekoppeld', 'volgende_werkagenda',
  'naar_prullenbak', 'teruggehaald', 'reservekopie_teruggezet',
]);
export type AuditKind = z.infer<typeof AuditKindSchema>;

export const AuditEventSchema = z.object({
  id: IdSchema,
  agendaId: IdSchema,
  at: TimestampSchema,
  actor: z.string().max(200),
  kind: AuditKindSchema,
  summary: z.string().max(2000),
  /** The hash chain: the line before this one (null for the first) and this line's own hash; both null for lines made before the chain. */
  prevHash: HashSchema.nullable().default(null),
  hash: HashSchema.nullable().default(null),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

/** The canonical text of one audit line that its hash is taken over: every field and the hash of the line before. */
export function auditChainText(event: { id: string; agendaId: string; at: string; actor: string; kind: string; summary: string; prevHash: string | null }): string {
  return canonicalJson({
    format: 'werkagenda-logboek-1', id: event.id, agendaId: event.agendaId, at: event.at, actor: event.actor, kind: event.kind, summary: event.summary, prevHash: event.prevHash,
  });
}

export const SignInputSchema = z.object({
  agendaId: IdSchema,
  revisionNumber: z.number().int().min(1),
  signatoryId: IdSchema,
  /** The signer's passphrase: it unlocks their key for this one request and is never stored or logged. */
  passphrase: PassphraseSchema,
  /** The passphrase typed a second time, when one is chosen (first signature, a key from before passphrases, or a new key). */
  repeatPassphrase: z.string().max(1000).optional(),
  /** "Wachtwoordzin vergeten": make a new key behind the new passphrase; the old key only still verifies old signatures. */
  replaceKey: z.boolean().optional(),
});
export type SignInput = z.infer<typeof SignInputSchema>;

export const FreezeInputSchema = z.object({ agendaId: IdSchema, by: PersonNameSchema });
export const SettingsSchema = z.object({
  installationId: IdSchema,
  userName: z.string().max(200),
  /** The fingerprint of this installation's key, in short groups: what a receiver of its files sees after "installatiesleutel". */
  installationKeyFingerprint: z.string(),
});
export type Settings = z.infer<typeof SettingsSchema>;
