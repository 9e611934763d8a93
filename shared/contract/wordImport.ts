import { z } from 'zod';
import { IdSchema } from '../domain/fields';
import { WordFileSchema, WordImportCreateSchema, WordProposalSchema } from '../domain/wordImport';
import { channel } from './channel';

/**
 * Werkagenda uit Word inlezen: `read` proposes a concept agenda from a .docx and changes nothing; the review
 * screen sends what the user accepted and corrected to `create`, which writes it in one transaction.
 */
export const wordImportApi = {
  'wordImport.read': channel(WordFileSchema, WordProposalSchema),
  'wordImport.create': channel(WordImportCreateSchema, z.object({ agendaId: IdSchema })),
} as const;
