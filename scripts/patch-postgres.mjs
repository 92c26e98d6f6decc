// Guards postgres.js (3.4.9) against two ways a cut database connection kills the whole
// process, where no try/catch in the app can reach:
// 1. A write queued with setImmediate runs after the connection closed and set its socket
//    to null: "Cannot read properties of null (reading 'write')", thrown from a timer
//    (porsager/postgres#1066, #1154, #1208; a fix is proposed upstream in #1168, unreleased).
//    Patched to fail the waiting queries with CONNECTION_CLOSED, as a closed socket does.
// 2. A connection cut while it fetches the server's array types (the first query on every
//    new connection) rejects a promise nobody awaits: an unhandled rejection. Patched to
//    ask again on the next connection; the cut itself is handled as any other.
// We patch rather than wrap: an uncaughtException handler would have to guess which errors
// are safe to survive. Runs on `npm install` (postinstall) and is safe to run again; it stops
// loudly if the driver's code no longer looks as expected, so an upgrade is checked by hand.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const MARK = '/* safe-classroom: patched, see scripts/patch-postgres.mjs */';
const PATCHES = [
	[
		'  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)',
		'  function nextWrite(fn) {\n' +
			"    if (!socket) { chunk = nextWriteTimer = null; error(Errors.connection('CONNECTION_CLOSED', options)); return false }\n" +
			'    const x = socket.write(chunk, fn)'
	],
	['        return fetchArrayTypes()\n', '        return fetchArrayTypes().catch(() => { needsTypes = options.fetch_types })\n']
];

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'node_modules', 'postgres');
if (!existsSync(root)) process.exit(0);
for (const variant of ['src', 'cjs/src', 'cf/src']) {
	const file = path.join(root, variant, 'connection.js');
	if (!existsSync(file)) continue;
	let code = readFileSync(file, 'utf8');
	if (code.includes(MARK)) continue;
	for (const [original, patched] of PATCHES) {
		if (!code.includes(original)) {
			console.error(`patch-postgres: ${file} has changed; check whether postgres.js fixed these crashes and update scripts/patch-postgres.mjs`);
			process.exit(1);
		}
		code = code.replace(original, patched);
	}
	writeFileSync(file, `${MARK}\n${code}`);
}
