import { z } from 'zod';
import { GoodExampleFieldsSchema, GoodExampleSchema, LibraryEntrySchema, LibraryFilterSchema } from '../domain/examples';
import { IdSchema } from '../domain/fields';
import { channel } from './channel';

const examplesOfAgenda = z.object({ examples: z.array(GoodExampleSchema) });

/**
 * Goede voorbeelden: one per action, written on the Evaluatie screen, gathered across
 * sectors (own agendas and those received) in the Overleg's library.
 */
export const examplesApi = {
  'goodExample.list': channel(z.object({ agendaId: IdSchema }), examplesOfAgenda),
  'goodExample.save': channel(GoodExampleFieldsSchema.extend({ actionId: IdSchema }), examplesOfAgenda),
  'goodExample.delete': channel(z.object({ actionId: IdSchema }), examplesOfAgenda),
  'goodExample.library': channel(z.object({}), z.object({ entries: z.array(LibraryEntrySchema) })),
  'goodExample.exportDocx': channel(LibraryFilterSchema, z.object({ fileName: z.string(), base64: z.string() })),
} as const;
