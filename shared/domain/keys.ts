import { z } from 'zod';

/**
 * Personal signing keys and how far this installation trusts them. "valid" on a
 * signature is only mathematics: anyone can make a key in someone's name. A key
 * becomes trusted here when it was made here or when a person compared its
 * fingerprint with the one the signer read out (like Signal's safety numbers).
 */
export const KeyStateSchema = z.enum(['bevestigd', 'onbevestigd', 'andere_sleutel']);
export type KeyState = z.infer<typeof KeyStateSchema>;

/** How the required signatures of one revision stand: how many required signatories signed validly with a confirmed key. */
export const KeyCheckSchema = z.object({
  /** Required signatories of the revision. */
  required: z.number().int().min(0),
  /** Required signatories with a valid signature by a key confirmed for them in this installation. */
  confirmed: z.number().int().min(0),
  /** Required signatories whose valid signature uses another key than the one(s) confirmed for them. */
  otherKey: z.number().int().min(0),
});
export type KeyCheck = z.infer<typeof KeyCheckSchema>;

/** Whether the private key this installation holds for a signatory is behind a passphrase. */
export const KeyProtectionSchema = z.enum(['geen_sleutel', 'zonder_wachtwoordzin', 'wachtwoordzin']);
export type KeyProtection = z.infer<typeof KeyProtectionSchema>;

export const LocalKeySchema = z.object({
  signatoryId: z.string(),
  protection: KeyProtectionSchema,
  /** The key's fingerprint in groups to read out; null when there is no key yet. */
  fingerprint: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type LocalKey = z.infer<typeof LocalKeySchema>;

export const PASSPHRASE_MIN_LENGTH = 12;

/** A passphrase as typed; never trimmed (spaces may be part of it), never stored or logged. */
export const PassphraseSchema = z.string({ error: 'Vul uw wachtwoordzin in.' })
  .min(1, { error: 'Vul uw wachtwoordzin in.' })
  .max(1000, { error: 'Een wachtwoordzin mag hoogstens 1000 tekens hebben.' });

export const NewPassphraseSchema = PassphraseSchema
  .refine((value) => [...value.trim()].length >= PASSPHRASE_MIN_LENGTH, { error: `Kies een wachtwoordzin van ten minste ${PASSPHRASE_MIN_LENGTH} tekens, bijvoorbeeld een zin van een paar woorden.` });

export const ConfirmKeyInputSchema = z.object({
  agendaId: z.uuid({ error: 'Ongeldige verwijzing.' }),
  signatureId: z.uuid({ error: 'Ongeldige verwijzing.' }),
  /** The fingerprint as the signer read it out, typed by the person confirming. */
  readFingerprint: z.string({ error: 'Typ de controlecode die de ondertekenaar voorleest.' }).trim()
    .min(1, { error: 'Typ de controlecode die de ondertekenaar voorleest.' }).max(200, { error: 'De controlecode is te lang.' }),
  by: z.string().trim().max(200).default(''),
});
export type ConfirmKeyInput = z.infer<typeof ConfirmKeyInputSchema>;
