import type { WordProposal } from '../../../../shared/domain/wordImport';
import { maxWordBytes, wordTooLargeMessage } from '../../../../shared/fileLimits';
import { AppError } from '../../../../shared/errors';
import { countWords } from '../../../../shared/format';
import { looksLikeWerkagenda, proposeAgenda } from '../../../../shared/wordImport/propose';
import type { Db } from '../common';
import { readWordBlocks } from './read';

/** Reads a .docx sent as base64 into a proposal; refuses, in Dutch, what is no (safe) werkagenda. Writes nothing. */
export async function proposeFromWord(db: Db, input: { fileName: string; base64: string }, currentYear = new Date().getFullYear()): Promise<WordProposal> {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > maxWordBytes) throw new AppError('FILE_TOO_LARGE', `${wordTooLargeMessage(bytes.length)} Er is niets gewijzigd.`);
  const blocks = await readWordBlocks(bytes);
  const sectors = await db.selectFrom('sectors').select(['id', 'name']).orderBy('sortOrder').execute();
  const proposal = proposeAgenda(blocks, { fileName: input.fileName, sectors, currentYear });
  const text = blocks.map((block) => (block.kind === 'table' ? block.rows.flat().join(' ') : block.text)).join('\n');
  if (!looksLikeWerkagenda(proposal, text)) {
    const { headings, paragraphs, tables } = proposal.found;
    const found = blocks.length === 0 ? 'het document is leeg'
      : `het bevat ${[countWords(headings, 'kop', 'koppen'), countWords(paragraphs, 'alinea', 'alinea’s'), countWords(tables, 'tabel', 'tabellen')].join(', ')}, maar geen acties, knelpunten of doelen en noemt de banenafspraak niet`;
    throw new AppError('FILE_NOT_AGENDA', `Dit Word-document lijkt geen werkagenda: ${found}. Er is niets gewijzigd.`);
  }
  return proposal;
}
