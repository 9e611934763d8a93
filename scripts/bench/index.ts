/**
 * npm run bench [-- --quick] [-- --only list,edit]: speed and memory against the goals of
 * issue 13, each judged as met or missed with its ratio to a raw baseline measured in the
 * same run (report.ts). The data sets are entered through the core's services and built once
 * per run (datasets.ts); sections that measure the server run web mode, built as npm run web
 * builds it, in a child process (server.ts).
 *
 * A section is a module in this folder whose default export is a Section (context.ts):
 * `{ title, run(ctx) }`. Adding one is adding its file name to this list.
 */
import { parseArgs } from 'node:util';
import { createContext, type Section } from './context';
import { summarise } from './report';
import { buildApp } from './server';

const sections = ['list', 'startup', 'edit', 'overleg', 'memory', 'wordExport', 'progressReport', 'renderer', 'wordImport'];

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const chosen = values.only ? sections.filter((name) => values.only!.split(',').includes(name)) : sections;
const ctx = createContext(values.quick);
const started = performance.now();
try {
  console.log(`npm run bench${values.quick ? ' --quick (smaller data sets, fewer runs)' : ''}: ${chosen.join(', ')}`);
  buildApp();
  for (const name of chosen) {
    const { default: section } = await import(`./${name}.ts`) as { default: Section };
    console.log(`\n${section.title}`);
    const sectionStarted = performance.now();
    await section.run(ctx);
    console.log(`  (${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)`);
  }
} finally {
  ctx.dispose();
}
summarise();
console.log(`Total time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
