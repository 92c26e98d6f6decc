// Accounts and delivery against a real SMTP sink: a reset link works once and expires;
// choices on the account page and one-click unsubscribe are honoured (never for
// safeguarding); a refused address is marked and shown to the admin only; a relay that is
// down delays a notification, never loses or doubles it, and every try has the same Message-ID.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool } from '../support/factories';
import { addressOf, giveAddresses, startSink, to, type Sink } from './support';
import { processOutbox } from '../../../src/lib/server/email/outbox';
import { findUsableReset, requestPasswordReset, resetPasswordWithLink, RESET_LINK_MINUTES } from '../../../src/lib/server/auth/password-reset';
import { signIn } from '../../../src/lib/server/auth/login';
import { loadPreferences, savePreferences, unsubscribe } from '../../../src/lib/server/notifications/preferences';
import { listBouncedAddresses } from '../../../src/lib/server/notifications/bounces';
import { callLoad, routeFile, visitorFor } from '../support/routes';
import { settingsFor } from '../../../src/lib/server/notifications/settings';
import { notify } from '../../../src/lib/server/notifications/notify';
import { emailOutbox, notifications, passwordResets } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, RateLimitError } from '../../../src/lib/server/errors';
import { RETRY_DELAYS_MS } from '../../../src/lib/domain/email/delivery';

let t: TestDatabase;
let s: TestSchool;
let sink: Sink;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	sink = await startSink();
});
afterAll(async () => {
	await sink.close();
	await t.close();
});

const ORIGIN = 'http://school.test:4173';
const linkIn = (text: string | undefined): string => /(http:\/\/school\.test:4173\/reset\/[A-Za-z0-9_-]{43})/.exec(text ?? '')![1]!;
const tokenOf = (link: string): string => link.split('/').pop()!;
const NEW_PASSWORD = 'a brand new passphrase for home';

describe('password reset by emailed link', () => {
	it('works once, for the account whose address asked, and ends its sessions', async () => {
		const parent = s.classes[0].parent;
		await giveAddresses(t.db, s, [parent]);
		const now = new Date();
		await requestPasswordReset(t.db, { email: addressOf(parent), origin: ORIGIN, ipAddress: '10.0.0.1' }, now);
		await processOutbox(t.db, sink.url, now);
		const mail = to(sink, parent);
		expect(mail).toHaveLength(1);
		expect(mail[0]!.parsed.headers.has('list-unsubscribe')).toBe(false);
		const link = linkIn(mail[0]!.parsed.text);
		// Only the hash is kept; once sent, the link is gone from the notification too.
		const [stored] = await t.db.select().from(passwordResets).where(eq(passwordResets.userId, parent.id));
		expect(stored!.tokenHash).not.toContain(tokenOf(link));
		const rows = await t.db.select().from(notifications).where(eq(notifications.userId, parent.id));
		expect(rows.map((r) => r.link)).toEqual(['/reset']);
		expect(await findUsableReset(t.db, tokenOf(link))).toEqual({ username: parent.username });
		await resetPasswordWithLink(t.db, tokenOf(link), NEW_PASSWORD);
		expect((await signIn(t.db, { username: parent.username, password: NEW_PASSWORD, ipAddress: '10.0.0.1' })).ok).toBe(true);
		expect((await signIn(t.db, { username: parent.username, password: TEST_PASSWORD, ipAddress: '10.0.0.1' })).ok).toBe(false);
		await expect(resetPasswordWithLink(t.db, tokenOf(link), 'yet another passphrase here')).rejects.toThrow(InputError);
		expect(await findUsableReset(t.db, tokenOf(link))).toBeNull();
		expect((await t.db.select().from(notifications).where(eq(notifications.userId, parent.id)))[0]!.actedAt).not.toBeNull();
	});

	it(`stops working after ${RESET_LINK_MINUTES} minutes`, async () => {
		const teacher = s.classes[1].teacher;
		await giveAddresses(t.db, s, [teacher]);
		const asked = new Date();
		await requestPasswordReset(t.db, { email: addressOf(teacher), origin: ORIGIN, ipAddress: '10.0.0.2' }, asked);
		await processOutbox(t.db, sink.url, asked);
		const token = tokenOf(linkIn(to(sink, teacher)[0]!.parsed.text));
		const late = new Date(asked.getTime() + (RESET_LINK_MINUTES * 60 + 1) * 1000);
		expect(await findUsableReset(t.db, token, late)).toBeNull();
		await expect(resetPasswordWithLink(t.db, token, 'Staff-Passphrase-Long-2026!', late)).rejects.toThrow(InputError);
		expect((await signIn(t.db, { username: teacher.username, password: TEST_PASSWORD, ipAddress: '10.0.0.2' })).ok).toBe(true);
	});

	it('sends nothing for pupils or unknown addresses, answers the same, and throttles', async () => {
		const pupil = s.classes[0].pupils[1]!;
		await giveAddresses(t.db, s, [pupil]);
		const before = sink.accepted.length;
		await requestPasswordReset(t.db, { email: addressOf(pupil), origin: ORIGIN, ipAddress: '10.0.0.3' });
		await requestPasswordReset(t.db, { email: 'nobody@nowhere.example', origin: ORIGIN, ipAddress: '10.0.0.3' });
		await processOutbox(t.db, sink.url);
		expect(sink.accepted.length).toBe(before);
		// Five requests for one address in an hour are allowed, the sixth is refused.
		for (let i = 0; i < 4; i++) await requestPasswordReset(t.db, { email: 'nobody@nowhere.example', origin: ORIGIN, ipAddress: `10.0.1.${i}` });
		await expect(requestPasswordReset(t.db, { email: 'nobody@nowhere.example', origin: ORIGIN, ipAddress: '10.0.2.1' })).rejects.toThrow(RateLimitError);
	});

	it('refuses a weak password and a made-up token, changing nothing', async () => {
		await expect(resetPasswordWithLink(t.db, 'A'.repeat(43), NEW_PASSWORD)).rejects.toThrow(InputError);
		const parent = s.classes[1].parent;
		await giveAddresses(t.db, s, [parent]);
		await requestPasswordReset(t.db, { email: addressOf(parent), origin: ORIGIN, ipAddress: '10.0.0.4' });
		await processOutbox(t.db, sink.url);
		const token = tokenOf(linkIn(to(sink, parent)[0]!.parsed.text));
		await expect(resetPasswordWithLink(t.db, token, 'short')).rejects.toThrow(InputError);
		expect(await findUsableReset(t.db, token)).not.toBeNull();
	});
});

