import { z } from 'zod';
import { ActionFieldsSchema, ActorSchema, AddresseeSchema, AgendaFieldsSchema, JobGoalSchema, KnelpuntFieldsSchema, NatureSchema, SignatoryFieldsSchema, TargetFieldsSchema } from './agenda';
import { IdSchema, MonthSchema } from './fields';
import { wordTooLargeMessage } from '../fileLimits';

/** Base64 of a little more than maxWordBytes, so the core names the real size of a slightly larger file. */
const maxWordBase64 = 30_000_000;

export const WordFileSchema = z.object({
  fileName: z.string().max(300, { error: 'De bestandsnaam is te lang.' }).default(''),
  base64: z.string({ error: 'Kies een Word-document.' }).min(1, { error: 'Kies een Word-document.' }).max(maxWordBase64, { error: wordTooLargeMessage(maxWordBase64 * 0.75) }),
});

/** The document as blocks: what the parser reads, whatever produced it. */
export type DocBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string; list: { ordered: boolean; level: number } | null }
  | { kind: 'table'; rows: string[][] };

const source = z.string().max(1500);
const key = z.string().max(40);
export const TypeSuggestionSchema = z.object({ typeId: z.number().int().min(1), score: z.number(), confidence: z.number().min(0).max(1), words: z.array(z.string()) });
const proposedTarget = TargetFieldsSchema.omit({ baseline: true });

export const ProposedActionSchema = z.object({
  key, source,
  title: z.string(), description: z.string(), owner: z.string(),
  actor: ActorSchema.nullable(), nature: NatureSchema.nullable(),
  startMonth: MonthSchema.nullable(), endMonth: MonthSchema.nullable(),
  /** The planning as the document says it; "doorlopend" is held as the whole period. */
  planningText: z.string(), ongoing: z.boolean(),
  resultText: z.string(), target: proposedTarget.nullable(), jobsPrognosis: z.number().nullable(),
  suggestions: z.array(TypeSuggestionSchema),
});
export type ProposedAction = z.infer<typeof ProposedActionSchema>;
export const ProposedKnelpuntSchema = z.object({ key, source, title: z.string(), description: z.string(), cause: z.string(), addressee: AddresseeSchema });
export const ProposedJobGoalSchema = z.object({ key, source, year: z.number().int(), jobs: z.number() });
export const ProposedTargetSchema = proposedTarget.extend({ key, source });
export const ProposedSignatorySchema = z.object({ key, source, name: z.string(), function: z.string(), organisation: z.string() });
const proposedText = z.object({ value: z.string(), source });

export const WordProposalSchema = z.object({
  fileName: z.string(),
  title: proposedText,
  sectorId: IdSchema.nullable(),
  sectorSource: source,
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  periodSource: source,
  introduction: proposedText, lookback: proposedText, objectives: proposedText, accountability: proposedText,
  knelpunten: z.array(ProposedKnelpuntSchema),
  jobGoals: z.array(ProposedJobGoalSchema),
  targets: z.array(ProposedTargetSchema),
  actions: z.array(ProposedActionSchema),
  signatories: z.array(ProposedSignatorySchema),
  /** Passages the app could not place; the review shows them so nothing is lost unseen. */
  unrecognised: z.array(z.string()),
  /** What was read: counts for the review's summary. */
  found: z.object({ headings: z.number().int(), paragraphs: z.number().int(), tables: z.number().int() }),
});
export type WordProposal = z.infer<typeof WordProposalSchema>;

const planningRule = (value: { startMonth: string | null; endMonth: string | null }) => !value.startMonth || !value.endMonth || value.endMonth >= value.startMonth;
const caps = { knelpunten: 200, actions: 1000, targets: 300, signatories: 50 };
const knelpuntPosition = 'Een actie verwijst naar een knelpunt dat niet bestaat. Kies de knelpunten opnieuw.';

/** What the user accepted and corrected on the review screen; written as one concept agenda. */
// The number of employers is left to the Plan editor: a Word werkagenda rarely states it as one figure.
export const WordImportCreateSchema = AgendaFieldsSchema.omit({ employerCount: true }).extend({
  fileName: z.string().max(300),
  sectorId: IdSchema,
  knelpunten: z.array(KnelpuntFieldsSchema.pick({ title: true, description: true, cause: true, addressee: true }))
    .max(caps.knelpunten, { error: `Hoogstens ${caps.knelpunten} knelpunten.` }),
  jobGoals: z.array(JobGoalSchema).max(20, { error: 'Hoogstens 20 jaren met een banendoel.' })
    .refine((goals) => new Set(goals.map((goal) => goal.year)).size === goals.length, { error: 'Elk jaar mag maar één banendoel hebben.' }),
  targets: z.array(TargetFieldsSchema).max(caps.targets, { error: `Hoogstens ${caps.targets} doelen.` }),
  actions: z.array(ActionFieldsSchema.pick({ title: true, description: true, primaryTypeId: true, actor: true, nature: true, owner: true, startMonth: true, endMonth: true, jobsPrognosis: true })
    .extend({
      target: TargetFieldsSchema.nullable(),
      /** The knelpunten this action addresses, as positions in `knelpunten` above (they have no id before they are written). */
      knelpunten: z.array(z.number({ error: knelpuntPosition }).int({ error: knelpuntPosition }).min(0, { error: knelpuntPosition })).max(caps.knelpunten).default([]),
    })
    .refine(planningRule, { error: 'De eindmaand moet na de startmaand liggen.', path: ['endMonth'] }))
    .max(caps.actions, { error: `Hoogstens ${caps.actions} acties.` }),
  signatories: z.array(SignatoryFieldsSchema).max(caps.signatories, { error: `Hoogstens ${caps.signatories} ondertekenaars.` }),
}).refine((value) => value.endYear >= value.startYear && value.endYear - value.startYear <= 9,
  { error: 'Het eindjaar moet in of na het beginjaar liggen, hoogstens tien jaar verder.', path: ['endYear'] })
  .superRefine((value, context) => {
    const wrong = value.actions.findIndex((action) => action.knelpunten.some((position) => position >= value.knelpunten.length));
    if (wrong >= 0) context.addIssue({ code: 'custom', path: ['actions', wrong, 'knelpunten'], message: `Actie ${wrong + 1} pakt een knelpunt aan dat niet in het concept komt. Kies de knelpunten opnieuw.` });
  });
export type WordImportCreate = z.infer<typeof WordImportCreateSchema>;

export type ProposedKnelpunt = z.infer<typeof ProposedKnelpuntSchema>;
export type ProposedJobGoal = z.infer<typeof ProposedJobGoalSchema>;
export type ProposedTarget = z.infer<typeof ProposedTargetSchema>;
export type ProposedSignatory = z.infer<typeof ProposedSignatorySchema>;
