// The moderation loop on a real database: bulk approval leaves what needs a look, photos must
// be opened, reports are upheld or dismissed with the reporter told, approved things can be
// taken down, and alerts keep a copy of their source. Each rule is also tried from the wrong
// side: another class, another school, a lower role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { classRoomId, send } from '../messaging/support';
import { reportedMessage } from '../safeguarding/support';
import { photos, plainPng, queueItemFor, removeTemporaryUploads, useTemporaryUploads } from '../sharing/support';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { decideItem } from '../../../src/lib/server/moderation/decide';
import { bulkApproveClean } from '../../../src/lib/server/moderation/bulk';
import { readRoom } from '../../../src/lib/server/messaging/history';
import { createWork } from '../../../src/lib/server/sharing/create-work';
import { shareWork } from '../../../src/lib/server/sharing/share';
import { openWorkFile } from '../../../src/lib/server/sharing/files';
import { listFamilyWork } from '../../../src/lib/server/sharing/family';
import { listOwnNotes } from '../../../src/lib/server/moderation/pupil-notes';
import { getAlertDetail } from '../../../src/lib/server/safeguarding/alert-sources';
import { draftIncident } from '../../../src/lib/server/safeguarding/incident-drafts';
import { raiseWorry } from '../../../src/lib/server/safeguarding/concerns';
import { auditLog, messagingPauses, safeguardingAlerts, workFiles } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let roomA: string;
let uploads: string;
beforeAll(async () => {
	uploads = useTemporaryUploads();
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 4);
	other = await createTestSchool(t.db, 1);
	roomA = await classRoomId(t.db, s, 0);
});
afterAll(async () => {
	await t.close();
	removeTemporaryUploads(uploads);
});

const A = () => s.classes[0];
const queued = async (body: string) => (await listQueue(t.db, A().teacher.actor)).find((i) => i.body === body)!;
const classmateSees = async (messageId: string) => (await readRoom(t.db, A().pupils[3]!.actor, roomA)).messages.some((m) => m.id === messageId);

async function photoWork(title: string) {
	const made = await createWork(t.db, A().pupils[2]!.actor, photos(title), [await plainPng()]);
	if (made.outcome !== 'created') throw new Error('photo work should be created');
	await shareWork(t.db, A().pupils[2]!.actor, made.work.id);
	return made.work;
}

describe('bulk approve', () => {
	it('takes only what cannot need a look: not a report, a held message, a photo or a pupil under a sanction', async () => {
		const { reportItem } = await reportedMessage(t.db, s, 'A clean message a classmate reported');
		await send(t.db, A().pupils[0]!.actor, roomA, 'A clean message for everyone');
		await send(t.db, A().pupils[1]!.actor, roomA, 'you are so stupid and horrible');
		const work = await photoWork('Bulk pond photo');

		const queue = await listQueue(t.db, A().teacher.actor);
		const photoItem = queue.find((i) => i.targetId === work.id)!;
		expect(photoItem.images).toHaveLength(1);
		expect(queue.filter((i) => i.bulkEligible).map((i) => i.body)).toEqual(['A clean message for everyone']);

		const everything = queue.map((i) => ({ itemId: i.id, expectedVersion: i.version }));
		const result = await bulkApproveClean(t.db, A().teacher.actor, everything);
		expect(result.approved).toEqual([queue.find((i) => i.body === 'A clean message for everyone')!.id]);
		const whys = Object.fromEntries(result.skipped.map((x) => [x.itemId, x.why]));
		expect(whys[reportItem.id]).toBe('a pupil reported it: needs a look');
		expect(whys[photoItem.id]).toBe('has photos: open each one');
		expect(whys[queue.find((i) => i.body === 'you are so stupid and horrible')!.id]).toBe('held by the screen: needs a look');
		const left = (await listQueue(t.db, A().teacher.actor)).map((i) => i.id);
		expect(left).toEqual(expect.arrayContaining([reportItem.id, photoItem.id]));
	});

	it('skips a clean message by a pupil whose messaging is paused', async () => {
		const writer = A().pupils[0]!;
		await send(t.db, writer.actor, roomA, 'Clean words before a pause');
		const item = await queued('Clean words before a pause');
		await t.db.insert(messagingPauses).values({
			schoolId: s.id,
			pupilId: writer.id,
			startsAt: new Date(Date.now() - 1000),
			endsAt: new Date(Date.now() + 86_400_000),
			reason: 'test sanction'
		});
		expect((await queued('Clean words before a pause')).bulkEligible).toBe(false);
		const result = await bulkApproveClean(t.db, A().teacher.actor, [{ itemId: item.id, expectedVersion: item.version }]);
		expect(result).toEqual({ approved: [], skipped: [{ itemId: item.id, why: 'the writer’s messaging is paused: needs a look' }] });
		await t.db.delete(messagingPauses).where(eq(messagingPauses.pupilId, writer.id));
	});
});

