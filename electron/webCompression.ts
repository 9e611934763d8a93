import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

export type Encoding = 'br' | 'gzip';

const compressors: Record<Encoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

const compressible = new Set(['.html', '.js', '.css', '.svg', '.json']);

/** The encoding to send for an Accept-Encoding header: brotli before gzip, never one the browser refused with q=0. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return allows('br') ? 'br' : allows('gzip') ? 'gzip' : null;
}

/**
 * Static files compressed once and kept: the renderer's files do not change while the
 * server runs, and compressing a 300 KB bundle on every request would cost more than it saves.
 */
export function compressedFiles() {
  const cache = new Map<string, Promise<Buffer>>();
  return {
    isCompressible: (extension: string) => compressible.has(extension),
    get(key: string, body: Buffer, encoding: Encoding): Promise<Buffer> {
      const cacheKey = `${encoding}:${key}`;
      let entry = cache.get(cacheKey);
      if (!entry) {
        entry = compressors[encoding](body);
        entry.catch(() => cache.delete(cacheKey));
        cache.set(cacheKey, entry);
      }
      return entry;
    },
  };
}
