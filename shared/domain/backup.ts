import { z } from 'zod';

/**
 * A reservekopie: the whole data file, made by the app with SQLite's VACUUM INTO. It
 * travels between the core and the shells as base64, like the Word export and the
 * exchange file; larger files are refused before they are decoded (shared/fileLimits.ts).
 */
/**
 * Base64 of up to 30 MB: room above maxBackupBytes, so the core names the real size of a
 * slightly larger file; far larger ones are stopped here (web mode's body limit is above this).
 */
const maxBackupBase64 = 40_000_000;

export const BackupFileSchema = z.object({
  fileName: z.string().max(300, { error: 'De bestandsnaam is te lang.' }).default(''),
  base64: z.string({ error: 'Kies een reservekopie.' }).max(maxBackupBase64, { error: 'Het bestand is te groot; een reservekopie mag hoogstens 25 MB zijn.' }),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

export const BackupAgendaSchema = z.object({
  title: z.string(),
  period: z.string(),
  /** Frozen versions (revisions) of the agenda in the backup. */
  versions: z.number().int().min(0),
  /** In the bin of the backup. */
  deleted: z.boolean(),
});

/** What a backup holds, shown before anything changes. */
export const BackupPreviewSchema = z.object({
  fileName: z.string(),
  /** When the app made the backup; null for a copy the app did not stamp. */
  madeAt: z.string().nullable(),
  /** The newest change to an agenda in the backup. */
  lastChange: z.string().nullable(),
  agendas: z.array(BackupAgendaSchema),
  /** True when the backup comes from an older version of the app; it is brought up to date on restore. */
  olderVersion: z.boolean(),
});
export type BackupPreview = z.infer<typeof BackupPreviewSchema>;

export const BackupListSchema = z.object({
  /** The folder of the automatic backups, for the person who wants to find them. */
  folder: z.string(),
  automatic: z.array(z.object({ fileName: z.string(), madeAt: z.string() })),
});

export const RestoreResultSchema = z.object({
  /** The backup of the state that was replaced, in the folder of the automatic backups. */
  safetyBackup: z.string(),
  agendas: z.number().int().min(0),
});
