import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Kysely's view of the tables made by migrations/, in camelCase (CamelCasePlugin
// maps them to snake_case columns). Keep in step with the migrations.
type Flag = 0 | 1;

export interface SectorTable { id: string; name: string; signatoryOrganisations: string; isEmployer: Flag; sortOrder: number }
export interface ActionTypeTable { id: number; name: string; origin: 'significant' | 'toegevoegd'; explanation: string }
export interface CatalogueItemTable { id: string; kind: 'knelpunt' | 'succesfactor' | 'activiteit'; code: string; title: string; description: string; sortOrder: number }

export interface AgendaTable {
  id: string;
  sectorId: string;
  startYear: number;
  endYear: number;
  title: string;
  status: 'concept' | 'ter_ondertekening' | 'vastgesteld';
  predecessorId: string | null;
  introduction: string;
  lookback: string;
  objectives: string;
  accountability: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  /** Added by 0006-signoff: the predecessor named by an imported exchange file when it is not in this installation. */
  importedPredecessorId: Generated<string | null>;
  /** Added by 0006-signoff: the sender of the exchange file this agenda was first imported from. */
  importedFrom: Generated<string | null>;
  /** Added by 0018: how many employers the sector has, when the agenda says so. */
  employerCount: Generated<number | null>;
  /** Added by 0019: the draft's content hash and the list's summary of it (JSON), emptied by triggers on every change to what a revision freezes. */
  draftHash: Generated<string | null>;
  listSummary: Generated<string | null>;
  /** Added by 0024: the draft's fingerprint (services/plan/draftFingerprint.ts), emptied with draftHash. */
  draftFingerprint: Generated<string | null>;
  /** Added by 0025: the hash of a revision the draft is known not to be, emptied with draftHash. */
  draftDiffersFrom: Generated<string | null>;
}

export interface KnelpuntTable {
  id: string; agendaId: string; title: string; description: string; cause: string; catalogueId: string | null; sortOrder: number; createdAt: string;
  /** Added by 0005-cycle: the found knelpunt of the predecessor this one came from. */
  originFoundId: Generated<string | null>;
  /** Added by 0014: who can solve it, and for BZK, SZW or another party what the sector asks of them. */
  addressee: Generated<'sector' | 'werkgevers' | 'bzk' | 'szw' | 'anders'>;
  request: Generated<string>;
}

export interface ActionTable {
  id: string;
  agendaId: string;
  title: string;
  description: string;
  primaryTypeId: number;
  actor: 'sector' | 'werkgevers' | 'partner';
  nature: 'nieuw' | 'voortgezet' | 'bestaand';
  owner: string;
  startMonth: string | null;
  endMonth: string | null;
  jobsPrognosis: number | null;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
  /** Added by 0003-monitoring (Do): defaults to 'gepland'. */
  status: Generated<'gepland' | 'lopend' | 'afgerond' | 'gestopt'>;
  statusDate: Generated<string | null>;
  /** Added by 0005-cycle: the action of the predecessor this one continues. */
  originActionId: Generated<string | null>;
}

export interface ActionExtraTypeTable { actionId: string; typeId: number }
export interface ActionKnelpuntTable { actionId: string; knelpuntId: string }
export interface MilestoneTable { id: string; actionId: string; title: string; month: string | null; done: Flag; sortOrder: number }

export interface TargetTable {
  id: string;
  agendaId: string;
  actionId: string | null;
  level: 'breed' | 'middenweg' | 'smal';
  indicator: string;
  unit: string;
  baseline: number | null;
  targetValue: number | null;
  deadline: string | null;
  /** 0008: 1 for a target that starts again every calendar year. */
  perYear: ColumnType<Flag, Flag | undefined, Flag>;
  sortOrder: number;
}

export interface JobGoalTable { agendaId: string; year: number; jobs: number }
export interface UnusedTypeReasonTable { agendaId: string; typeId: number; reason: string }
export interface SignatoryTable { id: string; agendaId: string; name: string; function: string; organisation: string; required: Flag; sortOrder: number }

// 0003-monitoring: Do and Check.
export interface ProgressNoteTable { id: string; actionId: string; author: string; date: string; text: string; createdAt: string }
export interface MeasurementTable { id: string; targetId: string; date: string; value: number; source: string; note: string; createdAt: string }

// Jobs and quotum (migration 0004).
export interface QuotumPercentageTable { year: number; percentage: number; source: string }
/** 0009: the percentages an imported agenda's exchange file carried, for that agenda only. */
export interface AgendaQuotumPercentageTable { agendaId: string; year: number; percentage: number; source: string }
export interface EmployerTable { id: string; agendaId: string; name: string; sortOrder: number; createdAt: string }
export interface EmployerHoursTable { employerId: string; year: number; kind: 'uren' | 'fte'; hoursPerYear: number | null; fte: number | null; hoursPerWeek: number | null }
export interface RealisedJobsTable {
  id: string;
  agendaId: string;
  employerId: string | null;
  referenceDate: string;
  jobs: number;
  kind: 'regulier' | 'inkoop_sroi';
  note: string;
  createdAt: string;
  /** Added by 0017: what was typed for inkoop and SROI, when it was persons or hours a week; null for banen. */
  enteredUnit: Generated<'personen' | 'uren' | null>;
  enteredValue: Generated<number | null>;
}

