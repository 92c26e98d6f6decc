// `npm run bench:chat`: simulated classes of 30 pupils and their teachers over real
// sockets. Pupils send at a steady rate; each teacher approves what reaches their queue;
// one classmate per class watches for delivery. Measures the two hops a class feels:
// submit → in the teacher's queue, and approve → on the classmates' screens.
// Starts its own server (scripts/bench-chat-server.ts) unless BENCH_URL is set, in which
// case DATABASE_URL must name that server's database so accounts can be made for it.
// BENCH_PROCESSES=2 (with REALTIME_ADAPTER=redis or postgres) starts a second server on the
// same database: teachers and senders use the first, the watching classmates the second,
// so every approval crosses between processes through the adapter.
// BENCH_PUPILS=10000 BENCH_RATE=100: one process holding 10,000 sockets, most of them idle
// (each pupil sends about once in 100 s); needs `ulimit -n` above 11,000.
// It ends with one line of every figure and its parameters, including the load average.
// On PostgreSQL each run (unless BENCH_URL or BENCH_KEEP_DB=1) makes a throwaway database
// next to DATABASE_URL's and drops it at the end, so runs start equal rather than each one
// on a database grown by the runs before it.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../src/lib/realtime/events';
import { percentileNearestRank } from '../src/lib/domain/safeguarding/percentile';

type S = Socket<ServerToClientEvents, ClientToServerEvents>;
interface ClassTokens {
	roomId: string;
	teacher: string;
	pupils: string[];
}

const RATE = Number(process.env.BENCH_RATE ?? 200);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const tokensFile = `/tmp/bench-chat-${process.pid}.json`;

/** Makes an empty database beside DATABASE_URL's and points this run at it; returns how to drop it. */
async function freshDatabase(): Promise<(() => Promise<void>) | null> {
	const url = process.env.DATABASE_URL;
	if (!url || process.env.BENCH_URL || process.env.BENCH_KEEP_DB === '1') return null;
	const { default: postgres } = await import('postgres');
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	const name = `bench_chat_${process.pid}_${Date.now().toString(36)}`;
	await admin.unsafe(`create database ${name}`);
	const fresh = new URL(url);
	fresh.pathname = `/${name}`;
	process.env.DATABASE_URL = fresh.toString();
	console.log(`fresh database ${name}`);
	return async () => {
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end({ timeout: 5 });
	};
}

// Servers this run started: stopped however the run ends, so none is left behind.
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM')));

function startServer(seedOnly: boolean, serveOnly = false): Promise<{ url: string; stop: () => Promise<void> }> {
	// BENCH_PROFILE=dir writes a CPU profile of the server to that folder.
	const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
	const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'scripts/bench-chat-server.ts', tokensFile], {
		env: {
			...process.env,
			...(seedOnly ? { BENCH_SEED_ONLY: '1' } : {}),
			...(serveOnly ? { BENCH_SERVE_ONLY: '1' } : {}),
			...(process.env.DATABASE_URL ? {} : { DATA_DIR: `/tmp/bench-chat-data-${process.pid}` })
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	children.push(child);
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			const text = chunk.toString();
			const ready = /READY port=(\d+)/.exec(text);
			if (ready) resolve({ url: `http://127.0.0.1:${ready[1]}`, stop: () => stopChild(child) });
			if (/SEEDED/.test(text)) resolve({ url: process.env.BENCH_URL!, stop: async () => {} });
		});
		child.once('exit', (code) => code && reject(new Error(`bench server exited with ${code}`)));
	});
}

/** Stops a server and waits for it to exit (its profile written, its connections closed). */
function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}

// The project's nearest-rank percentile (the one the governors' report uses); NaN when empty.
const percentile = (values: number[], p: number): number => percentileNearestRank(values, p) ?? NaN;

// Sockets that fail to connect (a reset while the server is busy with hundreds of
// handshakes) try again after a pause, as the app's own client does; the summary says how
// many retries there were.
let connectRetries = 0;
const CONNECT_TRIES = 6;

function connectOne(url: string, origin: string, token: string, attempt = 1): Promise<S> {
	return new Promise<S>((resolve, reject) => {
		const s: S = connect(url, { transports: ['websocket'], extraHeaders: { origin, cookie: `session=${token}` }, reconnection: false, forceNew: true });
		s.once('session:ready', () => resolve(s));
		s.once('connect_error', (e) => {
			s.close();
			if (attempt >= CONNECT_TRIES) return reject(e);
			connectRetries++;
			setTimeout(() => connectOne(url, origin, token, attempt + 1).then(resolve, reject), 250 * attempt);
		});
	});
}

async function connectAll(url: string, tokens: string[]): Promise<S[]> {
	const origin = new URL(url).origin;
	const sockets: S[] = [];
	for (let i = 0; i < tokens.length; i += 100) sockets.push(...(await Promise.all(tokens.slice(i, i + 100).map((t) => connectOne(url, origin, t)))));
	return sockets;
}

// Each socket is a file descriptor in both the load generator and the server.
function checkOpenFileLimit(pupils: number): void {
	const limit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
	if (Number.isFinite(limit) && limit < pupils + 1000)
		throw new Error(`ulimit -n is ${limit}: too few open files for ${pupils} sockets. Run \`ulimit -n ${pupils + 5000}\` in this shell first.`);
}

