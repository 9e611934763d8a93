import SQLite from 'better-sqlite3';
import type { Section } from './context';
import { singleAgenda } from './datasets';
import { formatStats, judge, stats, timeRuns } from './report';
import { startServer, stubRenderer } from './server';

/**
 * One autosave of an action's title on a 300-action signed agenda (a new concept from the
 * first edit on), the round trip over HTTP as the editor makes it. Baseline: the same UPDATE
 * on the same file with better-sqlite3 alone, WAL and synchronous=FULL as the app runs it.
 */
const section: Section = {
  title: 'Edit round trip on a 300-action signed agenda',
  async run(ctx) {
    const runs = ctx.quick ? 30 : 100;
    const file = await singleAgenda(ctx, 300, true);
    const rawFile = await singleAgenda(ctx, 300, true);
    const server = await startServer(file, stubRenderer(ctx.dir));
    try {
      const { agendas } = await server.call<{ agendas: { id: string }[] }>('agenda.list');
      const agenda = await server.call<{ actions: { id: string }[] }>('agenda.get', { id: agendas[0]!.id });
      const ids = agenda.actions.map((action) => action.id);
      let edit = 0;
      const next = () => ({ id: ids[(edit * 37) % ids.length]!, patch: { title: `Actie, aangepast (${++edit})` } });
      const roundTrip = stats(await timeRuns(runs, () => server.call('action.update', next()), 5));
      // Not judged: what any call costs over HTTP here, the floor under the round trip.
      const floor = stats(await timeRuns(runs, () => server.call('settings.get'), 5));

      const raw = new SQLite(rawFile);
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = FULL');
      const update = raw.prepare('UPDATE actions SET title = ?, updated_at = ? WHERE id = ?');
      const baseline = stats(await timeRuns(runs, () => { const { id, patch } = next(); update.run(patch.title, new Date().toISOString(), id); }, 5));
      raw.close();
      console.log(`  action.update over HTTP: ${formatStats(roundTrip)}`);
      console.log(`  settings.get over HTTP (a call that does next to nothing): ${formatStats(floor)}`);
      console.log(`  raw UPDATE, synchronous=FULL: ${formatStats(baseline)}`);
      judge('edit round trip, 300-action signed agenda, p95', roundTrip.p95, 10, 'ms', { what: 'raw UPDATE p95', value: baseline.p95, maxRatio: 5 });
    } finally {
      await server.stop();
    }
  },
};
export default section;
