// Who may write, to whom, and who may read: every rule tried from the wrong side (another
// class, another school, a lower role, a closed agreements gate), plus the screen's
// refusals and internal delivery between classes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { addContact, key, withMailDomain } from './support';
import { sendClassEmail } from '../../../src/lib/server/email/send-email';
import { approveContact, listContacts, removeContact } from '../../../src/lib/server/email/contacts';
import { listMailbox, readEmail } from '../../../src/lib/server/email/views';
import { recipientOptions } from '../../../src/lib/server/email/mailboxes';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { blockedAttempts, emails, reviewItems } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import type { Actor } from '../../../src/lib/domain/auth/permissions';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let unsigned: TestSchool;
let contactId: string;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	other = await createTestSchool(t.db, 1);
	unsigned = await createTestSchool(t.db, 1, { unsigned: true });
	for (const school of [s, other, unsigned]) await withMailDomain(t.db, school);
	contactId = await addContact(t.db, s);
});
afterAll(() => t.close());

const A = () => s.classes[0];
const B = () => s.classes[1];
const write = (actor: Actor, classId: string, to: string, subject = 'Hello', body = 'We are learning about rivers.') =>
	sendClassEmail(t.db, actor, classId, { to, subject, body, clientKey: key() });

describe('who may write', () => {
	it('refuses a pupil writing from another class, another school, a parent, the DSL and a gated pupil', async () => {
		await expect(write(B().pupils[0]!.actor, A().id, `contact:${contactId}`)).rejects.toThrow(AuthorizationError);
		await expect(write(other.classes[0].pupils[0]!.actor, A().id, `contact:${contactId}`)).rejects.toThrow(AuthorizationError);
		await expect(write(A().parent.actor, A().id, `contact:${contactId}`)).rejects.toThrow(AuthorizationError);
		await expect(write(s.dsl.actor, A().id, `contact:${contactId}`)).rejects.toThrow(AuthorizationError);
		await expect(write(unsigned.classes[0].pupils[0]!.actor, unsigned.classes[0].id, `class:${unsigned.classes[1].id}`)).rejects.toThrow(AuthorizationError);
		await expect(write(A().pupils[0]!.actor, '00000000-0000-4000-8000-000000000000', `contact:${contactId}`)).rejects.toThrow(NotFoundError);
		expect((await t.db.select({ n: count() }).from(emails).where(eq(emails.classId, A().id)))[0]!.n).toBe(0);
	});

	it('accepts only listed recipients: not the own class, another class’s contact, another school’s class or a removed contact', async () => {
		const bContact = await approveContact(t.db, B().teacher.actor, B().id, { name: 'Zoo', address: 'hello@zoo.example', reason: 'Animals topic' });
		const removed = await approveContact(t.db, A().teacher.actor, A().id, { name: 'Old pen pal', address: 'old@penpal.example', reason: 'Last year' });
		await removeContact(t.db, A().teacher.actor, removed);
		for (const to of [
			`class:${A().id}`,
			`contact:${bContact}`,
			`class:${other.classes[0].id}`,
			`contact:${removed}`,
			`contact:00000000-0000-4000-8000-000000000000`
		]) {
			await expect(write(A().pupils[0]!.actor, A().id, to)).rejects.toThrow(InputError);
		}
		const options = await recipientOptions(t.db, s.id, A().id);
		expect(options.map((o) => o.label)).toEqual(['Class B', 'Museum Learning Team']);
	});

	it('refuses a personal detail at once, logs it, and queues nothing', async () => {
		const pupil = A().pupils[1]!;
		const result = await write(pupil.actor, A().id, `contact:${contactId}`, 'Visit', 'Our school is at 12 Station Road, ring 07700 900123');
		expect(result.outcome).toBe('blocked');
		if (result.outcome !== 'blocked') return;
		expect(result.reason).toMatch(/phone/i);
		// Offsets point into the text the teacher would have seen: "Subject: …\n\n…".
		expect(result.findings.every((f) => f.start >= 'Subject: Visit\n\n'.length)).toBe(true);
		const [blocked] = await t.db.select().from(blockedAttempts).where(eq(blockedAttempts.authorId, pupil.id));
		expect(blocked).toMatchObject({ channel: 'email', classId: A().id });
		expect(blocked!.body.startsWith('Subject: Visit\n\n')).toBe(true);
		expect((await t.db.select({ n: count() }).from(emails).where(eq(emails.authorId, pupil.id)))[0]!.n).toBe(0);
	});

	it("refuses a pupil's own name, because class email is not named", async () => {
		await expect(write(A().pupils[2]!.actor, A().id, `contact:${contactId}`, 'Hi', 'Thank you! From PupilA3')).rejects.toThrow(/leave your name out/);
	});

	it('holds a chain letter for the teacher with the finding highlighted', async () => {
		const r = await write(A().pupils[2]!.actor, A().id, `contact:${contactId}`, 'Lucky letter', 'Send this to 10 people or you will have bad luck');
		expect(r.outcome).toBe('waiting');
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body.startsWith('Subject: Lucky letter'))!;
		expect(item.verdict).toBe('hold');
		expect(item.findings.map((f) => f.kind)).toContain('chain');
	});

	it('stores one email for a repeated send with the same key', async () => {
		const input = { to: `contact:${contactId}`, subject: 'Once only', body: 'Hello', clientKey: key() };
		const first = await sendClassEmail(t.db, A().pupils[0]!.actor, A().id, input);
		const again = await sendClassEmail(t.db, A().pupils[0]!.actor, A().id, input);
		expect(again).toEqual(first);
		expect((await t.db.select({ n: count() }).from(emails).where(eq(emails.subject, 'Once only')))[0]!.n).toBe(1);
	});
});

