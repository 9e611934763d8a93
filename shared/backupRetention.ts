/**
 * Which automatic backups stay: the 10 newest always, and of those older than a month
 * one per calendar month (the newest of that month), so a mistake noticed late can still
 * be undone while the folder does not grow without end. Pure: the core deletes the rest.
 */
export const keepNewest = 10;

export interface DatedBackup {
  name: string;
  /** When the backup was made (ISO timestamp). */
  madeAt: string;
}

/** A month before `now` (same day of the month, clamped to its last day). */
export function monthBefore(now: Date): Date {
  const before = new Date(now);
  before.setUTCDate(1);
  before.setUTCMonth(before.getUTCMonth() - 1);
  const lastDay = new Date(Date.UTC(before.getUTCFullYear(), before.getUTCMonth() + 1, 0)).getUTCDate();
  before.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return before;
}

export function backupsToKeep(backups: DatedBackup[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.madeAt.localeCompare(a.madeAt));
  const keep = new Set(newestFirst.slice(0, keepNewest).map((backup) => backup.name));
  const cutoff = monthBefore(now).toISOString();
  const monthsSeen = new Set<string>();
  for (const backup of newestFirst) {
    if (backup.madeAt >= cutoff) continue;
    const month = backup.madeAt.slice(0, 7);
    if (monthsSeen.has(month)) continue;
    monthsSeen.add(month);
    keep.add(backup.name);
  }
  return keep;
}

export function backupsToRemove(backups: DatedBackup[], now: Date): string[] {
  const keep = backupsToKeep(backups, now);
  return backups.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