describe('a photo waiting for approval', () => {
	it('cannot be approved until this teacher has opened each image; a thumbnail does not count', async () => {
		const work = await photoWork('Frog photo');
		const item = await queueItemFor(t.db, work.id);
		const approve = () => decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		await expect(approve()).rejects.toBeInstanceOf(InputError);
		const [file] = await t.db.select().from(workFiles).where(eq(workFiles.workId, work.id));
		// The queue's thumbnail is a glimpse, not a look.
		await openWorkFile(t.db, A().teacher.actor, file!.id, new Date(), 'thumbnail');
		await expect(approve()).rejects.toThrow(/Open the photo before approving/);
		await openWorkFile(t.db, A().teacher.actor, file!.id);
		expect((await approve()).status).toBe('approved');
	});
});

describe('reports', () => {
	it('"the report is right" removes the message and tells the reporter kindly', async () => {
		const { message, reportItem, reporter, writer } = await reportedMessage(t.db, s, 'Words that really were unkind');
		await expect(
			decideItem(t.db, s.classes[1].teacher.actor, { itemId: reportItem.id, action: 'uphold', expectedVersion: reportItem.version })
		).rejects.toBeInstanceOf(AuthorizationError);
		await expect(
			decideItem(t.db, other.classes[0].teacher.actor, { itemId: reportItem.id, action: 'uphold', expectedVersion: reportItem.version })
		).rejects.toBeInstanceOf(AuthorizationError);
		await expect(decideItem(t.db, A().teacher.actor, { itemId: reportItem.id, action: 'approve', expectedVersion: reportItem.version })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		const outcome = await decideItem(t.db, A().teacher.actor, { itemId: reportItem.id, action: 'uphold', expectedVersion: reportItem.version });
		expect(outcome.status).toBe('upheld');
		expect(await classmateSees(message.id)).toBe(false);
		expect((await listOwnNotes(t.db, reporter.id))[0]?.body).toMatch(/^Thank you for telling us about a message\. Your teacher agreed/);
		expect(await listOwnNotes(t.db, writer.id)).toEqual([]);
	});

	it('"the report is not needed" keeps the message and tells the reporter with the teacher’s words', async () => {
		const { message, reportItem, reporter } = await reportedMessage(t.db, s, 'A joke about the football');
		await expect(
			decideItem(t.db, A().teacher.actor, { itemId: reportItem.id, action: 'dismiss', expectedVersion: reportItem.version, note: 'x'.repeat(501) })
		).rejects.toBeInstanceOf(InputError);
		await decideItem(t.db, A().teacher.actor, {
			itemId: reportItem.id,
			action: 'dismiss',
			expectedVersion: reportItem.version,
			note: 'It was a joke between friends.'
		});
		expect(await classmateSees(message.id)).toBe(true);
		const [note] = await listOwnNotes(t.db, reporter.id);
		expect(note?.body).toContain('“It was a joke between friends.”');
	});
});

describe('take-down', () => {
	it('removes an approved message from the class with a reason, tells the writer kindly and audits it', async () => {
		await send(t.db, A().pupils[0]!.actor, roomA, 'An approved message that was a mistake');
		const item = await queued('An approved message that was a mistake');
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		const messageId = item.targetId;
		expect(await classmateSees(messageId)).toBe(true);
		const takeDown = (who: typeof s.dsl.actor, note: string) =>
			decideItem(t.db, who, { itemId: item.id, action: 'take-down', expectedVersion: item.version + 1, note });

		await expect(takeDown(A().teacher.actor, '')).rejects.toBeInstanceOf(InputError);
		await expect(takeDown(s.classes[1].teacher.actor, 'not my class')).rejects.toBeInstanceOf(AuthorizationError);
		await expect(takeDown(other.classes[0].teacher.actor, 'not my school')).rejects.toBeInstanceOf(AuthorizationError);
		await expect(takeDown(A().pupils[1]!.actor, 'a pupil')).rejects.toBeInstanceOf(AuthorizationError);
		expect(await classmateSees(messageId)).toBe(true);

		expect((await takeDown(A().teacher.actor, 'Names a child from another school')).status).toBe('removed');
		expect(await classmateSees(messageId)).toBe(false);
		expect((await listOwnNotes(t.db, A().pupils[0]!.id))[0]?.body).toMatch(/taken down a message you wrote in class chat/);
		const [audit] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'moderation.take-down'), eq(auditLog.targetId, messageId)));
		expect(audit?.details).toMatchObject({ note: 'Names a child from another school', to: 'removed' });
	});

	it('takes approved work away from the family', async () => {
		const work = await photoWork('A photo shared by mistake');
		const item = await queueItemFor(t.db, work.id);
		for (const f of await t.db.select().from(workFiles).where(eq(workFiles.workId, work.id))) await openWorkFile(t.db, A().teacher.actor, f.id);
		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'approve', expectedVersion: item.version });
		const parent = A().parents[2]!;
		const sees = async () => ((await listFamilyWork(t.db, parent.actor))[A().pupils[2]!.id] ?? []).some((w) => w.id === work.id);
		expect(await sees()).toBe(true);
		await decideItem(t.db, s.dsl.actor, { itemId: item.id, action: 'take-down', expectedVersion: item.version + 1, note: 'Shows a child without consent' });
		expect(await sees()).toBe(false);
	});
});

