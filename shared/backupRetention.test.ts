import { describe, expect, it } from 'vitest';
import { backupsToKeep, backupsToRemove, monthBefore, type DatedBackup } from './backupRetention';

/** One backup a day at 09:00 UTC from `from` up to and including `to`. */
function daily(from: string, to: string): DatedBackup[] {
  const list: DatedBackup[] = [];
  for (let day = new Date(`${from}T09:00:00.000Z`); day <= new Date(`${to}T09:00:00.000Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    list.push({ name: `reservekopie-${day.toISOString().slice(0, 10)}.sqlite`, madeAt: day.toISOString() });
  }
  return list;
}

describe('automatic backup retention', () => {
  it('keeps everything while there are 10 or fewer', () => {
    const backups = daily('2026-11-22', '2026-12-01');
    expect(backups).toHaveLength(10);
    expect(backupsToRemove(backups, new Date('2026-12-01T12:00:00Z'))).toEqual([]);
  });

  it('keeps the 10 newest, drops the rest of the last month, and keeps one per month before that', () => {
    const backups = daily('2026-08-15', '2026-12-01');
    const keep = [...backupsToKeep(backups, new Date('2026-12-01T12:00:00Z'))].sort();
    expect(keep).toEqual([
      // Older than a month (before 1 November 12:00): the newest of each month.
      'reservekopie-2026-08-31.sqlite', 'reservekopie-2026-09-30.sqlite', 'reservekopie-2026-10-31.sqlite', 'reservekopie-2026-11-01.sqlite',
      'reservekopie-2026-11-22.sqlite', 'reservekopie-2026-11-23.sqlite', 'reservekopie-2026-11-24.sqlite', 'reservekopie-2026-11-25.sqlite',
      'reservekopie-2026-11-26.sqlite', 'reservekopie-2026-11-27.sqlite', 'reservekopie-2026-11-28.sqlite', 'reservekopie-2026-11-29.sqlite',
      'reservekopie-2026-11-30.sqlite', 'reservekopie-2026-12-01.sqlite',
    ]);
    expect(backupsToRemove(backups, new Date('2026-12-01T12:00:00Z'))).toContain('reservekopie-2026-11-21.sqlite');
  });

  it('keeps an old backup that is among the 10 newest, such as after a long holiday', () => {
    const backups = [...daily('2026-06-01', '2026-06-03'), ...daily('2026-11-30', '2026-12-01')];
    expect(backupsToRemove(backups, new Date('2026-12-01T12:00:00Z'))).toEqual([]);
  });

  it('thins an old month to its newest backup only', () => {
    const backups = [...daily('2026-03-01', '2026-03-20'), ...daily('2026-11-22', '2026-12-01')];
    const removed = backupsToRemove(backups, new Date('2026-12-01T12:00:00Z'));
    expect(removed).toHaveLength(19);
    expect(removed).not.toContain('reservekopie-2026-03-20.sqlite');
  });

  it('counts a month back by the calendar, also at the end of a month', () => {
    expect(monthBefore(new Date('2026-03-31T10:00:00Z')).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(monthBefore(new Date('2026-01-15T10:00:00Z')).toISOString()).toBe('2025-12-15T10:00:00.000Z');
  });
});
