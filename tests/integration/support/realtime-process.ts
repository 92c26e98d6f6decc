// A second (or third) app process for tests: the database named by DATABASE_URL and a
// socket server sharing events through the Postgres adapter, exactly as server/index.ts
// wires them, without the page handler (but with /healthz, from the same function the
// route calls). Prints its port, then serves until killed.
import { readConfig } from '../../../src/lib/server/config';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { initDatabase } from '../../../src/lib/server/db';
import { attachRealtime } from '../../../src/lib/server/realtime/server';
import { checkHealth } from '../../../src/lib/server/health';

await initDatabase();
const server = http.createServer((req, res) => {
	if (req.url !== '/healthz') return void res.writeHead(404).end();
	void checkHealth().then(({ httpStatus, body }) => res.writeHead(httpStatus, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
});
// ACTOR_ROUND_MS shortens the live sockets' permission rounds, so a test need not wait 30 s.
const actorRoundMs = Number(process.env.ACTOR_ROUND_MS) || undefined;
await attachRealtime(server, { origins: [], adapter: readConfig().realtimeAdapter, actorRoundMs });
server.listen(0, '127.0.0.1', () => {
	console.log(`PORT=${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => process.exit(0));
