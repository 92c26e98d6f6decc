// Class email in the moderation loop: mail from an outside contact is filed under its sender
// (no member of staff is its author); a pupil tells their teacher about an email their class
// received (its own report item, hidden from the class meanwhile, an alert for the DSL, a kind
// answer); staff take down an approved email (gone for the class, the writer told kindly,
// history and audit kept). Each rule is tried from another class, school and a lower role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { addContact, key, sendInbound, withMailDomain } from './support';
import { startInboundServer, type InboundServer } from '../../../src/lib/server/email/inbound-server';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { takeDown } from '../../../src/lib/server/moderation/take-down';
import { listMailbox } from '../../../src/lib/server/email/views';
import { sendClassEmail } from '../../../src/lib/server/email/send-email';
import { reportEmail } from '../../../src/lib/server/email/report';
import { draftIncident } from '../../../src/lib/server/safeguarding/incident-drafts';
import { createIncident } from '../../../src/lib/server/safeguarding/incidents';
import { loadIncident } from '../../../src/lib/server/safeguarding/incident-records';
import { verifyEvidence } from '../../../src/lib/domain/safeguarding/evidence';
import { auditLog, emails, notices, reviewHistory, reviewItems, safeguardingAlerts } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import type { Actor } from '../../../src/lib/domain/auth/permissions';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let server: InboundServer;
let A_ADDR: string;
let contactId: string;
const MUSEUM = 'learning@museum.example';
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	other = await createTestSchool(t.db, 1);
	({ addressA: A_ADDR } = await withMailDomain(t.db, s));
	contactId = await addContact(t.db, s, MUSEUM);
	server = await startInboundServer(t.db, { port: 0, host: '127.0.0.1', maxMessageBytes: 300_000 });
});
afterAll(async () => {
	await server.close();
	await t.close();
});

const A = () => s.classes[0];
const B = () => s.classes[1];
const inboxRow = async (subject: string, classId = A().id) =>
	(
		await t.db
			.select()
			.from(emails)
			.where(and(eq(emails.subject, subject), eq(emails.folder, 'inbox'), eq(emails.classId, classId)))
	)[0]!;
const subjects = async (actor: Actor, classId = A().id) => (await listMailbox(t.db, actor, classId)).map((e) => e.subject);

/** Mail from the museum, approved by the class teacher, so the class can read it. */
async function approvedInbound(subject: string, text = 'We look forward to your visit.'): Promise<string> {
	expect((await sendInbound(server.port, { from: `Museum Team <${MUSEUM}>`, to: A_ADDR, subject, text })).accepted).toBe(true);
	const row = await inboxRow(subject);
	const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.targetId === row.id)!;
	await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
	return row.id;
}

describe('mail from an outside contact', () => {
	it('is filed under its sender, not under a member of staff, and the queue says who it is from', async () => {
		await sendInbound(server.port, { from: `Museum Team <${MUSEUM}>`, to: A_ADDR, subject: 'Coach times', text: 'The coach leaves at 9.' });
		const row = await inboxRow('Coach times');
		const [item] = await t.db
			.select()
			.from(reviewItems)
			.where(and(eq(reviewItems.targetType, 'email'), eq(reviewItems.targetId, row.id)));
		expect(item).toMatchObject({ authorId: null, senderAddress: MUSEUM, senderContactId: contactId });
		const view = (await listQueue(t.db, A().teacher.actor)).find((i) => i.targetId === row.id)!;
		expect(view.authorName).toBe(`from Museum Learning Team <${MUSEUM}> (outside sender)`);
		// Escalating it names no pupil and no teacher as its writer.
		await decideItem(t.db, A().teacher.actor, { itemId: view.id, action: 'escalate', expectedVersion: view.version });
		const [alert] = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.sourceType, 'review-item'), eq(safeguardingAlerts.sourceId, view.id)));
		expect(alert!.pupilId).toBeNull();
		expect(alert!.summary).toMatch(/ escalated an email by an outside contact in .+ class email\.$/);
	});

	it('cannot be stored as an item with neither a writer nor a sender', async () => {
		const row = await inboxRow('Coach times');
		await expect(
			t.db.insert(reviewItems).values({ schoolId: s.id, classId: A().id, targetType: 'shared-work', targetId: row.id, authorId: null, verdict: 'allow' })
		).rejects.toThrow();
	});
});

