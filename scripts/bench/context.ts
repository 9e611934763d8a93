import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenDatabase } from '../../electron/core/db/database';

/**
 * What every section gets: whether this is a --quick run, a scratch folder, and the data sets,
 * each built once per run (through the core's services, see fixtures.ts) and handed out as a
 * fresh copy of its SQLite file, so no section sees what another one changed.
 */
export interface BenchContext {
  quick: boolean;
  dir: string;
  /** A fresh copy of the named data set's file, built on first use. */
  dataset(name: string, build: (database: OpenDatabase) => Promise<void>): Promise<string>;
  /** A new, empty file in the scratch folder. */
  scratchFile(name: string): string;
}

/** One section of the bench: a module whose default export is this (index.ts runs them in order). */
export interface Section { title: string; run(ctx: BenchContext): Promise<void> }

export function createContext(quick: boolean): BenchContext & { dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'werkagenda-bench-'));
  const built = new Map<string, Promise<string>>();
  let copies = 0;
  const buildOnce = (name: string, build: (database: OpenDatabase) => Promise<void>) => {
    const file = join(dir, `${name}.sqlite`);
    const started = performance.now();
    const done = (async () => {
      const database = await openDatabase(file);
      // Building is not measured: without waiting for the disk after every commit it is several times faster.
      database.sqlite.pragma('synchronous = OFF');
      try {
        await build(database);
      } finally {
        await database.close();
      }
      console.log(`  (data set ${name} built through the services in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      return file;
    })();
    built.set(name, done);
    return done;
  };
  return {
    quick,
    dir,
    async dataset(name, build) {
      const source = await (built.get(name) ?? buildOnce(name, build));
      const copy = join(dir, `${name}-copy-${++copies}.sqlite`);
      copyFileSync(source, copy);
      return copy;
    },
    scratchFile: (name) => {
      const file = join(dir, `${name}-${++copies}.sqlite`);
      if (existsSync(file)) rmSync(file);
      return file;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
