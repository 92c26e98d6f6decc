// Safeguarding alerts leave the app, against a real SMTP sink: an urgent alert from a
// pupil's message reaches every safeguarding lead within 60 seconds, with nothing of the
// child in it; the head is told when nobody opened it for 30 minutes; the rest wait for the
// lead's daily digest. The scheduler is driven with a clock, never with sleeps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool, type TestUser } from '../support/factories';
import { classRoomId, send } from '../messaging/support';
import { giveAddresses, startSink, to, type Sink } from './support';
import { processOutbox } from '../../../src/lib/server/email/outbox';
import { runScheduledNotifications } from '../../../src/lib/server/notifications/scheduler';
import { getAlertDetail } from '../../../src/lib/server/safeguarding/alert-sources';
import { acknowledgeAlert } from '../../../src/lib/server/safeguarding/alert-inbox';
import { savePreferences } from '../../../src/lib/server/notifications/preferences';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { recordEveryoneSigned } from '../../../src/lib/server/agreements/set-up';
import { notifications, safeguardingAlerts, schools, users } from '../../../src/lib/server/db/schema';

let t: TestDatabase;
let sink: Sink;
beforeAll(async () => {
	t = await openTestDatabase();
	sink = await startSink();
});
afterAll(async () => {
	await sink.close();
	await t.close();
});

const OPTIONS = { queueThresholdMinutes: 20 };
const at = (base: Date, minutes: number): Date => new Date(base.getTime() + minutes * 60_000);

/** A school whose DSL, a deputy DSL and head have addresses. */
async function schoolWithLeads(): Promise<{ s: TestSchool; deputy: TestUser }> {
	const s = await createTestSchool(t.db, 2);
	const [row] = await t.db
		.insert(users)
		.values({ schoolId: s.id, username: `deputy.${s.id.slice(0, 8)}`, role: 'dsl', firstName: 'Deputy', surname: 'Lead', passwordHash: 'x' })
		.returning();
	await recordEveryoneSigned(t.db, { schoolId: s.id, staffIds: [row!.id], pupilIds: [], families: [], now: new Date() });
	const deputy: TestUser = { id: row!.id, username: row!.username, role: 'dsl', actor: await loadActor(t.db, { ...row!, firstName: '', surname: '' }) };
	await giveAddresses(t.db, s, [s.dsl, deputy, s.admin]);
	return { s, deputy };
}

async function alertsOf(s: TestSchool) {
	return t.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.schoolId, s.id));
}

describe('an urgent alert', () => {
	it("reaches the DSL and the deputy within 60 seconds of a pupil's message, saying nothing of the child", async () => {
		const { s, deputy } = await schoolWithLeads();
		const room = await classRoomId(t.db, s, 0);
		const written = new Date();
		await send(t.db, s.classes[0].pupils[0]!.actor, room, 'meet me at the park after school on saturday', written);
		const [alert] = await alertsOf(s);
		const [school] = await t.db.select().from(schools).where(eq(schools.id, s.id));
		expect(alert!.kind).toBe('meeting-request');
		// The outbox loop checks every few seconds and is woken at once; here it is run by hand.
		await processOutbox(t.db, sink.url, at(written, 0.1));
		for (const lead of [s.dsl, deputy]) {
			const mail = to(sink, lead);
			expect(mail).toHaveLength(1);
			const { parsed, raw } = mail[0]!;
			expect(parsed.subject).toContain('Urgent safeguarding alert');
			expect(parsed.subject).toContain(school!.name);
			expect(parsed.text).toContain(school!.name);
			expect(parsed.text).toContain(`/staff/alerts/${alert!.id}`);
			expect(parsed.html).toBeTruthy();
			expect(parsed.headers.has('list-unsubscribe')).toBe(false);
			for (const secret of ['park', 'saturday', 'PupilA1', 'SurnameA1', s.classes[0].pupils[0]!.username]) expect(raw).not.toContain(secret);
		}
		const sent = await t.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.targetId, alert!.id), eq(notifications.channel, 'email')));
		expect(sent).toHaveLength(2);
		for (const n of sent) expect(n.sentAt!.getTime() - written.getTime()).toBeLessThan(60_000);
		expect(to(sink, s.admin)).toHaveLength(0);
	});

	it('emails the head once when no safeguarding lead opened it within 30 minutes', async () => {
		const { s } = await schoolWithLeads();
		const room = await classRoomId(t.db, s, 0);
		const raised = new Date();
		await send(t.db, s.classes[0].pupils[1]!.actor, room, "this is our secret, don't tell your mum", raised);
		const [alert] = await alertsOf(s);
		await processOutbox(t.db, sink.url, raised);
		await runScheduledNotifications(t.db, at(raised, 29), OPTIONS);
		await processOutbox(t.db, sink.url, at(raised, 29));
		expect(to(sink, s.admin)).toHaveLength(0);
		// Two app processes' schedulers at the same moment, then a later tick: still one email.
		await Promise.all([runScheduledNotifications(t.db, at(raised, 31), OPTIONS), runScheduledNotifications(t.db, at(raised, 31), OPTIONS)]);
		await runScheduledNotifications(t.db, at(raised, 32), OPTIONS);
		await processOutbox(t.db, sink.url, at(raised, 32));
		const mail = to(sink, s.admin);
		expect(mail).toHaveLength(1);
		expect(mail[0]!.parsed.subject).toContain('has not been opened');
		expect(mail[0]!.parsed.text).toContain(`/staff/alerts/${alert!.id}`);
		expect(mail[0]!.raw).not.toContain('secret');
	});

	it('does not trouble the head when a safeguarding lead opened it, and records when', async () => {
		const { s, deputy } = await schoolWithLeads();
		const room = await classRoomId(t.db, s, 0);
		const raised = new Date();
		await send(t.db, s.classes[0].pupils[0]!.actor, room, 'can we meet up at the shops', raised);
		const [alert] = await alertsOf(s);
		await getAlertDetail(t.db, deputy.actor, alert!.id);
		await runScheduledNotifications(t.db, at(raised, 40), OPTIONS);
		await processOutbox(t.db, sink.url, at(raised, 40));
		expect(to(sink, s.admin)).toHaveLength(0);
		const deputyRows = await t.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.targetId, alert!.id), eq(notifications.userId, deputy.id)));
		expect(deputyRows.every((n) => n.openedAt !== null)).toBe(true);
		await acknowledgeAlert(t.db, s.dsl.actor, alert!.id);
		const acted = await t.db.select().from(notifications).where(eq(notifications.targetId, alert!.id));
		expect(acted.every((n) => n.actedAt !== null)).toBe(true);
	});
});

