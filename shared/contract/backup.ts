import { z } from 'zod';
import { BackupFileSchema, BackupListSchema, BackupPreviewSchema, RestoreResultSchema } from '../domain/backup';
import { channel } from './channel';

/**
 * Reservekopie maken en terugzetten (Beheer). Both shells use the same channels: the
 * core makes and reads the bytes, the shell only saves them (save dialog or download)
 * or picks them (open dialog or upload).
 */
export const backupApi = {
  'backup.create': channel(z.object({}), z.object({ fileName: z.string(), base64: z.string() })),
  'backup.list': channel(z.object({}), BackupListSchema),
  /** Checks a chosen file and says what it holds; changes nothing. */
  'backup.preview': channel(BackupFileSchema, BackupPreviewSchema),
  /** First backs up the current state, then puts the chosen backup in its place. */
  'backup.restore': channel(
    BackupFileSchema.extend({ confirmed: z.literal(true, { error: 'Bevestig eerst dat u de reservekopie wilt terugzetten.' }) }),
    RestoreResultSchema,
  ),
} as const;

export type BackupChannel = keyof typeof backupApi;