describe('“Tell my teacher” on an email', () => {
	it('reaches the class teacher as a report item with the pupil’s reason and words, hides the email, alerts the DSL, and thanks the pupil', async () => {
		const emailId = await approvedInbound('Our secret club');
		const pupil = A().pupils[0]!;
		expect(await subjects(A().pupils[1]!.actor)).toContain('Our secret club');
		await reportEmail(t.db, pupil.actor, { emailId, reason: 'secret', note: 'it says not to tell' });

		expect(await subjects(A().pupils[1]!.actor)).not.toContain('Our secret club');
		const queue = await listQueue(t.db, A().teacher.actor);
		const report = queue.find((i) => i.targetType === 'report' && i.targetId === emailId)!;
		expect(report.title).toContain('Our secret club');
		expect(report.reportNotes).toHaveLength(1);
		expect(report.reportNotes[0]).toMatch(/^PupilA\d says it asks them to keep a secret: “it says not to tell”$/);
		expect(report.authorName).toContain('outside sender');
		expect(report.actions).toEqual(expect.arrayContaining(['uphold', 'dismiss', 'escalate']));
		// Not in another class's queue.
		expect((await listQueue(t.db, B().teacher.actor)).some((i) => i.targetId === emailId)).toBe(false);

		const alerts = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.sourceType, 'review-item'), eq(safeguardingAlerts.sourceId, report.id)));
		expect(alerts).toHaveLength(1);
		// The alert says what was reported: an email, not "a message".
		expect(alerts[0]!.summary).toMatch(/^PupilA\d reported an email in .+ class email\.$/);
		const audit = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'email.reported'), eq(auditLog.targetId, emailId)));
		expect(audit).toHaveLength(1);

		// A second pupil's report joins the same item.
		await reportEmail(t.db, A().pupils[1]!.actor, { emailId, reason: 'scared' });
		expect(
			await t.db
				.select()
				.from(reviewItems)
				.where(and(eq(reviewItems.targetType, 'report'), eq(reviewItems.targetId, emailId)))
		).toHaveLength(1);

		await decideItem(t.db, A().teacher.actor, { itemId: report.id, action: 'uphold', expectedVersion: report.version });
		expect(await subjects(A().pupils[2]!.actor)).not.toContain('Our secret club');
		const told = await t.db.select().from(notices).where(eq(notices.recipientId, pupil.id));
		expect(told.map((n) => n.body)).toContain('Thank you for telling us about an email. Your teacher agreed with you and has taken it away.');
	});

	it('brings the email back when the report was not needed, with the teacher’s words for the reporter', async () => {
		const emailId = await approvedInbound('Museum opening times');
		const pupil = A().pupils[2]!;
		await reportEmail(t.db, pupil.actor, { emailId, reason: 'other' });
		const report = (await listQueue(t.db, A().teacher.actor)).find((i) => i.targetType === 'report' && i.targetId === emailId)!;
		await decideItem(t.db, A().teacher.actor, {
			itemId: report.id,
			action: 'dismiss',
			expectedVersion: report.version,
			note: 'It is just the museum’s opening times.'
		});
		expect(await subjects(A().pupils[0]!.actor)).toContain('Museum opening times');
		const told = await t.db.select().from(notices).where(eq(notices.recipientId, pupil.id));
		expect(told.some((n) => n.body.includes('about an email') && n.body.includes('It is just the museum’s opening times.'))).toBe(true);
	});

	it('refuses an email that is not the pupil’s to report, and changes nothing', async () => {
		const emailId = await approvedInbound('Only for class A');
		const pending = (await sendInbound(server.port, { from: MUSEUM, to: A_ADDR, subject: 'Still waiting', text: 'Hello' }), await inboxRow('Still waiting'));
		const sent = (await sendClassEmail(t.db, A().pupils[0]!.actor, A().id, {
			to: `contact:${contactId}`,
			subject: 'Our own letter',
			body: 'Dear museum, thank you.',
			clientKey: key()
		})) as { emailId: string };
		const attempts: [Actor, string, typeof NotFoundError | typeof AuthorizationError][] = [
			[B().pupils[0]!.actor, emailId, NotFoundError], // another class
			[other.classes[0].pupils[0]!.actor, emailId, NotFoundError], // another school
			[A().parent.actor, emailId, NotFoundError], // a parent
			[A().teacher.actor, emailId, NotFoundError], // staff take mail down instead
			[A().pupils[0]!.actor, pending.id, NotFoundError], // not yet let in by the teacher
			[A().pupils[1]!.actor, sent.emailId, NotFoundError], // the class's own sent mail
			[A().pupils[0]!.actor, '00000000-0000-4000-8000-000000000000', NotFoundError]
		];
		for (const [actor, id, error] of attempts) await expect(reportEmail(t.db, actor, { emailId: id, reason: 'unkind' })).rejects.toBeInstanceOf(error);
		expect(
			await t.db
				.select()
				.from(reviewItems)
				.where(and(eq(reviewItems.targetType, 'report'), eq(reviewItems.targetId, emailId)))
		).toHaveLength(0);
		expect(await subjects(A().pupils[0]!.actor)).toContain('Only for class A');
	});
});

