import { z } from 'zod';

/**
 * Error codes that cross the API boundary; tests assert on the code, people read the message.
 * FILE_*: a chosen file refused before anything is read into the app, one code per reason.
 */
export const ErrorCodeSchema = z.enum([
  'VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAUTHORIZED', 'INTERNAL',
  /** Larger than the limit of its kind (20 MB for a Word document or an exchange file, 25 MB for a reservekopie). */
  'FILE_TOO_LARGE',
  /** A Word document in the old binary format (.doc). */
  'FILE_OLD_FORMAT',
  /** A Word document behind a password. */
  'FILE_ENCRYPTED',
  /** Another kind of file than asked for: a PDF, RTF, Excel or PowerPoint file, plain text. */
  'FILE_WRONG_KIND',
  /** A zip or Word document that is broken. */
  'FILE_DAMAGED',
  /** A zip that unpacks to more than its limit or has too many parts (a zip bomb). */
  'FILE_UNPACKS_TOO_LARGE',
  /** A readable Word document that is no werkagenda. */
  'FILE_NOT_AGENDA',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  /** Path of the offending field when the input was invalid, e.g. "patch.title". */
  field: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
  toJSON(): ApiError {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
  }
}

/** Turns a zod failure into one Dutch sentence naming the first problem. */
export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || undefined;
  return new AppError('VALIDATION', issue?.message ?? 'De invoer is ongeldig.', field);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toJSON();
  if (error instanceof z.ZodError) return validationError(error).toJSON();
  return { code: 'INTERNAL', message: 'Er ging iets mis in de toepassing. Uw laatste wijziging is niet opgeslagen.' };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
