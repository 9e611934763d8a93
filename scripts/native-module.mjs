#!/usr/bin/env node
// Makes sure better-sqlite3 (a native module) is built for the runtime about to use it.
//
//   node scripts/native-module.mjs node      before tests: Node must be able to load it;
//                                            rebuilds from source for Node if not. Never downloads Electron.
//   node scripts/native-module.mjs electron  before `npm start` / packaging: rebuilds it for
//                                            Electron's ABI (electron-builder install-app-deps).
//
// The two builds cannot live side by side in node_modules, so each command checks and
// rebuilds as needed; `npm test` and `npm start` work in either order.
// Plain Node ESM, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';
const npmCommand = isWindows ? 'npm.cmd' : 'npm';
const npxCommand = isWindows ? 'npx.cmd' : 'npx';

const probe = "new (require('better-sqlite3'))(':memory:').close()";
const wrongBuild = /NODE_MODULE_VERSION|was compiled against a different Node\.js version|Could not locate the bindings file|Cannot find module '.*better_sqlite3\.node'|invalid ELF header|not a valid Win32 application|mach-o/i;

/** Loads better-sqlite3 in a fresh process of `executable` (Node, or Electron run as Node); returns { ok, output }. */
function loads(executable = process.execPath, env = process.env) {
  const result = spawnSync(executable, ['-e', probe], { cwd: root, encoding: 'utf8', env });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}` };
}
const loadsInNode = () => loads();

function run(command, args) {
  // shell is needed for .cmd files on Windows; the arguments are fixed strings.
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: isWindows });
  return result.status === 0;
}

function ensureNodeBuild() {
  const first = loadsInNode();
  if (first.ok) return 0;
  if (!wrongBuild.test(first.output)) {
    console.error('better-sqlite3 could not be loaded in Node, and it is not a build mismatch:');
    console.error(first.output.trim());
    return 1;
  }
  console.log('Note: better-sqlite3 is not built for this Node.js (probably built for Electron by `npm start`); rebuilding it for Node with `npm rebuild better-sqlite3`.');
  if (!run(npmCommand, ['rebuild', 'better-sqlite3'])) {
    console.error('`npm rebuild better-sqlite3` failed; see the output above.');
    return 1;
  }
  const second = loadsInNode();
  if (second.ok) return 0;
  console.error('better-sqlite3 still cannot be loaded in Node after rebuilding:');
  console.error(second.output.trim());
  return 1;
}

function ensureElectronBuild() {
  if (!existsSync(join(root, 'node_modules', 'electron', 'dist'))) {
    console.error([
      'The desktop app needs the Electron binary, but node_modules/electron/dist is missing.',
      'Electron was probably installed with ELECTRON_SKIP_BINARY_DOWNLOAD set, or without internet access.',
      'Fix: on a machine with internet, unset ELECTRON_SKIP_BINARY_DOWNLOAD and run `npm install` (or `node node_modules/electron/install.js`).',
      'Without Electron you can still use the app in your browser: `npm run web`.',
    ].join('\n'));
    return 1;
  }
  let electronPath;
  try {
    electronPath = createRequire(join(root, 'package.json'))('electron');
  } catch (error) {
    console.error(`The Electron package is incomplete (${error.message}). Delete node_modules/electron and run \`npm install\` with internet access.`);
    return 1;
  }
  const electronEnv = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  if (loads(electronPath, electronEnv).ok) return 0;
  console.log('Note: better-sqlite3 is not built for Electron (probably built for Node by `npm test`); rebuilding it with `electron-builder install-app-deps`.');
  // @electron/rebuild skips a module whose .forge-meta says "already built for Electron", which
  // can be stale when a Node build was extracted over it; the probe above just proved it is not.
  rmSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', '.forge-meta'), { force: true });
  if (!run(npxCommand, ['electron-builder', 'install-app-deps'])) {
    console.error('`electron-builder install-app-deps` failed: better-sqlite3 could not be rebuilt for Electron (this needs internet for the Electron headers).');
    return 1;
  }
  const after = loads(electronPath, electronEnv);
  if (after.ok) return 0;
  console.error('better-sqlite3 still cannot be loaded in Electron after rebuilding:');
  console.error(after.output.trim());
  return 1;
}

const mode = process.argv[2];
if (mode === 'node') process.exit(ensureNodeBuild());
else if (mode === 'electron') process.exit(ensureElectronBuild());
else {
  console.error('Usage: node scripts/native-module.mjs node|electron');
  process.exit(2);
}
