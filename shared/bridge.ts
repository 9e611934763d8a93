import type { Result } from './errors';

/**
 * The seam between the renderer and whichever shell runs it. In Electron the
 * preload script puts this object on `window[bridgeKey]`; in web mode it is
 * absent and the client speaks HTTP to the web shell instead.
 */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

export const bridgeKey = 'werkagenda';

/** Web mode: the per-start token is handed to the page in this meta tag and sent back in this header. */
export const tokenMetaName = 'werkagenda-token';
export const tokenHeader = 'x-werkagenda-token';
/** Web mode: every call is POST apiPrefix + channel with the JSON input as body. */
export const apiPrefix = '/api/';
