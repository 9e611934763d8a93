import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCore } from './core';
import { startupFailureMessage } from './core/db/errors';
import { assertDataFileFree, DataFileInUseError } from './dataLock';
import { startWebServer } from './web';

// `npm run web [-- --port N --data FILE]`: the app in a browser on 127.0.0.1. It runs built, as
// out/main/web.js beside the desktop's main.js (electron.vite.config.ts), so web mode and the bench
// run the code the desktop app runs. --renderer: another renderer build (the bench's counting one).

/** Where the desktop app would keep its data, per platform; web mode uses its own file there. */
function defaultDataFile(): string {
  const base = process.platform === 'win32' ? (process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
    : process.platform === 'darwin' ? join(homedir(), 'Library', 'Application Support')
      : (process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'));
  return join(base, 'werkagenda-banenafspraak', 'werkagenda-web.sqlite');
}

const { values } = parseArgs({ options: { port: { type: 'string', default: '5173' }, data: { type: 'string' }, renderer: { type: 'string' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${values.port}`);
  process.exit(2);
}

const dataFile = resolve(values.data ?? defaultDataFile());
/** A second server on the same file stops here, before it opens (or migrates) the database. */
function refuseInUse(error: unknown): never {
  if (error instanceof DataFileInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
try { assertDataFileFree(dataFile); } catch (error) { refuseInUse(error); }
const core = await startCore(dataFile).catch((error: unknown) => {
  console.error(error);
  // The explanation for the person, after the technical detail for whoever reads the log.
  console.error(`\nWerkagenda Banenafspraak kan niet starten. ${startupFailureMessage(error)}`);
  process.exit(1);
});
const server = await startWebServer({ core, rendererDir: resolve(values.renderer ?? join(import.meta.dirname, '..', 'renderer')), port })
  .catch(async (error: unknown) => { await core.close(); return refuseInUse(error); });
console.log(`Werkagenda Banenafspraak draait op ${server.address}`);
console.log('Open dit volledige adres (met de code erachter) in uw browser; zonder de code geeft de Werkagenda geen toegang.');
console.log(`Gegevens: ${dataFile}`);

const stop = async () => {
  await server.close();
  await core.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
