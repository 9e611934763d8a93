import type { z } from 'zod';

/** The first Dutch message of a zod schema for one value, or the parsed value. */
export function check<S extends z.ZodType>(schema: S, value: unknown): { ok: true; value: z.output<S> } | { ok: false; error: string } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: result.error.issues[0]?.message ?? 'Deze invoer is ongeldig.' };
}
