import SQLite from 'better-sqlite3';
import type { Section } from './context';
import { consultationSet, yearsSet } from './datasets';
import { formatStats, judge, stats, timeRuns } from './report';
import { startServer, stubRenderer } from './server';

/**
 * agenda.list over HTTP, as the start screen calls it, at two sizes of signed agendas: each
 * answer's p50/p95/max after the first call (printed apart: it may check what is new), and
 * how the cost grows with ten times the agendas. Baseline: the list's own columns of the agenda
 * rows (not their long texts, which the list never reads), with one prepared SELECT from the same file.
 */
const section: Section = {
  title: 'agenda.list: the start screen\'s list of signed agendas',
  async run(ctx) {
    const runs = ctx.quick ? 10 : 30;
    const measured: { size: number; p50: number }[] = [];
    for (const set of [consultationSet(ctx), yearsSet(ctx)]) {
      const file = await set.file();
      const server = await startServer(file, stubRenderer(ctx.dir));
      try {
        const started = performance.now();
        const first = await server.call<{ agendas: unknown[] }>('agenda.list');
        const firstMs = performance.now() - started;
        if (first.agendas.length !== set.size) throw new Error(`bench: expected ${set.size} agendas, listed ${first.agendas.length}`);
        const list = stats(await timeRuns(runs, () => server.call('agenda.list')));
        const raw = new SQLite(file, { readonly: true });
        const select = raw.prepare('SELECT agendas.id, agendas.sector_id, sectors.name AS sector_name, agendas.start_year, agendas.end_year, agendas.title, agendas.status, agendas.updated_at, agendas.deleted_at, agendas.list_summary FROM agendas JOIN sectors ON sectors.id = agendas.sector_id ORDER BY sectors.sort_order, agendas.start_year DESC, agendas.title');
        const baseline = stats(await timeRuns(runs, () => select.all()));
        raw.close();
        console.log(`  ${set.size} agendas of ${set.actions} actions: first call ${firstMs.toFixed(1)} ms; then ${formatStats(list)}`);
        judge(`agenda.list, ${set.size} signed agendas, p95`, list.p95, 100, 'ms', { what: 'raw SELECT of the list\'s columns', value: baseline.p95 });
        measured.push({ size: set.size, p50: list.p50 });
      } finally {
        await server.stop();
      }
    }
    const [small, large] = measured as [{ size: number; p50: number }, { size: number; p50: number }];
    const factor = large.size / small.size;
    console.log(`  growth: ${small.size} → ${large.size} agendas (×${factor}) costs ×${(large.p50 / small.p50).toFixed(2)} at p50`);
    judge(`agenda.list cost growth for ×${factor} agendas (at most linear)`, large.p50 / small.p50, factor, '×');
  },
};
export default section;
