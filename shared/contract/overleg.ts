import { z } from 'zod';
import { IdSchema } from '../domain/fields';
import { GroupInputSchema, OverlegDataSchema, OverlegExportSchema, OverlegQuerySchema, SectorGroupSchema } from '../domain/overleg';
import { channel } from './channel';

const file = z.object({ fileName: z.string(), base64: z.string() });
const groups = z.object({ groups: z.array(SectorGroupSchema) });

/** The dossierhoudersoverleg: all sectors' agendas of one period side by side, groups of sectors, and exports for the meeting. */
export const overlegApi = {
  /** period null: the newest period any agenda covers. */
  'overleg.get': channel(OverlegQuerySchema, OverlegDataSchema),
  'overleg.saveGroup': channel(GroupInputSchema, groups),
  'overleg.deleteGroup': channel(z.object({ id: IdSchema }), groups),
  /** The comparison as a Word document for the meeting (same conventions as the agenda export). */
  'overleg.exportDocx': channel(OverlegExportSchema, file),
  /** The type x sector matrix as CSV for Excel. */
  'overleg.exportCsv': channel(OverlegExportSchema, file),
} as const;
