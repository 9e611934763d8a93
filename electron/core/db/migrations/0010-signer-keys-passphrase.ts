import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Personal keys behind a passphrase, and the keys this installation trusts.
// personal_keys replaces signer_keys: a signatory may have had several keys (after
// "Wachtwoordzin vergeten"), of which at most one is current. The private key is kept
// sealed (AES-256-GCM under a key derived by scrypt from the signer's passphrase, with
// its salt and parameters beside it as JSON). A key from before this migration has no
// passphrase yet: it stays in plain_private_key, the screens call it "sleutel zonder
// wachtwoordzin", and it can only be used by choosing a passphrase, which seals it and
// clears the plain copy. confirmed_keys pins keys to signatories; keys made here are
// confirmed for this installation.
// The runner (database.ts) runs each migration in one transaction, so a crash leaves the file at 0009 or at 0010.
// Never edit this file after it has landed: add a new migration instead.
export async function up(trx: Kysely<unknown>): Promise<void> {
  {
    await sql`CREATE TABLE personal_keys (
      id TEXT PRIMARY KEY,
      signatory_id TEXT NOT NULL,
      public_key TEXT NOT NULL,
      key_id TEXT NOT NULL,
      sealed_private_key TEXT,
      plain_private_key TEXT,
      created_at TEXT NOT NULL,
      replaced_at TEXT,
      CHECK (sealed_private_key IS NULL OR plain_private_key IS NULL)
    )`.execute(trx);
    await sql`CREATE UNIQUE INDEX personal_keys_current ON personal_keys (signatory_id) WHERE replaced_at IS NULL`.execute(trx);
    await sql`CREATE TABLE confirmed_keys (
      signatory_id TEXT NOT NULL,
      key_id TEXT NOT NULL,
      public_key TEXT NOT NULL,
      how TEXT NOT NULL CHECK (how IN ('hier_gemaakt', 'vergeleken')),
      confirmed_at TEXT NOT NULL,
      confirmed_by TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (signatory_id, key_id)
    )`.execute(trx);
    const legacy = await sql<{ signatory_id: string; public_key: string; private_key: string; created_at: string }>`SELECT * FROM signer_keys`.execute(trx);
    for (const row of legacy.rows) {
      const keyId = createHash('sha256').update(Buffer.from(row.public_key, 'base64')).digest('hex');
      await sql`INSERT INTO personal_keys (id, signatory_id, public_key, key_id, plain_private_key, created_at)
        VALUES (${randomUUID()}, ${row.signatory_id}, ${row.public_key}, ${keyId}, ${row.private_key}, ${row.created_at})`.execute(trx);
      await sql`INSERT INTO confirmed_keys (signatory_id, key_id, public_key, how, confirmed_at)
        VALUES (${row.signatory_id}, ${keyId}, ${row.public_key}, 'hier_gemaakt', ${row.created_at})`.execute(trx);
    }
    await sql`DROP TABLE signer_keys`.execute(trx);
  }
}
