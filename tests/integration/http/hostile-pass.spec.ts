// A hostile pass over the whole app, as an outside tester would make it, kept as a test.
// The demo school and its neighbour are seeded; the routes are read from src/routes (a new
// route is included automatically) and the socket events from the realtime handlers.
//   1. Every demo account opens every page and endpoint with its own school's ids: no 5xx,
//      and nothing of the other school appears in any answer.
//   2. One account per role in each school opens every page with the other school's ids
//      and hostile values, and posts every form action with hostile bodies (NUL bytes,
//      10,000 characters, wrong types, unknown and other-school ids, bodies that are not
//      forms): no 5xx, no 200 for another school's things, and the other school unchanged.
//   3. The same accounts send every socket event with hostile payloads: every answer is a
//      clear refusal or a success, never the server's "something went wrong".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import {
	actionNames,
	callAction,
	callEndpoint,
	callLoad,
	formBody,
	HTTP_METHODS,
	routeFiles,
	visitorFor,
	type Call,
	type Outcome,
	type RouteFile,
	type Visitor
} from '../support/routes';
import { findUnguardedSocketHandlers } from '../support/guard-coverage';
import { seedDemo } from '../../../src/lib/server/schools/demo-seed';
import {
	blockedAttempts,
	classes,
	emailAttachments,
	emails,
	incidents,
	rooms,
	safeguardingAlerts,
	schools,
	users,
	workFiles
} from '../../../src/lib/server/db/schema';
import type { RealtimeServer } from '../../../src/lib/server/realtime/server';
import { createSession, generateSessionToken } from '../../../src/lib/server/auth/session';
import type { Socket } from 'socket.io-client';
import { connectWithToken, startRealtimeServer } from '../realtime/support';

const NUL = String.fromCharCode(0);
const LONG = 'a'.repeat(10_000);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
// Accounts that try the other school's ids and hostile input: every role, both schools.
const PROBES = ['admin', 'dsl', 'teacher.oak', 'pupil.oak.1', 'parent.oak.1', 'riverside.admin', 'riverside.teacher', 'pupil.willow.1', 'parent.willow.1'];
// Ids a form might carry; each is filled with the probe's own, the other school's, or junk.
const ID_FIELDS = [
	'pupilId',
	'classId',
	'itemId',
	'workId',
	'contactId',
	'emailId',
	'invitationId',
	'alertId',
	'documentId',
	'lessonId',
	'roomId',
	'messageId',
	'parentId',
	'teacherId',
	'incidentId'
];
const TEXT_FIELDS = [
	'name',
	'body',
	'subject',
	'to',
	'title',
	'note',
	'reason',
	'code',
	'username',
	'password',
	'message',
	'description',
	'witness',
	'kind',
	'action',
	'target',
	'clientKey',
	'expectedVersion',
	'item'
];

type Ids = Record<string, string>;
interface SchoolIds {
	schoolId: string;
	ids: Ids;
	/** Words that belong only to this school, to spot a leak in the other's answers. */
	markers: string[];
}

let t: TestDatabase;
const schoolOf = new Map<string, SchoolIds>();
const homeOf = new Map<string, string>();

async function idsFor(schoolId: string): Promise<SchoolIds> {
	const db = t.db;
	const one = async <T>(q: Promise<T[]>): Promise<T | undefined> => (await q)[0];
	const cls = await one(db.select({ id: classes.id }).from(classes).where(eq(classes.schoolId, schoolId)));
	const pupil = await one(
		db
			.select({ id: users.id })
			.from(users)
			.where(sql`${users.schoolId} = ${schoolId} and ${users.role} = 'pupil'`)
	);
	const room = await one(db.select({ id: rooms.id }).from(rooms).where(eq(rooms.schoolId, schoolId)));
	const email = await one(db.select({ id: emails.id }).from(emails).where(eq(emails.schoolId, schoolId)));
	const attachment = await one(
		db
			.select({ id: emailAttachments.id })
			.from(emailAttachments)
			.innerJoin(emails, eq(emails.id, emailAttachments.emailId))
			.where(eq(emails.schoolId, schoolId))
	);
	const incident = await one(db.select({ id: incidents.id }).from(incidents).where(eq(incidents.schoolId, schoolId)));
	const alert = await one(db.select({ id: safeguardingAlerts.id }).from(safeguardingAlerts).where(eq(safeguardingAlerts.schoolId, schoolId)));
	const attempt = await one(db.select({ id: blockedAttempts.id }).from(blockedAttempts).where(eq(blockedAttempts.schoolId, schoolId)));
	const file = await one(db.select({ id: workFiles.id }).from(workFiles).where(eq(workFiles.schoolId, schoolId)));
	const [school] = await db.select({ name: schools.name }).from(schools).where(eq(schools.id, schoolId));
	const people = await db.select({ surname: users.surname, username: users.username }).from(users).where(eq(users.schoolId, schoolId));
	return {
		schoolId,
		ids: {
			classId: cls?.id ?? UNKNOWN,
			pupilId: pupil?.id ?? UNKNOWN,
			roomId: room?.id ?? UNKNOWN,
			emailId: email?.id ?? UNKNOWN,
			attachmentId: attachment?.id ?? UNKNOWN,
			incidentId: incident?.id ?? UNKNOWN,
			alertId: alert?.id ?? UNKNOWN,
			attemptId: attempt?.id ?? UNKNOWN,
			fileId: file?.id ?? UNKNOWN,
			lessonId: UNKNOWN,
			kind: 'staff'
		},
		// Usernames with a dot (e.g. pupil.oak.6) are unique words; a bare "admin" is also a role name.
		markers: [school!.name, ...people.map((p) => p.username).filter((u) => u.includes('.') && !u.endsWith('.admin') && !u.endsWith('.teacher'))]
	};
}

