import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startCore } from '../../electron/core';
import { api, channels } from '../../shared/api';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** Words of zod's English defaults (and of its locale's leftovers) that must never reach a person. */
const english = /\b(Invalid|invalid|expected|Expected|received|Required|Too (big|small)|Unrecognized|must|string|number|boolean|undefined|instanceof|array|keys?)\b/;
const hostile: unknown[] = [null, 42, -1, 1e12, Number.NaN, 'tekst', '', 'x'.repeat(30_000), true, [], {}, [1, 2], { a: 1 }, '00000000-0000-4000-8000-000000000000'];

/** For an object input: each field in turn replaced by each hostile value; otherwise the hostile values themselves. */
function payloads(schema: z.ZodType): unknown[] {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : null;
  if (!shape) return hostile;
  return [...hostile, ...Object.keys(shape).flatMap((key) => hostile.map((value) => ({ [key]: value })))];
}

describe('Dutch only', () => {
  it('answers malformed input on every channel of the contract in Dutch', async () => {
    const core = await startCore(join(tempDir(), 'fuzz.sqlite'));
    const refusals: { channel: string; message: string }[] = [];
    for (const channel of channels) {
      for (const input of payloads(api[channel].input)) {
        const result = await core.invoke(channel, input);
        if (!result.ok) refusals.push({ channel, message: result.error.message });
      }
    }
    await core.close();
    expect(refusals.length).toBeGreaterThan(channels.length * 10);
    const notDutch = refusals.filter((refusal) => english.test(refusal.message));
    expect(notDutch.slice(0, 10), `${notDutch.length} of ${refusals.length} refusals are not Dutch`).toEqual([]);
  }, 120_000);

  it.each([
    [z.string().max(3), 'abcdef', 'Te lang: hoogstens 3 tekens.'],
    [z.object({ a: z.number() }), {}, 'Dit gegeven ontbreekt.'],
    [z.number(), 'x', 'Hier hoort een getal, niet tekst.'],
    [z.array(z.number()).max(2), [1, 2, 3], 'Te veel: hoogstens 2.'],
    [z.number().min(0), -1, 'Te klein: ten minste 0.'],
    [z.uuid(), 'x', 'Ongeldige verwijzing.'],
    [z.enum(['a', 'b']), 'c', 'Kies een van de mogelijke waarden.'],
    [z.number().max(10_000, { error: 'Eigen melding.' }), 20_000, 'Eigen melding.'],
  ])('%# gives plain Dutch', (schema, input, message) => {
    const issue = (schema as z.ZodType).safeParse(input).error!.issues[0]!;
    expect(issue.message).toBe(message);
  });
});
