// Class announcements against a real SMTP sink: a teacher writes to the families of their
// class; each family is emailed one sentence (never the note), reads the note after signing
// in, and the teacher sees how many have. Tried from another class, another family, another
// school and lower roles; writing is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { giveAddresses, startSink, to, type Sink } from './support';
import { processOutbox } from '../../../src/lib/server/email/outbox';
import { savePreferences } from '../../../src/lib/server/notifications/preferences';
import {
	listClassAnnouncements,
	listFamilyAnnouncements,
	markAnnouncementsRead,
	postAnnouncement
} from '../../../src/lib/server/notifications/class-announcements';
import { auditLog, notifications } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { NotFoundError } from '../../../src/lib/server/errors';
import { announcementSchema } from '../../../src/lib/domain/notifications/inputs';

let t: TestDatabase;
let sink: Sink;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	sink = await startSink();
	s = await createTestSchool(t.db, 3);
	other = await createTestSchool(t.db, 1);
	await giveAddresses(t.db, s, [...s.classes[0].parents, ...s.classes[1].parents]);
});
afterAll(async () => {
	await sink.close();
	await t.close();
});

const note = (classId: string, title = 'Trip to the museum on Friday') =>
	announcementSchema.parse({ classId, title, body: 'Please send a packed lunch and a coat. We leave at 9:15 and are back by 3.' });

describe('class announcements', () => {
	it('reaches every family of the class by one-sentence email, counts readers, and is audited', async () => {
		const cls = s.classes[0];
		const { id, told } = await postAnnouncement(t.db, cls.teacher.actor, note(cls.id));
		expect(told).toBe(3);
		await processOutbox(t.db, sink.url, new Date());
		for (const parent of cls.parents) {
			const mail = to(sink, parent);
			expect(mail).toHaveLength(1);
			expect(mail[0]!.parsed.text).toContain('Your child’s class teacher has written to the families of the class.');
			expect(mail[0]!.parsed.text).not.toContain('packed lunch');
		}
		for (const parent of s.classes[1].parents) expect(to(sink, parent)).toHaveLength(0);

		expect((await listClassAnnouncements(t.db, cls.teacher.actor, cls.id))[0]).toMatchObject({ id, read: 0, families: 3 });
		const seen = await listFamilyAnnouncements(t.db, cls.parents[0]!.actor);
		expect(seen).toEqual([expect.objectContaining({ id, read: false, title: 'Trip to the museum on Friday' })]);
		expect(await markAnnouncementsRead(t.db, cls.parents[0]!.actor, [id])).toBe(1);
		// Reading it counts as opening this family's notifications about it, and only theirs.
		const rows = await t.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.targetType, 'announcement'), eq(notifications.targetId, id)));
		expect(rows.filter((n) => n.openedAt).map((n) => n.userId)).toEqual(rows.filter((n) => n.userId === cls.parents[0]!.id).map((n) => n.userId));
		expect(rows.some((n) => n.userId === cls.parents[0]!.id)).toBe(true);
		expect(await markAnnouncementsRead(t.db, cls.parents[0]!.actor, [id])).toBe(0);
		expect((await listFamilyAnnouncements(t.db, cls.parents[0]!.actor))[0]!.read).toBe(true);
		expect((await listClassAnnouncements(t.db, s.admin.actor, cls.id))[0]).toMatchObject({ read: 1, families: 3 });

		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'announcement.posted')));
		expect(audit?.details).toMatchObject({ classId: cls.id, families: 3 });
	});

	it('emails nobody who turned these notes off, but they can still read them', async () => {
		const cls = s.classes[1];
		const parent = cls.parents[0]!;
		await savePreferences(t.db, parent.actor, { email: `${parent.username}@homes.example`, 'topic-family-work': 'on', 'topic-family-reminders': 'on' });
		await postAnnouncement(t.db, cls.teacher.actor, note(cls.id, 'Swimming starts next week'));
		await processOutbox(t.db, sink.url, new Date());
		expect(to(sink, parent)).toHaveLength(0);
		expect(to(sink, cls.parents[1]!)).toHaveLength(1);
		expect((await listFamilyAnnouncements(t.db, parent.actor)).map((a) => a.title)).toEqual(['Swimming starts next week']);
	});

	it('keeps to the class, the family and the school', async () => {
		const [a, b] = s.classes;
		// A teacher writes only to their own class; the DSL, parents and pupils not at all.
		await expect(postAnnouncement(t.db, a.teacher.actor, note(b.id))).rejects.toBeInstanceOf(AuthorizationError);
		for (const actor of [s.dsl.actor, a.parent.actor, a.pupils[0]!.actor]) {
			await expect(postAnnouncement(t.db, actor, note(a.id))).rejects.toBeInstanceOf(AuthorizationError);
		}
		// Another school cannot write to it or read it, even with its id.
		await expect(postAnnouncement(t.db, other.admin.actor, note(a.id))).rejects.toBeInstanceOf(NotFoundError);
		await expect(listClassAnnouncements(t.db, other.classes[0].teacher.actor, a.id)).rejects.toBeInstanceOf(NotFoundError);
		// A family sees only its own children's classes, and cannot mark another class's note read.
		const mine = await listFamilyAnnouncements(t.db, b.parents[1]!.actor);
		expect(mine.every((x) => x.className !== undefined && x.title !== 'Trip to the museum on Friday')).toBe(true);
		const aNote = (await listClassAnnouncements(t.db, a.teacher.actor, a.id))[0]!;
		expect(await markAnnouncementsRead(t.db, b.parents[1]!.actor, [aNote.id])).toBe(0);
		expect(await markAnnouncementsRead(t.db, other.classes[0].parent.actor, [aNote.id])).toBe(0);
		expect(await listFamilyAnnouncements(t.db, other.classes[0].parent.actor)).toEqual([]);
		await expect(listFamilyAnnouncements(t.db, a.teacher.actor)).rejects.toBeInstanceOf(AuthorizationError);
	});

	it('refuses bad input at the edge', () => {
		expect(announcementSchema.safeParse({ classId: s.classes[0].id, title: 'x', body: 'A long enough body.' }).success).toBe(false);
		expect(announcementSchema.safeParse({ classId: s.classes[0].id, title: 'Fine title', body: 'x'.repeat(4001) }).success).toBe(false);
		expect(announcementSchema.safeParse({ classId: 'nope', title: 'Fine title', body: 'A long enough body.' }).success).toBe(false);
	});
});
