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

/** Starts `args` as a node child that prints the address it serves ("draait op …"); its stop() ends it. */
async function startPrinting(args: string[]): Promise<{ child: ChildProcess; address: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const address = await new Promise<string>((resolvePromise, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server stopped (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const printed = /draait op (\S+)/.exec(line)?.[1];
      if (printed) resolvePromise(printed);
    });
  });
  const stop = () => new Promise<void>((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
  return { child, address, stop };
}

/** A POST of `input` as JSON, as the renderer sends it; the answer's value, or an error when the server answers with one. */
async function post<T>(address: string, headers: Record<string, string>, input: unknown): Promise<T> {
  const response = await fetch(address, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const result = await response.json() as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!result.ok) throw new Error(`${address}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Starts web mode on `dataFile` in a child process: the built out/main/web.js that npm run web runs, not the TypeScript. */
export async function startServer(dataFile: string, rendererDir: string): Promise<BenchServer> {
  const { child, address, stop } = await startPrinting([builtWebMode, '--port', '0', '--data', dataFile, '--renderer', rendererDir]);
  const token = new URL(address).searchParams.get('token')!;
  const url = new URL(address).origin;
  const pid = child.pid!;
  return {
    url, address, pid, stop,
    call: <T>(channel: string, input: unknown = {}) => post<T>(`${url}${apiPrefix}${channel}`, { [tokenHeader]: token }, input),
    memory: () => ({ rssMb: status(pid, 'VmRSS'), peakMb: status(pid, 'VmHWM') }),
  };
}

/**
 * The edit round trip's raw baseline: a bare node:http server in its own process that runs the
 * UPDATE alone on `dataFile` (rawUpdateServer.mjs). `update` makes the same POST, JSON and all.
 */
export async function startRawUpdateServer(dataFile: string): Promise<{ update(input: { id: string; patch: { title: string } }): Promise<unknown>; stop(): Promise<void> }> {
  const { address, stop } = await startPrinting([resolve(import.meta.dirname, 'rawUpdateServer.mjs'), dataFile]);
  return { update: (input) => post(address, {}, input), stop };
}
