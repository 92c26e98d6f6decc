// The year-end rollover on a real database: the preview writes nothing, the confirm moves
// Year 5 up and turns Year 6 leavers off in one audited transaction, last year's classes
// and rooms are archived (chat and email closed), a second confirm changes nothing, a
// stale preview is refused, and nobody but the school's own admin can do any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { confirmRollover, previewRollover } from '../../../src/lib/server/schools/rollover';
import { assignTeacher } from '../../../src/lib/server/schools/school-admin';
import { signIn } from '../../../src/lib/server/auth/login';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { ensureClassRoom, listRooms, openRoom } from '../../../src/lib/server/messaging/rooms';
import { sendClassEmail } from '../../../src/lib/server/email/send-email';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { ConflictError, InputError } from '../../../src/lib/server/errors';
import {
	academicYears,
	auditLog,
	classMemberships,
	classTeachers,
	classes,
	parentLinks,
	rooms,
	schools,
	sessions,
	users,
	yearRollovers
} from '../../../src/lib/server/db/schema';
import { academicYearContaining } from '../../../src/lib/domain/calendar';
import type { ClassChoice } from '../../../src/lib/domain/schools/rollover';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
// The factory's classes are in today's academic year; its rollover opens on 1 July.
const thisYear = academicYearContaining(new Date());
const july = new Date(Date.UTC(thisYear.startYear + 1, 6, 20, 12));
const september = new Date(Date.UTC(thisYear.startYear + 1, 8, 10, 12));

beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db, 3);
	b = await createTestSchool(t.db, 2);
	await t.db
		.update(schools)
		.set({ mailDomain: `mail.${a.id.slice(0, 8)}.example` })
		.where(eq(schools.id, a.id));
	// Class A is Year 5 "Year 5 Oak"; class B becomes Year 6, the leavers.
	await t.db.update(classes).set({ name: 'Year 5 Oak' }).where(eq(classes.id, a.classes[0].id));
	await t.db.update(classes).set({ name: 'Year 6 Elm', yearGroup: 6 }).where(eq(classes.id, a.classes[1].id));
	for (const c of a.classes) await ensureClassRoom(t.db, a.id, c.id);
}, 120_000);
afterAll(() => t.close());

const confirmation = (fingerprint: string, choices = new Map<string, ClassChoice>()) => ({ fromLabel: thisYear.label, fingerprint, early: false, choices });
const count = async (table: typeof classes | typeof users | typeof auditLog, schoolId: string) =>
	(await t.db.select().from(table).where(eq(table.schoolId, schoolId))).length;

describe('the rollover preview', () => {
	it('before July is early: the confirm needs the admin to say so, and changes nothing without it', async () => {
		const june = new Date(Date.UTC(thisYear.startYear + 1, 5, 30, 12));
		const preview = await previewRollover(t.db, a.admin.actor, new Map(), june);
		expect(preview).toMatchObject({ status: 'ready', early: true });
		if (preview.status !== 'ready') return;
		await expect(
			confirmRollover(t.db, a.admin.actor, { fromLabel: thisYear.label, fingerprint: preview.fingerprint, early: false, choices: new Map() }, june)
		).rejects.toThrow(/Term has not ended/);
		expect(await t.db.select().from(yearRollovers).where(eq(yearRollovers.schoolId, a.id))).toHaveLength(0);
	});

	it('shows the new classes, the leavers and the archive, and writes nothing', async () => {
		const before = { classes: await count(classes, a.id), audit: await count(auditLog, a.id) };
		const preview = await previewRollover(t.db, a.admin.actor, new Map(), july);
		expect(preview).toMatchObject({ status: 'ready', early: false });
		if (preview.status !== 'ready') return;
		expect(preview.plan.from.label).toBe(thisYear.label);
		expect(preview.plan.moves).toEqual([
			expect.objectContaining({ fromName: 'Year 5 Oak', toName: 'Year 6 Oak', toYearGroup: 6, toMailbox: '6oak', teacherIds: [a.classes[0].teacher.id] })
		]);
		expect(preview.plan.leavers[0]!.pupilIds.sort()).toEqual(a.classes[1].pupils.map((p) => p.id).sort());
		expect(preview.plan.counts).toMatchObject({ classesCreated: 1, pupilsMoved: 3, leavers: 3, classesArchived: 2, teachersCarried: 1 });
		expect({ classes: await count(classes, a.id), audit: await count(auditLog, a.id) }).toEqual(before);
	});

	it('refuses two new classes with the same name', async () => {
		await expect(
			previewRollover(t.db, a.admin.actor, new Map([[a.classes[0].id, { name: 'Year 6 Elm (' + thisYear.label + ')', carryTeachers: true }]]), july)
		).rejects.toThrow(/Two classes would be called/);
	});
});

