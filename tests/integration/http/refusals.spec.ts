// A refusal inside a service (AuthorizationError) reaches the browser as a 403 with a kind
// message, through the one mapper, and changes nothing. Each case crosses a real boundary:
// another teacher's item, another school's pupil, another pupil's work, another class's
// contact. These were 500s before the shared wrapper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { callAction, formBody, routeFile, visitorFor } from '../support/routes';
import { emailContacts, lessonAssignments, users, workItems } from '../../../src/lib/server/db/schema';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { createWork } from '../../../src/lib/server/sharing/create-work';
import { PRIVACY_7_11_SLUG, requireLessonBySlug } from '../../../src/lib/domain/curriculum';
import { addContact } from '../email/support';
import { classRoomId, send } from '../messaging/support';
import { writing } from '../sharing/support';

let t: TestDatabase;
let school: TestSchool;
let other: TestSchool;

beforeAll(async () => {
	t = await openTestDatabase();
	school = await createTestSchool(t.db);
	other = await createTestSchool(t.db);
});
afterAll(() => t.close());

const KIND = /not allowed/i;

function expectRefused(outcome: { status: number; data?: unknown }) {
	expect(outcome.status).toBe(403);
	expect(JSON.stringify(outcome.data)).toMatch(KIND);
}

describe('a refusal inside a service is a 403, and nothing changes', () => {
	it("bulk approve with another class's item", async () => {
		await send(t.db, school.classes[1].pupils[0]!.actor, await classRoomId(t.db, school, 1), 'A clean message from class B');
		const [item] = await listQueue(t.db, school.classes[1].teacher.actor);
		const outcome = await callAction(
			routeFile('(staff)/staff/moderation/+page.server.ts'),
			'bulk',
			await visitorFor(t.db, school.classes[0].teacher.username),
			formBody({ item: [`${item!.id}:${item!.version}`] })
		);
		expectRefused(outcome);
		expect((await listQueue(t.db, school.classes[1].teacher.actor)).map((i) => i.id)).toContain(item!.id);
	});

	it("resetting another school's pupil's password", async () => {
		const pupil = other.classes[0].pupils[0]!;
		const [before] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, pupil.id));
		const outcome = await callAction(
			routeFile('(staff)/staff/classes/[classId]/+page.server.ts'),
			'resetPassword',
			await visitorFor(t.db, school.classes[0].teacher.username),
			{
				params: { classId: school.classes[0].id },
				...formBody({ pupilId: pupil.id, password: 'green-apple-42' })
			}
		);
		expectRefused(outcome);
		const [after] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, pupil.id));
		expect(after!.hash).toBe(before!.hash);
	});

	it("sharing another pupil's work", async () => {
		const made = await createWork(t.db, school.classes[0].pupils[1]!.actor, writing('My poem', 'The sea is blue.'), []);
		if (made.outcome !== 'created') throw new Error('work not made');
		const outcome = await callAction(
			routeFile('(pupil)/pupil/work/+page.server.ts'),
			'share',
			await visitorFor(t.db, school.classes[0].pupils[0]!.username),
			formBody({ workId: made.work.id })
		);
		expectRefused(outcome);
		const [row] = await t.db.select({ status: workItems.shareStatus }).from(workItems).where(eq(workItems.id, made.work.id));
		expect(row!.status).toBe('not-shared');
	});

	it("removing another class's contact", async () => {
		const contactId = await addContact(t.db, school, 'learning@castle.example', 'Castle Learning');
		const outcome = await callAction(
			routeFile('(staff)/staff/email/[classId]/contacts/+page.server.ts'),
			'remove',
			await visitorFor(t.db, school.classes[1].teacher.username),
			{
				params: { classId: school.classes[1].id },
				...formBody({ contactId })
			}
		);
		expectRefused(outcome);
		const still = await t.db
			.select()
			.from(emailContacts)
			.where(and(eq(emailContacts.id, contactId), isNull(emailContacts.removedAt)));
		expect(still).toHaveLength(1);
	});

	it("assigning a lesson to another school's pupil", async () => {
		const pupil = other.classes[0].pupils[0]!;
		const outcome = await callAction(
			routeFile('(staff)/staff/lessons/assign/+page.server.ts'),
			'default',
			await visitorFor(t.db, school.dsl.username),
			formBody({ lessonId: requireLessonBySlug(PRIVACY_7_11_SLUG).id, target: `pupil:${pupil.id}`, reason: 'teacher-choice' })
		);
		expectRefused(outcome);
		expect(await t.db.select().from(lessonAssignments).where(eq(lessonAssignments.pupilId, pupil.id))).toHaveLength(0);
	});
});