describe('preferences', () => {
	const queueEmail = (userId: string, key: string) =>
		t.db.transaction((tx) =>
			notify(tx, {
				schoolId: s.id,
				userId,
				facts: { reason: 'queue.waiting', count: 2, oldestMinutes: 25, thresholdMinutes: 20 },
				channels: ['email'],
				link: '/staff/moderation',
				dedupeKey: key,
				now: new Date()
			})
		);

	it('shows each person only their own topics, and a turned-off topic sends nothing', async () => {
		const teacher = s.classes[0].teacher;
		const view = await loadPreferences(t.db, teacher.actor);
		expect(view.topics.map((x) => x.topic)).toEqual(['queue', 'class-worries']);
		expect(view.digestTime).toBeNull();
		expect((await loadPreferences(t.db, s.classes[0].parents[1]!.actor)).topics.map((x) => x.topic)).toEqual([
			'family-work',
			'family-reminders',
			'family-announcements'
		]);
		expect((await loadPreferences(t.db, s.dsl.actor)).digestTime).toBe('16:00');
		await expect(loadPreferences(t.db, s.classes[0].pupils[0]!.actor)).rejects.toThrow();
		await savePreferences(t.db, teacher.actor, { email: addressOf(teacher) });
		expect(await queueEmail(teacher.id, 'pref-off')).toEqual([]);
		await savePreferences(t.db, teacher.actor, { email: addressOf(teacher), 'topic-queue': 'on' });
		expect(await queueEmail(teacher.id, 'pref-on')).toEqual(['email']);
	});

	it('unsubscribes with a link from what may be turned off, never from safeguarding', async () => {
		const teacher = s.classes[0].teacher;
		await processOutbox(t.db, sink.url);
		const mail = to(sink, teacher).find((m) => m.parsed.subject?.includes('review queue'))!;
		const key = (await settingsFor(t.db, { id: teacher.id, schoolId: s.id })).unsubscribeKey;
		expect(mail.raw).toContain(`/unsubscribe/${key}/queue`);
		const header = mail.raw.replace(/\r\n\s+/g, ' ');
		expect(header).toMatch(new RegExp(`List-Unsubscribe: <http://localhost:\\d+/unsubscribe/${key}/queue>`));
		expect(await unsubscribe(t.db, key, 'safeguarding')).toBe(false);
		expect(await unsubscribe(t.db, 'not-a-key', 'queue')).toBe(false);
		expect(await unsubscribe(t.db, key, 'queue')).toBe(true);
		expect(await queueEmail(teacher.id, 'after-unsubscribe')).toEqual([]);
	});
});

