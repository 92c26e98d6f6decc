// Invitation letters by email and bounces, against a real SMTP sink and the app's own inbound
// SMTP server: an imported parent (no account yet) is emailed their letter, whose link holds
// the code and works at /join; the notification is addressed to an address, not a user; a
// relay fault never doubles it (same Message-ID); a real bounce report (multipart/report)
// arriving at the inbound server marks the address, the head sees it on the accounts page,
// and further mail to it is held with the reason until the head tries it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { startSink, type Sink } from './support';
import { sendInbound, withMailDomain } from '../email/support';
import { sampleRoster } from '../../../scripts/lib/sample-roster';
import { confirmImport, previewImport, type ImportSource } from '../../../src/lib/server/schools/import/roster-import';
import { emailImportedParentLetters, listImportedParentsWaiting } from '../../../src/lib/server/schools/import/parent-letters';
import { joinWithCode, markInvitationLinkFollowed } from '../../../src/lib/server/agreements/join';
import { notificationActivity } from '../../../src/lib/server/notifications/activity';
import { processOutbox } from '../../../src/lib/server/email/outbox';
import { startInboundServer, type InboundServer } from '../../../src/lib/server/email/inbound-server';
import { listBouncedAddresses, retryBouncedAddress } from '../../../src/lib/server/notifications/bounces';
import { auditLog, classes, emailBounces, emailOutbox, notifications, schools, users } from '../../../src/lib/server/db/schema';
import { academicYearContaining } from '../../../src/lib/domain/calendar';
import { RETRY_DELAYS_MS } from '../../../src/lib/domain/email/delivery';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { NotFoundError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let a: TestSchool;
let b: TestSchool;
let sink: Sink;
let inbound: InboundServer;
let classId: string;
let domain: string;
const ORIGIN = 'http://school.test:4173';
const sample = sampleRoster(16, 1.5, academicYearContaining(new Date()).startYear);
const source: ImportSource = {
	kind: 'oneroster',
	files: Object.fromEntries(Object.entries(sample.oneRoster).map(([k, v]) => [k, new TextEncoder().encode(v)]))
};

beforeAll(async () => {
	t = await openTestDatabase();
	a = await createTestSchool(t.db);
	b = await createTestSchool(t.db);
	({ domain } = await withMailDomain(t.db, a));
	const preview = await previewImport(t.db, a.admin.actor, source);
	await confirmImport(t.db, a.admin.actor, source, preview.fingerprint);
	const [cls] = await t.db
		.select({ id: classes.id })
		.from(classes)
		.where(and(eq(classes.schoolId, a.id), eq(classes.externalKey, 'cls-1')));
	classId = cls!.id;
	sink = await startSink();
	inbound = await startInboundServer(t.db, { port: 0, host: '127.0.0.1', maxMessageBytes: 300_000 });
}, 180_000);
afterAll(async () => {
	await inbound.close();
	await sink.close();
	await t.close();
});

const codeIn = (text: string | undefined): string => /\/join\?code=([A-Z0-9-]{14})/.exec(text ?? '')![1]!;
const mailTo = (address: string) => sink.accepted.filter((m) => m.to.includes(address));

/** A bounce report as a receiving mail server writes it (RFC 3464), for a message we sent. */
function bounceReport(to: string, failed: string, returnedHeaders: string, status = '5.1.1'): string {
	return [
		'From: Mail Delivery System <MAILER-DAEMON@mx.homes.example>',
		`To: ${to}`,
		'Subject: Undelivered Mail Returned to Sender',
		'MIME-Version: 1.0',
		'Content-Type: multipart/report; report-type=delivery-status; boundary="report-b1"',
		'',
		'--report-b1',
		'Content-Type: text/plain; charset=us-ascii',
		'',
		'Your message could not be delivered to one or more recipients.',
		'',
		'--report-b1',
		'Content-Type: message/delivery-status',
		'',
		'Reporting-MTA: dns; mx.homes.example',
		'',
		`Final-Recipient: rfc822; ${failed}`,
		'Action: failed',
		`Status: ${status}`,
		`Diagnostic-Code: smtp; 550 ${status} <${failed}>: Recipient address rejected: User unknown`,
		'',
		'--report-b1',
		'Content-Type: text/rfc822-headers',
		'',
		returnedHeaders.trim(),
		'',
		'--report-b1--',
		''
	].join('\r\n');
}

const headersOf = (raw: string): string => raw.split(/\r?\n\r?\n/)[0]!;

describe('invitation letters by email', () => {
	it('emails one parent their letter: school name, first name only, a link holding a working code, and nothing kept of the code', async () => {
		const { className, parents } = await listImportedParentsWaiting(t.db, a.admin.actor, classId);
		const parent = parents.find((p) => p.email)!;
		expect(parent.hasWorkingCode).toBe(false);
		const [pupilRow] = await t.db
			.select({ surname: users.surname })
			.from(users)
			.where(and(eq(users.schoolId, a.id), eq(users.firstName, parent.childFirstName), eq(users.role, 'pupil')));
		const result = await emailImportedParentLetters(t.db, a.admin.actor, { classId, parentId: parent.parentId, origin: ORIGIN });
		expect(result).toEqual({ queued: 1, held: 0, withoutAddress: 0 });

		// A relay that is down at first delays it; the retry carries the same Message-ID.
		sink.refuseNext(1, 451);
		const now = new Date();
		expect(await processOutbox(t.db, sink.url, now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
		expect(await processOutbox(t.db, sink.url, new Date(now.getTime() + RETRY_DELAYS_MS[0] + 1))).toEqual({ sent: 1, retrying: 0, failed: 0 });
		const mail = mailTo(parent.email!);
		expect(mail).toHaveLength(1);
		const refused = sink.refused.filter((m) => m.to.includes(parent.email!));
		expect(refused[0]!.parsed.messageId).toBe(mail[0]!.parsed.messageId);

		const { parsed, raw } = mail[0]!;
		const [school] = await t.db.select({ name: schools.name }).from(schools).where(eq(schools.id, a.id));
		expect(parsed.subject).toContain(school!.name);
		expect(parsed.subject).toContain(parent.childFirstName);
		expect(parsed.text).toContain(school!.name);
		expect(parsed.text).toContain(className);
		expect(parsed.html).toBeTruthy();
		expect(parsed.headers.has('list-unsubscribe')).toBe(false);
		expect(parsed.from?.value[0]?.address).toBe(`no-reply@${domain}`);
		if (pupilRow) expect(raw).not.toContain(pupilRow.surname);
		const code = codeIn(parsed.text);

		// The record is for an address, not a user, and forgets the code once sent.
		const [row] = await t.db.select().from(notifications).where(eq(notifications.toAddress, parent.email!.toLowerCase()));
		expect(row).toMatchObject({ userId: null, reason: 'family.invitation', channel: 'email', link: '/join', targetType: 'parent_invitation' });
		expect(parsed.messageId).toContain(row!.id);
		expect(JSON.stringify(row)).not.toContain(code);
		const audits = await t.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.schoolId, a.id), eq(auditLog.targetId, row!.targetId!)));
		expect(audits.map((x) => x.action).sort()).toEqual(['invitation.emailed', 'invitation.issued']);

		// Following the link counts as opened; joining with it as acted on.
		await markInvitationLinkFollowed(t.db, code, '10.8.0.1');
		const [opened] = await t.db.select().from(notifications).where(eq(notifications.id, row!.id));
		expect(opened!.openedAt).not.toBeNull();
		expect(opened!.actedAt).toBeNull();
		// The code in the link claims the parent's imported account.
		await joinWithCode(
			t.db,
			{ code, firstName: 'Claimed', surname: 'Parent', username: `emailed.${Date.now()}`, password: 'plum orchard lantern' },
			'10.8.0.1'
		);
		const after = await listImportedParentsWaiting(t.db, a.admin.actor, classId);
		expect(after.parents.map((p) => p.parentId)).not.toContain(parent.parentId);
		const [acted] = await t.db.select().from(notifications).where(eq(notifications.id, row!.id));
		expect(acted!.actedAt).not.toBeNull();

		// The head sees what people did with what was sent; nobody else does.
		const activity = await notificationActivity(t.db, a.admin.actor);
		expect(activity).toContainEqual(
			expect.objectContaining({ reason: 'family.invitation', channel: 'email', label: 'Invitation letter by email', made: 1, sent: 1, opened: 1, acted: 1 })
		);
		await expect(notificationActivity(t.db, a.classes[0].teacher.actor)).rejects.toBeInstanceOf(AuthorizationError);
		expect(await notificationActivity(t.db, b.admin.actor)).toEqual([]);
	});

	it('emails every waiting parent with an address once, and says how many have none', async () => {
		const { parents } = await listImportedParentsWaiting(t.db, a.admin.actor, classId);
		const due = parents.filter((p) => !p.hasWorkingCode);
		const result = await emailImportedParentLetters(t.db, a.admin.actor, { classId, origin: ORIGIN });
		expect(result.queued).toBe(due.filter((p) => p.email).length);
		expect(result.withoutAddress).toBe(due.filter((p) => !p.email).length);
		expect(result.queued).toBeGreaterThan(0);
		await processOutbox(t.db, sink.url);
		for (const p of due.filter((x) => x.email)) expect(mailTo(p.email!)).toHaveLength(1);
		// They all hold a working code now, so asking again sends nothing.
		expect(await emailImportedParentLetters(t.db, a.admin.actor, { classId, origin: ORIGIN })).toMatchObject({ queued: 0 });
	});

	it("refuses another class's teacher, another school's admin, and a parent not waiting in this class", async () => {
		const { parents } = await listImportedParentsWaiting(t.db, a.admin.actor, classId);
		const one = { classId, parentId: parents[0]!.parentId, origin: ORIGIN };
		await expect(emailImportedParentLetters(t.db, a.classes[0].teacher.actor, one)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(emailImportedParentLetters(t.db, b.admin.actor, one)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listImportedParentsWaiting(t.db, a.classes[0].parent.actor, classId)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(emailImportedParentLetters(t.db, a.admin.actor, { ...one, parentId: a.classes[0].parent.id })).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('a bounce report arriving at the inbound server', () => {
	it('marks the address, shows it to the head, and holds further mail with the reason until tried again', async () => {
		const { parents } = await listImportedParentsWaiting(t.db, a.admin.actor, classId);
		const parent = parents.find((p) => p.email && mailTo(p.email).length === 1)!;
		const address = parent.email!.toLowerCase();
		const returned = headersOf(mailTo(parent.email!)[0]!.raw);

		// A report naming an email the school never sent changes nothing.
		const forged = returned.replace(/Message-ID: <[^@>]+@/i, 'Message-ID: <00000000-0000-4000-8000-000000000000@');
		expect(
			(await sendInbound(inbound.port, { envelope: { from: '', to: `no-reply@${domain}` }, raw: bounceReport(`no-reply@${domain}`, address, forged) })).accepted
		).toBe(true);
		expect(await listBouncedAddresses(t.db, a.admin.actor)).toEqual([]);

		const sent = await sendInbound(inbound.port, {
			envelope: { from: '', to: `no-reply@${domain}` },
			raw: bounceReport(`no-reply@${domain}`, address, returned)
		});
		expect(sent.accepted).toBe(true);
		const bounces = await listBouncedAddresses(t.db, a.admin.actor);
		expect(bounces).toEqual([expect.objectContaining({ address, source: 'dsn', owners: [], held: 0 })]);
		expect(bounces[0]!.reason).toMatch(/^5\.1\.1 .*User unknown/);
		const [marked] = await t.db.select().from(emailBounces).where(eq(emailBounces.address, address));
		const [bouncedRow] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.notificationId, marked!.notificationId!));
		expect(bouncedRow).toMatchObject({ status: 'failed' });

		// Only the head of this school sees it.
		await expect(listBouncedAddresses(t.db, a.classes[0].teacher.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listBouncedAddresses(t.db, a.dsl.actor)).rejects.toBeInstanceOf(AuthorizationError);
		expect(await listBouncedAddresses(t.db, b.admin.actor)).toEqual([]);
		await expect(retryBouncedAddress(t.db, b.admin.actor, bounces[0]!.id)).rejects.toBeInstanceOf(NotFoundError);

		// A new letter to the address is held, with the reason, and not sent.
		const before = mailTo(parent.email!).length;
		expect(await emailImportedParentLetters(t.db, a.admin.actor, { classId, parentId: parent.parentId, origin: ORIGIN })).toEqual({
			queued: 0,
			held: 1,
			withoutAddress: 0
		});
		expect((await processOutbox(t.db, sink.url)).sent).toBe(0);
		expect(mailTo(parent.email!)).toHaveLength(before);
		const mine = await t.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.toAddress, address));
		const held = await t.db
			.select()
			.from(emailOutbox)
			.where(
				and(
					inArray(
						emailOutbox.notificationId,
						mine.map((m) => m.id)
					),
					eq(emailOutbox.status, 'held')
				)
			);
		expect(held).toHaveLength(1);
		expect(held[0]!.lastError).toMatch(new RegExp(`^Held: ${address.replace(/[.+]/g, '\\$&')} bounced on .*5\\.1\\.1`));
		expect((await listBouncedAddresses(t.db, a.admin.actor))[0]!.held).toBe(1);
		const audits = await t.db
			.select({ details: auditLog.details })
			.from(auditLog)
			.where(and(eq(auditLog.schoolId, a.id), eq(auditLog.action, 'notification.bounced')));
		expect(audits).toEqual([expect.objectContaining({ details: expect.objectContaining({ address, source: 'dsn' }) })]);

		// The head tries it again: what was held goes, once.
		expect(await retryBouncedAddress(t.db, a.admin.actor, bounces[0]!.id)).toBe(1);
		expect((await processOutbox(t.db, sink.url)).sent).toBe(1);
		expect(mailTo(parent.email!)).toHaveLength(before + 1);
		expect(await listBouncedAddresses(t.db, a.admin.actor)).toEqual([]);
	});

	it('ignores a delay report and ordinary mail to the return address', async () => {
		const { parents } = await listImportedParentsWaiting(t.db, a.admin.actor, classId);
		const parent = parents.find((p) => p.email && mailTo(p.email).length === 1)!;
		const returned = headersOf(mailTo(parent.email!)[0]!.raw);
		const delayed = bounceReport(`no-reply@${domain}`, parent.email!, returned, '4.4.1').replace('Action: failed', 'Action: delayed');
		expect((await sendInbound(inbound.port, { envelope: { from: '', to: `no-reply@${domain}` }, raw: delayed })).accepted).toBe(true);
		const reply = await sendInbound(inbound.port, { from: parent.email!, to: `no-reply@${domain}`, subject: 'Thanks', text: 'Thank you, see you soon.' });
		expect(reply.accepted).toBe(true);
		expect(await listBouncedAddresses(t.db, a.admin.actor)).toEqual([]);
		// Another school's return address is not ours to take mail for unless it has a domain here.
		expect((await sendInbound(inbound.port, { from: parent.email!, to: 'no-reply@unknown.example', subject: 'x', text: 'x' })).accepted).toBe(false);
	});
});