describe('a secrecy alert', () => {
	it('shows the message that caused it while it waits and after it is rejected, with where it stands now', async () => {
		await send(t.db, A().pupils[1]!.actor, roomA, "don't tell your mum, it is our secret");
		const item = await queued("don't tell your mum, it is our secret");
		const [alert] = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.schoolId, s.id), eq(safeguardingAlerts.kind, 'secrecy-request')))
			.orderBy(desc(safeguardingAlerts.createdAt));
		// A pupil's secrecy on its own is a high alert (the screen's severity: urgent needs a meeting or an unknown adult too).
		expect(alert?.severity).toBe('high');

		const waiting = await getAlertDetail(t.db, s.dsl.actor, alert!.id);
		expect(waiting.evidence?.body).toBe("don't tell your mum, it is our secret");
		expect(waiting.state).toBe('waiting');
		expect(waiting.source?.link).toBe(`/staff/moderation#item-${item.id}`);

		await decideItem(t.db, A().teacher.actor, { itemId: item.id, action: 'reject', expectedVersion: item.version, reasonCode: 'might-upset' });
		const rejected = await getAlertDetail(t.db, s.dsl.actor, alert!.id);
		expect(rejected.state).toBe('rejected');
		expect(rejected.evidence?.body).toBe("don't tell your mum, it is our secret");
		await expect(getAlertDetail(t.db, other.dsl.actor, alert!.id)).rejects.toThrow();
		await expect(getAlertDetail(t.db, A().teacher.actor, alert!.id)).rejects.toBeInstanceOf(AuthorizationError);
	});
});

