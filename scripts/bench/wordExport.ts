import { unzipSync, zipSync } from 'fflate';
import { openDatabase } from '../../electron/core/db/database';
import { exportAgendaDocx } from '../../electron/core/export/agendaDocx';
import { getReference } from '../../electron/core/services/beheer/reference';
import { listAgendas, loadAgenda } from '../../electron/core/services/plan/agendas';
import type { Section } from './context';
import { singleAgenda } from './datasets';
import { formatStats, judge, stats, timeRuns } from './report';

/**
 * The Word export of one draft agenda (PRODUCT.md: exporting must feel instant, also with
 * hundreds of actions), for 50, 300 and 1,000 actions entered through the services, in this
 * process as the core runs it. Baseline, in the same run: re-zipping the very same XML parts
 * with fflate (the zip library docx uses): the floor any .docx writer pays.
 */
const section: Section = {
  title: 'Word export of an agenda',
  async run(ctx) {
    const runs = ctx.quick ? 5 : 15;
    const sizes = ctx.quick ? [50, 300, 1000] : [50, 300, 1000];
    for (const count of sizes) {
      const database = await openDatabase(await singleAgenda(ctx, count, false));
      try {
        const reference = await getReference(database.db);
        const agenda = await loadAgenda(database.db, (await listAgendas(database.db)).agendas[0]!.id);
        const options = { draft: true, generatedOn: '2026-02-04' };
        const docx = await exportAgendaDocx(agenda, reference, options);
        const exported = stats(await timeRuns(runs, () => exportAgendaDocx(agenda, reference, options)));
        const parts = unzipSync(new Uint8Array(docx));
        const baseline = stats(await timeRuns(runs, () => zipSync(parts)));
        const xmlKb = Object.values(parts).reduce((sum, part) => sum + part.length, 0) / 1024;
        console.log(`  ${count} actions: ${formatStats(exported)}; .docx ${(docx.length / 1024).toFixed(0)} KB of ${xmlKb.toFixed(0)} KB XML; zip alone ${formatStats(baseline)}; process peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
        if (count === 1000) judge('export of 1,000 actions, p95', exported.p95, 400, 'ms', { what: 'zip of the same XML p95', value: baseline.p95 });
      } finally {
        await database.close();
      }
    }
  },
};
export default section;
