/**
 * Why the data file could not be opened, in words for the person at the screen.
 * The shells show `message` as it is; the code is for tests and logs.
 */
export type DatabaseErrorCode = 'NOT_A_DATABASE' | 'NEWER_SCHEMA' | 'NOT_OURS' | 'MIGRATION_FAILED' | 'OPEN_FAILED';

export class DatabaseError extends Error {
  readonly code: DatabaseErrorCode;
  constructor(code: DatabaseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
    this.code = code;
  }
}

/**
 * The Dutch sentence a shell shows when the core cannot start. Checked by name, not
 * instanceof, so it also holds when the shell and the core were bundled apart.
 */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'DatabaseError') return error.message;
  return 'Het gegevensbestand kon niet worden geopend. Er is niets gewijzigd. Start de toepassing opnieuw; lukt het dan nog niet, neem dan contact op met uw functioneel beheerder.';
}
