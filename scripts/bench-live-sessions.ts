// What live sockets cost the database while they are used: BENCH_SOCKETS pupils' sockets (200
// when unset), BENCH_STAFF teachers' and BENCH_PARENTS parents' (none when unset), each sending a
// cheap event (session:whoami) every BENCH_EVERY_MS for BENCH_SECONDS, on a throwaway
// PostgreSQL database beside DATABASE_URL's; every statement the server sends meanwhile is
// counted by its first words after a warm-up (connecting, seeding and the first BENCH_WARMUP_SECONDS
// are not counted). Prints one line:
// `sockets=… seconds=… statements=… per_minute=…` and the statements by kind.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test BENCH_SOCKETS=200 npx tsx scripts/bench-live-sessions.ts
//   DATABASE_URL=… BENCH_SOCKETS=0 BENCH_STAFF=200 BENCH_PARENTS=200 npx tsx scripts/bench-live-sessions.ts
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { io as connect, type Socket } from 'socket.io-client';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 200);
const STAFF = Number(process.env.BENCH_STAFF ?? 0);
const PARENTS = Number(process.env.BENCH_PARENTS ?? 0);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const EVERY_MS = Number(process.env.BENCH_EVERY_MS ?? 2000);
// Events run this long before counting starts, so every socket is past its first minute (steady state).
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 75);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a PostgreSQL server: statements are counted there.');

const admin = postgres(url, { max: 1, onnotice: () => {} });
const name = `bench_live_${process.pid}_${Date.now().toString(36)}`;
await admin.unsafe(`create database ${name}`);
const fresh = new URL(url);
fresh.pathname = `/${name}`;
process.env.DATABASE_URL = fresh.toString();

const counted = new Map<string, number>();
let counting = false;
const { initDatabase } = await import('../src/lib/server/db');
const { db } = await initDatabase({
	onStatement: (query) => {
		if (!counting) return;
		const key = query.replace(/\s+/g, ' ').trim().slice(0, 50);
		counted.set(key, (counted.get(key) ?? 0) + 1);
	}
});
const { addSignedTeachers, createTestSchool } = await import('../tests/integration/support/factories');
const { createSession, generateSessionToken } = await import('../src/lib/server/auth/session');
const { attachRealtime } = await import('../src/lib/server/realtime/server');

// Each pupil comes with one parent, so the school has as many pupils as the larger of the two.
const perClass = Math.ceil(Math.max(SOCKETS, PARENTS) / 2);
const school = await createTestSchool(db, perClass);
const pupils = school.classes.flatMap((c) => c.pupils).slice(0, SOCKETS);
const parents = school.classes.flatMap((c) => c.parents).slice(0, PARENTS);
const teachers = STAFF > 0 ? await addSignedTeachers(db, school, STAFF) : [];
const users = [...pupils, ...teachers, ...parents];
const server = http.createServer();
const io = await attachRealtime(server, { origins: [] });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const sockets: Socket[] = [];
for (const user of users) {
	const token = generateSessionToken();
	await createSession(db, token, { id: user.id, schoolId: school.id, role: user.role });
	const socket = connect(base, { transports: ['websocket'], extraHeaders: { origin: base, cookie: `session=${token}` }, reconnection: false, forceNew: true });
	await new Promise<void>((resolve, reject) => {
		socket.once('session:ready', () => resolve());
		socket.once('connect_error', reject);
	});
	sockets.push(socket);
}

const timers = sockets.map((socket, i) =>
	setTimeout(
		() => {
			const tick = setInterval(() => socket.emit('session:whoami', () => {}), EVERY_MS);
			timers.push(tick);
		},
		(i * EVERY_MS) / sockets.length
	)
);
await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
counting = true;
const started = Date.now();
await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
counting = false;
timers.forEach((t) => clearInterval(t));
const total = [...counted.values()].reduce((a, b) => a + b, 0);
const seconds = (Date.now() - started) / 1000;
for (const [key, n] of [...counted].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${key}`);
console.log(
	`sockets=${sockets.length} pupils=${pupils.length} staff=${teachers.length} parents=${parents.length} every_ms=${EVERY_MS} seconds=${Math.round(seconds)} statements=${total} per_minute=${Math.round((total * 60) / seconds)}`
);

sockets.forEach((s) => s.close());
await io.close();
await admin.unsafe(`drop database if exists ${name} with (force)`);
await admin.end({ timeout: 5 });
process.exit(0);