describe('an incident opened from a reported email', () => {
	it('names the reporter, and seals the email once with each report in the pupil’s reason and words and its moderation before', async () => {
		const emailId = await approvedInbound('Come to the park alone', 'Meet me at the park and do not tell your teacher.');
		const [first, second] = [A().pupils[0]!, A().pupils[1]!];
		await reportEmail(t.db, first.actor, { emailId, reason: 'secret', note: 'It says not to tell' }, new Date(Date.now() - 60_000));
		await reportEmail(t.db, second.actor, { emailId, reason: 'scared' });
		const [item] = await t.db
			.select()
			.from(reviewItems)
			.where(and(eq(reviewItems.targetType, 'report'), eq(reviewItems.targetId, emailId)));
		const [alert] = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.sourceId, item!.id), eq(safeguardingAlerts.pupilId, first.id)));

		const draft = await draftIncident(t.db, s.dsl.actor, { alertId: alert!.id });
		expect(draft.reportedById).toBe(second.id);
		expect(draft.evidence).toHaveLength(1);
		const created = await createIncident(t.db, s.dsl.actor, {
			alertId: alert!.id,
			reportedById: draft.reportedById,
			reportedToId: s.dsl.id,
			occurredAt: draft.occurredAt,
			reportedAt: draft.reportedAt,
			pupilIds: [first.id, second.id],
			staffIds: [],
			description: 'An outside sender asked the class to meet and keep it secret.',
			categoryKey: 'pupil-B',
			actionsTaken: [],
			parentsInformed: null,
			reviewDate: null,
			reviewResult: null,
			evidence: draft.evidence.map(({ type, id }) => ({ type, id }))
		});
		const { view } = await loadIncident(t.db, s.dsl.actor, created.id);
		expect(view.evidence).toHaveLength(1);
		const kept = view.evidence[0]!;
		expect(kept.intact).toBe(true);
		expect(verifyEvidence(kept.snapshot, kept.digest)).toBe(true);
		expect(kept.snapshot.message.targetType).toBe('report');
		expect(kept.snapshot.message.body.split('Meet me at the park')).toHaveLength(2);
		expect(kept.snapshot.reports?.map((r) => [r.reporterId, r.reason, r.note])).toEqual([
			[first.id, 'It asks me to keep a secret', 'It says not to tell'],
			[second.id, 'It made me feel scared or worried', null]
		]);
		expect(kept.snapshot.priorHistory?.map((h) => h.action)).toEqual(['submit', 'approve']);
	});
});

