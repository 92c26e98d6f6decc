// Mail arriving over real SMTP at the app's own inbound server: approved contacts reach the
// teacher's queue, strangers are quarantined, attachments are cleaned, and bad mail is
// refused with a proper SMTP reply without ever stopping the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { addContact, sendInbound, withMailDomain } from './support';
import { startInboundServer, type InboundServer } from '../../../src/lib/server/email/inbound-server';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { listMailbox, readAttachment, readEmail } from '../../../src/lib/server/email/views';
import { decideQuarantined } from '../../../src/lib/server/email/mailbox-actions';
import { auditLog, emailAttachments, emails, safeguardingAlerts } from '../../../src/lib/server/db/schema';
import { getAlertDetail } from '../../../src/lib/server/safeguarding/alert-sources';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { NotFoundError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let server: InboundServer;
let A_ADDR: string;
let B_ADDR: string;
const MUSEUM = 'learning@museum.example';
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	other = await createTestSchool(t.db, 1);
	({ addressA: A_ADDR, addressB: B_ADDR } = await withMailDomain(t.db, s));
	await withMailDomain(t.db, other);
	await addContact(t.db, s, MUSEUM);
	server = await startInboundServer(t.db, { port: 0, host: '127.0.0.1', maxMessageBytes: 300_000 });
});
afterAll(async () => {
	await server.close();
	await t.close();
});

const A = () => s.classes[0];
const inboxOf = async (subject: string) =>
	await t.db
		.select()
		.from(emails)
		.where(and(eq(emails.subject, subject), eq(emails.folder, 'inbox')));

