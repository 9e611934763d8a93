import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical';
import { signingStatement, type RevisionContent, type SignatureRecord } from '../../shared/domain/signoff';
import { generateSignerKey, hashContent, sha256Hex, signText, verifyText } from '../../electron/core/services/signoff/crypto';
import { summariseRevisions, type StoredRevision } from '../../electron/core/services/signoff/verify';

const agendaId = '0b6f3a2e-3c1d-4f5a-9b2e-1a2b3c4d5e6f';
const signatoryId = 'a1b2c3d4-5555-4d8e-9f0a-1b2c3d4e5f60';
const content: RevisionContent = {
  agendaId, sectorId: 'ea41e91d-3a13-4e81-a8f5-212e1df57fac', startYear: 2025, endYear: 2026,
  title: 'Werkagenda Defensie 2025-2026', introduction: 'Defensie realiseert in 2026 ten minste 250 banen.', lookback: '', objectives: '',
  accountability: 'Twee keer per jaar.', knelpunten: [], actions: [], targets: [], jobGoals: [{ year: 2026, jobs: 250 }], unusedTypeReasons: [],
  signatories: [{ id: signatoryId, name: 'J. de Vries', function: 'Secretaris-generaal', organisation: 'Defensie', required: true }],
};

function signedRevision(): { revision: StoredRevision; signature: SignatureRecord } {
  const { canonical, hash } = hashContent(content);
  const key = generateSignerKey();
  const unsigned = {
    id: 'c3d4e5f6-7777-4f0a-8b1c-2d3e4f5a6b7c', agendaId, revisionNumber: 1, revisionHash: hash, signatoryId, signerName: 'J. de Vries',
    signerFunction: 'Secretaris-generaal', signedOn: '2026-02-04', publicKey: key.publicKey, createdAt: '2026-02-04T10:00:00.000Z',
    // The signatures made before statement version 2 stay verifiable: these tests keep using version 1.
    statementVersion: 1 as const,
  };
  return {
    revision: { id: 'd4e5f6a7-8888-4a1b-9c2d-3e4f5a6b7c8d', agendaId, freezePublicKey: null, freezeSignature: null, number: 1, hash, content: canonical, frozenAt: '2026-02-01T09:00:00.000Z', frozenBy: 'Auteur' },
    signature: { ...unsigned, signature: signText(key.privateKey, signingStatement(unsigned)) },
  };
}

/** Positions spread over the whole text, first and last byte included. */
const positions = (length: number, count = 60) => [...new Set(Array.from({ length: count }, (_, i) => Math.round((i * (length - 1)) / (count - 1))))];

function flipByte(text: string, position: number): string {
  const bytes = Buffer.from(text, 'utf8');
  bytes[position] = bytes[position]! ^ 0x01;
  return bytes.toString('utf8');
}

describe('Ed25519 signatures over a revision', () => {
  it('verify for the content they were made on, and make the revision vastgesteld', () => {
    const { revision, signature } = signedRevision();
    const [summary] = summariseRevisions([revision], [signature], []);
    expect(summary!.contentIntact).toBe(true);
    expect(summary!.signatures.map((view) => [view.valid, view.problem])).toEqual([[true, null]]);
    expect(summary!.vastgesteld).toBe(true);
    expect(summary!.waitingFor).toEqual([]);
  });

  it('fail when any single byte of the signed content changes, wherever it is', () => {
    const { revision, signature } = signedRevision();
    const tried = positions(Buffer.byteLength(revision.content));
    expect(tried.length).toBeGreaterThan(50);
    for (const position of tried) {
      const changed = { ...revision, content: flipByte(revision.content, position) };
      expect(changed.content).not.toBe(revision.content);
      const [summary] = summariseRevisions([changed], [signature], []);
      expect(summary!.contentIntact, `byte ${position}`).toBe(false);
      expect(summary!.signatures[0]!.valid, `byte ${position}`).toBe(false);
      expect(summary!.vastgesteld).toBe(false);
    }
  });

  it('fail when any single byte of the signed statement (hash, name, function, date) changes', () => {
    const { signature } = signedRevision();
    const statement = signingStatement(signature);
    expect(verifyText(signature.publicKey, statement, signature.signature)).toBe(true);
    for (const position of positions(Buffer.byteLength(statement))) {
      expect(verifyText(signature.publicKey, flipByte(statement, position), signature.signature), `byte ${position}`).toBe(false);
    }
  });

  it('fail when the signature or key bytes change, or another key signed', () => {
    const { revision, signature } = signedRevision();
    const raw = Buffer.from(signature.signature, 'base64');
    for (const position of positions(raw.length, 20)) {
      const bad = Buffer.from(raw);
      bad[position] = bad[position]! ^ 0x80;
      expect(summariseRevisions([revision], [{ ...signature, signature: bad.toString('base64') }], [])[0]!.signatures[0]!.valid).toBe(false);
    }
    const other = generateSignerKey();
    expect(summariseRevisions([revision], [{ ...signature, publicKey: other.publicKey }], [])[0]!.signatures[0]!.valid).toBe(false);
    expect(verifyText('bm90IGEga2V5', 'x', signature.signature)).toBe(false);
  });

  it('names the problem in Dutch when the name in a signature was changed afterwards', () => {
    const { revision, signature } = signedRevision();
    const [summary] = summariseRevisions([revision], [{ ...signature, signerName: 'Iemand anders' }], []);
    expect(summary!.signatures[0]!.problem).toMatch(/^De handtekening klopt niet/);
    expect(summary!.waitingFor).toEqual(['J. de Vries']);
  });

  it('hash the canonical bytes with SHA-256', () => {
    expect(hashContent(content).hash).toBe(sha256Hex(canonicalJson(content)));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