// Act (migration 0005).
export interface ActionEvaluationTable {
  actionId: string; result: 'werkte' | 'deels' | 'niet' | null; why: string; lesson: string; updatedAt: string;
  /** Added by 0016: the success factors that helped, a JSON array of codes ("S1"…"S9"). */
  helped: Generated<string>;
}
export interface FoundKnelpuntTable { id: string; agendaId: string; title: string; description: string; cause: string; catalogueId: string | null; sortOrder: number; createdAt: string }
export interface FoundKnelpuntActionTable { foundId: string; actionId: string }
export interface FoundKnelpuntTargetTable { foundId: string; targetId: string }

// Review and sign-off (migration 0006).
export interface SettingTable { key: string; value: string }
export interface RevisionTable {
  id: string; agendaId: string; number: number; hash: string; content: string; frozenAt: string; frozenBy: string;
  /** 0011: the freezing installation's key and its signature over freezeStatement; null for revisions frozen before. */
  freezePublicKey: string | null; freezeSignature: string | null;
}
export interface RemarkTable {
  id: string; agendaId: string; revisionNumber: number | null; targetKind: 'section' | 'action'; targetId: string; author: string; createdAt: string;
  text: string; resolved: Flag; resolvedAt: string | null; resolvedBy: string | null;
}
export interface SignatureTable {
  id: string; agendaId: string; revisionNumber: number; revisionHash: string; signatoryId: string; signerName: string; signerFunction: string;
  signedOn: string; publicKey: string; signature: string; createdAt: string;
  /** 0011: which signingStatement was signed (1 without the time). */
  statementVersion: Generated<1 | 2>;
}
// Personal keys behind a passphrase and the keys trusted here (migration 0010; replaces signer_keys).
export interface PersonalKeyTable {
  id: string; signatoryId: string; publicKey: string; keyId: string;
  sealedPrivateKey: string | null; plainPrivateKey: string | null; createdAt: string; replacedAt: string | null;
}
export interface ConfirmedKeyTable { signatoryId: string; keyId: string; publicKey: string; how: 'hier_gemaakt' | 'vergeleken'; confirmedAt: string; confirmedBy: string }
export interface AuditEventTable {
  id: string; agendaId: string; at: string; actor: string; kind: string; summary: string; prevHash: string | null; hash: string | null;
  /** Migration 0012, local to this installation: the field a line is about and its text before a burst of edits. */
  subject: ColumnType<string | null, string | null | undefined, string | null>;
  beforeText: ColumnType<string | null, string | null | undefined, string | null>;
}

// Goede voorbeelden (migration 0013).
export interface GoodExampleTable {
  actionId: string; whatWorked: string; organisation: string; contactName: string; contactEmail: string; contactPhone: string; consent: Flag; updatedAt: string;
}

// The dossierhoudersoverleg (migration 0007).
export interface SectorGroupTable { id: string; name: string; createdAt: string }
export interface SectorGroupMemberTable { groupId: string; sectorId: string }

/** 0019: the outcome of a cryptographic check, keyed by the SHA-256 of exactly what was checked. */
export interface VerificationCacheTable { key: string; result: string; checkedAt: string }
/** The canonical form of one action or target of a draft (migration 0020), and its fingerprint (0024). */
export interface DraftFragmentTable { itemId: string; canonical: string; fingerprint: string }
/** The fingerprint of a revision's content, under the SHA-256 of that content (migration 0024). */
export interface RevisionFingerprintTable { hash: string; fingerprint: string }
/** The fingerprints of a revision's parts (actions and targets), under the SHA-256 of its content (migration 0025). */
export interface RevisionPartTable { hash: string; fingerprint: string }

export interface Database {
  sectors: SectorTable;
  actionTypes: ActionTypeTable;
  catalogueItems: CatalogueItemTable;
  agendas: AgendaTable;
  knelpunten: KnelpuntTable;
  actions: ActionTable;
  actionExtraTypes: ActionExtraTypeTable;
  actionKnelpunten: ActionKnelpuntTable;
  milestones: MilestoneTable;
  targets: TargetTable;
  jobGoals: JobGoalTable;
  unusedTypeReasons: UnusedTypeReasonTable;
  signatories: SignatoryTable;
  progressNotes: ProgressNoteTable;
  measurements: MeasurementTable;
  quotumPercentages: QuotumPercentageTable;
  agendaQuotumPercentages: AgendaQuotumPercentageTable;
  employers: EmployerTable;
  employerHours: EmployerHoursTable;
  realisedJobs: RealisedJobsTable;
  actionEvaluations: ActionEvaluationTable;
  foundKnelpunten: FoundKnelpuntTable;
  foundKnelpuntActions: FoundKnelpuntActionTable;
  foundKnelpuntTargets: FoundKnelpuntTargetTable;
  settings: SettingTable;
  revisions: RevisionTable;
  remarks: RemarkTable;
  signatures: SignatureTable;
  personalKeys: PersonalKeyTable;
  confirmedKeys: ConfirmedKeyTable;
  auditEvents: AuditEventTable;
  goodExamples: GoodExampleTable;
  verificationCache: VerificationCacheTable;
  draftFragments: DraftFragmentTable;
  revisionFingerprints: RevisionFingerprintTable;
  revisionParts: RevisionPartTable;
  sectorGroups: SectorGroupTable;
  sectorGroupMembers: SectorGroupMemberTable;
}

export type AgendaRow = Selectable<AgendaTable>;
export type NewAgendaRow = Insertable<AgendaTable>;
export type AgendaUpdate = Updateable<AgendaTable>;
export type ActionRow = Selectable<ActionTable>;
