import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { apiPrefix, tokenHeader } from '../shared/bridge';
import { maxExchangeBytes } from '../shared/fileLimits';
import type { ApiError } from '../shared/errors';
import type { Core } from './core';
import { acquireDataLock } from './dataLock';
import { chooseEncoding, compressedFiles } from './webCompression';

/**
 * Web mode: the same API contract over HTTP on 127.0.0.1, plus the built
 * renderer. Other pages in the user's browser and other local processes must
 * not be able to call it, so every API call needs the right Host, the right
 * Origin (when sent) and the token made at this start. The token is only in the
 * address printed at start (…/?token=…): opening it sets an HttpOnly, SameSite=Strict
 * cookie, so the page never holds the token and another site cannot send it.
 */
export const contentSecurityPolicy = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

// An uploaded exchange file travels as JSON-escaped text in the body: room for the
// core's own limit (maxExchangeBytes) plus escaping, so the core gives the Dutch message.
const maxBodyBytes = 2 * maxExchangeBytes + 1024 * 1024;
const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json', '.ico': 'image/x-icon',
};

export interface WebServer {
  /** The server's root, without the token: on its own it shows how to get in. */
  url: string;
  /** The address to print and open: it hands the browser the token as a cookie. */
  address: string;
  token: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  /** dataFile is locked for as long as the server runs: a second server on it refuses to start. */
  core: Pick<Core, 'invoke' | 'dataFile'>;
  rendererDir: string;
  port?: number;
  host?: string;
}

/** Resolves a request path inside the renderer folder; null for anything that escapes it. */
export function resolveStaticPath(rendererDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(join(root, decoded === '/' ? 'index.html' : decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  // Encoded once: given a string, Node would first count its UTF-8 bytes for the length and
  // then encode it, two passes over an Overleg's 5 MB of JSON.
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, {
    'content-type': type,
    'content-length': String(bytes.length),
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...extra,
  });
  response.end(bytes);
}

const sendError = (response: ServerResponse, status: number, error: ApiError) =>
  send(response, status, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8', { 'cache-control': 'no-store' });

// Events, not `for await`: the stream's async iterator cost about 0.2 ms on every call.
// Past the limit the rest is read and dropped, so the caller still gets the Dutch refusal.
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        chunks.length = 0;
        resolvePromise(null);
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => { if (size <= maxBodyBytes) resolvePromise(Buffer.concat(chunks).toString('utf8')); });
    request.on('error', reject);
  });
}

