// The vertical slice on a real database and a real SMTP sink: a pupil writes to an
// approved contact, the teacher approves in the one review queue, the outbox worker sends
// it over SMTP from the class address, and nothing about the pupil leaves the school.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { addContact, key, startSink, withMailDomain, type Sink } from './support';
import { sendClassEmail } from '../../../src/lib/server/email/send-email';
import { processOutbox } from '../../../src/lib/server/email/outbox';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { listMailbox, readEmail } from '../../../src/lib/server/email/views';
import { REJECTION_REASONS } from '../../../src/lib/domain/moderation/reasons';
import { auditLog, emailOutbox, emails, schools } from '../../../src/lib/server/db/schema';

let t: TestDatabase;
let s: TestSchool;
let sink: Sink;
let contactId: string;
let addressA: string;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	({ addressA } = await withMailDomain(t.db, s));
	contactId = await addContact(t.db, s);
	sink = await startSink();
});
afterAll(async () => {
	await sink.close();
	await t.close();
});

const A = () => s.classes[0];

async function approveQueued(subject: string) {
	const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body.startsWith(`Subject: ${subject}\n\n`))!;
	expect(item).toBeDefined();
	await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
	return item;
}

describe('a pupil email to an approved contact', () => {
	it('waits for the teacher, then leaves from the class address with no trace of the pupil', async () => {
		const writer = A().pupils[0]!;
		const sent = await sendClassEmail(t.db, writer.actor, A().id, {
			to: `contact:${contactId}`,
			subject: 'Our Roman shields',
			body: 'We made shields from card. Could you tell us what real ones were made of?',
			clientKey: key()
		});
		expect(sent.outcome).toBe('waiting');
		await processOutbox(t.db, sink.url);
		expect(sink.messages).toHaveLength(0);

		const item = await approveQueued('Our Roman shields');
		expect(item.targetType).toBe('email');
		expect(item.title).toContain('learning@museum.example');
		expect(item.authorName).toBe('PupilA1 SurnameA1');

		const run = await processOutbox(t.db, sink.url);
		expect(run.sent).toBe(1);
		const [msg] = sink.messages;
		expect(msg!.from).toBe(addressA);
		expect(msg!.to).toEqual(['learning@museum.example']);
		const [school] = await t.db.select({ name: schools.name }).from(schools).where(eq(schools.id, s.id));
		expect(msg!.parsed.from!.value).toEqual([{ address: addressA, name: school!.name }]);
		expect(msg!.parsed.headers.get('sender')).toBeUndefined();
		expect(msg!.parsed.replyTo).toBeUndefined();
		expect(msg!.parsed.messageId).toMatch(new RegExp(`@${addressA.split('@')[1]!.replace(/\./g, '\\.')}>$`));
		expect(msg!.parsed.text?.trim()).toBe('We made shields from card. Could you tell us what real ones were made of?');
		for (const needle of ['PupilA1', 'SurnameA1', writer.username, writer.id]) expect(msg!.raw).not.toContain(needle);

		const [outbox] = await t.db
			.select()
			.from(emailOutbox)
			.where(eq(emailOutbox.emailId, sent.outcome === 'waiting' ? sent.emailId : ''));
		expect(outbox).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
		const audits = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, outbox!.emailId!));
		expect(audits.map((a) => a.action).sort()).toEqual(['email.sent', 'email.submitted', 'moderation.approve']);
	});

	it('shows staff who wrote it, and classmates only that the class sent it', async () => {
		const teacherView = (await listMailbox(t.db, A().teacher.actor, A().id)).find((e) => e.subject === 'Our Roman shields')!;
		expect(teacherView.writer).toBe('PupilA1 SurnameA1');
		expect(teacherView.outbox?.status).toBe('sent');
		const classmateView = (await listMailbox(t.db, A().pupils[1]!.actor, A().id)).find((e) => e.subject === 'Our Roman shields')!;
		expect(classmateView).toMatchObject({ writer: null, outbox: null, mine: false, status: 'approved' });
		expect((await readEmail(t.db, A().pupils[1]!.actor, classmateView.id)).body).toContain('shields from card');
	});

	it('is never sent when the teacher rejects it, and the writer sees the reason', async () => {
		const writer = A().pupils[1]!;
		await sendClassEmail(t.db, writer.actor, A().id, { to: `contact:${contactId}`, subject: 'Hello again', body: 'Do you like pizza?', clientKey: key() });
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.body.startsWith('Subject: Hello again'))!;
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'reject', expectedVersion: item.version, reasonCode: 'off-topic' });
		const before = sink.messages.length;
		await processOutbox(t.db, sink.url);
		expect(sink.messages.length).toBe(before);
		const own = (await listMailbox(t.db, writer.actor, A().id)).find((e) => e.subject === 'Hello again')!;
		expect(own).toMatchObject({ status: 'rejected', mine: true });
		expect(own.rejection).toBe(REJECTION_REASONS.find((r) => r.code === 'off-topic')!.childMessage);
		expect((await listMailbox(t.db, A().pupils[2]!.actor, A().id)).map((e) => e.subject)).not.toContain('Hello again');
		const [row] = await t.db.select().from(emails).where(eq(emails.id, own.id));
		expect(row!.status).toBe('rejected');
	});
});