describe("an urgent alert's email", () => {
	it('names the kind in adult words, and never the message or any child', async () => {
		const { s } = await schoolWithLeads();
		const room = await classRoomId(t.db, s, 0);
		const cases: [string, string, RegExp, string[]][] = [
			["I don't want to be alive anymore", 'self-harm', /possible self-harm/, ['alive', 'anymore']],
			["I'll buy you robux if you send a pic", 'grooming-signs', /possible grooming/, ['robux']],
			["don't tell your mum, meet me at the park after school", 'meeting-request', /a meeting or whereabouts with secrecy/, ['park', 'tell your']]
		];
		const pupils = s.classes[0].pupils;
		const names = await t.db
			.select({ firstName: users.firstName, surname: users.surname, username: users.username })
			.from(users)
			.where(eq(users.schoolId, s.id));
		for (const [i, [words, kind, subject, secrets]] of cases.entries()) {
			const before = to(sink, s.dsl).length;
			await send(t.db, pupils[i % pupils.length]!.actor, room, words, new Date());
			const alerts = await alertsOf(s);
			expect(alerts.some((a) => a.kind === kind && a.severity === 'urgent')).toBe(true);
			await processOutbox(t.db, sink.url);
			const mail = to(sink, s.dsl).slice(before);
			expect(mail.length).toBeGreaterThanOrEqual(1);
			expect(mail.some((m) => subject.test(m.parsed.subject ?? ''))).toBe(true);
			for (const m of mail) {
				for (const secret of secrets) expect(m.raw.toLowerCase()).not.toContain(secret);
				for (const n of names.filter((x) => x.username !== s.dsl.username)) {
					expect(m.raw).not.toContain(n.username);
					expect(m.raw).not.toMatch(new RegExp(`\\b${n.firstName}\\b`));
				}
			}
		}
	});
});

describe('the daily digest', () => {
	it('sends alerts that are not urgent once, at the time the DSL chose', async () => {
		const { s } = await schoolWithLeads();
		await savePreferences(t.db, s.dsl.actor, { email: `${s.dsl.username}@homes.example`, digestTime: '16:30' });
		// 1 December 2026 is in GMT, so London time equals UTC.
		const morning = new Date('2026-12-01T10:00:00Z');
		await t.db.insert(safeguardingAlerts).values({
			schoolId: s.id,
			kind: 'repeated-blocked-details',
			severity: 'high',
			pupilId: s.classes[0].pupils[0]!.id,
			sourceType: 'blocked-attempt',
			sourceId: s.id,
			summary: 'PupilA1 tried to share personal details 3 times in 7 days.',
			createdAt: morning
		});
		await processOutbox(t.db, sink.url, morning);
		expect(to(sink, s.dsl)).toHaveLength(0);
		await runScheduledNotifications(t.db, new Date('2026-12-01T16:00:00Z'), OPTIONS);
		await processOutbox(t.db, sink.url, new Date('2026-12-01T16:00:00Z'));
		expect(to(sink, s.dsl)).toHaveLength(0);
		for (const time of ['16:31', '17:00', '18:00']) await runScheduledNotifications(t.db, new Date(`2026-12-01T${time}:00Z`), OPTIONS);
		await processOutbox(t.db, sink.url, new Date('2026-12-01T18:00:00Z'));
		const digests = to(sink, s.dsl);
		expect(digests).toHaveLength(1);
		expect(digests[0]!.parsed.text).toContain('1 safeguarding alert is waiting');
		expect(digests[0]!.raw).not.toContain('PupilA1');
	});
});
