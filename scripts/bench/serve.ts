import { startCore } from '../../electron/core';
import { startWebServer } from '../../electron/web';

// The server a bench section measures, in a process of its own so its memory is its own:
// web mode (the core behind the HTTP API) on a data file, with a renderer folder to serve.
const [dataFile, rendererDir] = process.argv.slice(2);
const core = await startCore(dataFile!);
const server = await startWebServer({ core, rendererDir: rendererDir!, port: 0 });
process.stdout.write(`${JSON.stringify({ url: server.url, address: server.address, token: server.token })}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => core.close()).then(() => process.exit(0));
});
