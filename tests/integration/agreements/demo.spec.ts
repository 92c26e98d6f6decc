// The demo school shows both sides of the gate: every pupil and family has signed except
// pupil.oak.6's parent (parent.oak.6), so that pupil's chat is closed; staff have signed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { seedDemo } from '../../../src/lib/server/schools/demo-seed';
import { users } from '../../../src/lib/server/db/schema';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { ALL_CLOSED, ALL_OPEN, pupilFeatures } from './support';

let t: TestDatabase;
beforeAll(async () => {
	t = await openTestDatabase();
	await seedDemo(t.db);
});
afterAll(() => t.close());

const actorFor = async (username: string) => {
	const [user] = await t.db.select().from(users).where(eq(users.username, username));
	return loadActor(t.db, user!);
};

describe('demo agreements', () => {
	it.each(['pupil.oak.1', 'pupil.oak.7', 'pupil.ash.1', 'pupil.ash.6', 'pupil.willow.3'])('lets %s use chat, email and sharing', async (username) => {
		expect(pupilFeatures(await actorFor(username))).toEqual(ALL_OPEN);
	});

	it("keeps pupil.oak.6's gate closed because their parent has not signed", async () => {
		const actor = await actorFor('pupil.oak.6');
		expect(actor.gate.missing).toEqual(['parent-agreement', 'parent-consent']);
		expect(pupilFeatures(actor)).toEqual(ALL_CLOSED);
		const parent = await actorFor('parent.oak.6');
		expect(parent.childIds).toEqual([actor.userId]);
	});

	it.each(['admin', 'dsl', 'teacher.oak', 'teacher.ash', 'riverside.admin', 'riverside.teacher'])('has %s signed', async (username) => {
		expect((await actorFor(username)).gate.open).toBe(true);
	});
});