describe('escalating with a note', () => {
	it('puts the teacher’s words in front of the DSL', async () => {
		await send(t.db, A().pupils[0]!.actor, roomA, 'you are so stupid and rude');
		const held = await queued('you are so stupid and rude');
		await decideItem(t.db, A().teacher.actor, {
			itemId: held.id,
			action: 'escalate',
			expectedVersion: held.version,
			note: 'Third time this week; her mum phoned.'
		});
		const dslItem = (await listQueue(t.db, s.dsl.actor)).find((i) => i.id === held.id)!;
		expect(dslItem.escalationNote).toBe('Third time this week; her mum phoned.');
	});
});

describe('an incident opened from a report', () => {
	it('names the pupil who reported it as the reporter and the writer as involved, from the item or its alert', async () => {
		const { reportItem, alert, reporter, writer } = await reportedMessage(t.db, s, 'Words a classmate found unkind');
		for (const from of [{ itemId: reportItem.id }, { alertId: alert.id }]) {
			const draft = await draftIncident(t.db, s.dsl.actor, from);
			expect(draft.reportedById).toBe(reporter.id);
			expect(draft.pupilIds).toEqual([writer.id]);
			expect(draft.evidence).toHaveLength(1);
			expect(draft.evidence[0]!.preview.reportNotes).toEqual([expect.stringContaining('This upset me')]);
		}
		await expect(draftIncident(t.db, other.dsl.actor, { itemId: reportItem.id })).rejects.toThrow();
		await expect(draftIncident(t.db, A().teacher.actor, { itemId: reportItem.id })).rejects.toBeInstanceOf(AuthorizationError);
	});
});

describe('"I\u2019m worried"', () => {
	it('reaches the DSL as an urgent alert with the words kept for the DSL only, never in the summary', async () => {
		const pupil = A().pupils[1]!;
		await raiseWorry(t.db, pupil.actor, { words: 'someone online keeps asking where I live' });
		const [alert] = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.schoolId, s.id), eq(safeguardingAlerts.kind, 'pupil-worried')));
		expect(alert?.severity).toBe('urgent');
		expect(alert?.pupilId).toBe(pupil.id);
		expect(alert?.summary).not.toContain('where I live');
		const detail = await getAlertDetail(t.db, s.dsl.actor, alert!.id);
		expect(detail.evidence?.body).toBe('someone online keeps asking where I live');
		await expect(getAlertDetail(t.db, other.dsl.actor, alert!.id)).rejects.toThrow();
	});

	it('is for pupils about themselves: staff and parents use their own routes', async () => {
		await expect(raiseWorry(t.db, A().parent.actor, { words: '' })).rejects.toBeInstanceOf(AuthorizationError);
		await expect(raiseWorry(t.db, A().teacher.actor, { words: '' })).rejects.toBeInstanceOf(AuthorizationError);
	});
});

describe('who may decide', () => {
	it('is the one permission rule: a teacher of the class whose staff agreement is not signed cannot decide', async () => {
		await send(t.db, A().pupils[0]!.actor, roomA, 'A message for an unsigned teacher');
		const item = await queued('A message for an unsigned teacher');
		// The queue's own rules (domain/moderation/transitions.ts) would let this teacher act;
		// only `can(actor, 'moderation.decide', …)` in decide.ts closes the gate.
		const unsigned = { ...A().teacher.actor, gate: { open: false, missing: ['staff-agreement'] } };
		await expect(decideItem(t.db, unsigned, { itemId: item.id, action: 'approve', expectedVersion: item.version })).rejects.toBeInstanceOf(AuthorizationError);
		expect((await queued('A message for an unsigned teacher')).status).toBe('pending');
	});
});
