import { z } from 'zod';
import { IdSchema } from '../domain/fields';
import { ImportInputSchema, ImportPreviewSchema } from '../domain/exchange';
import { ConfirmKeyInputSchema } from '../domain/keys';
import {
  AuditEventSchema, FreezeInputSchema, NewRemarkSchema, RevisionViewSchema, SettingsSchema, SignInputSchema, SignoffOverviewSchema,
} from '../domain/signoff';
import { channel } from './channel';

/**
 * Review and sign-off, the exchange file and the audit trail. Every mutation on
 * the Ondertekening screen answers with the whole sign-off overview.
 */
const byAgenda = z.object({ agendaId: IdSchema });

export const signoffApi = {
  'signoff.get': channel(byAgenda, SignoffOverviewSchema),
  /** "Ter ondertekening aanbieden": freezes the draft as the next numbered revision. */
  'revision.freeze': channel(FreezeInputSchema, SignoffOverviewSchema),
  /** A frozen revision, read-only, as the views and the export show it. */
  'revision.get': channel(z.object({ agendaId: IdSchema, number: z.number().int().min(1) }), RevisionViewSchema),
  'remark.create': channel(NewRemarkSchema, SignoffOverviewSchema),
  'remark.setResolved': channel(z.object({ id: IdSchema, resolved: z.boolean(), by: z.string().trim().max(200).default('') }), SignoffOverviewSchema),
  /** Signs with the signer's personal key, unlocked by their passphrase (chosen on the first signature). */
  'signature.sign': channel(SignInputSchema, SignoffOverviewSchema),
  /** "Sleutel bevestigen": pins a signature's key to its signatory after comparing the fingerprint the signer read out. */
  'key.confirm': channel(ConfirmKeyInputSchema, SignoffOverviewSchema),
  'audit.list': channel(byAgenda, z.object({ events: z.array(AuditEventSchema) })),

  'settings.get': channel(z.object({}), SettingsSchema),
  'settings.update': channel(z.object({ userName: z.string().trim().max(200, { error: 'Uw naam mag hoogstens 200 tekens hebben.' }) }), SettingsSchema),

  /** The agenda as a .werkagenda file; the shell saves it (dialog or download). */
  'exchange.export': channel(byAgenda, z.object({ fileName: z.string(), base64: z.string() })),
  /** Reads a file and says what importing it would do; writes nothing. */
  'exchange.preview': channel(ImportInputSchema, ImportPreviewSchema),
  'exchange.import': channel(ImportInputSchema, z.object({ agendaId: IdSchema, kind: ImportPreviewSchema.shape.kind, changes: z.array(z.string()) })),
} as const;