/** The short Dutch page for a browser that came without the printed address. */
const withoutTokenPage = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Werkagenda Banenafspraak: gebruik het getoonde adres</title></head>
<body><main><h1>Gebruik het adres dat bij het starten werd getoond</h1>
<p>Deze Werkagenda draait op uw computer en is alleen te openen via het volledige adres dat bij het starten werd getoond
(het eindigt op <code>?token=</code> en een lange code). Kopieer dat adres uit het venster waarin u de Werkagenda startte
en open het in deze browser.</p></main></body></html>`;

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const token = randomBytes(32).toString('base64url');
  const indexHtml = await readFile(join(options.rendererDir, 'index.html'));
  const compressed = compressedFiles();
  /** A static file, compressed when the browser accepts it; hashed asset names never change their content. */
  const sendStatic = async (request: IncomingMessage, response: ServerResponse, key: string, body: Buffer, extension: string, extra: Record<string, string>) => {
    const encoding = compressed.isCompressible(extension) ? chooseEncoding(request.headers['accept-encoding']) : null;
    const headers = { ...extra, vary: 'Accept-Encoding' };
    if (!encoding) return send(response, 200, body, mimeTypes[extension] ?? 'application/octet-stream', headers);
    return send(response, 200, await compressed.get(key, body, encoding), mimeTypes[extension]!, { ...headers, 'content-encoding': encoding });
  };
  let allowedHosts = new Set<string>();
  let origin = '';
  // Cookies do not tell ports apart: a name per port keeps two servers' tokens apart in one browser.
  let cookieName = '';

  const server = createServer(async (request, response) => {
    try {
      if (!allowedHosts.has(request.headers.host ?? '')) {
        return sendError(response, 403, { code: 'UNAUTHORIZED', message: 'Deze toepassing is alleen bereikbaar via het adres dat bij het starten werd getoond.' });
      }
      const [path = '/', query = ''] = (request.url ?? '/').split('?');
      const headerToken = request.headers[tokenHeader];
      const authorised = sameToken(cookieValue(request, cookieName), token) || sameToken(typeof headerToken === 'string' ? headerToken : undefined, token);
      if (path.startsWith(apiPrefix)) {
        if (request.method !== 'POST') return sendError(response, 405, { code: 'NOT_FOUND', message: 'Alleen POST is toegestaan.' });
        const sentOrigin = request.headers.origin;
        if ((sentOrigin !== undefined && sentOrigin !== origin) || !authorised) {
          return sendError(response, 403, { code: 'UNAUTHORIZED', message: 'Geen toegang: open de toepassing via het adres dat bij het starten werd getoond.' });
        }
        const body = await readBody(request);
        if (body === null) return sendError(response, 413, { code: 'FILE_TOO_LARGE', message: 'De gegevens zijn te groot om te verwerken (een uitwisselbestand mag hoogstens 20 MB zijn).' });
        let input: unknown;
        try {
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          return sendError(response, 400, { code: 'VALIDATION', message: 'De gegevens zijn geen geldige JSON.' });
        }
        const result = await options.core.invoke(decodeURIComponent(path.slice(apiPrefix.length)), input);
        return send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8', { 'cache-control': 'no-store' });
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendError(response, 405, { code: 'NOT_FOUND', message: 'Niet toegestaan.' });
      if (path === '/' || path === '/index.html') {
        const given = new URLSearchParams(query).get('token');
        if (given !== null) {
          if (!sameToken(given, token)) return send(response, 403, withoutTokenPage, mimeTypes['.html']!, { 'cache-control': 'no-store' });
          // The token leaves the address bar (and the history) at once; from here on the cookie carries it.
          return send(response, 303, '', mimeTypes['.html']!, {
            'cache-control': 'no-store', location: '/',
            'set-cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          });
        }
        if (!authorised) return send(response, 401, withoutTokenPage, mimeTypes['.html']!, { 'cache-control': 'no-store' });
        return sendStatic(request, response, 'index.html', indexHtml, '.html', { 'cache-control': 'no-store' });
      }
      const file = resolveStaticPath(options.rendererDir, path);
      if (!file) return sendError(response, 404, { code: 'NOT_FOUND', message: 'Niet gevonden.' });
      const content = await readFile(file).catch(() => null);
      if (!content) return sendError(response, 404, { code: 'NOT_FOUND', message: 'Niet gevonden.' });
      const hashed = path.startsWith('/assets/');
      return sendStatic(request, response, file, content, extname(file), hashed ? { 'cache-control': 'public, max-age=31536000, immutable' } : {});
    } catch (error) {
      console.error(error);
      return sendError(response, 500, { code: 'INTERNAL', message: 'Er ging iets mis in de toepassing.' });
    }
  });

  const lock = acquireDataLock(options.core.dataFile);
  try {
    await new Promise<void>((resolvePromise, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolvePromise());
    });
  } catch (error) {
    lock.release();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 0;
  allowedHosts = new Set([`${host}:${port}`, `localhost:${port}`]);
  origin = `http://${host}:${port}`;
  cookieName = `werkagenda_token_${port}`;

  return {
    url: `${origin}/`,
    address: `${origin}/?token=${token}`,
    token,
    close: () => new Promise<void>((resolvePromise) => {
      server.closeAllConnections();
      server.close(() => {
        lock.release();
        resolvePromise();
      });
    }),
  };
}
