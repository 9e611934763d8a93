import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'native-module.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 15_000 });

describe('scripts/native-module.mjs', () => {
  it('node: better-sqlite3 already loads in this Node, so it exits 0 without rebuilding', () => {
    const result = run('node');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('rebuilding');
  });

  it('rejects a missing or unknown mode with usage', () => {
    for (const args of [[], ['chrome']]) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage: node scripts/native-module.mjs node|electron');
    }
  });

  it.skipIf(existsSync(join(root, 'node_modules', 'electron', 'dist')))(
    'electron: explains that the Electron binary is missing and exits 1 (here it was skipped on install)',
    () => {
      const result = run('electron');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('needs the Electron binary');
      expect(result.stderr).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
      expect(result.stderr).toContain('npm run web');
    },
  );
});
