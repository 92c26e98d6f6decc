// Every boundary the product promises, tried from the wrong side: another class, another
// family, another school, a lower role. Each call must be refused and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { getClassRoster, getPupilOverview, listClassesForStaff } from '../../../src/lib/server/schools/roster';
import { createClass, createParent, createPupil, linkParent, assignTeacher } from '../../../src/lib/server/schools/school-admin';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { classes, parentLinks, users } from '../../../src/lib/server/db/schema';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db);
	b = await createTestSchool(t.db);
});
afterAll(() => t.close());

const forbidden = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(AuthorizationError);

describe('class boundary', () => {
	it('lets a teacher read their own class roster with surnames', async () => {
		const roster = await getClassRoster(t.db, a.classes[0].teacher.actor, a.classes[0].id);
		expect(roster.pupils.map((p) => p.id).sort()).toEqual(a.classes[0].pupils.map((p) => p.id).sort());
		expect(roster.pupils[0]?.surname).toMatch(/^SurnameA/);
	});
	it("refuses a teacher another class's roster", () => forbidden(getClassRoster(t.db, a.classes[0].teacher.actor, a.classes[1].id)));
	it('lists only the classes a teacher teaches', async () => {
		const list = await listClassesForStaff(t.db, a.classes[1].teacher.actor);
		expect(list.map((c) => c.id)).toEqual([a.classes[1].id]);
	});
	it('refuses a pupil their classmate', () => forbidden(getPupilOverview(t.db, a.classes[0].pupils[0]!.actor, a.classes[0].pupils[1]!.id)));
	it('refuses a pupil the class roster', () => forbidden(getClassRoster(t.db, a.classes[0].pupils[0]!.actor, a.classes[0].id)));
});

describe('family boundary', () => {
	it('lets a parent see their own child by first name only', async () => {
		const child = a.classes[0].pupils[0]!;
		const view = await getPupilOverview(t.db, a.classes[0].parent.actor, child.id);
		expect(view).toEqual({ id: child.id, firstName: 'PupilA1', className: 'Class A' });
		expect(JSON.stringify(view)).not.toContain('Surname');
	});
	it("refuses a parent another family's child in the same class", () =>
		forbidden(getPupilOverview(t.db, a.classes[0].parent.actor, a.classes[0].pupils[1]!.id)));
	it('refuses a parent any class roster', () => forbidden(getClassRoster(t.db, a.classes[0].parent.actor, a.classes[0].id)));
});

describe('school boundary', () => {
	it("refuses a DSL another school's class", () => forbidden(getClassRoster(t.db, a.dsl.actor, b.classes[0].id)));
	it("refuses an admin another school's pupil", () => forbidden(getPupilOverview(t.db, a.admin.actor, b.classes[0].pupils[0]!.id)));
	it("refuses a parent another school's child", () => forbidden(getPupilOverview(t.db, a.classes[0].parent.actor, b.classes[0].pupils[0]!.id)));

	it("will not add a pupil to another school's class, and creates no account", async () => {
		await expect(
			createPupil(t.db, a.admin.actor, { username: 'sneaky.pupil', firstName: 'Sneaky', surname: 'Pupil', classId: b.classes[0].id, password: 'tiger77' })
		).rejects.toBeInstanceOf(InputError);
		const [row] = await t.db.select({ n: count() }).from(users).where(eq(users.username, 'sneaky.pupil'));
		expect(row?.n).toBe(0);
	});

	it("will not link a parent to another school's pupil", async () => {
		await expect(linkParent(t.db, a.admin.actor, a.classes[0].parent.id, b.classes[0].pupils[1]!.id)).rejects.toBeInstanceOf(InputError);
		const links = await t.db
			.select()
			.from(parentLinks)
			.where(and(eq(parentLinks.pupilId, b.classes[0].pupils[1]!.id), eq(parentLinks.parentId, a.classes[0].parent.id)));
		expect(links).toHaveLength(0);
	});

	it("will not create a parent for another school's pupil", async () => {
		await expect(
			createParent(t.db, a.admin.actor, {
				username: 'cross.parent',
				firstName: 'Cross',
				surname: 'Parent',
				pupilId: b.classes[0].pupils[0]!.id,
				password: 'lantern otter violet harbour'
			})
		).rejects.toBeInstanceOf(InputError);
	});

	it('will not assign a teacher from another school', async () => {
		await expect(assignTeacher(t.db, a.admin.actor, b.classes[0].teacher.id, a.classes[0].id)).rejects.toBeInstanceOf(InputError);
	});

	it('answers an unknown or malformed class id with not found', async () => {
		await expect(getClassRoster(t.db, a.dsl.actor, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
		await expect(getClassRoster(t.db, a.dsl.actor, "1' or '1'='1")).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('lower roles', () => {
	it('refuses school set-up to a teacher and a DSL, and creates nothing', async () => {
		for (const who of [a.classes[0].teacher, a.dsl]) {
			await forbidden(createClass(t.db, who.actor, { name: 'Rogue class', yearGroup: 4, mailboxLocalPart: 'rogue' }));
		}
		const rows = await t.db.select().from(classes).where(eq(classes.name, 'Rogue class'));
		expect(rows).toHaveLength(0);
	});

	it('lets the admin create a class, staff with a strong password, and a pupil', async () => {
		const classId = await createClass(t.db, a.admin.actor, { name: 'Year 2 Elm', yearGroup: 2, mailboxLocalPart: '2elm' });
		const pupilId = await createPupil(t.db, a.admin.actor, {
			username: `elm.${a.id.slice(0, 6)}`,
			firstName: 'Ada',
			surname: 'Lovelace',
			classId,
			password: 'rocket5'
		});
		const roster = await getClassRoster(t.db, a.admin.actor, classId);
		expect(roster.pupils.map((p) => p.id)).toEqual([pupilId]);
	});

	it('refuses a duplicate class mailbox with a clear message', async () => {
		await expect(createClass(t.db, a.admin.actor, { name: 'Another', yearGroup: 5, mailboxLocalPart: '5a' })).rejects.toThrow(/already exists/);
	});
});
