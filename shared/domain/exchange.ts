import { z } from 'zod';
import { EvaluationFieldsSchema, FoundKnelpuntFieldsSchema } from './cycle';
import { GoodExampleFieldsSchema } from './examples';
import { EmployerHoursSchema, EnteredSchema, FteSchema, HoursPerWeekSchema, HoursPerYearSchema, QuotumPercentageSchema, RealisedJobKindSchema, RealisedJobsCountSchema } from './jobs';
import { DateSchema, IdSchema, optionalText, requiredText, TimestampSchema } from './fields';
import { ActionStatusSchema, MeasurementFieldsSchema, ProgressNoteFieldsSchema } from './monitoring';
import { AuditEventSchema, HashSchema, PublicKeySchema, RemarkSchema, RevisionContentSchema, SignatureRecordSchema, SignatureValueSchema } from './signoff';

/**
 * The exchange file (.werkagenda): one agenda travelling between installations
 * (to a board member, to the consultation, as a backup). Versioned JSON; every
 * field is validated on import. A new version gets a new literal here and a
 * reader for the old one.
 */
export const exchangeFormat = 'werkagenda-banenafspraak';
export const exchangeVersion = 1;

export const ExchangeRevisionSchema = z.object({
  id: IdSchema,
  number: z.number().int().min(1),
  hash: HashSchema,
  frozenAt: TimestampSchema,
  frozenBy: z.string().max(200),
  content: RevisionContentSchema,
  /** The freezing installation's key and signature over freezeStatement; absent in files made before. */
  freezePublicKey: PublicKeySchema.nullable().default(null),
  freezeSignature: SignatureValueSchema.nullable().default(null),
});
export type ExchangeRevision = z.infer<typeof ExchangeRevisionSchema>;

/**
 * Execution (Do, Check, Act), so the consultation can compare measurements, jobs realised and
 * what the sectors learned; not part of what is signed. Every value is held to the limits the
 * screens enforce, so a file can hold nothing the app could not have entered. The parts added
 * after the first files default to empty, so those files still import (`version` stays 1).
 */
export const ExchangeMonitoringSchema = z.object({
  measurements: z.array(MeasurementFieldsSchema.extend({ id: IdSchema, targetId: IdSchema, date: DateSchema })).max(100_000),
  employers: z.array(z.object({
    id: IdSchema, name: z.string().min(1).max(200),
    hours: z.array(EmployerHoursSchema.extend({ hoursPerYear: HoursPerYearSchema.nullable(), fte: FteSchema.nullable(), hoursPerWeek: HoursPerWeekSchema.nullable() })).max(100),
  })).max(10_000),
  realisedJobs: z.array(z.object({
    id: IdSchema, employerId: IdSchema.nullable(), referenceDate: DateSchema, jobs: RealisedJobsCountSchema, kind: RealisedJobKindSchema, note: optionalText('De toelichting', 5000),
    entered: EnteredSchema.nullable().default(null),
  })).max(100_000),
  /** The status of every action of the draft, with the day it was last changed. */
  actionStatuses: z.array(z.object({ actionId: IdSchema, status: ActionStatusSchema, statusDate: DateSchema.nullable() })).max(10_000).default([]),
  /** Every milestone of the draft, ticked off or not. */
  milestones: z.array(z.object({ id: IdSchema, done: z.boolean() })).max(100_000).default([]),
  progressNotes: z.array(ProgressNoteFieldsSchema.extend({ id: IdSchema, actionId: IdSchema, date: DateSchema, createdAt: TimestampSchema })).max(100_000).default([]),
  evaluations: z.array(EvaluationFieldsSchema.extend({ actionId: IdSchema })).max(10_000).default([]),
  foundKnelpunten: z.array(FoundKnelpuntFieldsSchema.extend({ id: IdSchema })).max(10_000).default([]),
  /** Good examples, one per action; contact details only where the contact person gave consent (shared/examples.ts). */
  goodExamples: z.array(GoodExampleFieldsSchema.extend({ actionId: IdSchema })).max(10_000).default([]),
  /** The quotum percentages the sender's figures used, for the years of the period. */
  quotumPercentages: z.array(QuotumPercentageSchema).max(100).default([]),
});
export type ExchangeMonitoring = z.infer<typeof ExchangeMonitoringSchema>;

export const ExchangeFileSchema = z.object({
  format: z.literal(exchangeFormat),
  version: z.literal(exchangeVersion),
  exportedAt: TimestampSchema,
  exportedBy: z.object({ installationId: IdSchema, name: z.string().max(200) }),
  agenda: z.object({
    id: IdSchema,
    /** The sector as the sender's installation names it; a receiver that lacks the sector adds it under this name. */
    sectorName: requiredText('De naam van de sector', 100),
    sectorIsEmployer: z.boolean(),
    /** The agenda this one follows; it may not exist in the receiving installation. */
    predecessorId: IdSchema.nullable(),
    createdAt: TimestampSchema,
    /** The working content at export time; not signed. */
    draft: RevisionContentSchema,
  }),
  revisions: z.array(ExchangeRevisionSchema).max(500),
  remarks: z.array(RemarkSchema).max(10_000),
  signatures: z.array(SignatureRecordSchema).max(5_000),
  audit: z.array(AuditEventSchema).max(50_000),
  /** The head of the audit trail's hash chain (auditHeadOf): its lines in the file's order; absent in files made before. */
  auditHead: HashSchema.optional(),
  monitoring: ExchangeMonitoringSchema,
  /**
   * The exporting installation's signature over the canonical JSON of the whole file
   * without this field, with its public key; absent in files made before.
   */
  fileSignature: z.object({ publicKey: PublicKeySchema, signature: SignatureValueSchema }).optional(),
});
export type ExchangeFile = z.infer<typeof ExchangeFileSchema>;

/** What importing a file would do. */
export const ImportKindSchema = z.enum(['nieuw', 'bijwerken', 'samenvoegen', 'niets_nieuw', 'ouder', 'afwijkend']);
export type ImportKind = z.infer<typeof ImportKindSchema>;

export const ImportPreviewSchema = z.object({
  kind: ImportKindSchema,
  agendaId: IdSchema,
  title: z.string(),
  sectorName: z.string(),
  period: z.string(),
  exportedBy: z.string(),
  exportedAt: TimestampSchema,
  /** Plain Dutch: what happens, or why not. */
  explanation: z.string(),
  /** What changes in this installation, line by line. */
  changes: z.array(z.string()),
  /** Who the file says it comes from and the key it is signed with: "Afkomstig van …, installatiesleutel …". */
  origin: z.string(),
  /** Integrity problems: content changed after freezing, signatures that do not verify, the file or its audit trail changed after export. */
  problems: z.array(z.string()),
  /** What the file lacks because it (or a part of it) was made by an earlier version; no problem, but said plainly. */
  notices: z.array(z.string()),
  canImport: z.boolean(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportInputSchema = z.object({
  fileName: z.string().max(300).default(''),
  /** The file as text; its size is checked before it is parsed. */
  text: z.string(),
  /** Set when the person has seen the integrity problems and imports anyway (signatures stay marked invalid). */
  acceptProblems: z.boolean().default(false),
});
export type ImportInput = z.infer<typeof ImportInputSchema>;