describe('mail from an approved contact', () => {
	it('asking a child to keep a secret alerts the DSL of its own school, with the mail kept as evidence', async () => {
		const sent = await sendInbound(server.port, {
			from: `Museum Team <${MUSEUM}>`,
			to: A_ADDR,
			subject: 'Just between us',
			text: "Don't tell your mum, it is our secret."
		});
		expect(sent.accepted).toBe(true);
		const [row] = await inboxOf('Just between us');
		const alerts = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.sourceType, 'email'), eq(safeguardingAlerts.sourceId, row!.id)));
		expect(alerts.map((a) => [a.schoolId, a.kind, a.severity, a.pupilId])).toEqual([[s.id, 'secrecy-request', 'urgent', null]]);
		expect(alerts[0]!.summary).toMatch(/^An email from an outside contact to .+ asks to keep something from grown-ups\./);
		const detail = await getAlertDetail(t.db, s.dsl.actor, alerts[0]!.id);
		expect(detail.evidence?.body).toContain("Don't tell your mum");
		expect(detail.evidence?.authorName).toContain('outside sender');
		expect(detail.state).toBe('waiting');
		await expect(getAlertDetail(t.db, other.dsl.actor, alerts[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('waits in the teacher queue, then reaches the class once approved', async () => {
		const sent = await sendInbound(server.port, {
			from: `Museum Team <${MUSEUM}>`,
			to: A_ADDR,
			subject: 'Your trip in spring',
			text: 'We look forward to seeing Year 5. Call us on 01632 960 123 if the coach is late.'
		});
		expect(sent.accepted).toBe(true);
		const [row] = await inboxOf('Your trip in spring');
		expect(row).toMatchObject({ status: 'pending', fromAddress: MUSEUM, fromName: 'Museum Team', classId: A().id });
		expect(await listMailbox(t.db, A().pupils[0]!.actor, A().id)).toEqual([]);

		const item = (await listQueue(t.db, A().teacher.actor)).find((i) => i.targetId === row!.id)!;
		expect(item.title).toContain('an approved contact');
		// A sender's own phone number is for the teacher to judge, not an automatic block.
		expect(item.verdict).toBe('hold');
		expect(item.body.slice(item.findings[0]!.start, item.findings[0]!.end)).toContain('01632');
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		const seen = await listMailbox(t.db, A().pupils[0]!.actor, A().id);
		expect(seen.map((e) => [e.subject, e.counterpart])).toEqual([['Your trip in spring', `Museum Team <${MUSEUM}>`]]);
	});

	it('is treated as a stranger when the envelope sender differs from the From header', async () => {
		await sendInbound(server.port, {
			envelope: { from: 'bounces@bulk-mailer.example', to: [A_ADDR] },
			from: MUSEUM,
			to: A_ADDR,
			subject: 'Looks like the museum',
			text: 'Hello'
		});
		expect((await inboxOf('Looks like the museum'))[0]!.status).toBe('quarantined');
	});

	it('shows only the words of an HTML email, never its markup', async () => {
		await sendInbound(server.port, {
			from: MUSEUM,
			to: A_ADDR,
			subject: 'Web page mail',
			html: '<p>Hello <b>Year 5</b></p><script>alert(1)</script><img src="https://tracker.example/p.gif">'
		});
		const [row] = await inboxOf('Web page mail');
		expect(row!.body).toContain('Hello Year 5');
		expect(row!.body).not.toMatch(/<|script|tracker/);
		expect(row!.notes).toContain('This email was written as a web page; only its words are shown.');
	});
});

describe('mail from anyone else', () => {
	it('is quarantined for the teacher, who may release it', async () => {
		await sendInbound(server.port, { from: 'stranger@elsewhere.example', to: A_ADDR, subject: 'Hello from a stranger', text: 'Hi class' });
		const [row] = await inboxOf('Hello from a stranger');
		expect(row!.status).toBe('quarantined');
		expect((await listQueue(t.db, A().teacher.actor)).some((i) => i.targetId === row!.id)).toBe(false);
		await expect(decideQuarantined(t.db, s.classes[1].teacher.actor, row!.id, 'release')).rejects.toThrow(AuthorizationError);
		await expect(decideQuarantined(t.db, A().pupils[0]!.actor, row!.id, 'release')).rejects.toThrow(AuthorizationError);
		await expect(decideQuarantined(t.db, other.classes[0].teacher.actor, row!.id, 'release')).rejects.toThrow(NotFoundError);
		await decideQuarantined(t.db, A().teacher.actor, row!.id, 'release');
		expect((await listMailbox(t.db, A().pupils[1]!.actor, A().id)).map((e) => e.subject)).toContain('Hello from a stranger');
		const audits = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, row!.id));
		expect(audits.map((a) => a.action).sort()).toEqual(['email.quarantine_released', 'email.quarantined']);
	});

	it('can be discarded by the DSL, after which nobody but staff sees it', async () => {
		await sendInbound(server.port, {
			from: 'spam@elsewhere.example',
			to: A_ADDR,
			subject: 'Win a tablet',
			text: 'Forward this to ten friends or bad luck will follow!'
		});
		const [row] = await inboxOf('Win a tablet');
		expect(row!.findings.map((f) => f.kind)).toContain('chain');
		await decideQuarantined(t.db, s.dsl.actor, row!.id, 'discard');
		await expect(decideQuarantined(t.db, A().teacher.actor, row!.id, 'release')).rejects.toThrow(/no longer in quarantine/);
		await expect(readEmail(t.db, A().pupils[0]!.actor, row!.id)).rejects.toThrow(NotFoundError);
	});
});

