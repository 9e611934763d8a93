import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type SQLite from 'better-sqlite3';

/** Flushes a file (and, where the platform allows, its folder) to disk, so a rename after it survives a power cut. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch {
    // Windows cannot open a folder for fsync; its rename is durable enough there.
  }
}

/**
 * A consistent copy of the open database (WAL included) at `target`, whole or not at all:
 * VACUUM INTO runs on the app's own connection, so no write of the app can land halfway,
 * and the copy only takes the final name once it is complete on disk.
 */
export function copyDatabase(sqlite: SQLite.Database, target: string, finish?: (temp: string) => void): void {
  const temp = `${target}.tmp`;
  rmSync(temp, { force: true });
  try {
    sqlite.prepare('VACUUM INTO ?').run(temp);
    finish?.(temp);
    syncFile(temp);
    renameSync(temp, target);
    syncFolder(target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Puts a closed database file in place of another, atomically; the old WAL and shared memory go with it. */
export function replaceDatabaseFile(source: string, target: string): void {
  syncFile(source);
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(source, target);
  syncFolder(target);
}
