// Run by test/integration/migration-crash.test.ts: opens a data file the way the app
// starts (backup, then every pending migration) so the parent can kill it midway.
import { openDatabase } from '../../electron/core/db/database';

const file = process.argv[2];
if (!file) throw new Error('usage: migrate-child.ts FILE');
process.stdout.write('opening\n');
const database = await openDatabase(file);
await database.close();
process.stdout.write('done\n');