async function main(): Promise<void> {
	checkOpenFileLimit(Number(process.env.BENCH_PUPILS ?? 2000));
	if (PROCESSES > 1 && !process.env.DATABASE_URL) throw new Error('BENCH_PROCESSES needs DATABASE_URL (PostgreSQL)');
	if (PROCESSES > 1 && process.env.REALTIME_ADAPTER === 'none') throw new Error('BENCH_PROCESSES needs REALTIME_ADAPTER=redis or postgres');
	const loadBefore = os.loadavg()[0]!;
	const dropDatabase = await freshDatabase();
	const started = Date.now();
	const server = await startServer(Boolean(process.env.BENCH_URL));
	const classes = JSON.parse(readFileSync(tokensFile, 'utf8')) as ClassTokens[];
	console.log(`seeded ${classes.length} classes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	const second = PROCESSES > 1 ? await startServer(false, true) : server;
	// A hundred handshakes at a time, whoever they are: thousands at once is a stampede no
	// class makes (a class logs in over minutes), and it would measure the kernel's backlog.
	const connectStarted = Date.now();
	const teachers = await connectAll(
		server.url,
		classes.map((c) => c.teacher)
	);
	const senderSockets = await connectAll(
		server.url,
		classes.flatMap((c) => c.pupils.slice(0, -1))
	);
	const watchers = await connectAll(
		second.url,
		classes.map((c) => c.pupils.at(-1)!)
	);
	let taken = 0;
	const pupils = classes.map((c, i) => {
		const own = senderSockets.slice(taken, taken + c.pupils.length - 1);
		taken += c.pupils.length - 1;
		return [...own, watchers[i]!];
	});
	const held = teachers.length + pupils.flat().length;
	console.log(`sockets held: ${held} (connected in ${((Date.now() - connectStarted) / 1000).toFixed(1)} s, ${connectRetries} retries)`);

	const sentAt = new Map<string, number>();
	const decidedAt = new Map<string, number>();
	const queueMs: number[] = [];
	const deliverMs: number[] = [];
	teachers.forEach((teacher) => {
		teacher.on('queue:added', (item) => {
			const t0 = sentAt.get(item.body);
			if (t0 !== undefined) queueMs.push(performance.now() - t0);
			decidedAt.set(item.targetId, performance.now());
			// An answer still owed when the sockets close at the end is of no interest.
			teacher.emitWithAck('moderation:decide', { itemId: item.id, action: 'approve', expectedVersion: item.version }).catch(() => {});
		});
	});
	// The last pupil of each class watches; senders are the others.
	pupils.forEach((members) =>
		members.at(-1)!.on('chat:message', (m) => {
			const t0 = decidedAt.get(m.id);
			if (t0 !== undefined) deliverMs.push(performance.now() - t0);
		})
	);

	let accepted = 0;
	let refused = 0;
	let lastAck = 0;
	let n = 0;
	const total = RATE * SECONDS;
	const senders = pupils.flatMap((members, c) => members.slice(0, -1).map((s) => ({ s, roomId: classes[c]!.roomId })));
	const t0 = performance.now();
	await new Promise<void>((resolve) => {
		const tick = setInterval(() => {
			const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * RATE));
			for (; n < due; n++) {
				const { s, roomId } = senders[n % senders.length]!;
				const body = `bench message ${n} about our class trip`;
				sentAt.set(body, performance.now());
				s.emitWithAck('chat:send', { roomId, body, clientKey: `bench-${process.pid}-${n}` }).then(
					(r) => {
						if (r.ok) accepted++;
						else refused++;
						lastAck = performance.now();
					},
					() => {}
				);
			}
			if (n >= total) {
				clearInterval(tick);
				resolve();
			}
		}, 10);
	});
	const sendSeconds = (performance.now() - t0) / 1000;
	const deadline = Date.now() + 15_000;
	while (accepted + refused < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
	// Accepted per second over the time from the first send to the last answer.
	const acceptSeconds = (lastAck - t0) / 1000;
	// Let the last approvals reach the classmates before reading the figures.
	await new Promise((r) => setTimeout(r, 3000));

	const [qp50, qp95, dp50, dp95] = [percentile(queueMs, 50), percentile(queueMs, 95), percentile(deliverMs, 50), percentile(deliverMs, 95)];
	console.log(`sent ${total} messages over ${sendSeconds.toFixed(1)} s; accepted ${accepted}, refused ${refused}`);
	console.log(`submit → teacher queue: p50 ${qp50.toFixed(1)} ms, p95 ${qp95.toFixed(1)} ms (${queueMs.length} samples)`);
	console.log(`approve → classmate:    p50 ${dp50.toFixed(1)} ms, p95 ${dp95.toFixed(1)} ms (${deliverMs.length} samples)`);
	// One line with every figure and what produced it, for the README and the reports. The
	// load average (this machine's, load generator included) says how busy it was.
	const summary = {
		db: process.env.DATABASE_URL ? 'postgres' : 'pglite',
		processes: PROCESSES,
		adapter: process.env.REALTIME_ADAPTER ?? 'default',
		pupils: classes.reduce((n, c) => n + c.pupils.length, 0),
		rate: RATE,
		seconds: SECONDS,
		sockets: held,
		connect_retries: connectRetries,
		accepted,
		refused,
		accepted_per_s: Math.round(accepted / acceptSeconds),
		queued: queueMs.length,
		delivered: deliverMs.length,
		queue_p50_ms: Math.round(qp50),
		queue_p95_ms: Math.round(qp95),
		deliver_p50_ms: Math.round(dp50),
		deliver_p95_ms: Math.round(dp95),
		load1_before: loadBefore.toFixed(1),
		load1_after: os.loadavg()[0]!.toFixed(1)
	};
	console.log(
		Object.entries(summary)
			.map(([k, v]) => `${k}=${v}`)
			.join(' ')
	);
	[...teachers, ...pupils.flat()].forEach((s) => s.close());
	await Promise.all([server.stop(), second.stop()]);
	await dropDatabase?.();
	process.exit(0);
}

main().catch((e) => {
	console.error('bench:chat failed:', e instanceof Error ? e.message : e);
	process.exit(1);
});