describe('internal email between classes', () => {
	it('lands in the other class’s inbox once approved, without the writer’s name', async () => {
		await write(A().pupils[0]!.actor, A().id, `class:${B().id}`, 'Rivers project', 'Would you like to share river photos?');
		expect((await listMailbox(t.db, B().pupils[0]!.actor, B().id)).map((e) => e.subject)).not.toContain('Rivers project');
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body.startsWith('Subject: Rivers project'))!;
		expect(await listQueue(t.db, B().teacher.actor)).not.toContainEqual(expect.objectContaining({ id: item.id }));
		await expect(decideItem(t.db, B().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version })).rejects.toThrow(
			AuthorizationError
		);
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		const received = (await listMailbox(t.db, B().pupils[0]!.actor, B().id)).find((e) => e.subject === 'Rivers project')!;
		expect(received).toMatchObject({ folder: 'inbox', counterpart: 'Class A', writer: null });
		expect((await listMailbox(t.db, B().teacher.actor, B().id)).find((e) => e.id === received.id)!.writer).toBeNull();
	});

	it('goes to the DSL when escalated and is not delivered', async () => {
		await write(A().pupils[1]!.actor, A().id, `class:${B().id}`, 'Worried', 'Someone online asked me to keep a secret from my mum');
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body.startsWith('Subject: Worried'))!;
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'escalate', expectedVersion: item.version });
		expect((await listQueue(t.db, s.dsl.actor)).map((i) => i.id)).toContain(item.id);
		expect((await listMailbox(t.db, B().pupils[0]!.actor, B().id)).map((e) => e.subject)).not.toContain('Worried');
		const [row] = await t.db
			.select()
			.from(emails)
			.where(and(eq(emails.subject, 'Worried'), eq(emails.folder, 'sent')));
		expect(row!.status).toBe('escalated');
	});
});

describe('who may read', () => {
	it('keeps each mailbox to its class, its teachers and the DSL', async () => {
		const [one] = await t.db.select().from(emails).where(eq(emails.classId, A().id)).limit(1);
		await expect(listMailbox(t.db, B().pupils[0]!.actor, A().id)).rejects.toThrow(AuthorizationError);
		await expect(listMailbox(t.db, B().teacher.actor, A().id)).rejects.toThrow(AuthorizationError);
		await expect(listMailbox(t.db, A().parent.actor, A().id)).rejects.toThrow(AuthorizationError);
		await expect(listMailbox(t.db, s.admin.actor, A().id)).rejects.toThrow(AuthorizationError);
		await expect(listMailbox(t.db, other.dsl.actor, A().id)).rejects.toThrow(AuthorizationError);
		await expect(readEmail(t.db, B().pupils[0]!.actor, one!.id)).rejects.toThrow(NotFoundError);
		await expect(readEmail(t.db, other.classes[0].teacher.actor, one!.id)).rejects.toThrow(NotFoundError);
		expect((await listMailbox(t.db, s.dsl.actor, A().id)).length).toBeGreaterThan(0);
	});

	it("hides a classmate's waiting email and everyone's writer from pupils", async () => {
		const mine = await listMailbox(t.db, A().pupils[0]!.actor, A().id);
		expect(mine.every((e) => e.writer === null)).toBe(true);
		expect(mine.filter((e) => e.status === 'pending').every((e) => e.mine)).toBe(true);
		const staff = await listMailbox(t.db, A().teacher.actor, A().id);
		expect(staff.filter((e) => e.folder === 'sent').every((e) => e.writer !== null)).toBe(true);
	});
});

describe('approved contacts', () => {
	it('are managed by the class teacher or an admin only, with a reason', async () => {
		const input = { name: 'Author', address: 'author@books.example', reason: 'Class novel' };
		await expect(approveContact(t.db, B().teacher.actor, A().id, input)).rejects.toThrow(AuthorizationError);
		await expect(approveContact(t.db, A().pupils[0]!.actor, A().id, input)).rejects.toThrow(AuthorizationError);
		await expect(approveContact(t.db, s.dsl.actor, A().id, input)).rejects.toThrow(AuthorizationError);
		await expect(approveContact(t.db, other.admin.actor, A().id, input)).rejects.toThrow(AuthorizationError);
		await approveContact(t.db, s.admin.actor, A().id, input);
		await expect(approveContact(t.db, A().teacher.actor, A().id, input)).rejects.toThrow(/already an approved contact/);
		const listed = (await listContacts(t.db, A().teacher.actor, A().id)).find((c) => c.address === 'author@books.example')!;
		expect(listed).toMatchObject({ reason: 'Class novel', approvedBy: 'Admin Tester' });
		await expect(removeContact(t.db, B().teacher.actor, listed.id)).rejects.toThrow(AuthorizationError);
		await expect(removeContact(t.db, other.admin.actor, listed.id)).rejects.toThrow(NotFoundError);
	});

	it('lets a teacher write to them at once, screened and without a queue item', async () => {
		const r = await write(A().teacher.actor, A().id, `contact:${contactId}`, 'From the teacher', 'Thank you for the worksheets.');
		expect(r.outcome).toBe('sent');
		if (r.outcome !== 'sent') return;
		expect((await t.db.select({ n: count() }).from(reviewItems).where(eq(reviewItems.targetId, r.emailId)))[0]!.n).toBe(0);
		const blocked = await write(A().teacher.actor, A().id, `contact:${contactId}`, 'Details', 'A pupil lives at 4 Mill Lane, AB1 2CD');
		expect(blocked.outcome).toBe('blocked');
	});
});
