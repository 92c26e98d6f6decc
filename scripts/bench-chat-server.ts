// The server half of `npm run bench:chat`: opens the database (DATABASE_URL, or a fresh
// embedded one in a temporary folder), seeds a bench school of classes of 30 with every
// agreement signed, mints a session per person, writes the tokens for the load generator,
// and serves the same socket server as production (realtime/server.ts, with the Postgres
// adapter when on PostgreSQL). Pages are not served: the bench measures the chat path.
import { readConfig } from '../src/lib/server/config';
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { initDatabase } from '../src/lib/server/db';
import { classMemberships, classTeachers, classes, parentLinks, schools, users } from '../src/lib/server/db/schema';
import { ensureAcademicYear } from '../src/lib/server/schools/academic-years';
import { ensureClassRoom } from '../src/lib/server/messaging/rooms';
import { hashPassword } from '../src/lib/server/auth/passwords';
import { createSession, generateSessionToken } from '../src/lib/server/auth/session';
import { recordEveryoneSigned } from '../src/lib/server/agreements/set-up';
import { attachRealtime } from '../src/lib/server/realtime/server';

const PUPILS = Number(process.env.BENCH_PUPILS ?? 2000);
const CLASS_SIZE = 30;
const tokensFile = process.argv[2] ?? '/tmp/bench-chat-tokens.json';

// BENCH_COUNT_SQL=1: count the statements sent to PostgreSQL while serving (not while
// seeding), by their first words, and print them at the end: what a message costs.
const counting = process.env.BENCH_COUNT_SQL === '1';
let serving = false;
const statements = new Map<string, number>();
const { db } = await initDatabase(
	counting
		? {
				onStatement: (query) => {
					if (!serving) return;
					const key = query.replace(/\s+/g, ' ').trim().slice(0, 60);
					statements.set(key, (statements.get(key) ?? 0) + 1);
				}
			}
		: {}
);
// A second (third…) process for BENCH_PROCESSES: serves the same database, seeds nothing.
if (process.env.BENCH_SERVE_ONLY === '1') await serve();
const tag = Date.now().toString(36);
const passwordHash = await hashPassword(`bench-${tag}`);
const [school] = await db
	.insert(schools)
	.values({ name: `Bench Primary ${tag}`, slug: `bench-${tag}` })
	.returning();
const schoolId = school!.id;
const yearId = await ensureAcademicYear(db, schoolId);
const out: { roomId: string; teacher: string; pupils: string[] }[] = [];
const families: { parentId: string; pupilId: string }[] = [];
const staffIds: string[] = [];
const pupilIds: string[] = [];

// Classes are seeded a few at a time: one after another, 10,000 pupils take minutes.
const SEED_CONCURRENCY = 4;
async function seedClass(c: number): Promise<void> {
	const [cls] = await db
		.insert(classes)
		.values({ schoolId, name: `Class ${c + 1}`, yearGroup: 5, mailboxLocalPart: `b${c + 1}` })
		.returning();
	const [teacher] = await db
		.insert(users)
		.values({ schoolId, username: `bench.${tag}.t${c}`, role: 'teacher', firstName: 'Teacher', surname: `Number${c}`, passwordHash })
		.returning();
	await db.insert(classTeachers).values({ schoolId, classId: cls!.id, teacherId: teacher!.id, academicYearId: yearId });
	staffIds.push(teacher!.id);
	const size = Math.min(CLASS_SIZE, PUPILS - c * CLASS_SIZE);
	const pupils = await db
		.insert(users)
		.values(
			Array.from({ length: size }, (_, i) => ({
				schoolId,
				username: `bench.${tag}.c${c}p${i}`,
				role: 'pupil' as const,
				firstName: `Pupil${i}`,
				surname: `Class${c}`,
				passwordHash
			}))
		)
		.returning();
	const parents = await db
		.insert(users)
		.values(pupils.map((p) => ({ schoolId, username: `${p.username}.parent`, role: 'parent' as const, firstName: 'Parent', surname: p.surname, passwordHash })))
		.returning();
	await db.insert(classMemberships).values(pupils.map((p) => ({ schoolId, classId: cls!.id, pupilId: p.id, academicYearId: yearId })));
	await db.insert(parentLinks).values(pupils.map((p, i) => ({ schoolId, parentId: parents[i]!.id, pupilId: p.id })));
	pupils.forEach((p, i) => {
		pupilIds.push(p.id);
		families.push({ parentId: parents[i]!.id, pupilId: p.id });
	});
	const room = await ensureClassRoom(db, schoolId, cls!.id);
	const mint = async (id: string, role: 'teacher' | 'pupil') => {
		const token = generateSessionToken();
		await createSession(db, token, { id, schoolId, role });
		return token;
	};
	out[c] = { roomId: room.id, teacher: await mint(teacher!.id, 'teacher'), pupils: await Promise.all(pupils.map((p) => mint(p.id, 'pupil'))) };
}
const classCount = Math.ceil(PUPILS / CLASS_SIZE);
let nextClass = 0;
await Promise.all(
	Array.from({ length: SEED_CONCURRENCY }, async () => {
		while (nextClass < classCount) await seedClass(nextClass++);
	})
);
await recordEveryoneSigned(db, { schoolId, staffIds, pupilIds, families, now: new Date() });
writeFileSync(tokensFile, JSON.stringify(out));
// Against a server that is already running (BENCH_URL), only the accounts are needed.
if (process.env.BENCH_SEED_ONLY === '1') {
	console.log(`SEEDED tokens=${tokensFile}`);
	process.exit(0);
}

await serve();

async function serve(): Promise<never> {
	const server = http.createServer();
	await attachRealtime(server, { origins: [], adapter: readConfig().realtimeAdapter });
	server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => {
		console.log(`READY port=${(server.address() as AddressInfo).port} tokens=${tokensFile}`);
	});
	serving = true;
	process.on('SIGTERM', () => {
		if (counting) {
			const total = [...statements.values()].reduce((a, b) => a + b, 0);
			const lines = [...statements].sort((a, b) => b[1] - a[1]).map(([q, n]) => `${String(n).padStart(7)}  ${q}`);
			console.error(`SQL statements while serving: ${total}\n${lines.join('\n')}`);
		}
		process.exit(0);
	});
	return new Promise<never>(() => {});
}
