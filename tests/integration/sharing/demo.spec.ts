// The demo school's families see one approved piece of their child's work on first start,
// and only their own child's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { seedDemo } from '../../../src/lib/server/schools/demo-seed';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { users } from '../../../src/lib/server/db/schema';
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
});