/** Row counts and a digest of every school-scoped table for one school (sessions aside). */
async function fingerprint(schoolId: string): Promise<Record<string, string>> {
	const result = await t.db.execute(
		sql`select table_name from information_schema.columns where column_name = 'school_id' and table_schema = 'public' and table_name not in ('sessions')`
	);
	const tables = ((result as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])) as { table_name: string }[];
	const out: Record<string, string> = {};
	for (const { table_name } of tables) {
		const r = await t.db.execute(
			sql.raw(
				`select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as f from "${table_name}" t where school_id = '${schoolId}'`
			)
		);
		const rows = ((r as { rows?: unknown[] }).rows ?? (r as unknown as unknown[])) as { f: string }[];
		out[table_name] = rows[0]!.f;
	}
	return out;
}

const usernamesResult = async (): Promise<{ username: string; schoolId: string }[]> =>
	t.db.select({ username: users.username, schoolId: users.schoolId }).from(users);

function paramsFor(route: RouteFile, ids: Ids): Record<string, string> {
	return Object.fromEntries(route.params.map((p) => [p, ids[p] ?? UNKNOWN]));
}

let problems: string[] = [];
function judge(label: string, outcome: Outcome): void {
	if (outcome.status >= 500) problems.push(`${label}: ${outcome.status} ${String((outcome.error as Error | undefined)?.message ?? '').slice(0, 200)}`);
}

async function get(route: RouteFile, visitor: Visitor, call: Call): Promise<Outcome> {
	if (route.kind !== 'endpoint') return callLoad(route, visitor, call);
	const mod = await route.load();
	const method = HTTP_METHODS.find((m) => m in mod) ?? 'GET';
	return callEndpoint(route, method, visitor, call);
}