describe('who may roll a year over', () => {
	it('is the school admin only: not a teacher, the DSL, a parent or another school’s admin', async () => {
		for (const actor of [a.classes[0].teacher.actor, a.dsl.actor, a.classes[0].parent.actor, a.classes[0].pupils[0]!.actor]) {
			await expect(previewRollover(t.db, actor, new Map(), july)).rejects.toBeInstanceOf(AuthorizationError);
			await expect(confirmRollover(t.db, actor, confirmation('x'), july)).rejects.toBeInstanceOf(AuthorizationError);
		}
		// Another school's admin rolls over their own school only: school A is untouched.
		const other = await previewRollover(t.db, b.admin.actor, new Map(), july);
		expect(other.status).toBe('ready');
		if (other.status === 'ready') expect(other.plan.moves.flatMap((m) => m.pupilIds)).not.toContain(a.classes[0].pupils[0]!.id);
		expect(await t.db.select().from(yearRollovers).where(eq(yearRollovers.schoolId, a.id))).toHaveLength(0);
	});
});

describe('confirming the rollover', () => {
	it('refuses a preview made before the school changed, and changes nothing', async () => {
		const preview = await previewRollover(t.db, a.admin.actor, new Map(), july);
		if (preview.status !== 'ready') throw new Error('expected a plan');
		const [extra] = await t.db.insert(classes).values({ schoolId: a.id, name: 'Year 2 Hazel', yearGroup: 2, mailboxLocalPart: '2hazel' }).returning();
		await expect(confirmRollover(t.db, a.admin.actor, confirmation(preview.fingerprint), july)).rejects.toBeInstanceOf(ConflictError);
		await t.db.delete(classes).where(eq(classes.id, extra!.id));
		expect(await t.db.select().from(yearRollovers).where(eq(yearRollovers.schoolId, a.id))).toHaveLength(0);
		expect(
			await t.db
				.select()
				.from(classes)
				.where(and(eq(classes.schoolId, a.id), isNull(classes.archivedAt)))
		).toHaveLength(2);
	});

	it('refuses a bad class name with a clear message and changes nothing', async () => {
		const preview = await previewRollover(t.db, a.admin.actor, new Map(), july);
		if (preview.status !== 'ready') throw new Error('expected a plan');
		const choices = new Map<string, ClassChoice>([[a.classes[0].id, { name: '<script>', carryTeachers: true }]]);
		await expect(confirmRollover(t.db, a.admin.actor, confirmation(preview.fingerprint, choices), july)).rejects.toThrow(/cannot be a class name/);
		expect(await t.db.select().from(yearRollovers).where(eq(yearRollovers.schoolId, a.id))).toHaveLength(0);
	});

	it('moves pupils up, turns leavers off and archives last year in one audited step', async () => {
		const leaver = a.classes[1].pupils[0]!;
		const signedIn = await signIn(t.db, { username: leaver.username, password: TEST_PASSWORD, ipAddress: '10.7.0.1' });
		expect(signedIn.ok).toBe(true);
		const preview = await previewRollover(t.db, a.admin.actor, new Map(), july);
		if (preview.status !== 'ready') throw new Error('expected a plan');
		const choices = new Map<string, ClassChoice>([[a.classes[0].id, { name: 'Year 6 Willow', carryTeachers: false }]]);
		const result = await confirmRollover(t.db, a.admin.actor, confirmation(preview.fingerprint, choices), july);
		expect(result).toMatchObject({ changed: true, counts: { classesCreated: 1, pupilsMoved: 3, leavers: 3, classesArchived: 2, teachersCarried: 0 } });

		const [next] = await t.db
			.select()
			.from(academicYears)
			.where(
				and(eq(academicYears.schoolId, a.id), eq(academicYears.label, `${thisYear.startYear + 1}/${String((thisYear.startYear + 2) % 100).padStart(2, '0')}`))
			);
		const [willow] = await t.db
			.select()
			.from(classes)
			.where(and(eq(classes.schoolId, a.id), eq(classes.name, 'Year 6 Willow')));
		expect(willow).toMatchObject({ yearGroup: 6, archivedAt: null });
		const members = await t.db.select().from(classMemberships).where(eq(classMemberships.academicYearId, next!.id));
		expect(members.map((m) => m.pupilId).sort()).toEqual(a.classes[0].pupils.map((p) => p.id).sort());
		expect(members.every((m) => m.classId === willow!.id)).toBe(true);
		// The admin cleared the teachers: the new class has none yet.
		expect(await t.db.select().from(classTeachers).where(eq(classTeachers.classId, willow!.id))).toHaveLength(0);

		// Leavers: turned off, sessions ended, records and parent links kept.
		const leavers = await t.db
			.select()
			.from(users)
			.where(
				inArray(
					users.id,
					a.classes[1].pupils.map((p) => p.id)
				)
			);
		expect(leavers.every((u) => u.disabledAt && u.leftAt)).toBe(true);
		expect(await t.db.select().from(sessions).where(eq(sessions.userId, leaver.id))).toHaveLength(0);
		expect(await signIn(t.db, { username: leaver.username, password: TEST_PASSWORD, ipAddress: '10.7.0.1' })).toMatchObject({ ok: false });
		expect(await t.db.select().from(parentLinks).where(eq(parentLinks.pupilId, leaver.id))).toHaveLength(1);

		// Last year's classes: archived under their year, mailboxes freed, rooms closed.
		const old = await t.db
			.select()
			.from(classes)
			.where(
				inArray(
					classes.id,
					a.classes.map((c) => c.id)
				)
			);
		expect(old.map((c) => c.name).sort()).toEqual([`Year 5 Oak (${thisYear.label})`, `Year 6 Elm (${thisYear.label})`]);
		expect(old.every((c) => c.archivedAt)).toBe(true);
		const oldRooms = await t.db
			.select()
			.from(rooms)
			.where(
				inArray(
					rooms.classId,
					a.classes.map((c) => c.id)
				)
			);
		expect(oldRooms.length).toBeGreaterThan(0);
		expect(oldRooms.every((r) => r.archivedAt)).toBe(true);

		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.schoolId, a.id), eq(auditLog.action, 'school.year_rolled_over')));
		expect(audit!.details).toMatchObject({ from: thisYear.label, leavers: 3, pupilsMoved: 3 });
	});

	it('closes last year’s chat and mailbox, and opens the new class in September', async () => {
		const pupil = a.classes[0].pupils[0]!;
		const user = { id: pupil.id, schoolId: a.id, role: 'pupil' as const, username: pupil.username, firstName: '', surname: '' };
		// Still July: the pupil's class is last year's, which is archived.
		const inJuly = await loadActor(t.db, user, july);
		expect(inJuly.classId).toBe(a.classes[0].id);
		expect(await listRooms(t.db, inJuly)).toEqual([]);
		const [oldRoom] = await t.db.select().from(rooms).where(eq(rooms.classId, a.classes[0].id));
		await expect(openRoom(t.db, inJuly, oldRoom!.id, 'chat.send')).rejects.toThrow(/does not exist/);
		await expect(
			sendClassEmail(t.db, inJuly, a.classes[0].id, { to: 'x', subject: 'Hello', body: 'Hello there', clientKey: crypto.randomUUID() } as never)
		).rejects.toBeInstanceOf(InputError);
		const inSeptember = await loadActor(t.db, user, september);
		const [willow] = await t.db
			.select()
			.from(classes)
			.where(and(eq(classes.schoolId, a.id), eq(classes.name, 'Year 6 Willow')));
		expect(inSeptember.classId).toBe(willow!.id);
		expect((await listRooms(t.db, inSeptember)).map((r) => r.classId)).toEqual([willow!.id]);
	});

	it('gives a summer-made class its teacher for next year, and refuses an archived class', async () => {
		const [willow] = await t.db
			.select()
			.from(classes)
			.where(and(eq(classes.schoolId, a.id), eq(classes.name, 'Year 6 Willow')));
		const teacher = a.classes[0].teacher;
		await assignTeacher(t.db, a.admin.actor, teacher.id, willow!.id);
		const [row] = await t.db
			.select({ label: academicYears.label })
			.from(classTeachers)
			.innerJoin(academicYears, eq(academicYears.id, classTeachers.academicYearId))
			.where(eq(classTeachers.classId, willow!.id));
		expect(row!.label).not.toBe(thisYear.label);
		const inSeptember = await loadActor(
			t.db,
			{ id: teacher.id, schoolId: a.id, role: 'teacher', username: teacher.username, firstName: '', surname: '' },
			september
		);
		expect(inSeptember.teachesClassIds).toEqual([willow!.id]);
		await expect(assignTeacher(t.db, a.admin.actor, teacher.id, a.classes[1].id)).rejects.toBeInstanceOf(InputError);
	});

	it('changes nothing when confirmed again for the same year', async () => {
		const before = { classes: await count(classes, a.id), users: await count(users, a.id), audit: await count(auditLog, a.id) };
		const preview = await previewRollover(t.db, a.admin.actor, new Map(), july);
		expect(preview.status).toBe('done');
		const again = await confirmRollover(t.db, a.admin.actor, confirmation(preview.status === 'done' ? 'any' : ''), july);
		expect(again.changed).toBe(false);
		// In September, confirming the same year again still changes nothing; the new year's
		// own rollover is offered, early.
		expect(await confirmRollover(t.db, a.admin.actor, confirmation('any'), september)).toMatchObject({ changed: false });
		expect(await previewRollover(t.db, a.admin.actor, new Map(), september)).toMatchObject({
			status: 'ready',
			early: true,
			plan: { from: { startYear: thisYear.startYear + 1 } }
		});
		expect({ classes: await count(classes, a.id), users: await count(users, a.id), audit: await count(auditLog, a.id) }).toEqual(before);
	});

	it('left the other school alone', async () => {
		const theirs = await t.db.select().from(classes).where(eq(classes.schoolId, b.id));
		expect(theirs.every((c) => !c.archivedAt)).toBe(true);
		expect((await t.db.select().from(users).where(eq(users.schoolId, b.id))).every((u) => !u.disabledAt)).toBe(true);
	});

	it('lets a school that missed July roll last year over in September, not early', async () => {
		const late = await previewRollover(t.db, b.admin.actor, new Map(), september);
		expect(late).toMatchObject({ status: 'ready', early: false, plan: { from: { label: thisYear.label } } });
		if (late.status !== 'ready') return;
		const done = await confirmRollover(
			t.db,
			b.admin.actor,
			{ fromLabel: thisYear.label, fingerprint: late.fingerprint, early: false, choices: new Map() },
			september
		);
		expect(done).toMatchObject({ changed: true, counts: { pupilsMoved: 4, leavers: 0 } });
		const pupil = b.classes[0].pupils[0]!;
		const actor = await loadActor(t.db, { id: pupil.id, schoolId: b.id, role: 'pupil', username: pupil.username, firstName: '', surname: '' }, september);
		const [moved] = await t.db.select().from(classes).where(eq(classes.id, actor.classId!));
		expect(moved).toMatchObject({ schoolId: b.id, yearGroup: 6, archivedAt: null });
	});
});
