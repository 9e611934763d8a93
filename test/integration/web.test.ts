import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { DataFileInUseError, lockPathOf } from '../../electron/dataLock';
import { contentSecurityPolicy, resolveStaticPath, startWebServer, type WebServer } from '../../electron/web';
import { chooseEncoding } from '../../electron/webCompression';
import { tokenHeader } from '../../shared/bridge';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let server: WebServer | undefined;
let core: Core | undefined;
afterEach(async () => {
  await server?.close();
  await core?.close();
  server = undefined;
  core = undefined;
});

async function start() {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html lang="nl"><head><title>Werkagenda</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'geheim.txt'), 'niet voor de browser');
  core = await startCore(join(dir, 'data.sqlite'));
  server = await startWebServer({ core, rendererDir, port: 0 });
  return { server, rendererDir, dir };
}

const post = (url: string, headers: Record<string, string>, body = '{}') =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('web mode', () => {
  it('the printed address sets an HttpOnly, SameSite=Strict cookie and leads to the app without the token; the cookie opens the API', async () => {
    const { server } = await start();
    expect(server.address).toBe(`${server.url}?token=${server.token}`);
    const entry = await fetch(server.address, { redirect: 'manual' });
    expect(entry.status).toBe(303);
    expect(entry.headers.get('location')).toBe('/');
    const setCookie = entry.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^werkagenda_token_\d+=/);
    expect(setCookie).toContain(server.token);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const cookie = setCookie.split(';')[0]!;

    const page = await fetch(server.url, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<title>Werkagenda</title>');
    expect(html).not.toContain(server.token);

    const response = await post(`${server.url}api/reference.get`, { cookie, origin: server.url.slice(0, -1) });
    const result = await response.json();
    expect(result.ok).toBe(true);
    expect(result.value.sectors).toHaveLength(12);
    // The header still works for scripts.
    expect((await (await post(`${server.url}api/agenda.list`, { [tokenHeader]: server.token })).json()).ok).toBe(true);
  });

  it('without the printed address the page is a short Dutch explanation, and a wrong token sets no cookie', async () => {
    const { server } = await start();
    for (const url of [server.url, `${server.url}index.html`]) {
      const page = await fetch(url);
      expect(page.status).toBe(401);
      const html = await page.text();
      expect(html).toContain('Gebruik het adres dat bij het starten werd getoond');
      expect(html).not.toContain(server.token);
      expect(html).not.toContain('<title>Werkagenda</title>');
    }
    const wrong = await fetch(`${server.url}?token=${'x'.repeat(43)}`, { redirect: 'manual' });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const stale = await fetch(server.url, { headers: { cookie: `werkagenda_token_${new URL(server.url).port}=${'y'.repeat(43)}` } });
    expect(stale.status).toBe(401);
  });

  it('refuses calls without the token, from another origin or for another host', async () => {
    const { server } = await start();
    const withoutToken = await post(`${server.url}api/agenda.list`, {});
    expect(withoutToken.status).toBe(403);
    expect((await withoutToken.json()).error.code).toBe('UNAUTHORIZED');
    const wrongCookie = await post(`${server.url}api/agenda.list`, { cookie: `werkagenda_token_${new URL(server.url).port}=${server.token.slice(1)}x` });
    expect(wrongCookie.status).toBe(403);
    // Another server's cookie name (another port) does not count.
    const otherPort = await post(`${server.url}api/agenda.list`, { cookie: `werkagenda_token_1=${server.token}` });
    expect(otherPort.status).toBe(403);

    const otherOrigin = await post(`${server.url}api/agenda.list`, { [tokenHeader]: server.token, origin: 'http://evil.example' });
    expect(otherOrigin.status).toBe(403);

    const port = new URL(server.url).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(403);
  });

  it('returns validation errors as Dutch messages and refuses bad JSON', async () => {
    const { server } = await start();
    const headers = { [tokenHeader]: server.token };
    const invalid = await (await post(`${server.url}api/agenda.create`, headers, JSON.stringify({ title: '' }))).json();
    expect(invalid.ok).toBe(false);
    expect(invalid.error.code).toBe('VALIDATION');
    const badJson = await post(`${server.url}api/agenda.list`, headers, '{niet-json');
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.message).toBe('De gegevens zijn geen geldige JSON.');
  });

  it('refuses a body over the limit in Dutch, after the token check, and answers the next call', async () => {
    const { server } = await start();
    const headers = { [tokenHeader]: server.token };
    const tooLarge = await post(`${server.url}api/agenda.create`, headers, `{"title":"${'x'.repeat(42 * 1024 * 1024)}"}`);
    expect(tooLarge.status).toBe(413);
    const refused = await tooLarge.json();
    expect(refused.error.code).toBe('FILE_TOO_LARGE');
    expect(refused.error.message).toContain('te groot');
    const list = await (await post(`${server.url}api/agenda.list`, headers)).json();
    expect(list.ok).toBe(true);
    expect(list.value.agendas).toEqual([]);
  });

  it('sends static files brotli- or gzip-compressed as the browser accepts, with the CSP header, and plain to a browser that accepts neither', async () => {
    const { server, rendererDir } = await start();
    const script = `export const text = ${JSON.stringify('Werkagenda Banenafspraak '.repeat(400))};`;
    writeFileSync(join(rendererDir, 'assets', 'big.js'), script);
    /** node:http, not fetch: fetch would ask for and undo the compression itself. */
    const raw = (path: string, acceptEncoding?: string) => new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      get(`${server.url}${path}`, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    const brotli = await raw('assets/big.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotli.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(script);
    // The second time from the cache, the same bytes.
    expect((await raw('assets/big.js', 'br')).body.equals(brotli.body)).toBe(true);

    const gzipped = await raw('assets/big.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(gunzipSync(gzipped.body).toString()).toBe(script);

    const plain = await raw('assets/big.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect((await raw('assets/big.js', 'br;q=0, gzip;q=0')).headers['content-encoding']).toBeUndefined();
  });

  it('chooses brotli, then gzip, never an encoding refused with q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('serves only files inside the renderer folder', async () => {
    const { server, rendererDir } = await start();
    expect((await fetch(`${server.url}assets/app.js`)).status).toBe(200);
    expect((await fetch(`${server.url}%2e%2e/geheim.txt`)).status).toBe(404);
    expect(resolveStaticPath(rendererDir, '/../geheim.txt')).toBeNull();
    expect(resolveStaticPath(rendererDir, '/%2e%2e/geheim.txt')).toBeNull();
    expect(resolveStaticPath(rendererDir, '/assets/%00app.js')).toBeNull();
    expect(resolveStaticPath(rendererDir, '/assets/app.js')).toBe(join(rendererDir, 'assets', 'app.js'));
  });

  it('a second server on the same data file refuses to start in Dutch; after the first stops it starts', async () => {
    const { server: first, rendererDir } = await start();
    const lockFile = lockPathOf(core!.dataFile);
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
    const second = startWebServer({ core: core!, rendererDir, port: 0 });
    await expect(second).rejects.toBeInstanceOf(DataFileInUseError);
    await expect(second).rejects.toThrow(/Dit gegevensbestand is al in gebruik door een andere Werkagenda-server/);
    // The refused start took nothing away: the first server still answers.
    expect((await (await post(`${first.url}api/agenda.list`, { [tokenHeader]: first.token })).json()).ok).toBe(true);

    await first.close();
    expect(existsSync(lockFile)).toBe(false);
    server = await startWebServer({ core: core!, rendererDir, port: 0 });
    expect(existsSync(lockFile)).toBe(true);
  });

  it('takes over the lock of a server process that no longer runs', async () => {
    const dir = tempDir();
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html lang="nl"><head><title>Werkagenda</title></head><body></body></html>');
    core = await startCore(join(dir, 'data.sqlite'));
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lockPathOf(core.dataFile), JSON.stringify({ pid: dead, nonce: 'oud', startedAt: '2026-01-01T00:00:00.000Z' }));
    server = await startWebServer({ core, rendererDir, port: 0 });
    expect(JSON.parse(readFileSync(lockPathOf(core.dataFile), 'utf8')).pid).toBe(process.pid);
  });

  it('npm run web: a second one on a data file in use stops with the Dutch message before opening the file', async () => {
    const dir = tempDir();
    const dataFile = join(dir, 'data.sqlite');
    writeFileSync(lockPathOf(dataFile), JSON.stringify({ pid: process.pid, nonce: 'test', startedAt: '2026-01-01T00:00:00.000Z' }));
    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'electron', 'web-cli.ts'), '--port', '0', '--data', dataFile],
      { encoding: 'utf8', timeout: 15_000 });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('Dit gegevensbestand is al in gebruik');
    expect(existsSync(dataFile)).toBe(false);
  });
});