describe('attachments', () => {
	it('re-encodes pictures without location data, keeps PDFs and strips other types with a note', async () => {
		const photo = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3a7' } })
			.jpeg()
			.withExif({ IFD0: { Make: 'SpyCam', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
			.toBuffer();
		expect((await sharp(photo).metadata()).exif).toBeDefined();
		await sendInbound(server.port, {
			from: MUSEUM,
			to: A_ADDR,
			subject: 'Photos and a worksheet',
			text: 'Attached.',
			attachments: [
				{ filename: 'coin.jpg', content: photo, contentType: 'image/jpeg' },
				{ filename: 'worksheet.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n'), contentType: 'application/pdf' },
				{ filename: 'game.exe', content: Buffer.from('MZ....'), contentType: 'application/x-msdownload' },
				{ filename: 'broken.png', content: Buffer.from('not really a png'), contentType: 'image/png' }
			]
		});
		const [row] = await inboxOf('Photos and a worksheet');
		const files = await t.db.select().from(emailAttachments).where(eq(emailAttachments.emailId, row!.id));
		expect(files.map((f) => [f.filename, f.contentType]).sort()).toEqual([
			['coin.jpg', 'image/jpeg'],
			['worksheet.pdf', 'application/pdf']
		]);
		const image = files.find((f) => f.filename === 'coin.jpg')!;
		const meta = await sharp(image.content).metadata();
		expect(meta.exif).toBeUndefined();
		expect(image.content.includes(Buffer.from('SpyCam'))).toBe(false);
		expect(row!.notes).toEqual([
			'game.exe was taken out: files of this type are not allowed.',
			'broken.png was taken out: the picture could not be read safely.'
		]);
		// Staff can open it; a pupil of another class cannot.
		expect((await readAttachment(t.db, A().teacher.actor, image.id)).contentType).toBe('image/jpeg');
		await expect(readAttachment(t.db, s.classes[1].pupils[0]!.actor, image.id)).rejects.toThrow(NotFoundError);
	});
});

describe('bad input is refused with an SMTP reply and logged', () => {
	it('refuses an unknown recipient at RCPT TO with 550', async () => {
		const result = await sendInbound(server.port, { from: MUSEUM, to: `nobody@${A_ADDR.split('@')[1]}`, subject: 'Lost', text: 'Hi' });
		expect(result.accepted).toBe(false);
		expect(result.error?.responseCode).toBe(550);
		const logged = await t.db.select().from(auditLog).where(eq(auditLog.action, 'email.inbound_refused'));
		expect(logged.some((l) => JSON.stringify(l.details).includes('nobody@'))).toBe(true);
	});

	it('refuses a message over the size limit with 552', async () => {
		const result = await sendInbound(server.port, { from: MUSEUM, to: A_ADDR, subject: 'Huge', text: 'x'.repeat(400_000) });
		expect(result.error?.responseCode).toBe(552);
		expect(await inboxOf('Huge')).toEqual([]);
	});

	it('refuses mail with no From header, and mail forging the school domain', async () => {
		const noFrom = await sendInbound(server.port, { envelope: { from: MUSEUM, to: [A_ADDR] }, raw: `To: ${A_ADDR}\r\nSubject: No sender\r\n\r\nHello\r\n` });
		expect(noFrom.error?.responseCode).toBe(550);
		expect(noFrom.error?.message).toMatch(/From/);
		const forged = await sendInbound(server.port, {
			envelope: { from: 'x@evil.example', to: [A_ADDR] },
			from: B_ADDR,
			to: A_ADDR,
			subject: 'Pretending to be Class B',
			text: 'Hi'
		});
		expect(forged.error?.responseCode).toBe(550);
		expect(forged.error?.message).toMatch(/own domain/);
		expect(await inboxOf('Pretending to be Class B')).toEqual([]);
	});

	it('survives garbage on the wire and still accepts the next message', async () => {
		await new Promise<void>((resolve) => {
			const socket = net.connect(server.port, '127.0.0.1', () =>
				socket.write('HELO x\r\nMAIL FROM:<<<>>>\r\nRCPT TO:\r\n\u0000\u0001\u0002garbage\r\nDATA\r\n')
			);
			socket.on('data', () => {});
			socket.on('error', () => resolve());
			setTimeout(() => {
				socket.destroy();
				resolve();
			}, 300);
		});
		const ok = await sendInbound(server.port, { from: MUSEUM, to: A_ADDR, subject: 'Still here', text: 'Hello again' });
		expect(ok.accepted).toBe(true);
	});

	it('does not deliver into another school’s mailbox by a mixed-case address', async () => {
		const result = await sendInbound(server.port, { from: MUSEUM, to: A_ADDR.toUpperCase(), subject: 'Upper case', text: 'Hi' });
		expect(result.accepted).toBe(true);
		expect((await inboxOf('Upper case'))[0]!.schoolId).toBe(s.id);
	});
});
