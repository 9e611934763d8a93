import { z } from 'zod';
import { IdSchema, optionalText, requiredText } from './fields';

export const SectorSchema = z.object({
  id: IdSchema,
  name: requiredText('De naam van de sector', 100),
  /** Who signs the Bestuursakkoord for this sector, e.g. "VNG" or "minister van Defensie". */
  signatoryOrganisations: optionalText('De ondertekenaars', 500),
  /** Rijk, Politie and Defensie are themselves the employer; the others represent many employers. */
  isEmployer: z.boolean(),
  sortOrder: z.number().int(),
});
export type Sector = z.infer<typeof SectorSchema>;

export const SectorInputSchema = SectorSchema.omit({ id: true, sortOrder: true }).extend({ id: IdSchema.optional() });
export type SectorInput = z.infer<typeof SectorInputSchema>;

export const ActionTypeOriginSchema = z.enum(['significant', 'toegevoegd']);
export type ActionTypeOrigin = z.infer<typeof ActionTypeOriginSchema>;

/** One of the 12 action types of seed 003 (9 from Significant APE 2018, 3 added by the researchers). */
export const ActionTypeSchema = z.object({
  id: z.number().int().min(1),
  name: requiredText('De naam van het actietype', 200),
  origin: ActionTypeOriginSchema,
  explanation: optionalText('De uitleg', 1000),
});
export type ActionType = z.infer<typeof ActionTypeSchema>;

/** Users may reword a type's name and explanation; its number and origin are fixed by the research. */
export const ActionTypeUpdateSchema = ActionTypeSchema.pick({ id: true, name: true, explanation: true });
export type ActionTypeUpdate = z.infer<typeof ActionTypeUpdateSchema>;

export const CatalogueKindSchema = z.enum(['knelpunt', 'succesfactor', 'activiteit']);
export type CatalogueKind = z.infer<typeof CatalogueKindSchema>;

/** Knelpunten (§5.2), success factors (§5.1) and recommended activities (§6.1, 2a-2i) to pick from. */
export const CatalogueItemSchema = z.object({
  id: z.string(),
  kind: CatalogueKindSchema,
  code: z.string(),
  title: z.string(),
  description: z.string(),
});
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;

export const ReferenceDataSchema = z.object({
  sectors: z.array(SectorSchema),
  actionTypes: z.array(ActionTypeSchema),
  catalogue: z.array(CatalogueItemSchema),
});
export type ReferenceData = z.infer<typeof ReferenceDataSchema>;
