import type { z } from 'zod';

/** One channel of the API contract: the zod schemas of its input and output. */
export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
