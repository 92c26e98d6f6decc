// Production entry: one HTTP server carrying adapter-node's handler and socket.io.
// Start-up (migrate, seed a fresh embedded database) finishes before the port opens.
import http from 'node:http';
import { startApp } from '../src/lib/server/startup';
import { readConfig } from '../src/lib/server/config';
import { attachRealtime } from '../src/lib/server/realtime/server';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

// Without ORIGIN, adapter-node assumes HTTPS. Serving plain HTTP on a school network is
// common, so take the scheme from the connection (or a TLS proxy's X-Forwarded-Proto).
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER) process.env.PROTOCOL_HEADER = 'x-forwarded-proto';

// Pupils upload up to 4 photos of 8 MB each (src/lib/domain/sharing/limits.ts); adapter-node
// refuses bodies over 512 KB unless told otherwise. Set before the handler is imported.
process.env.BODY_SIZE_LIMIT ??= '34M';

const handle = await startApp();
// The handler exists only after `vite build`; its type is adapter-node's (req, res, next).
const BUILT_HANDLER = '../build/handler.js';
const { handler } = (await import(BUILT_HANDLER)) as {
	handler: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
};

const server = http.createServer((req, res) => {
	if (!process.env.ORIGIN && !req.headers['x-forwarded-proto'])
		req.headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});
const config = readConfig();
await attachRealtime(server, { origins: config.origins, adapter: config.realtimeAdapter });

server.listen(port, host, () => {
	console.log(`Safe Classroom is running on http://localhost:${port} (database: ${handle.kind})`);
});

const shutdown = () => {
	server.close(() => process.exit(0));
	setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
