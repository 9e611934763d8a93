import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { apiPrefix, tokenHeader } from '../../shared/bridge';

export interface BenchServer {
  url: string;
  address: string;
  pid: number;
  /** One call over HTTP, as the renderer makes it; throws when the core answers with an error. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** The server process's resident memory now and at its peak (VmRSS, VmHWM), in MB. */
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

export const builtRenderer = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');

/** A folder with an index.html only: enough for sections that call the API and never load the UI. */
export function stubRenderer(dir: string): string {
  const folder = join(dir, 'renderer-stub');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<!doctype html><html lang="nl"><title>bench</title></html>');
  return folder;
}

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((item) => item.startsWith(`${field}:`));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : Number.NaN;
}

export const builtWebMode = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'web.js');

/** Builds the app (out/main, out/preload, out/renderer) as npm run web does; index.ts does it once per run. */
export function buildApp(): void {
  execFileSync(process.execPath, [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'], { stdio: 'ignore' });
}

/** Starts web mode on `dataFile` in a child process: the built out/main/web.js that npm run web runs, not the TypeScript. */
export async function startServer(dataFile: string, rendererDir: string): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, [builtWebMode, '--port', '0', '--data', dataFile, '--renderer', rendererDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const address = await new Promise<string>((resolvePromise, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server stopped (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const printed = /draait op (\S+)/.exec(line)?.[1];
      if (printed) resolvePromise(printed);
    });
  });
  const token = new URL(address).searchParams.get('token')!;
  const url = new URL(address).origin;
  const pid = child.pid!;
  return {
    url, address, pid,
    async call<T>(channel: string, input: unknown = {}) {
      const response = await fetch(`${url.replace(/\/$/, '')}${apiPrefix}${channel}`, { method: 'POST', headers: { [tokenHeader]: token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
      const result = await response.json() as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    memory: () => ({ rssMb: status(pid, 'VmRSS'), peakMb: status(pid, 'VmHWM') }),
    stop: () => new Promise<void>((resolvePromise) => {
      child.once('exit', () => resolvePromise());
      child.kill('SIGTERM');
    }),
  };
}
