// Teachers and families by email, against a real SMTP sink: a teacher hears when their
// queue waited too long on a school day, at most once an hour, with the count and the
// oldest's age; a parent hears that their child shared a piece of work, without the work,
// the child's name or anyone else's; a family who turned that off hears nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { classRoomId, send } from '../messaging/support';
import { decide, writing } from '../sharing/support';
import { giveAddresses, startSink, to, type Sink } from './support';
import { processOutbox } from '../../../src/lib/server/email/outbox';
import { runScheduledNotifications } from '../../../src/lib/server/notifications/scheduler';
import { savePreferences } from '../../../src/lib/server/notifications/preferences';
import { createWork } from '../../../src/lib/server/sharing/create-work';
import { shareWork } from '../../../src/lib/server/sharing/share';
import { remindFamilies } from '../../../src/lib/server/agreements/notices';
import { createIncident } from '../../../src/lib/server/safeguarding/incidents';
import { notifyParents } from '../../../src/lib/server/safeguarding/sanctions';
import { getTermSettings, updateTermDates, type TermDatesForm } from '../../../src/lib/server/curriculum/term-settings';

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
// Tuesday 1 December 2026; London is on GMT, so these are London times.
const tuesday = (time: string): Date => new Date(`2026-12-01T${time}:00Z`);

