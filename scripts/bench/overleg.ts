import SQLite from 'better-sqlite3';
import type { OverlegData } from '../../shared/domain/overleg';
import type { ReferenceData as Reference } from '../../shared/domain/reference';
import { cycleChecks, evaluationsByType, jobsPerSector, sharedKnelpunten, targetsPerSector, typeMatrix } from '../../shared/overleg';
import type { Section } from './context';
import { consultationSet } from './datasets';
import { formatStats, judge, stats, timeRuns } from './report';
import { startServer, stubRenderer } from './server';

/**
 * The dossierhoudersoverleg end to end: overleg.get over HTTP (every compared revision and
 * signature checked) and the comparison the screen computes from it (matrix, cycle checks,
 * jobs, targets, lessons, shared knelpunten). Once for the newest period (one agenda per
 * sector) and once for all four cycles together. Baseline: reading the same revisions'
 * content with one SELECT and JSON.parse, in this process.
 */
const section: Section = {
  title: 'Overleg: comparing signed agendas',
  async run(ctx) {
    const runs = ctx.quick ? 10 : 30;
    const set = consultationSet(ctx);
    const file = await set.file();
    const server = await startServer(file, stubRenderer(ctx.dir));
    const raw = new SQLite(file, { readonly: true });
    try {
      const reference = await server.call<Reference>('reference.get');
      const compare = (data: OverlegData) => {
        typeMatrix(data.agendas, reference.actionTypes);
        for (const agenda of data.agendas) cycleChecks(agenda, reference.actionTypes);
        jobsPerSector(data.agendas);
        targetsPerSector(data.agendas);
        evaluationsByType(data.agendas, reference.actionTypes);
        sharedKnelpunten(data.agendas, reference.catalogue);
      };
      const cases = [
        { period: { startYear: 2025, endYear: 2026 }, count: 12, goal: 100 },
        { period: { startYear: 2025 - 2 * (set.size / 12 - 1), endYear: 2026 }, count: set.size, goal: 250 },
      ];
      for (const { period, count, goal } of cases) {
        const data = await server.call<OverlegData>('overleg.get', { period });
        if (data.agendas.length !== count || data.agendas.some((agenda) => agenda.signoff.state !== 'vastgesteld')) {
          throw new Error(`bench: expected ${count} vastgestelde agendas in the overleg, got ${data.agendas.length} (${data.flagged.length} left out)`);
        }
        const endToEnd = stats(await timeRuns(runs, async () => compare(await server.call<OverlegData>('overleg.get', { period }))));
        const ids = data.agendas.map((agenda) => agenda.agendaId);
        const select = raw.prepare(`SELECT content FROM revisions WHERE agenda_id IN (${ids.map(() => '?').join(', ')})`);
        const baseline = stats(await timeRuns(runs, () => { for (const row of select.all(...ids) as { content: string }[]) JSON.parse(row.content); }));
        console.log(`  ${count} agendas of ${set.actions} actions (${period.startYear}-${period.endYear}): ${formatStats(endToEnd)}`);
        judge(`Overleg of ${count} signed agendas, end to end, p95`, endToEnd.p95, goal, 'ms', { what: 'raw SELECT + JSON.parse of their revisions', value: baseline.p95 });
      }
    } finally {
      raw.close();
      await server.stop();
    }
  },
};
export default section;
