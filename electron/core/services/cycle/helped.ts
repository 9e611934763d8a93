import { z } from 'zod';
import { SuccessFactorCodeSchema, type SuccessFactorCode } from '../../../../shared/domain/cycle';

const HelpedSchema = z.array(SuccessFactorCodeSchema);

/** The stored JSON array of success factor codes; anything else reads as none (the CHECK keeps it an array). */
export function readHelped(text: string | null | undefined): SuccessFactorCode[] {
  const parsed = HelpedSchema.safeParse(text ? JSON.parse(text) : []);
  return parsed.success ? parsed.data : [];
}

/** In catalogue order and without repeats, so the same choice is always stored the same way. */
export const writeHelped = (codes: readonly SuccessFactorCode[]) =>
  JSON.stringify(SuccessFactorCodeSchema.options.filter((code) => codes.includes(code)));
