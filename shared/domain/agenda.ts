import { z } from 'zod';
import { KeyCheckSchema } from './keys';
import { DateSchema, IdSchema, MonthSchema, nonNegativeNumber, optionalText, requiredText, TimestampSchema, YearSchema } from './fields';

export const AgendaStatusSchema = z.enum(['concept', 'ter_ondertekening', 'vastgesteld']);
export type AgendaStatus = z.infer<typeof AgendaStatusSchema>;

/** Who carries an action out (seed 003 §3.1: bottom-up and top-down). */
export const ActorSchema = z.enum(['sector', 'werkgevers', 'partner'], { error: 'Kies wie de actie uitvoert.' });
export type Actor = z.infer<typeof ActorSchema>;

export const NatureSchema = z.enum(['nieuw', 'voortgezet', 'bestaand'], { error: 'Kies of de actie nieuw is, voortgezet of bestaande praktijk.' });
export type Nature = z.infer<typeof NatureSchema>;

/** The three levels of measurable targets of seed 003 §4.2. */
export const TargetLevelSchema = z.enum(['breed', 'middenweg', 'smal'], { error: 'Kies het niveau van het doel.' });
export type TargetLevel = z.infer<typeof TargetLevelSchema>;

const PeriodFields = z.object({ startYear: YearSchema, endYear: YearSchema });
const periodRule = <T extends { startYear?: number | undefined; endYear?: number | undefined }>(value: T) =>
  value.startYear === undefined || value.endYear === undefined || (value.endYear >= value.startYear && value.endYear - value.startYear <= 9);
const periodMessage = { error: 'Het eindjaar moet in of na het beginjaar liggen, hoogstens tien jaar verder.', path: ['endYear'] };

export const NewAgendaSchema = PeriodFields.extend({
  sectorId: IdSchema,
  title: requiredText('De titel', 200),
}).refine(periodRule, periodMessage);
export type NewAgenda = z.infer<typeof NewAgendaSchema>;

export const AgendaFieldsSchema = PeriodFields.extend({
  title: requiredText('De titel', 200),
  introduction: optionalText('De inleiding'),
  lookback: optionalText('De terugblik'),
  objectives: optionalText('De toelichting op de doelstellingen'),
  accountability: optionalText('De verantwoording door werkgevers'),
  /** How many employers the sector has (null: not filled in). */
  employerCount: z.number({ error: 'Vul het aantal werkgevers in als een heel getal.' }).int({ error: 'Vul het aantal werkgevers in als een heel getal.' })
    .min(0, { error: 'Het aantal werkgevers kan niet negatief zijn.' }).max(1_000_000, { error: 'Het aantal werkgevers is te groot.' }).nullable(),
});
export const AgendaPatchSchema = AgendaFieldsSchema.partial().refine(periodRule, periodMessage);
export type AgendaPatch = z.infer<typeof AgendaPatchSchema>;

/**
 * Who can solve a knelpunt (seed 003 §6.1 recommendation 1): the sector or its employers answer it with an action;
 * BZK, SZW (wetgeving) or another party get a concrete request, gathered in the overleg's signals.
 */
export const AddresseeSchema = z.enum(['sector', 'werkgevers', 'bzk', 'szw', 'anders'], { error: 'Kies wie dit knelpunt kan oplossen.' });
export type Addressee = z.infer<typeof AddresseeSchema>;
export const addresseeNeedsAction = (addressee: Addressee) => addressee === 'sector' || addressee === 'werkgevers';

export const KnelpuntFieldsSchema = z.object({
  title: requiredText('De titel van het knelpunt', 200),
  description: optionalText('De beschrijving'),
  cause: optionalText('De oorzaak'),
  catalogueId: z.string().nullable(),
  addressee: AddresseeSchema,
  request: optionalText('Het verzoek', 2000),
});
export const KnelpuntSchema = KnelpuntFieldsSchema.extend({
  id: IdSchema,
  agendaId: IdSchema,
  /** The actions of this agenda that answer this knelpunt (same links as Action.knelpuntIds). */
  answeredByActionIds: z.array(IdSchema),
});
export type Knelpunt = z.infer<typeof KnelpuntSchema>;
export const NewKnelpuntSchema = KnelpuntFieldsSchema.partial().extend({ agendaId: IdSchema, title: requiredText('De titel van het knelpunt', 200) });
export const KnelpuntPatchSchema = KnelpuntFieldsSchema.partial();

export const MilestoneFieldsSchema = z.object({
  title: requiredText('De mijlpaal', 200),
  month: MonthSchema.nullable(),
});
export const MilestoneSchema = MilestoneFieldsSchema.extend({ id: IdSchema, actionId: IdSchema, done: z.boolean() });
export type Milestone = z.infer<typeof MilestoneSchema>;
export const NewMilestoneSchema = MilestoneFieldsSchema.extend({ actionId: IdSchema, month: MonthSchema.nullable().default(null) });
export const MilestonePatchSchema = MilestoneFieldsSchema.partial();

