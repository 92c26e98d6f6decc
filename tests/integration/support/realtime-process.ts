// A second (or third) app process for tests: the database named by DATABASE_URL and a
// socket server sharing events through the Postgres adapter, exactly as server/index.ts
// wires them, without the page handler. Prints its port, then serves until killed.
import { readConfig } from '../../../src/lib/server/config';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { initDatabase } from '../../../src/lib/server/db';
import { attachRealtime } from '../../../src/lib/server/realtime/server';

await initDatabase();
const server = http.createServer();
await attachRealtime(server, { origins: [], adapter: readConfig().realtimeAdapter });
server.listen(0, '127.0.0.1', () => {
	console.log(`PORT=${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => process.exit(0));
