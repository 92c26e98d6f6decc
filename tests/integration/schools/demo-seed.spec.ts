import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { DEMO_PASSWORD, seedDemo } from '../../../src/lib/server/schools/demo-seed';
import { signIn } from '../../../src/lib/server/auth/login';
import { schools, users } from '../../../src/lib/server/db/schema';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { getClassRoster, listClassesForStaff } from '../../../src/lib/server/schools/roster';

let t: TestDatabase;
beforeAll(async () => {
	t = await openTestDatabase();
});
afterAll(() => t.close());

describe('demo seed', () => {
	it('seeds once and is idempotent', async () => {
		expect(await seedDemo(t.db)).toBe(true);
		expect(await seedDemo(t.db)).toBe(false);
		const [n] = await t.db.select({ n: count() }).from(schools);
		expect(n?.n).toBe(2);
	});

	it.each([
		'admin',
		'dsl',
		'teacher.oak',
		'teacher.ash',
		'pupil.oak.1',
		'pupil.oak.6',
		'pupil.ash.6',
		'parent.oak.1',
		'parent.ash.1',
		'riverside.admin',
		'riverside.teacher',
		'pupil.willow.1'
	])('lets %s sign in with the demo password', async (username) => {
		const r = await signIn(t.db, { username, password: DEMO_PASSWORD, ipAddress: '127.0.0.1' });
		expect(r.ok).toBe(true);
	});

	it('gives Year 5 Oak and Year 3 Ash six or more pupils and their teachers', async () => {
		const [teacher] = await t.db.select().from(users).where(eq(users.username, 'teacher.oak'));
		const actor = await loadActor(t.db, teacher!);
		const mine = await listClassesForStaff(t.db, actor);
		expect(mine.map((c) => c.name)).toEqual(['Year 5 Oak']);
		const roster = await getClassRoster(t.db, actor, mine[0]!.id);
		expect(roster.pupils.length).toBeGreaterThanOrEqual(6);
		const [dsl] = await t.db.select().from(users).where(eq(users.username, 'dsl'));
		const all = await listClassesForStaff(t.db, await loadActor(t.db, dsl!));
		expect(all.map((c) => c.name).sort()).toEqual(['Year 3 Ash', 'Year 5 Oak']);
		expect(all.every((c) => c.pupilCount >= 6)).toBe(true);
	});

	it('links parent.oak.1 to pupil.oak.1 only', async () => {
		const [parent] = await t.db.select().from(users).where(eq(users.username, 'parent.oak.1'));
		const [pupil] = await t.db.select().from(users).where(eq(users.username, 'pupil.oak.1'));
		const actor = await loadActor(t.db, parent!);
		expect(actor.childIds).toEqual([pupil!.id]);
	});
});
