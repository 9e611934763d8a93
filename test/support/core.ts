import { expect } from 'vitest';
import type { ApiInput, ApiOutput, Channel } from '../../shared/api';
import type { ApiError } from '../../shared/errors';
import type { Core } from '../../electron/core';

/** Calls a channel and expects success: the typed way tests drive the core. */
export async function call<C extends Channel>(core: Core, channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as ApiOutput<C>;
}

/** Calls a channel with input that must be refused; returns the error for assertions. */
export async function refused(core: Core, channel: string, input: unknown): Promise<ApiError> {
  const result = await core.invoke(channel, input);
  expect(result.ok, `${channel} should have been refused`).toBe(false);
  return (result as { ok: false; error: ApiError }).error;
}

export const defensieId = 'ea41e91d-3a13-4e81-a8f5-212e1df57fac';
export const gemeentenId = '4db1afbf-b1ee-4cd2-b028-72f253a0e6e4';

type PlanEdit = { [C in Channel]: ApiOutput<C> extends { agenda: { id: string }; change: unknown } ? C : never }[Channel];

/** Runs an edit inside an agenda (which answers with what changed) and returns the whole agenda as read afterwards. */
export async function edit<C extends PlanEdit>(core: Core, channel: C, input: ApiInput<C>): Promise<ApiOutput<'agenda.get'>> {
  const answer = (await call(core, channel, input)) as { agenda: { id: string } };
  return call(core, 'agenda.get', { id: answer.agenda.id });
}
