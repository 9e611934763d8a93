import { z } from 'zod';
import { ProgressReportSchema, ReportRequestSchema } from '../domain/report';
import { channel } from './channel';

/** The voortgangsrapportage of an agenda on a peildatum: on screen, and as a Word document the shell saves. */
export const reportApi = {
  'report.get': channel(ReportRequestSchema, ProgressReportSchema),
  'report.exportDocx': channel(ReportRequestSchema, z.object({ fileName: z.string(), base64: z.string() })),
} as const;
