import { z } from 'zod';
import { IdSchema, optionalText, requiredText, TimestampSchema } from './fields';

/**
 * A good example (seed 003, recommendation 2b: share good examples "mét contactgegevens";
 * §6.1.1: make them low-threshold): what worked in one action, and whom to ask about it.
 * The contact details leave this installation only when the box for consent is ticked.
 */
const email = z.string({ error: 'Het e-mailadres moet tekst zijn.' }).trim().max(200, { error: 'Het e-mailadres mag hoogstens 200 tekens hebben.' })
  .refine((value) => value === '' || /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]{2,}$/.test(value), { error: 'Vul een e-mailadres in zoals naam@organisatie.nl.' });
const phone = z.string({ error: 'Het telefoonnummer moet tekst zijn.' }).trim().max(30, { error: 'Het telefoonnummer mag hoogstens 30 tekens hebben.' })
  .refine((value) => value === '' || /^\+?[0-9][0-9 ()-]{7,}$/.test(value), { error: 'Vul een telefoonnummer in met alleen cijfers, spaties, streepjes of een + ervoor, zoals 06 12345678.' });

export const GoodExampleFieldsSchema = z.object({
  whatWorked: requiredText('Wat werkte', 2000),
  organisation: optionalText('De organisatie', 200),
  contactName: optionalText('De naam van de contactpersoon', 200),
  contactEmail: email,
  contactPhone: phone,
  /** The contact person agreed that their details are shared with the other sectors. */
  consent: z.boolean({ error: 'Geef aan of de contactpersoon toestemming geeft.' }),
});
export type GoodExampleFields = z.infer<typeof GoodExampleFieldsSchema>;

export const GoodExampleSchema = GoodExampleFieldsSchema.extend({ actionId: IdSchema, updatedAt: TimestampSchema });
export type GoodExample = z.infer<typeof GoodExampleSchema>;

/** One example as the Overleg's library shows it: with its action, type and sector; contact only when shared. */
export const LibraryEntrySchema = z.object({
  actionId: IdSchema,
  agendaId: IdSchema,
  actionTitle: z.string(),
  typeId: z.number().int(),
  sectorName: z.string(),
  agendaTitle: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  whatWorked: z.string(),
  organisation: z.string(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }).nullable(),
  /** Made in this installation, or received with an exchange file. */
  imported: z.boolean(),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

export const LibraryFilterSchema = z.object({
  typeId: z.number().int().min(1).max(99).nullable().default(null),
  sectorName: z.string().max(100).nullable().default(null),
  text: z.string().max(200).default(''),
});
export type LibraryFilter = z.infer<typeof LibraryFilterSchema>;
