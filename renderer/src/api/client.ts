import type { ApiInput, ApiOutput, Channel } from '../../../shared/api';
import { apiPrefix, bridgeKey, type Bridge } from '../../../shared/bridge';
import type { ApiError, ErrorCode, Result } from '../../../shared/errors';

/** An {ok:false} answer (or a broken connection) as an exception the UI can show. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.field = error.field;
  }
}

export const connectionLostMessage = 'De verbinding met de toepassing is verbroken. Uw wijziging is niet opgeslagen.';

function electronBridge(): Bridge | undefined {
  return (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
}

async function overHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  const response = await fetch(apiPrefix + channel, {
    method: 'POST',
    // The token travels in the HttpOnly cookie the printed address set; the page itself never sees it.
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Result<unknown>;
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** Calls one channel of the API contract (shared/api.ts) in Electron or in web mode. */
export async function invoke<C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  let result: unknown;
  try {
    const bridge = electronBridge();
    result = bridge ? await bridge.invoke(channel, input) : await overHttp(channel, input);
  } catch {
    throw new ApiCallError({ code: 'INTERNAL', message: connectionLostMessage });
  }
  if (!isResult(result)) throw new ApiCallError({ code: 'INTERNAL', message: connectionLostMessage });
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as ApiOutput<C>;
}

/** The Dutch message of any failure, for a status line. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Er ging iets mis in de toepassing. Uw laatste wijziging is niet opgeslagen.';
}