describe('delivery', () => {
	it('marks an address the relay refuses for good, and shows it to the admin only', async () => {
		const parent = s.classes[1].parents[1]!;
		await giveAddresses(t.db, s, [parent]);
		sink.refuseNext(1, 550);
		await requestPasswordReset(t.db, { email: addressOf(parent), origin: ORIGIN, ipAddress: '10.0.0.5' });
		expect((await processOutbox(t.db, sink.url)).failed).toBe(1);
		// One list, under Accounts, naming whose address it is; School set-up → Notifications gives its count and links to it.
		const bounces = await listBouncedAddresses(t.db, s.admin.actor);
		expect(bounces).toEqual([expect.objectContaining({ address: addressOf(parent).toLowerCase() })]);
		expect(bounces[0]!.owners).toEqual([expect.objectContaining({ username: parent.username, role: 'parent' })]);
		expect(bounces[0]!.reason).toMatch(/No such mailbox/);
		const admin = await visitorFor(t.db, s.admin.username);
		const notificationsPage = await callLoad(routeFile('(staff)/staff/admin/notifications/+page.server.ts'), admin);
		expect(notificationsPage).toMatchObject({ status: 200, data: { bouncing: { addresses: 1 } } });
		expect(notificationsPage.data).not.toHaveProperty('bounces');
		const accountsPage = await callLoad(routeFile('(staff)/staff/accounts/+page.server.ts'), admin);
		expect((accountsPage.data as { bounces: { id: string }[] }).bounces.map((b) => b.id)).toEqual([bounces[0]!.id]);
		await expect(listBouncedAddresses(t.db, s.classes[0].teacher.actor)).rejects.toThrow(AuthorizationError);
		await expect(listBouncedAddresses(t.db, (await createTestSchool(t.db, 1)).admin.actor)).resolves.toEqual([]);
		expect((await loadPreferences(t.db, parent.actor)).bouncedAt).not.toBeNull();
		// Nothing more is queued for a bounced address until its owner saves it again.
		await requestPasswordReset(t.db, { email: addressOf(parent), origin: ORIGIN, ipAddress: '10.0.0.5' });
		expect((await processOutbox(t.db, sink.url)).sent).toBe(0);
		await savePreferences(t.db, parent.actor, { email: addressOf(parent), 'topic-family-work': 'on' });
		expect(await listBouncedAddresses(t.db, s.admin.actor)).toEqual([]);
	});

	it('waits while the relay is down and delivers exactly once, with the same Message-ID on every try', async () => {
		const parent = s.classes[0].parents[1]!;
		await giveAddresses(t.db, s, [parent]);
		const down = await startSink();
		await down.close();
		const now = new Date();
		await requestPasswordReset(t.db, { email: addressOf(parent), origin: ORIGIN, ipAddress: '10.0.0.6' }, now);
		expect(await processOutbox(t.db, down.url, now)).toEqual({ sent: 0, retrying: 1, failed: 0 });
		sink.refuseNext(1, 451);
		const later = new Date(now.getTime() + RETRY_DELAYS_MS[0] + 1);
		expect(await processOutbox(t.db, sink.url, later)).toEqual({ sent: 0, retrying: 1, failed: 0 });
		const evenLater = new Date(later.getTime() + RETRY_DELAYS_MS[1] + 1);
		expect(await processOutbox(t.db, sink.url, evenLater)).toEqual({ sent: 1, retrying: 0, failed: 0 });
		expect(await processOutbox(t.db, sink.url, new Date(evenLater.getTime() + 86_400_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
		const delivered = to(sink, parent);
		expect(delivered).toHaveLength(1);
		const refused = sink.refused.filter((m) => m.to.includes(addressOf(parent)));
		expect(refused).toHaveLength(1);
		expect(delivered[0]!.parsed.messageId).toBeTruthy();
		expect(refused[0]!.parsed.messageId).toBe(delivered[0]!.parsed.messageId);
		const [row] = await t.db.select().from(notifications).where(eq(notifications.userId, parent.id));
		expect(delivered[0]!.parsed.messageId).toContain(row!.id);
		const [outbox] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.notificationId, row!.id));
		expect(outbox).toMatchObject({ status: 'sent', attempts: 3 });
	});
});