describe("a teacher's waiting queue", () => {
	let s: TestSchool;
	beforeAll(async () => {
		s = await createTestSchool(t.db, 2);
		await giveAddresses(t.db, s, [s.classes[0].teacher, s.classes[1].teacher]);
	});

	it('emails after the threshold during the school day, at most once an hour, with the count and the oldest age', async () => {
		const room = await classRoomId(t.db, s, 0);
		await send(t.db, s.classes[0].pupils[0]!.actor, room, 'I finished my times tables', tuesday('10:00'));
		await send(t.db, s.classes[0].pupils[1]!.actor, room, 'Can we do art later', tuesday('10:05'));
		const teacher = s.classes[0].teacher;
		const run = async (time: string) => {
			await runScheduledNotifications(t.db, tuesday(time), OPTIONS);
			await processOutbox(t.db, sink.url, tuesday(time));
		};
		await run('10:15');
		expect(to(sink, teacher)).toHaveLength(0);
		await run('10:21');
		expect(to(sink, teacher)).toHaveLength(1);
		expect(to(sink, teacher)[0]!.parsed.text).toContain('1 item has waited more than 20 minutes in your review queue; the oldest has waited 21 minutes.');
		await run('10:50');
		expect(to(sink, teacher)).toHaveLength(1);
		await run('11:22');
		const mail = to(sink, teacher);
		expect(mail).toHaveLength(2);
		expect(mail[1]!.parsed.text).toContain('2 items have waited more than 20 minutes');
		expect(mail[1]!.parsed.text).toContain('the oldest has waited 82 minutes');
		for (const m of mail) for (const secret of ['times tables', 'art later', 'PupilA1', 'PupilA2']) expect(m.raw).not.toContain(secret);
		// Only the class's own teacher hears about it.
		expect(to(sink, s.classes[1].teacher)).toHaveLength(0);
	});

	it('says nothing out of school hours, at weekends, or when the teacher turned it off', async () => {
		const room = await classRoomId(t.db, s, 1);
		await send(t.db, s.classes[1].pupils[0]!.actor, room, 'Hello from class B', new Date('2026-12-05T10:00:00Z'));
		for (const at of ['2026-12-05T11:00:00Z', '2026-12-06T12:00:00Z', '2026-12-07T07:30:00Z', '2026-12-04T18:00:00Z'])
			await runScheduledNotifications(t.db, new Date(at), OPTIONS);
		await processOutbox(t.db, sink.url, new Date('2026-12-07T07:30:00Z'));
		expect(to(sink, s.classes[1].teacher)).toHaveLength(0);
		await savePreferences(t.db, s.classes[1].teacher.actor, { email: `${s.classes[1].teacher.username}@homes.example` });
		await runScheduledNotifications(t.db, new Date('2026-12-07T09:00:00Z'), OPTIONS);
		await processOutbox(t.db, sink.url, new Date('2026-12-07T09:00:00Z'));
		expect(to(sink, s.classes[1].teacher)).toHaveLength(0);
	});

	it("follows the school's own term dates: nothing in the holidays, and a moved term end counts", async () => {
		const school = await createTestSchool(t.db, 2);
		const teacher = school.classes[0].teacher;
		await giveAddresses(t.db, school, [teacher]);
		const calendar = await getTermSettings(t.db, school.admin.actor, { today: '2026-12-01' });
		const autumn = calendar.terms.find((term) => term.name === 'autumn')!;
		// Tuesday 22 December 2026 is after the default autumn term (it ends on Friday 18th).
		expect(autumn.endsOn < '2026-12-22').toBe(true);
		const holiday = (time: string): Date => new Date(`2026-12-22T${time}:00Z`);
		await send(t.db, school.classes[0].pupils[0]!.actor, await classRoomId(t.db, school, 0), 'Can I show you my snowman', holiday('10:00'));
		for (const time of ['10:30', '11:45', '14:00']) await runScheduledNotifications(t.db, holiday(time), OPTIONS);
		await processOutbox(t.db, sink.url, holiday('14:00'));
		expect(to(sink, teacher)).toHaveLength(0);

		// The head moves the end of term to the 23rd on the term dates page: now it is a school day.
		const form = Object.fromEntries(
			calendar.terms.flatMap((term) => [
				[`${term.name}StartsOn`, term.startsOn],
				[`${term.name}EndsOn`, term.endsOn]
			])
		) as TermDatesForm;
		await updateTermDates(t.db, school.admin.actor, { ...form, autumnEndsOn: '2026-12-23' }, { today: '2026-12-01' });
		await runScheduledNotifications(t.db, holiday('14:30'), OPTIONS);
		await processOutbox(t.db, sink.url, holiday('14:30'));
		expect(to(sink, teacher)).toHaveLength(1);
		expect(to(sink, teacher)[0]!.parsed.text).toContain('the oldest has waited 270 minutes');
		// Still at most once an hour.
		await runScheduledNotifications(t.db, holiday('15:15'), OPTIONS);
		await processOutbox(t.db, sink.url, holiday('15:15'));
		expect(to(sink, teacher)).toHaveLength(1);
		await runScheduledNotifications(t.db, holiday('15:31'), OPTIONS);
		await processOutbox(t.db, sink.url, holiday('15:31'));
		expect(to(sink, teacher)).toHaveLength(2);
	});
});

describe('a family', () => {
	it('hears that their child shared a piece of work, with none of the work or any child in the email', async () => {
		const s = await createTestSchool(t.db, 2);
		const pupil = s.classes[0].pupils[0];
		await giveAddresses(t.db, s, [...s.classes[0].parents, s.classes[0].teacher]);
		const made = await createWork(t.db, pupil!.actor, writing('My volcano poem', 'Lava glows like orange soup'), []);
		if (made.outcome !== 'created') throw new Error('work was blocked');
		await shareWork(t.db, pupil!.actor, made.work.id);
		await processOutbox(t.db, sink.url);
		expect(to(sink, s.classes[0].parent)).toHaveLength(0);
		await decide(t.db, s.classes[0].teacher.actor, made.work.id);
		await processOutbox(t.db, sink.url);
		const mail = to(sink, s.classes[0].parent);
		expect(mail).toHaveLength(1);
		expect(mail[0]!.parsed.subject).toContain('Your child shared a piece of work with you');
		expect(mail[0]!.parsed.text).toContain('/parent');
		for (const secret of ['volcano', 'Lava', 'orange soup', 'PupilA1', 'SurnameA1', 'PupilA2', pupil!.username]) expect(mail[0]!.raw).not.toContain(secret);
		expect(mail[0]!.raw.replace(/\r\n\s+/g, ' ')).toMatch(/List-Unsubscribe: <[^>]+\/family-work>/);
		// Another family is not told.
		expect(to(sink, s.classes[0].parents[1]!)).toHaveLength(0);
	});

	it('hears nothing when they turned these emails off', async () => {
		const s = await createTestSchool(t.db, 1);
		const parent = s.classes[0].parent;
		await savePreferences(t.db, parent.actor, { email: `${parent.username}@homes.example` });
		const made = await createWork(t.db, s.classes[0].pupils[0]!.actor, writing('Rainbow', 'Seven colours in the sky'), []);
		if (made.outcome !== 'created') throw new Error('work was blocked');
		await shareWork(t.db, s.classes[0].pupils[0]!.actor, made.work.id);
		await decide(t.db, s.classes[0].teacher.actor, made.work.id);
		await processOutbox(t.db, sink.url);
		expect(to(sink, parent)).toHaveLength(0);
	});
});

