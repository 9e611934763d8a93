import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// js-yaml comes with electron-builder (it reads electron-builder.yml with it); no types are installed.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = join(import.meta.dirname, '..', '..');
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown>; asar?: unknown };
const scheme = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('electron-builder.yml: Electron fuses of the packaged app', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on ASAR integrity, ASAR only and cookie encryption', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('names only fuses electron-builder knows, so a misspelt one cannot be silently ignored', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(known.length).toBeGreaterThan(5);
    for (const name of Object.keys(config.electronFuses ?? {})) expect(known, name).toContain(name);
  });

  it('packs the app into an ASAR, which the integrity and ASAR-only fuses rely on', () => {
    expect(config.asar).toBe(true);
  });
});
