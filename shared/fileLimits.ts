import { formatNumber } from './format';

/*
 * How large a file the app takes in, and how it says no: the open dialog, the browser upload
 * and the core all refuse the same way. Without zod, so the start screen can check a file's
 * size without loading the schemas.
 */

/** An exchange file (.werkagenda); larger files are refused before they are parsed. */
export const maxExchangeBytes = 20 * 1024 * 1024;
/** A Word werkagenda; larger files are refused before they are read. */
export const maxWordBytes = 20 * 1024 * 1024;
/** A reservekopie (the whole data file). */
export const maxBackupBytes = 25 * 1024 * 1024;

const megabytes = (bytes: number, decimals = 1) => `${formatNumber(bytes / 1024 / 1024, decimals)} MB`;

export const exchangeTooLargeMessage = (bytes: number) =>
  `Het bestand is ${megabytes(bytes)}; een uitwisselbestand mag hoogstens ${megabytes(maxExchangeBytes)} zijn.`;
export const wordTooLargeMessage = (bytes: number) =>
  `Het bestand is ${megabytes(bytes)}; een Word-document mag hoogstens ${megabytes(maxWordBytes, 0)} zijn.`;
export const backupTooLargeMessage = (bytes: number) =>
  `Het bestand is ${megabytes(bytes)}; een reservekopie mag hoogstens ${megabytes(maxBackupBytes)} zijn.`;