describe('notices to a family', () => {
	it("hear about a teacher's agreement reminder as a sentence and a link, and may turn it off", async () => {
		const s = await createTestSchool(t.db, 2);
		const parent = s.classes[0].parent;
		await giveAddresses(t.db, s, [parent, s.classes[0].parents[1]!]);
		expect(await remindFamilies(t.db, s.classes[0].teacher.actor, s.classes[0].id, s.classes[0].pupils[0]!.id)).toBe(1);
		await processOutbox(t.db, sink.url);
		const reminder = to(sink, parent);
		expect(reminder).toHaveLength(1);
		expect(reminder[0]!.parsed.text).toContain('/parent/agreements');
		expect(reminder[0]!.raw).not.toContain('PupilA1');
		expect(reminder[0]!.raw.replace(/\r\n\s+/g, ' ')).toMatch(/List-Unsubscribe: <[^>]+\/family-reminders>/);
		expect(to(sink, s.classes[0].parents[1]!)).toHaveLength(0);
		await savePreferences(t.db, parent.actor, { email: `${parent.username}@homes.example`, 'topic-family-work': 'on' });
		await remindFamilies(t.db, s.classes[0].teacher.actor, s.classes[0].id, s.classes[0].pupils[0]!.id);
		await processOutbox(t.db, sink.url);
		expect(to(sink, parent)).toHaveLength(1);
	});

	it("emails the DSL's note about a child as 'a note is waiting', with no unsubscribe", async () => {
		const s = await createTestSchool(t.db, 2);
		const parent = s.classes[0].parent;
		await giveAddresses(t.db, s, [parent]);
		const incident = await createIncident(t.db, s.dsl.actor, {
			reportedById: s.classes[0].teacher.id,
			reportedToId: s.dsl.id,
			occurredAt: new Date(Date.now() - 3_600_000),
			reportedAt: new Date(Date.now() - 3_000_000),
			pupilIds: [s.classes[0].pupils[0]!.id],
			staffIds: [],
			description: 'Shared a photo of a classmate without asking.',
			categoryKey: 'pupil-C'
		});
		await notifyParents(t.db, s.dsl.actor, incident.id, {
			pupilId: s.classes[0].pupils[0]!.id,
			method: 'phone',
			message: 'Please talk with PupilA1 about sharing photos of PupilA2.'
		});
		await processOutbox(t.db, sink.url);
		const mail = to(sink, parent);
		expect(mail).toHaveLength(1);
		expect(mail[0]!.parsed.subject).toContain('A note from the school about your child');
		expect(mail[0]!.parsed.text).toContain('/parent/notices');
		expect(mail[0]!.parsed.headers.has('list-unsubscribe')).toBe(false);
		for (const secret of ['PupilA1', 'PupilA2', 'sharing photos']) expect(mail[0]!.raw).not.toContain(secret);
	});
});
