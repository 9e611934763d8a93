import type { Section } from './context';
import { consultationSet, yearsSet } from './datasets';
import { judge } from './report';
import { startServer, stubRenderer } from './server';

/**
 * The server's own memory (web mode in a child process; VmHWM from /proc: its peak resident
 * set), while a day of consultation work runs against it: the start list, every agenda opened
 * with its Ondertekening, the Overleg of every period and of all of them, one Word export.
 * Baseline: the same server's peak right after start, before any call.
 */
const section: Section = {
  title: 'Memory of the server (core in web mode)',
  async run(ctx) {
    for (const [set, goal] of [[consultationSet(ctx), 200], [yearsSet(ctx), 400]] as const) {
      const server = await startServer(await set.file(), stubRenderer(ctx.dir));
      try {
        const idle = server.memory().peakMb;
        const { agendas } = await server.call<{ agendas: { id: string; startYear: number; endYear: number }[] }>('agenda.list');
        for (const agenda of agendas) {
          await server.call('agenda.get', { id: agenda.id });
          await server.call('signoff.get', { agendaId: agenda.id });
        }
        const periods = [...new Set(agendas.map((agenda) => `${agenda.startYear}-${agenda.endYear}`))].map((key) => key.split('-').map(Number) as [number, number]);
        for (const [startYear, endYear] of periods) await server.call('overleg.get', { period: { startYear, endYear } });
        const first = Math.min(...periods.map(([start]) => start));
        await server.call('overleg.get', { period: { startYear: first, endYear: first + 7 } });
        await server.call('agenda.exportDocx', { id: agendas[0]!.id, revisionNumber: null });
        for (let index = 0; index < 5; index++) await server.call('agenda.list');
        const { rssMb, peakMb } = server.memory();
        console.log(`  ${set.size} agendas of ${set.actions} actions: peak ${peakMb.toFixed(0)} MB (now ${rssMb.toFixed(0)} MB; ${idle.toFixed(0)} MB right after start)`);
        judge(`server memory, ${set.size} signed agendas, peak`, peakMb, goal, 'MB', { what: 'idle server peak', value: idle });
      } finally {
        await server.stop();
      }
    }
  },
};
export default section;
