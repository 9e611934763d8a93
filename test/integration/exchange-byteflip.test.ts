import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core';
import { canonicalJson } from '../../shared/canonical';
import type { ImportPreview } from '../../shared/domain/exchange';
import { call } from '../support/core';
import { useTempDir } from '../support/temp';
import { executedAgenda } from './export-support/executed';

const tempDir = useTempDir();

/** Positions spread evenly over the file, first and last byte included. */
const positions = (length: number, count: number) => [...new Set(Array.from({ length: count }, (_, i) => Math.round((i * (length - 1)) / (count - 1))))];
/** One bit per flip, walking through the low seven bits so letters, digits, quotes and case all get hit. */
const masks = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40];

/** The same content after the change: a byte that only altered insignificant whitespace or spelling of the same JSON. */
function sameContent(original: string, changed: string): boolean {
  try {
    return canonicalJson(JSON.parse(changed)) === canonicalJson(JSON.parse(original));
  } catch {
    return false;
  }
}

describe('one changed byte anywhere in a signed exchange file', () => {
  it('is refused or flagged at 2,000 positions spread over the file; none is accepted silently', async () => {
    const author = await startCore(join(tempDir(), 'auteur.sqlite'));
    const board = await startCore(join(tempDir(), 'bestuurslid.sqlite'));
    await call(author, 'settings.update', { userName: 'Auteur Defensie' });
    const agenda = await executedAgenda(author);
    await call(author, 'remark.create', { agendaId: agenda.id, revisionNumber: 1, target: { kind: 'section', sectionId: 'inleiding' }, author: 'Auteur Defensie', text: 'Klaar voor het bestuur.' });
    await call(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: agenda.signatories[0]!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    const original = Buffer.from((await call(author, 'exchange.export', { agendaId: agenda.id })).base64, 'base64');
    const text = original.toString('utf8');
    // The file has every part the flips must reach: a signed revision, a remark, the Logboek, execution and its own signature.
    const parsed = JSON.parse(text) as Record<string, unknown[]> & { fileSignature?: unknown; monitoring: Record<string, unknown[]> };
    expect(parsed.fileSignature).toBeDefined();
    expect([parsed.revisions, parsed.signatures, parsed.remarks, parsed.audit, parsed.monitoring.measurements].map((part) => part!.length > 0)).toEqual([true, true, true, true, true]);
    const untouched = await call(board, 'exchange.preview', { text });
    expect(untouched).toMatchObject({ canImport: true, problems: [] });

    const outcome = { refused: 0, flagged: 0, unchanged: 0 };
    const silent: string[] = [];
    const spots = positions(original.length, 2000);
    expect(spots.length).toBe(2000);
    for (const [index, position] of spots.entries()) {
      const bytes = Buffer.from(original);
      bytes[position] = bytes[position]! ^ masks[index % masks.length]!;
      const changed = bytes.toString('utf8');
      if (sameContent(text, changed)) {
        outcome.unchanged += 1;
        continue;
      }
      const result = await board.invoke('exchange.preview', { text: changed });
      if (!result.ok) {
        // A refusal is a Dutch message, never the generic failure.
        expect(result.error.code, `position ${position}: ${result.error.message}`).not.toBe('INTERNAL');
        outcome.refused += 1;
      } else if ((result.value as ImportPreview).problems.length > 0) {
        outcome.flagged += 1;
      } else {
        silent.push(`position ${position} (${JSON.stringify(text.slice(Math.max(0, position - 30), position + 30))})`);
      }
    }
    expect(silent).toEqual([]);
    expect(outcome.refused + outcome.flagged + outcome.unchanged).toBe(2000);
    expect(outcome.flagged).toBeGreaterThan(100);
    expect(outcome.refused).toBeGreaterThan(100);
    await author.close();
    await board.close();
  }, 60_000);
});
