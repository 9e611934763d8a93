import { api, isChannel, type Channel, type Handlers } from '../../shared/api';
import { AppError, toApiError, validationError, type Result } from '../../shared/errors';
import { sqliteFailure } from './db/constraintErrors';

/**
 * The single entry both shells call: validate the input against the contract,
 * run the handler, validate the output, and turn every failure into
 * `{ code, message }` so no stack trace ever crosses the boundary.
 */
export async function dispatch(handlers: Partial<Handlers>, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) throw new AppError('NOT_FOUND', `Onbekende opdracht: ${channel}.`);
    const contract = api[channel as Channel];
    const parsed = contract.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
    if (!handler) throw new AppError('NOT_FOUND', `Deze opdracht is hier niet beschikbaar: ${channel}.`);
    const value = await handler(parsed.data);
    const output = contract.output.safeParse(value);
    // A handler that breaks the contract is our bug, not the user's input.
    if (!output.success) throw new Error(`Output of ${channel} breaks the contract: ${output.error.message}`);
    return { ok: true, value: output.data };
  } catch (error) {
    if (!(error instanceof AppError)) console.error(`[${channel}]`, error);
    return { ok: false, error: toApiError(sqliteFailure(error) ?? error) };
  }
}
