// The edit round trip's baseline (edit.ts): the same POST with the same JSON to a bare node:http
// server in its own process that runs one raw UPDATE with better-sqlite3 (WAL, synchronous=FULL)
// and answers in JSON. Plain JavaScript, so it starts as a plain node child, like web mode's out/main/web.js.
import { createServer } from 'node:http';
import SQLite from 'better-sqlite3';

const sqlite = new SQLite(process.argv[2]);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
const update = sqlite.prepare('UPDATE actions SET title = ?, updated_at = ? WHERE id = ?');

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const { id, patch } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const { changes } = update.run(patch.title, new Date().toISOString(), id);
    const body = Buffer.from(JSON.stringify({ ok: true, value: { changes } }));
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log(`draait op http://127.0.0.1:${server.address().port}/`));
process.on('SIGTERM', () => server.close(() => { sqlite.close(); process.exit(0); }));