export const TargetFieldsSchema = z.object({
  level: TargetLevelSchema,
  indicator: requiredText('De indicator', 300),
  unit: requiredText('De eenheid', 60),
  baseline: nonNegativeNumber('De beginwaarde').nullable(),
  targetValue: nonNegativeNumber('De streefwaarde').nullable(),
  deadline: DateSchema.nullable(),
  /** A target that starts again every calendar year ("4 bijeenkomsten per jaar"), judged per year. */
  perYear: z.boolean({ error: 'Kies of het doel per jaar geldt.' }),
});
export const TargetSchema = TargetFieldsSchema.extend({
  id: IdSchema,
  agendaId: IdSchema,
  /** null: a goal of the agenda as a whole (section Doelstellingen). */
  actionId: IdSchema.nullable(),
});
export type Target = z.infer<typeof TargetSchema>;
export const NewTargetSchema = TargetFieldsSchema.partial().extend({
  agendaId: IdSchema,
  actionId: IdSchema.nullable().default(null),
  indicator: requiredText('De indicator', 300),
  unit: requiredText('De eenheid', 60),
});
export const TargetPatchSchema = TargetFieldsSchema.partial();

export const ActionFieldsSchema = z.object({
  title: requiredText('De titel van de actie', 200),
  description: optionalText('De beschrijving'),
  primaryTypeId: z.number({ error: 'Kies een actietype.' }).int().min(1, { error: 'Kies een actietype.' }),
  extraTypeIds: z.array(z.number().int().min(1)),
  actor: ActorSchema,
  nature: NatureSchema,
  owner: optionalText('De trekker', 200),
  startMonth: MonthSchema.nullable(),
  endMonth: MonthSchema.nullable(),
  jobsPrognosis: nonNegativeNumber('De prognose van banen', 1_000_000).nullable(),
  knelpuntIds: z.array(IdSchema),
});
const planningRule = (value: { startMonth?: string | null; endMonth?: string | null }) =>
  !value.startMonth || !value.endMonth || value.endMonth >= value.startMonth;
const planningMessage = { error: 'De eindmaand moet na de startmaand liggen.', path: ['endMonth'] };

export const ActionSchema = ActionFieldsSchema.extend({
  id: IdSchema,
  agendaId: IdSchema,
  milestones: z.array(MilestoneSchema),
});
export type Action = z.infer<typeof ActionSchema>;
export const NewActionSchema = ActionFieldsSchema.partial().extend({
  agendaId: IdSchema,
  title: requiredText('De titel van de actie', 200),
  primaryTypeId: ActionFieldsSchema.shape.primaryTypeId,
  // Chosen, never defaulted: a default made bottom-up agendas look top-down (seed 003 §3.3), also through the API.
  actor: ActionFieldsSchema.shape.actor,
  nature: ActionFieldsSchema.shape.nature,
  /** Targets made with the action, e.g. the example targets of a recommended activity. */
  targets: z.array(TargetFieldsSchema.partial().extend({ indicator: requiredText('De indicator', 300), unit: requiredText('De eenheid', 60) }))
    .max(10, { error: 'Neem hoogstens 10 doelen tegelijk over.' }).optional(),
}).refine(planningRule, planningMessage);
export const ActionPatchSchema = ActionFieldsSchema.partial().refine(planningRule, planningMessage);
export type ActionPatch = z.infer<typeof ActionPatchSchema>;

export const JobGoalSchema = z.object({ year: YearSchema, jobs: nonNegativeNumber('Het aantal banen', 1_000_000) });
export type JobGoal = z.infer<typeof JobGoalSchema>;

export const UnusedTypeReasonSchema = z.object({ typeId: z.number().int().min(1), reason: optionalText('De toelichting', 5000) });
export type UnusedTypeReason = z.infer<typeof UnusedTypeReasonSchema>;

export const SignatoryFieldsSchema = z.object({
  name: requiredText('De naam', 200),
  function: optionalText('De functie', 200),
  organisation: optionalText('De organisatie', 200),
  required: z.boolean(),
});
export const SignatorySchema = SignatoryFieldsSchema.extend({ id: IdSchema, agendaId: IdSchema });
export type Signatory = z.infer<typeof SignatorySchema>;
export const NewSignatorySchema = SignatoryFieldsSchema.partial().extend({ agendaId: IdSchema, name: requiredText('De naam', 200) });
export const SignatoryPatchSchema = SignatoryFieldsSchema.partial();

export const AgendaDetailSchema = AgendaFieldsSchema.extend({
  id: IdSchema,
  sectorId: IdSchema,
  sectorName: z.string(),
  status: AgendaStatusSchema,
  predecessorId: IdSchema.nullable(),
  /** Who sent the exchange file this agenda first came from; null for an agenda written in this installation. */
  importedFrom: z.string().nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  knelpunten: z.array(KnelpuntSchema),
  actions: z.array(ActionSchema),
  targets: z.array(TargetSchema),
  jobGoals: z.array(JobGoalSchema),
  unusedTypeReasons: z.array(UnusedTypeReasonSchema),
  signatories: z.array(SignatorySchema),
});
export type AgendaDetail = z.infer<typeof AgendaDetailSchema>;

export const AgendaSummarySchema = z.object({
  id: IdSchema,
  sectorId: IdSchema,
  sectorName: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  title: z.string(),
  status: AgendaStatusSchema,
  /** The newest version signed by every required signatory; it stays in force while a later concept is written. */
  vastgesteldNumber: z.number().int().nullable(),
  /** How far the keys of that vastgestelde version are confirmed in this installation. */
  vastgesteldKeys: KeyCheckSchema.nullable(),
  actionCount: z.number().int(),
  score: z.number().int(),
  updatedAt: TimestampSchema,
  deletedAt: TimestampSchema.nullable(),
});
export type AgendaSummary = z.infer<typeof AgendaSummarySchema>;