describe('taking down an approved email', () => {
	it('removes mail from outside from the class, keeps it for staff, and keeps the reason in the history and audit', async () => {
		const emailId = await approvedInbound('A link we should not have sent');
		expect(await subjects(A().pupils[0]!.actor)).toContain('A link we should not have sent');
		await takeDown(t.db, A().teacher.actor, { targetType: 'email', targetId: emailId, note: 'The link goes to a page with adverts' });
		expect(await subjects(A().pupils[0]!.actor)).not.toContain('A link we should not have sent');
		expect(await subjects(A().teacher.actor)).toContain('A link we should not have sent');
		const [item] = await t.db
			.select()
			.from(reviewItems)
			.where(and(eq(reviewItems.targetType, 'email'), eq(reviewItems.targetId, emailId)));
		expect(item!.status).toBe('removed');
		const history = await t.db.select().from(reviewHistory).where(eq(reviewHistory.itemId, item!.id));
		expect(history.find((h) => h.action === 'take-down')?.note).toBe('The link goes to a page with adverts');
		expect(
			await t.db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.action, 'moderation.take-down'), eq(auditLog.targetId, emailId)))
		).toHaveLength(1);
	});

	it('takes a pupil’s email to another class out of both mailboxes, and tells its writer kindly without the reason', async () => {
		const writer = A().pupils[1]!;
		const sent = (await sendClassEmail(t.db, writer.actor, A().id, {
			to: `class:${B().id}`,
			subject: 'Our football score',
			body: 'We won 3 nil!',
			clientKey: key()
		})) as { emailId: string };
		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.targetId === sent.emailId)!;
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		const copy = await inboxRow('Our football score', B().id);
		expect(await subjects(B().pupils[0]!.actor, B().id)).toContain('Our football score');

		// Class B's copy names its source; class B's teacher cannot decide class A's item.
		await expect(takeDown(t.db, B().teacher.actor, { targetType: 'email', targetId: copy.id, note: 'Not kind to us' })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await takeDown(t.db, s.dsl.actor, { targetType: 'email', targetId: copy.id, note: 'Gloating at the other class' });
		expect(await subjects(B().pupils[0]!.actor, B().id)).not.toContain('Our football score');
		expect(await subjects(A().pupils[0]!.actor)).not.toContain('Our football score');
		const told = await t.db.select().from(notices).where(eq(notices.recipientId, writer.id));
		expect(told.map((n) => n.body)).toContain(
			'Your teacher has taken down an email you wrote, to keep everyone safe. You are not in trouble for asking about it: your teacher can tell you more.'
		);
		expect(told.some((n) => n.body.includes('Gloating'))).toBe(false);
	});

	it('is refused to another class’s teacher, another school, a pupil, and without a reason', async () => {
		const emailId = await approvedInbound('Keep me');
		await expect(takeDown(t.db, B().teacher.actor, { targetType: 'email', targetId: emailId, note: 'x' })).rejects.toBeInstanceOf(AuthorizationError);
		await expect(takeDown(t.db, other.dsl.actor, { targetType: 'email', targetId: emailId, note: 'x' })).rejects.toBeInstanceOf(NotFoundError);
		await expect(takeDown(t.db, A().pupils[0]!.actor, { targetType: 'email', targetId: emailId, note: 'x' })).rejects.toBeInstanceOf(AuthorizationError);
		await expect(takeDown(t.db, A().teacher.actor, { targetType: 'email', targetId: emailId, note: '' })).rejects.toBeInstanceOf(InputError);
		expect(await subjects(A().pupils[0]!.actor)).toContain('Keep me');
	});
});
