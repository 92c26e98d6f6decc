// Input that used to reach the database or the framework and come back as a 500: a NUL
// byte in any text, bodies that are not forms, prototype names in the query, a `next=`
// with CR/LF, the head's own contacts page and two sends racing with one client key.
// Each is now a clear 4xx (or the right page) and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { anonymous, callAction, callLoad, formBody, routeFile, visitorFor, type Outcome } from '../support/routes';
import { classes, emails, rooms, users } from '../../../src/lib/server/db/schema';
import { UNSTORABLE_TEXT_MESSAGE } from '../../../src/lib/server/http/unstorable-text';
import { refuseUnstorableUrls } from '../../../src/lib/server/hooks/refuse-unstorable-urls';
import { classRoomId } from '../messaging/support';
import { withMailDomain } from '../email/support';

let t: TestDatabase;
let school: TestSchool;

beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db);
	await withMailDomain(t.db, school);
});
afterAll(() => t.close());

const NUL = String.fromCharCode(0);
const teacher = () => school.classes[0].teacher;
const pupil = () => school.classes[0].pupils[0]!;

function expectNulRefused(outcome: Outcome) {
	expect(outcome.status).toBe(400);
	expect(JSON.stringify(outcome.data)).toContain(UNSTORABLE_TEXT_MESSAGE);
}

describe('a NUL byte in any text is a 400 and stores nothing', () => {
	it('the login username', async () => {
		const outcome = await callAction(
			routeFile('(auth)/login/+page.server.ts'),
			'default',
			anonymous(),
			formBody({ username: `${teacher().username}${NUL}`, password: TEST_PASSWORD })
		);
		expectNulRefused(outcome);
	});

	it('a chat message', async () => {
		const roomId = await classRoomId(t.db, school, 0);
		const outcome = await callAction(routeFile('(pupil)/pupil/chat/[roomId]/+page.server.ts'), 'send', await visitorFor(t.db, pupil().username), {
			params: { roomId },
			...formBody({ roomId, body: `hello${NUL}there`, clientKey: 'nulkey-0001' })
		});
		expectNulRefused(outcome);
	});

	it('a class email', async () => {
		const outcome = await callAction(routeFile('(staff)/staff/email/[classId]/+page.server.ts'), 'send', await visitorFor(t.db, teacher().username), {
			params: { classId: school.classes[0].id },
			...formBody({ to: `class:${school.classes[1].id}`, subject: `Hi${NUL}`, body: 'Hello', clientKey: 'nulkey-0002' })
		});
		expectNulRefused(outcome);
		expect(await t.db.select().from(emails).where(eq(emails.clientKey, 'nulkey-0002'))).toHaveLength(0);
	});

	it('a group name', async () => {
		const outcome = await callAction(routeFile('(staff)/staff/classes/[classId]/+page.server.ts'), 'createGroup', await visitorFor(t.db, teacher().username), {
			params: { classId: school.classes[0].id },
			...formBody({ name: `Readers${NUL}`, pupilIds: [pupil().id] })
		});
		expectNulRefused(outcome);
		expect(
			await t.db
				.select()
				.from(rooms)
				.where(and(eq(rooms.classId, school.classes[0].id), eq(rooms.kind, 'group')))
		).toHaveLength(0);
	});

	it('a class name from the head', async () => {
		const outcome = await callAction(
			routeFile('(staff)/staff/admin/+page.server.ts'),
			'createClass',
			await visitorFor(t.db, school.admin.username),
			formBody({ name: `Year 6${NUL}`, yearGroup: '6', mailboxLocalPart: '6x' })
		);
		expectNulRefused(outcome);
		expect(await t.db.select().from(classes).where(eq(classes.schoolId, school.id))).toHaveLength(2);
	});

	it('any address (path or query) before a page runs', async () => {
		const answer = async (path: string) => {
			const response = await refuseUnstorableUrls({ event: { url: new URL(`http://school.test${path}`) } as never, resolve: async () => new Response('page') });
			return response.status;
		};
		expect(await answer('/staff/progress?term=%00')).toBe(400);
		expect(await answer('/staff/lessons/abc%00')).toBe(400);
		expect(await answer('/staff/progress?term=autumn')).toBe(200);
	});
});

describe('a body that is not a form is a 400, and nothing changes', () => {
	const cases = [
		['plain text', 'text/plain', 'name=Readers'],
		['malformed multipart', 'multipart/form-data; boundary=zzz', '--zzz\r\nContent-Disposition: form-data; name="name"\r\n\r\nReaders'],
		['JSON', 'application/json', '{"name":"Readers"}'],
		['no content type', null, 'name=Readers']
	] as const;

	it.each(cases)('%s to a group form', async (_label, contentType, body) => {
		const outcome = await callAction(routeFile('(staff)/staff/classes/[classId]/+page.server.ts'), 'createGroup', await visitorFor(t.db, teacher().username), {
			params: { classId: school.classes[0].id },
			body,
			contentType
		});
		expect(outcome.status).toBe(400);
	});

	it.each(cases)('%s to the photo form', async (_label, contentType, body) => {
		const outcome = await callAction(routeFile('(pupil)/pupil/work/+page.server.ts'), 'create', await visitorFor(t.db, pupil().username), {
			body,
			contentType
		});
		expect(outcome.status).toBe(400);
	});

	it.each(cases)('%s to bulk approve and to erasing a pupil', async (_label, contentType, body) => {
		const bulk = await callAction(routeFile('(staff)/staff/moderation/+page.server.ts'), 'bulk', await visitorFor(t.db, teacher().username), {
			body,
			contentType
		});
		expect(bulk.status).toBe(400);
		const erase = await callAction(routeFile('(staff)/staff/pupils/[pupilId]/+page.server.ts'), 'erase', await visitorFor(t.db, school.admin.username), {
			params: { pupilId: pupil().id },
			body,
			contentType
		});
		expect(erase.status).toBe(400);
		const [still] = await t.db.select({ username: users.username }).from(users).where(eq(users.id, pupil().id));
		expect(still!.username).toBe(pupil().username);
	});
});

