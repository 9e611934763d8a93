import { z } from 'zod';
import { AgendaDetailSchema } from './agenda';
import { IdSchema, optionalText, requiredText, YearSchema } from './fields';
import { ActionStatusSchema } from './monitoring';

/** Act: how an action worked out (seed 003 §4.3: evaluate before the next agenda). */
export const EvaluationResultSchema = z.enum(['werkte', 'deels', 'niet'], { error: 'Kies of de actie werkte, deels werkte of niet werkte.' });
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;
export const evaluationResultLabels: Record<EvaluationResult, string> = {
  werkte: 'Werkte',
  deels: 'Werkte deels',
  niet: 'Werkte niet',
};

/** The success factors of seed 003 §5.1, by their catalogue code. */
export const SuccessFactorCodeSchema = z.enum(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9'], { error: 'Kies een succesfactor uit de lijst.' });
export type SuccessFactorCode = z.infer<typeof SuccessFactorCodeSchema>;

export const EvaluationFieldsSchema = z.object({
  /** null: not evaluated yet. */
  result: EvaluationResultSchema.nullable(),
  why: optionalText('Het waarom', 5000),
  lesson: optionalText('De les', 5000),
  /** "Wat hielp?": the success factors that made it work (files made before this existed have none). */
  helped: z.array(SuccessFactorCodeSchema).max(9).default([]),
});
export type EvaluationFields = z.infer<typeof EvaluationFieldsSchema>;
export const EvaluationPatchSchema = EvaluationFieldsSchema.partial();

/** A knelpunt found while running the agenda; it becomes part of the next agenda's problem analysis. */
export const FoundKnelpuntFieldsSchema = z.object({
  title: requiredText('De titel van het knelpunt', 200),
  description: optionalText('De beschrijving'),
  cause: optionalText('De oorzaak'),
  catalogueId: z.string({ error: 'Kies een categorie uit de catalogus.' }).nullable(),
  /** The actions of this agenda it came from. */
  actionIds: z.array(IdSchema).max(1000),
  /** The targets of this agenda it came from. */
  targetIds: z.array(IdSchema).max(1000),
});
export const FoundKnelpuntSchema = FoundKnelpuntFieldsSchema.extend({ id: IdSchema, agendaId: IdSchema });
export type FoundKnelpunt = z.infer<typeof FoundKnelpuntSchema>;
export const NewFoundKnelpuntSchema = FoundKnelpuntFieldsSchema.partial().extend({
  agendaId: IdSchema,
  title: requiredText('De titel van het knelpunt', 200),
});
export type NewFoundKnelpunt = z.infer<typeof NewFoundKnelpuntSchema>;
export const FoundKnelpuntPatchSchema = FoundKnelpuntFieldsSchema.partial();
export type FoundKnelpuntPatch = z.infer<typeof FoundKnelpuntPatchSchema>;

const AgendaLinkSchema = z.object({ id: IdSchema, title: z.string(), startYear: YearSchema, endYear: YearSchema, deleted: z.boolean() });
export type AgendaLink = z.infer<typeof AgendaLinkSchema>;

/** Everything the Evaluatie screen shows for one agenda. */
export const AgendaEvaluationSchema = z.object({
  agendaId: IdSchema,
  title: z.string(),
  sectorName: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  /** The agenda that continues this one, once it has been started. */
  successor: AgendaLinkSchema.nullable(),
  actions: z.array(z.object({
    id: IdSchema,
    title: z.string(),
    status: ActionStatusSchema,
    evaluation: EvaluationFieldsSchema,
  })),
  targets: z.array(z.object({ id: IdSchema, indicator: z.string(), unit: z.string(), actionId: IdSchema.nullable() })),
  foundKnelpunten: z.array(FoundKnelpuntSchema),
});
export type AgendaEvaluation = z.infer<typeof AgendaEvaluationSchema>;

/** Unfinished actions go on in the next agenda; finished and stopped ones stay behind. */
export const carriedStatuses = ['gepland', 'lopend'] as const;

/** What the Vergelijken screen needs: both agendas, and the links between them that AgendaDetail does not carry. */
export const CycleComparisonDataSchema = z.object({
  current: AgendaDetailSchema,
  /** null: no predecessor, or it is in the bin. */
  predecessor: AgendaDetailSchema.nullable(),
  /** Actions of the current agenda that continue an action of the predecessor. */
  actionOrigins: z.array(z.object({ actionId: IdSchema, originActionId: IdSchema })),
  /** Knelpunten of the current agenda that came from a knelpunt found in the predecessor. */
  knelpuntOrigins: z.array(z.object({ knelpuntId: IdSchema, originFoundId: IdSchema })),
  /** How each action of the predecessor ended: its status and its evaluation. */
  predecessorOutcomes: z.array(z.object({ actionId: IdSchema, status: ActionStatusSchema, result: EvaluationResultSchema.nullable() })),
});
export type CycleComparisonData = z.infer<typeof CycleComparisonDataSchema>;

/** What the previous agenda delivered (shared/cycle/predecessorResults.ts computes it). */
export const PredecessorResultsSchema = z.object({
  id: IdSchema,
  title: z.string(),
  sectorName: z.string(),
  period: z.string(),
  asOf: z.string(),
  ended: z.boolean(),
  actions: z.array(z.object({
    id: IdSchema, title: z.string(), status: ActionStatusSchema, statusLabel: z.string(),
    result: EvaluationResultSchema.nullable(), resultLabel: z.string(), why: z.string(), lesson: z.string(),
  })),
  targets: z.array(z.object({
    id: IdSchema, indicator: z.string(), unit: z.string(), actionTitle: z.string().nullable(),
    status: z.enum(['behaald', 'op_koers', 'achter', 'geen_gegevens']), verdictLabel: z.string(), reason: z.string(),
  })),
  jobsSentence: z.string(),
});

const CandidateSchema = z.object({ id: IdSchema, title: z.string(), startYear: YearSchema, endYear: YearSchema });

/** The Terugblik section of the Plan editor: the predecessor, what it delivered, the draft text, and what may be linked. */
export const LookbackInfoSchema = z.object({
  /** The linked predecessor; null when none is linked or it is not in this installation. */
  predecessor: CandidateSchema.extend({ deleted: z.boolean() }).nullable(),
  /** A predecessor is named (linked or in the imported file) but this installation does not have it. */
  predecessorMissing: z.boolean(),
  /** null without a predecessor available (not linked, missing, or in the bin). */
  results: PredecessorResultsSchema.nullable(),
  /** The draft Terugblik from `results` (shared/cycle/lookbackDraft.ts). */
  draft: z.string().nullable(),
  /** Agendas of the same sector and an earlier period that may be linked (shared/cycle/predecessorLink.ts). */
  candidates: z.array(CandidateSchema),
});
export type LookbackInfo = z.infer<typeof LookbackInfoSchema>;
