import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/database';
import { migrations } from '../../electron/core/db/migrations';
import { appliedNames, makeOldDatabase, rowCounts } from '../support/oldDatabase';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const names = Object.keys(migrations);
const child = resolve(import.meta.dirname, '..', 'support', 'migrate-child.ts');

/** Starts the child on `file`; resolves once it says it is opening the database. */
function startChild(file: string) {
  const process_ = spawn(process.execPath, ['--import', 'tsx', child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const opening = new Promise<void>((resolvePromise) => {
    process_.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('opening')) resolvePromise();
    });
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise) => {
    process_.on('exit', (code, signal) => resolvePromise({ code, signal }));
  });
  return { process: process_, opening, exited, output: () => output };
}

/** Tables a later migration replaces, and the table that carries their rows on (0010: signer_keys became personal_keys). */
const carriedInto: Record<string, string> = { signer_keys: 'personal_keys' };
const tableCountsWithout = (counts: Record<string, number>, tables: string[]) =>
  Object.fromEntries(tables.map((name) => [name, counts[name] ?? (carriedInto[name] ? counts[carriedInto[name]!] : undefined)]).filter(([, count]) => count !== undefined));

describe('a crash during a start-up migration', () => {
  const sources: { version: string; file: string; counts: Record<string, number>; openMs: number }[] = [];

  beforeAll(async () => {
    const dir = tempDir();
    // The previous schema; one further back so 0008 (which scans every target) is in the run; and a small file
    // before 0006, whose many statements made the unwrapped Migrator leave "table settings already exists".
    for (const [version, agendas, targets] of [[names.at(-2)!, 4000, 6], ['0007-overleg', 4000, 6], ['0005-cycle', 300, 1]] as const) {
      const file = join(dir, `${version}.sqlite`);
      await makeOldDatabase(file, version, agendas, targets);
      // How long an uninterrupted start takes from "opening" to the end: the window the kills fall in.
      const copy = join(tempDir(), 'maat.sqlite');
      copyFileSync(file, copy);
      const run = startChild(copy);
      await run.opening;
      const started = Date.now();
      const { code } = await run.exited;
      expect(code, run.output()).toBe(0);
      expect(appliedNames(copy)).toEqual(names);
      sources.push({ version, file, counts: rowCounts(file), openMs: Date.now() - started });
    }
  }, 60_000);

  it('leaves the file at the old or a newer version with every row, 27 times out of 27, and the next start completes it', async () => {
    const outcomes: string[] = [];
    for (let run = 0; run < 27; run++) {
      const source = sources[run % sources.length]!;
      const dir = tempDir();
      const file = join(dir, 'werkagenda.sqlite');
      copyFileSync(source.file, file);
      const started = startChild(file);
      await started.opening;
      await new Promise((wait) => setTimeout(wait, Math.random() * source.openMs * 1.1));
      started.process.kill('SIGKILL');
      const { signal } = await started.exited;

      // Straight after the kill: a version this app knows, reached in order, with all data.
      const applied = appliedNames(file);
      expect(names.slice(0, applied.length), `run ${run}`).toEqual(applied);
      expect(applied.length).toBeGreaterThanOrEqual(names.indexOf(source.version) + 1);
      const counts = rowCounts(file);
      expect(tableCountsWithout(counts, Object.keys(source.counts)), `run ${run}`).toEqual(source.counts);
      outcomes.push(`${source.version}→${applied.at(-1)}${signal ? '' : ' (klaar voor de kill)'}`);

      // The next start completes the migration and leaves exactly one pre-migration backup.
      const reopened = await openDatabase(file);
      await reopened.close();
      expect(appliedNames(file)).toEqual(names);
      expect(tableCountsWithout(rowCounts(file), Object.keys(source.counts))).toEqual(source.counts);
      const backups = readdirSync(dir).filter((name) => name.includes('.backup-'));
      expect(backups, `run ${run}: ${backups.join(', ')}`).toHaveLength(1);
      expect(backups[0]).not.toMatch(/bezig|\.tmp$/);
    }
    // Some kills must land before the end, or the test proved nothing.
    expect(outcomes.filter((outcome) => !outcome.endsWith('klaar voor de kill)')).length).toBeGreaterThan(10);
    console.log(outcomes.join('\n'));
  }, 120_000);
});