describe('the login page', () => {
	const login = routeFile('(auth)/login/+page.server.ts');

	it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('?reason=%s shows no notice instead of failing', async (reason) => {
		const outcome = await callLoad(login, anonymous(), { search: `?reason=${reason}` });
		expect(outcome).toEqual({ status: 200, data: { notice: null, refusal: null, schoolSignIn: [] } });
	});

	it.each([
		['CR/LF', '/staff/%0d%0aSet-Cookie:%20x=1'],
		['another site', 'https://evil.example/staff'],
		['a protocol-relative address', '//evil.example'],
		['another area', '/pupil/chat']
	])('a next= with %s returns home instead', async (_label, next) => {
		const outcome = await callAction(login, 'default', anonymous(), {
			search: `?next=${next}`,
			...formBody({ username: teacher().username, password: TEST_PASSWORD })
		});
		expect(outcome).toEqual({ status: 303, location: '/staff' });
	});

	// CR/LF in ?next= would split the Location header (a second header, or a second answer).
	// Sent raw (percent-encoded once, so the page reads a real CR/LF), as the text `%0d%0a`
	// (encoded twice), alone or before another path: each signs in and goes home, and the
	// Location holds no CR or LF.
	it.each([
		['a raw CR/LF', encodeURIComponent('/staff/\r\nSet-Cookie: x=1')],
		['a raw CR/LF at the end', encodeURIComponent('/staff\r\n')],
		['a lone LF', encodeURIComponent('/staff/\nLocation: https://evil.example')],
		['the text %0d%0a', encodeURIComponent('/staff/%0d%0aSet-Cookie:%20x=1')],
		['the text %0D%0A in capitals', encodeURIComponent('/staff%0D%0A//evil.example')],
		['a backslash', encodeURIComponent('/staff\\..\\pupil')]
	])('a next= with %s is refused: home, and no CR/LF in the Location', async (_label, next) => {
		const outcome = await callAction(login, 'default', anonymous(), {
			search: `?next=${next}`,
			...formBody({ username: teacher().username, password: TEST_PASSWORD })
		});
		expect(outcome).toEqual({ status: 303, location: '/staff' });
		expect(outcome.location).not.toMatch(/[\r\n]/);
	});

	it('a next= inside the home area is followed', async () => {
		const outcome = await callAction(login, 'default', anonymous(), {
			search: '?next=/staff/moderation',
			...formBody({ username: teacher().username, password: TEST_PASSWORD })
		});
		expect(outcome).toEqual({ status: 303, location: '/staff/moderation' });
	});
});

describe('pages and sends that used to fail', () => {
	it("the head opens a class's email contacts", async () => {
		const outcome = await callLoad(routeFile('(staff)/staff/email/[classId]/contacts/+page.server.ts'), await visitorFor(t.db, school.admin.username), {
			params: { classId: school.classes[0].id }
		});
		expect(outcome.status).toBe(200);
		expect(outcome.data).toMatchObject({ classId: school.classes[0].id, contacts: [] });
	});

	it('two class emails sent at once with the same client key store one email, and both get the same answer', async () => {
		const route = routeFile('(staff)/staff/email/[classId]/+page.server.ts');
		const visitor = await visitorFor(t.db, teacher().username);
		const send = () =>
			callAction(route, 'send', visitor, {
				params: { classId: school.classes[0].id },
				...formBody({ to: `class:${school.classes[1].id}`, subject: 'Our trip', body: 'We went to the museum.', clientKey: 'race-key-0001' })
			});
		const outcomes = await Promise.all([send(), send(), send()]);
		expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200]);
		const [stored] = await t.db
			.select({ n: count() })
			.from(emails)
			.where(and(eq(emails.clientKey, 'race-key-0001'), eq(emails.folder, 'sent')));
		expect(stored!.n).toBe(1);
	});

	it('two pupil emails at once with the same client key queue one', async () => {
		const route = routeFile('(pupil)/pupil/email/write/+page.server.ts');
		const visitor = await visitorFor(t.db, pupil().username);
		const send = () =>
			callAction(
				route,
				'send',
				visitor,
				formBody({ to: `class:${school.classes[1].id}`, subject: 'Hello', body: 'We like frogs.', clientKey: 'race-key-0002' })
			);
		const outcomes = await Promise.all([send(), send()]);
		expect(outcomes.map((o) => o.status)).toEqual([303, 303]);
		const [stored] = await t.db.select({ n: count() }).from(emails).where(eq(emails.clientKey, 'race-key-0002'));
		expect(stored!.n).toBe(1);
	});
});

describe('a form that comes back with an error keeps what was ticked', () => {
	it('sends every chosen pupil back with the error, so the page ticks them again (with or without JavaScript)', async () => {
		const chosen = [school.classes[0].pupils[0]!.id, school.classes[1].pupils[0]!.id];
		const outcome = await callAction(routeFile('(staff)/staff/concerns/new/+page.server.ts'), 'default', await visitorFor(t.db, teacher().username), {
			...formBody({ pupilIds: chosen, words: 'They were upset after a game online.', occurredAt: '2020-01-06T10:00', category: '' })
		});
		expect(outcome.status).toBe(400);
		const data = outcome.data as { errors: Record<string, string>; lists?: Record<string, string[]> };
		expect(Object.keys(data.errors)).toEqual(['occurredAt']);
		expect(data.lists?.pupilIds).toEqual(chosen);
	});
});
