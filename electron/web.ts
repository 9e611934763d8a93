import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { apiPrefix, tokenHeader, tokenMetaName } from '../shared/bridge';
import { maxExchangeBytes } from '../shared/domain/exchange';
import type { ApiError } from '../shared/errors';
import type { Core } from './core';

/**
 * Web mode: the same API contract over HTTP on 127.0.0.1, plus the built
 * renderer. Other pages in the user's browser and other local processes must
 * not be able to call it, so every API call needs the right Host, the right
 * Origin (when sent) and the token made at this start and handed only to the
 * page this server serves.
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
  url: string;
  token: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  core: Pick<Core, 'invoke'>;
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
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...extra,
  });
  response.end(body);
}

const sendError = (response: ServerResponse, status: number, error: ApiError) =>
  send(response, status, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8', { 'cache-control': 'no-store' });

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const token = randomBytes(32).toString('base64url');
  const indexTemplate = await readFile(join(options.rendererDir, 'index.html'), 'utf8');
  const indexHtml = indexTemplate.replace('</head>', `  <meta name="${tokenMetaName}" content="${token}">\n</head>`);
  let allowedHosts = new Set<string>();
  let origin = '';

  const server = createServer(async (request, response) => {
    try {
      if (!allowedHosts.has(request.headers.host ?? '')) {
        return sendError(response, 403, { code: 'UNAUTHORIZED', message: 'Deze toepassing is alleen bereikbaar via het adres dat bij het starten werd getoond.' });
      }
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (path.startsWith(apiPrefix)) {
        if (request.method !== 'POST') return sendError(response, 405, { code: 'NOT_FOUND', message: 'Alleen POST is toegestaan.' });
        const sentOrigin = request.headers.origin;
        if ((sentOrigin !== undefined && sentOrigin !== origin) || request.headers[tokenHeader] !== token) {
          return sendError(response, 403, { code: 'UNAUTHORIZED', message: 'Geen toegang: open de toepassing via het adres dat bij het starten werd getoond.' });
        }
        const body = await readBody(request);
        if (body === null) return sendError(response, 413, { code: 'VALIDATION', message: 'De gegevens zijn te groot om te verwerken (een uitwisselbestand mag hoogstens 20 MB zijn).' });
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
      if (path === '/' || path === '/index.html') return send(response, 200, indexHtml, mimeTypes['.html']!, { 'cache-control': 'no-store' });
      const file = resolveStaticPath(options.rendererDir, path);
      if (!file) return sendError(response, 404, { code: 'NOT_FOUND', message: 'Niet gevonden.' });
      const content = await readFile(file).catch(() => null);
      if (!content) return sendError(response, 404, { code: 'NOT_FOUND', message: 'Niet gevonden.' });
      return send(response, 200, content, mimeTypes[extname(file)] ?? 'application/octet-stream');
    } catch (error) {
      console.error(error);
      return sendError(response, 500, { code: 'INTERNAL', message: 'Er ging iets mis in de toepassing.' });
    }
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolvePromise());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 0;
  allowedHosts = new Set([`${host}:${port}`, `localhost:${port}`]);
  origin = `http://${host}:${port}`;

  return {
    url: `${origin}/`,
    token,
    close: () => new Promise<void>((resolvePromise) => {
      server.closeAllConnections();
      server.close(() => resolvePromise());
    }),
  };
}
