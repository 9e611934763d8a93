import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * One web-mode server per data file: two servers on one file edit it side by side and
 * many writes then fail with SQLITE_BUSY. The server writes its pid into a lock file
 * next to the data file; a lock left by a process that no longer runs is taken over.
 */
export interface DataLock { path: string; release(): void }

export const lockPathOf = (dataFile: string) => `${dataFile}.lock`;

interface LockContent { pid: number; nonce: string; startedAt: string }

function readLock(path: string): LockContent | null {
  try {
    const content = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof content.pid === 'number' && Number.isInteger(content.pid) && content.pid > 0 ? content as LockContent : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataFileInUseError extends Error {
  constructor(readonly dataFile: string, readonly pid: number) {
    super(`Dit gegevensbestand is al in gebruik door een andere Werkagenda-server (proces ${pid}): ${dataFile}. `
      + 'Gebruik het adres dat die server bij het starten toonde, of stop die eerst. Twee servers op één bestand zouden elkaars wijzigingen blokkeren.');
    this.name = 'DataFileInUseError';
  }
}

/** Throws DataFileInUseError when a running process holds the data file; a lock of a dead process does not count. */
export function assertDataFileFree(dataFile: string): void {
  const holder = readLock(lockPathOf(dataFile));
  if (holder && isRunning(holder.pid)) throw new DataFileInUseError(dataFile, holder.pid);
}

export function acquireDataLock(dataFile: string): DataLock {
  const path = lockPathOf(dataFile);
  const mine: LockContent = { pid: process.pid, nonce: randomBytes(12).toString('hex'), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
      return {
        path,
        release: () => {
          // Only our own lock: a server that took over a lock it thought stale keeps its own.
          if (readLock(path)?.nonce === mine.nonce) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path);
      if (holder && isRunning(holder.pid)) throw new DataFileInUseError(dataFile, holder.pid);
      // A dead process's lock (or an unreadable one, e.g. a crash while writing it) is taken over.
      try { unlinkSync(path); } catch { /* removed by another starter in the meantime */ }
    }
  }
  throw new DataFileInUseError(dataFile, readLock(path)?.pid ?? 0);
}
