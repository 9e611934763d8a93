import { formatDateTime } from '../../../../shared/format';
import type { Db } from '../common';
import { logEvent } from '../signoff/audit';

/**
 * After a restore every agenda in the restored file says so in its Logboek, with where
 * the state from just before is kept: a restore is a change like any other, and the
 * one that undoes most.
 */
export async function logRestore(db: Db, restore: { fileName: string; madeAt: string | null; safetyBackup: string }): Promise<void> {
  const which = restore.madeAt ? `van ${formatDateTime(restore.madeAt)}` : `“${restore.fileName}”`;
  await db.transaction().execute(async (trx) => {
    const agendas = await trx.selectFrom('agendas').select('id').execute();
    for (const agenda of agendas) {
      await logEvent(trx, agenda.id, 'reservekopie_teruggezet',
        `Reservekopie ${which} teruggezet: deze werkagenda staat weer zoals hij toen was. De stand van vlak daarvoor is bewaard in ${restore.safetyBackup}.`);
    }
  });
}
