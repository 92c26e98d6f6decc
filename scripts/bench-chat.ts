// `npm run bench:chat`: simulated classes of 30 pupils and their teachers over real
// sockets. Pupils send at a steady rate; each teacher approves what reaches their queue;
// one classmate per class watches for delivery. Measures the two hops a class feels:
// submit → in the teacher's queue, and approve → on the classmates' screens.
// Starts its own server (scripts/bench-chat-server.ts) unless BENCH_URL is set, in which
// case DATABASE_URL must name that server's database so accounts can be made for it.
// BENCH_PROCESSES=2 (with REALTIME_ADAPTER=redis or postgres) starts a second server on the
// same database: teachers and senders use the first, the watching classmates the second,
// so every approval crosses between processes through the adapter.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../src/lib/realtime/events';
import { percentileNearestRank } from '../src/lib/domain/safeguarding/percentile';

type S = Socket<ServerToClientEvents, ClientToServerEvents>;
interface ClassTokens { roomId: string; teacher: string; pupils: string[] }

const RATE = Number(process.env.BENCH_RATE ?? 200);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const tokensFile = `/tmp/bench-chat-${process.pid}.json`;

function startServer(seedOnly: boolean, serveOnly = false): Promise<{ url: string; stop: () => void }> {
	// BENCH_PROFILE=dir writes a CPU profile of the server to that folder.
	const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
	const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'scripts/bench-chat-server.ts', tokensFile], {
		env: { ...process.env, ...(seedOnly ? { BENCH_SEED_ONLY: '1' } : {}), ...(serveOnly ? { BENCH_SERVE_ONLY: '1' } : {}), ...(process.env.DATABASE_URL ? {} : { DATA_DIR: `/tmp/bench-chat-data-${process.pid}` }) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			const text = chunk.toString();
			const ready = /READY port=(\d+)/.exec(text);
			if (ready) resolve({ url: `http://127.0.0.1:${ready[1]}`, stop: () => child.kill('SIGTERM') });
			if (/SEEDED/.test(text)) resolve({ url: process.env.BENCH_URL!, stop: () => {} });
		});
		child.once('exit', (code) => code && reject(new Error(`bench server exited with ${code}`)));
	});
}

// The project's nearest-rank percentile (the one the governors' report uses); NaN when empty.
const percentile = (values: number[], p: number): number => percentileNearestRank(values, p) ?? NaN;

async function connectAll(url: string, tokens: string[]): Promise<S[]> {
	const origin = new URL(url).origin;
	const sockets: S[] = [];
	for (let i = 0; i < tokens.length; i += 100) {
		const batch = tokens.slice(i, i + 100).map(
			(token) =>
				new Promise<S>((resolve, reject) => {
					const s: S = connect(url, { transports: ['websocket'], extraHeaders: { origin, cookie: `session=${token}` }, reconnection: false, forceNew: true });
					s.once('session:ready', () => resolve(s));
					s.once('connect_error', reject);
				})
		);
		sockets.push(...(await Promise.all(batch)));
	}
	return sockets;
}

async function main(): Promise<void> {
	const started = Date.now();
	const server = await startServer(Boolean(process.env.BENCH_URL));
	const classes = JSON.parse(readFileSync(tokensFile, 'utf8')) as ClassTokens[];
	console.log(`seeded ${classes.length} classes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	if (PROCESSES > 1 && !process.env.DATABASE_URL) throw new Error('BENCH_PROCESSES needs DATABASE_URL (PostgreSQL)');
	const second = PROCESSES > 1 ? await startServer(false, true) : server;
	const teachers = await connectAll(server.url, classes.map((c) => c.teacher));
	const pupils = await Promise.all(
		classes.map(async (c) => [...(await connectAll(server.url, c.pupils.slice(0, -1))), ...(await connectAll(second.url, c.pupils.slice(-1)))])
	);
	const held = teachers.length + pupils.flat().length;
	console.log(`sockets held: ${held}`);

	const sentAt = new Map<string, number>();
	const decidedAt = new Map<string, number>();
	const queueMs: number[] = [];
	const deliverMs: number[] = [];
	teachers.forEach((teacher) => {
		teacher.on('queue:added', (item) => {
			const t0 = sentAt.get(item.body);
			if (t0 !== undefined) queueMs.push(performance.now() - t0);
			decidedAt.set(item.targetId, performance.now());
			void teacher.emitWithAck('moderation:decide', { itemId: item.id, action: 'approve', expectedVersion: item.version });
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
				void s.emitWithAck('chat:send', { roomId, body, clientKey: `bench-${process.pid}-${n}` }).then((r) => {
					if (r.ok) accepted++;
					else refused++;
					lastAck = performance.now();
				});
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

	console.log(`sent ${total} messages over ${sendSeconds.toFixed(1)} s; accepted ${accepted}, refused ${refused}`);
	console.log(`submit → teacher queue: p50 ${percentile(queueMs, 50).toFixed(1)} ms, p95 ${percentile(queueMs, 95).toFixed(1)} ms (${queueMs.length} samples)`);
	console.log(`approve → classmate:    p50 ${percentile(deliverMs, 50).toFixed(1)} ms, p95 ${percentile(deliverMs, 95).toFixed(1)} ms (${deliverMs.length} samples)`);
	console.log(`database: ${process.env.DATABASE_URL ? 'postgres' : 'pglite'}; processes ${PROCESSES} (adapter ${process.env.REALTIME_ADAPTER ?? 'default'}); rate asked ${RATE}/s for ${SECONDS} s`);
	console.log(
		`sockets=${held} accepted_per_s=${(accepted / acceptSeconds).toFixed(0)} queue_p95_ms=${percentile(queueMs, 95).toFixed(0)} deliver_p95_ms=${percentile(deliverMs, 95).toFixed(0)}`
	);
	[...teachers, ...pupils.flat()].forEach((s) => s.close());
	server.stop();
	if (second !== server) second.stop();
	process.exit(0);
}

void main();
