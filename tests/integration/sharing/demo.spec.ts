// The demo school's families see one approved piece of their child's work on first start,
// and only their own child's. It was made, shared and approved through the services, so its
// audit trail is there and a child whose family has not agreed to sharing shares nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { seedDemo } from '../../../src/lib/server/schools/demo-seed';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { auditLog, reviewHistory, reviewItems, users, workItems } from '../../../src/lib/server/db/schema';
import { listFamilyWork } from '../../../src/lib/server/sharing/family';

let t: TestDatabase;
beforeAll(async () => {
	t = await openTestDatabase();
	await seedDemo(t.db);
});
afterAll(() => t.close());

async function actorFor(username: string) {
	const [u] = await t.db.select().from(users).where(eq(users.username, username));
	return loadActor(t.db, { id: u!.id, schoolId: u!.schoolId, role: u!.role, username, firstName: u!.firstName, surname: u!.surname });
}

describe('demo shared work', () => {
	it('shows each demo parent their own child promise, approved', async () => {
		for (const username of ['parent.oak.1', 'parent.ash.1', 'parent.willow.1']) {
			const parent = await actorFor(username);
			const seen = await listFamilyWork(t.db, parent);
			expect(Object.keys(seen)).toEqual([...parent.childIds]);
			expect(
				Object.values(seen)
					.flat()
					.map((w) => w.title)
			).toEqual(['My online safety promise']);
		}
	});

	it('was written, shared and approved through the services: audited, with the queue history, and none for a child without the agreement', async () => {
		const amira = await actorFor('pupil.oak.1');
		const [work] = await t.db.select().from(workItems).where(eq(workItems.pupilId, amira.userId));
		expect(work).toMatchObject({ shareStatus: 'approved', verdict: 'allow' });
		const audit = await t.db
			.select({ action: auditLog.action, actorId: auditLog.actorId })
			.from(auditLog)
			.where(and(eq(auditLog.targetId, work!.id), inArray(auditLog.action, ['work.created', 'work.shared', 'moderation.approve'])));
		const teacher = await actorFor('teacher.oak');
		expect(audit.map((a) => `${a.action} by ${a.actorId === amira.userId ? 'pupil' : a.actorId === teacher.userId ? 'teacher' : a.actorId}`).sort()).toEqual([
			'moderation.approve by teacher',
			'work.created by pupil',
			'work.shared by pupil'
		]);
		const [item] = await t.db.select({ id: reviewItems.id }).from(reviewItems).where(eq(reviewItems.targetId, work!.id));
		const history = await t.db.select({ action: reviewHistory.action }).from(reviewHistory).where(eq(reviewHistory.itemId, item!.id));
		expect(history.map((h) => h.action)).toEqual(['submit', 'approve']);
		// pupil.oak.6 (Noah): his parent has not signed, so sharing is closed to him.
		const noah = await actorFor('pupil.oak.6');
		expect(await t.db.select().from(workItems).where(eq(workItems.pupilId, noah.userId))).toEqual([]);
	});
});
