import { z } from 'zod';
import { DateSchema, IdSchema, MonthSchema, nonNegativeNumber, optionalText, requiredText, TimestampSchema } from './fields';
import { TargetLevelSchema } from './agenda';

/** Do and Check: the status of an action, progress notes, milestones ticked off, measurements per target. */
export const ActionStatusSchema = z.enum(['gepland', 'lopend', 'afgerond', 'gestopt'], { error: 'Kies de status van de actie.' });
export type ActionStatus = z.infer<typeof ActionStatusSchema>;
export const actionStatuses = ActionStatusSchema.options;

export const actionStatusLabels: Record<ActionStatus, string> = {
  gepland: 'Gepland',
  lopend: 'Lopend',
  afgerond: 'Afgerond',
  gestopt: 'Gestopt',
};

export const TargetStatusSchema = z.enum(['behaald', 'op_koers', 'achter', 'geen_gegevens']);

const pad = (value: number) => String(value).padStart(2, '0');
/** Today as "YYYY-MM-DD" on the clock of the machine that runs the check (the person's own day). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const futureDateMessage = 'De datum ligt in de toekomst.';
/** A date that has already happened (or is today): progress and measurements are about the past. */
export const PastDateSchema = DateSchema.refine((value) => value <= todayIso(), { error: futureDateMessage });

export const ProgressNoteFieldsSchema = z.object({
  author: requiredText('Wie', 200),
  date: PastDateSchema,
  text: requiredText('Wat er is gedaan', 5000),
});
export const NewProgressNoteSchema = ProgressNoteFieldsSchema.extend({ actionId: IdSchema });
export type NewProgressNote = z.infer<typeof NewProgressNoteSchema>;
export const ProgressNoteSchema = ProgressNoteFieldsSchema.extend({ id: IdSchema, actionId: IdSchema, date: DateSchema, createdAt: TimestampSchema });
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;

export const MeasurementFieldsSchema = z.object({
  date: PastDateSchema,
  value: nonNegativeNumber('De waarde'),
  source: optionalText('De bron', 500),
  note: optionalText('De toelichting', 5000),
});
export const NewMeasurementSchema = MeasurementFieldsSchema.extend({
  targetId: IdSchema,
  source: MeasurementFieldsSchema.shape.source.default(''),
  note: MeasurementFieldsSchema.shape.note.default(''),
});
export type NewMeasurement = z.infer<typeof NewMeasurementSchema>;
export const MeasurementSchema = MeasurementFieldsSchema.extend({ id: IdSchema, targetId: IdSchema, date: DateSchema });
export type MeasurementRow = z.infer<typeof MeasurementSchema>;

/** A target as the Voortgang screen shows it: its plan, its measurements (oldest first) and its status. */
export const TargetProgressSchema = z.object({
  id: IdSchema,
  actionId: IdSchema.nullable(),
  level: TargetLevelSchema,
  indicator: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  targetValue: z.number().nullable(),
  deadline: DateSchema.nullable(),
  perYear: z.boolean(),
  measurements: z.array(MeasurementSchema),
  status: TargetStatusSchema,
  /** Why this status, in plain Dutch (shared/targetStatus.ts). */
  statusReason: z.string(),
});
export type TargetProgress = z.infer<typeof TargetProgressSchema>;

export const MilestoneProgressSchema = z.object({ id: IdSchema, title: z.string(), month: MonthSchema.nullable(), done: z.boolean() });

export const ActionProgressSchema = z.object({
  id: IdSchema,
  title: z.string(),
  status: ActionStatusSchema,
  /** The day the status was last changed (null: never changed since the action was planned). */
  statusDate: DateSchema.nullable(),
  milestones: z.array(MilestoneProgressSchema),
  /** Newest first. */
  notes: z.array(ProgressNoteSchema),
  targets: z.array(TargetProgressSchema),
});
export type ActionProgress = z.infer<typeof ActionProgressSchema>;

export const AttentionItemSchema = z.object({
  kind: z.enum(['target', 'action']),
  id: IdSchema,
  title: z.string(),
  /** The action the item belongs to (null: a goal of the agenda as a whole). */
  actionId: IdSchema.nullable(),
  actionTitle: z.string().nullable(),
  reason: z.string(),
  /** The date a follow-up note must be on or after. */
  since: DateSchema.nullable(),
});
export type AttentionItem = z.infer<typeof AttentionItemSchema>;

export const ProgressOverviewSchema = z.object({
  actionsByStatus: z.object({ gepland: z.number().int(), lopend: z.number().int(), afgerond: z.number().int(), gestopt: z.number().int() }),
  targetsByStatus: z.object({ behaald: z.number().int(), op_koers: z.number().int(), achter: z.number().int(), geen_gegevens: z.number().int() }),
  attention: z.array(AttentionItemSchema),
});
export type ProgressOverview = z.infer<typeof ProgressOverviewSchema>;

/** Everything the Voortgang screen of one agenda shows; every mutation of this capability answers with it. */
export const AgendaProgressSchema = z.object({
  agendaId: IdSchema,
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  actions: z.array(ActionProgressSchema),
  /** Goals of the agenda as a whole (no action). */
  agendaTargets: z.array(TargetProgressSchema),
  overview: ProgressOverviewSchema,
});
export type AgendaProgress = z.infer<typeof AgendaProgressSchema>;