function hostileBodies(own: Ids, other: Ids): [string, Call][] {
	const fields = (value: (name: string) => string | string[]) => Object.fromEntries([...ID_FIELDS, ...TEXT_FIELDS].map((n) => [n, value(n)]));
	return [
		['empty form', formBody({})],
		['NUL everywhere', formBody(fields(() => `x${NUL}y`))],
		['10,000 characters', formBody(fields(() => LONG))],
		[
			'wrong types (lists, numbers, prototype names)',
			formBody(fields((n) => (n.endsWith('Id') ? ['1', '2'] : n === 'expectedVersion' ? '-1e309' : 'constructor')))
		],
		['unknown ids', formBody(fields((n) => (n.endsWith('Id') ? UNKNOWN : 'Hello there')))],
		['own ids, plausible text', formBody(fields((n) => own[n] ?? (n.endsWith('Id') ? own.pupilId! : 'Hello there')))],
		["other school's ids", formBody(fields((n) => other[n] ?? (n.endsWith('Id') ? other.pupilId! : 'Hello there')))],
		['plain text body', { body: 'name=x', contentType: 'text/plain' }],
		['malformed multipart', { body: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end', contentType: 'multipart/form-data; boundary=b' }],
		['JSON body', { body: '{"pupilId":1}', contentType: 'application/json' }]
	];
}

let io: RealtimeServer;
let base: string;

beforeAll(async () => {
	t = await openTestDatabase();
	await seedDemo(t.db);
	for (const { username, schoolId } of await usernamesResult()) {
		if (!schoolOf.has(schoolId)) schoolOf.set(schoolId, await idsFor(schoolId));
		homeOf.set(username, schoolId);
	}
	({ io, base } = await startRealtimeServer());
}, 300_000);
afterAll(async () => {
	await io?.close();
	await t?.close();
});

const otherSchool = (schoolId: string): SchoolIds => [...schoolOf.values()].find((s) => s.schoolId !== schoolId)!;

describe('a hostile pass over every route and socket event', () => {
	it('every demo account opens every page and endpoint: no 5xx, nothing of the other school', async () => {
		problems = [];
		const routes = routeFiles();
		expect(routes.length).toBeGreaterThan(40);
		for (const [username, schoolId] of homeOf) {
			const visitor = await visitorFor(t.db, username);
			const mine = schoolOf.get(schoolId)!;
			const theirs = otherSchool(schoolId);
			for (const route of routes) {
				const outcome = await get(route, visitor, { params: paramsFor(route, mine.ids) });
				judge(`${username} GET ${route.file}`, outcome);
				if (outcome.status === 200 && !(outcome.data instanceof Response)) {
					const text = JSON.stringify(outcome.data ?? null);
					const leaked = theirs.markers.find((m) => text.includes(m));
					if (leaked) problems.push(`${username} GET ${route.file} shows "${leaked}" of the other school`);
				}
			}
		}
		expect(problems).toEqual([]);
	}, 600_000);

	it("one account per role tries the other school's ids and hostile values on every page, and hostile bodies on every action", async () => {
		problems = [];
		for (const probe of PROBES) {
			const schoolId = homeOf.get(probe)!;
			const mine = schoolOf.get(schoolId)!;
			const theirs = otherSchool(schoolId);
			const before = await fingerprint(theirs.schoolId);
			const visitor = await visitorFor(t.db, probe);
			for (const route of routeFiles()) {
				if (route.params.length) {
					const crossing = await get(route, visitor, { params: paramsFor(route, theirs.ids) });
					judge(`${probe} GET ${route.file} with the other school's ids`, crossing);
					// Only a param filled with a real id of the other school can cross: a card's secret or a
					// reset link's token is no school's id (paramsFor gives it UNKNOWN), and those pages open for anyone.
					if (crossing.status === 200 && route.params.some((p) => p !== 'kind' && (theirs.ids[p] ?? UNKNOWN) !== UNKNOWN))
						problems.push(`${probe} opened ${route.file} with the other school's ids`);
					for (const junk of [`x${NUL}`, LONG, 'constructor', '../../etc/passwd', UNKNOWN]) {
						judge(
							`${probe} GET ${route.file} with ${junk.slice(0, 12)}`,
							await get(route, visitor, { params: Object.fromEntries(route.params.map((p) => [p, junk])) })
						);
					}
				}
				judge(
					`${probe} GET ${route.file}?hostile`,
					await get(route, visitor, {
						params: paramsFor(route, mine.ids),
						search: `?term=${encodeURIComponent(LONG)}&reason=__proto__&next=%0d%0a&source=all&pupilId=${UNKNOWN}&action=constructor`
					})
				);
				for (const action of await actionNames(route)) {
					if (route.file.includes('logout')) continue;
					for (const [label, body] of hostileBodies(mine.ids, theirs.ids)) {
						judge(
							`${probe} POST ${route.file} ?/${action} (${label})`,
							await callAction(route, action, visitor, { params: paramsFor(route, mine.ids), ...body })
						);
					}
				}
			}
			expect(await fingerprint(theirs.schoolId), `${probe} changed nothing of the other school`).toEqual(before);
		}
		expect(problems).toEqual([]);
	}, 600_000);

	it('every socket event, with hostile payloads, gets a clear answer', async () => {
		problems = [];
		const dir = path.resolve('src/lib/server/realtime');
		const events = readdirSync(dir)
			.filter((f) => f.endsWith('.ts'))
			.flatMap((f) => findUnguardedSocketHandlers(readFileSync(path.join(dir, f), 'utf8'), f).events);
		expect(events.length).toBeGreaterThanOrEqual(5);
		for (const probe of PROBES) {
			const schoolId = homeOf.get(probe)!;
			const theirs = otherSchool(schoolId);
			const [user] = await t.db.select().from(users).where(eq(users.username, probe));
			const token = generateSessionToken();
			await createSession(t.db, token, user!);
			// Untyped, so every event can be sent any payload.
			const socket: Socket = await connectWithToken(base, token);
			const payloads: unknown[] = [
				undefined,
				null,
				'text',
				42,
				[],
				{ roomId: theirs.ids.roomId, body: 'Hello', clientKey: 'hostile-key-1' },
				{ roomId: `x${NUL}`, body: `hi${NUL}`, clientKey: `k${NUL}` },
				{ roomId: UNKNOWN, body: LONG, clientKey: 'hostile-key-2', afterSeq: -1 },
				{ messageId: UNKNOWN, note: LONG },
				{ itemId: UNKNOWN, action: 'approve', expectedVersion: 1 },
				{ itemId: 'constructor', action: '__proto__', expectedVersion: '1e309' },
				{ __proto__: { roomId: UNKNOWN } }
			];
			for (const event of events) {
				for (const payload of payloads) {
					const reply = await new Promise<unknown>((resolve) => {
						const timer = setTimeout(() => resolve('no answer'), 5_000);
						const ack = (r: unknown) => {
							clearTimeout(timer);
							resolve(r);
						};
						if (event === 'session:whoami') socket.emit(event, ack);
						else socket.emit(event, payload, ack);
					});
					const error = (reply as { ok?: boolean; error?: string } | null)?.error ?? '';
					if (reply === 'no answer' || /something went wrong/i.test(error))
						problems.push(`${probe} ${event} ${JSON.stringify(payload)?.slice(0, 60)}: ${String(error || reply)}`);
				}
			}
			socket.close();
		}
		expect(problems).toEqual([]);
	}, 600_000);
});
