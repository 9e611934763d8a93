import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { resolveStaticPath, startWebServer, type WebServer } from '../../electron/web';
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
  it('hands the page its token and answers API calls that carry it', async () => {
    const { server } = await start();
    const page = await fetch(server.url);
    const html = await page.text();
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain(`<meta name="werkagenda-token" content="${server.token}">`);

    const response = await post(`${server.url}api/reference.get`, { [tokenHeader]: server.token, origin: server.url.slice(0, -1) });
    const result = await response.json();
    expect(result.ok).toBe(true);
    expect(result.value.sectors).toHaveLength(12);
  });

  it('refuses calls without the token, from another origin or for another host', async () => {
    const { server } = await start();
    const withoutToken = await post(`${server.url}api/agenda.list`, {});
    expect(withoutToken.status).toBe(403);
    expect((await withoutToken.json()).error.code).toBe('UNAUTHORIZED');

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

  it('serves only files inside the renderer folder', async () => {
    const { server, rendererDir } = await start();
    expect((await fetch(`${server.url}assets/app.js`)).status).toBe(200);
    expect((await fetch(`${server.url}%2e%2e/geheim.txt`)).status).toBe(404);
    expect(resolveStaticPath(rendererDir, '/../geheim.txt')).toBeNull();
    expect(resolveStaticPath(rendererDir, '/%2e%2e/geheim.txt')).toBeNull();
    expect(resolveStaticPath(rendererDir, '/assets/%00app.js')).toBeNull();
    expect(resolveStaticPath(rendererDir, '/assets/app.js')).toBe(join(rendererDir, 'assets', 'app.js'));
  });
});
