// Sharing with a family on a real database: the pupil shares, the teacher decides in the
// queue, the pupil's own parents see it while their consents allow, and nobody else ever
// does: not another family, another class's teacher, a classmate or another school.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool, type TestUser } from '../support/factories';
import { decide, gpsJpeg, photos, queueItemFor, useTemporaryUploads, removeTemporaryUploads, writing } from './support';
import { createWork } from '../../../src/lib/server/sharing/create-work';
import { shareWork, unshareWork } from '../../../src/lib/server/sharing/share';
import { listFamilyWork } from '../../../src/lib/server/sharing/family';
import { openWorkFile } from '../../../src/lib/server/sharing/files';
import { listOwnWork } from '../../../src/lib/server/sharing/pupil-work';
import { listQueue } from '../../../src/lib/server/moderation/queue';
import { recordConsent } from '../../../src/lib/server/agreements/consents';
import { auditLog, parentLinks, safeguardingAlerts, workFiles, type WorkItemRow } from '../../../src/lib/server/db/schema';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let uploads: string;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	uploads = useTemporaryUploads();
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	other = await createTestSchool(t.db, 1);
});
afterAll(async () => {
	await t.close();
	removeTemporaryUploads(uploads);
});

const A = () => s.classes[0];
const made = async (who: TestUser, result: Awaited<ReturnType<typeof createWork>>): Promise<WorkItemRow> => {
	if (result.outcome !== 'created') throw new Error(`expected created for ${who.username}`);
	return result.work;
};
const fileOf = async (workId: string) => (await t.db.select().from(workFiles).where(eq(workFiles.workId, workId)))[0]!;
const familySees = async (parent: TestUser, pupilId: string) => ((await listFamilyWork(t.db, parent.actor))[pupilId] ?? []).map((w) => w.title);

describe('a shared photo', () => {
	let work: WorkItemRow;
	beforeAll(async () => {
		work = await made(A().pupils[0]!, await createWork(t.db, A().pupils[0]!.actor, photos('Our pond', 'Frogspawn!'), [await gpsJpeg()]));
	});

	it('stays private until shared, then waits in the teacher queue', async () => {
		expect(await familySees(A().parent, A().pupils[0]!.id)).not.toContain('Our pond');
		const shared = await shareWork(t.db, A().pupils[0]!.actor, work.id);
		expect(shared.shareStatus).toBe('pending');
		const queue = await listQueue(t.db, A().teacher.actor);
		const item = queue.find((i) => i.targetId === work.id)!;
		expect(item.targetType).toBe('shared-work');
		expect(item.body).toBe('Our pond\n\nFrogspawn!');
		expect(item.title).toContain('1 photo');
		expect(await familySees(A().parent, A().pupils[0]!.id)).not.toContain('Our pond');
		await expect(openWorkFile(t.db, A().parent.actor, (await fileOf(work.id)).id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await listQueue(t.db, s.classes[1].teacher.actor)).some((i) => i.targetId === work.id)).toBe(false);
	});

	it('refuses a second share while waiting', async () => {
		await expect(shareWork(t.db, A().pupils[0]!.actor, work.id)).rejects.toBeInstanceOf(InputError);
	});

	it('reaches the pupil own parent once the teacher approves, and the file opens for them', async () => {
		await decide(t.db, A().teacher.actor, work.id);
		expect(await familySees(A().parent, A().pupils[0]!.id)).toContain('Our pond');
		const opened = await openWorkFile(t.db, A().parent.actor, (await fileOf(work.id)).id);
		expect(opened.contentType).toBe('image/jpeg');
	});

	it('is never shown to another family, another class teacher, a classmate or another school', async () => {
		const file = (await fileOf(work.id)).id;
		for (const stranger of [
			A().parents[1]!,
			s.classes[1].parent,
			s.classes[1].teacher,
			A().pupils[1]!,
			other.classes[0].parent,
			other.admin,
			other.classes[0].teacher
		]) {
			await expect(openWorkFile(t.db, stranger.actor, file), stranger.username).rejects.toBeInstanceOf(AuthorizationError);
		}
		expect(
			Object.values(await listFamilyWork(t.db, A().parents[1]!.actor))
				.flat()
				.map((w) => w.id)
		).not.toContain(work.id);
	});

	it('hides at once when the photographs consent is withdrawn, and returns when given again', async () => {
		await recordConsent(t.db, A().parent.actor, { pupilId: A().pupils[0]!.id, kind: 'photographs', decision: 'refused' });
		expect(await familySees(A().parent, A().pupils[0]!.id)).not.toContain('Our pond');
		await expect(openWorkFile(t.db, A().parent.actor, (await fileOf(work.id)).id)).rejects.toBeInstanceOf(NotFoundError);
		await recordConsent(t.db, A().parent.actor, { pupilId: A().pupils[0]!.id, kind: 'photographs', decision: 'given' });
		expect(await familySees(A().parent, A().pupils[0]!.id)).toContain('Our pond');
	});

	it('hides when the pupil takes it back; sharing again needs a new approval', async () => {
		await unshareWork(t.db, A().pupils[0]!.actor, work.id);
		expect(await familySees(A().parent, A().pupils[0]!.id)).not.toContain('Our pond');
		await shareWork(t.db, A().pupils[0]!.actor, work.id);
		expect((await queueItemFor(t.db, work.id)).status).toBe('pending');
		expect(await familySees(A().parent, A().pupils[0]!.id)).not.toContain('Our pond');
		await decide(t.db, A().teacher.actor, work.id);
		expect(await familySees(A().parent, A().pupils[0]!.id)).toContain('Our pond');
	});

	it('audits the share, the approval and staff views of the file', async () => {
		await openWorkFile(t.db, A().teacher.actor, (await fileOf(work.id)).id);
		const actions = (
			await t.db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.schoolId, s.id), eq(auditLog.targetId, work.id)))
		).map((a) => a.action);
		expect(actions).toEqual(expect.arrayContaining(['work.created', 'work.shared', 'moderation.approve', 'work.unshared', 'work.file_viewed']));
	});
});

describe('consents decide what a family sees', () => {
	it('shows a photo of things without the photographs consent, but never without the publishing consent', async () => {
		const pupil = A().pupils[2]!;
		const parent = A().parents[2]!;
		const things = await made(pupil, await createWork(t.db, pupil.actor, photos('Leaf rubbing', '', false), [await gpsJpeg()]));
		const story = await made(pupil, await createWork(t.db, pupil.actor, writing('My weekend', 'We went to the park.'), []));
		for (const w of [things, story]) {
			await shareWork(t.db, pupil.actor, w.id);
			await decide(t.db, A().teacher.actor, w.id);
		}
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'photographs', decision: 'refused' });
		expect(await familySees(parent, pupil.id)).toEqual(expect.arrayContaining(['Leaf rubbing', 'My weekend']));
		await recordConsent(t.db, parent.actor, { pupilId: pupil.id, kind: 'publish-work-to-family', decision: 'refused' });
		expect(await familySees(parent, pupil.id)).toEqual([]);
		await expect(openWorkFile(t.db, parent.actor, (await fileOf(things.id)).id)).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('decisions and taking back', () => {
	it('a rejection goes back to the pupil with the reason and can be shared again', async () => {
		const pupil = A().pupils[1]!;
		const w = await made(pupil, await createWork(t.db, pupil.actor, writing('Football', 'We won 3-1.'), []));
		await shareWork(t.db, pupil.actor, w.id);
		await decide(t.db, A().teacher.actor, w.id, 'reject');
		const own = (await listOwnWork(t.db, pupil.actor)).work.find((x) => x.id === w.id)!;
		expect(own.status).toBe('rejected');
		expect(own.sentBackBecause).toBeTruthy();
		expect(await familySees(A().parents[1]!, pupil.id)).not.toContain('Football');
		expect((await shareWork(t.db, pupil.actor, w.id)).shareStatus).toBe('pending');
	});

	it('taking back a waiting piece removes it from the queue; a late approval leaves it taken back', async () => {
		const pupil = A().pupils[1]!;
		const w = await made(pupil, await createWork(t.db, pupil.actor, writing('Rockets', 'Three, two, one.'), []));
		await shareWork(t.db, pupil.actor, w.id);
		const waiting = await queueItemFor(t.db, w.id);
		await unshareWork(t.db, pupil.actor, w.id);
		expect((await queueItemFor(t.db, w.id)).status).toBe('rejected');
		expect((await listQueue(t.db, A().teacher.actor)).some((i) => i.targetId === w.id)).toBe(false);
		expect(waiting.status).toBe('pending');
		expect((await listOwnWork(t.db, pupil.actor)).work.find((x) => x.id === w.id)!.status).toBe('not-shared');
	});

	it('an escalated piece is kept from the family', async () => {
		const pupil = A().pupils[1]!;
		const w = await made(pupil, await createWork(t.db, pupil.actor, writing('Secret', 'Something happened.'), []));
		await shareWork(t.db, pupil.actor, w.id);
		await decide(t.db, A().teacher.actor, w.id, 'escalate');
		expect((await listOwnWork(t.db, pupil.actor)).work.find((x) => x.id === w.id)!.status).toBe('escalated');
		expect(await familySees(A().parents[1]!, pupil.id)).not.toContain('Secret');
		// The DSL's alert says it is a piece of work, not "a message".
		const item = await queueItemFor(t.db, w.id);
		const [alert] = await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.kind, 'teacher-escalation'), eq(safeguardingAlerts.sourceId, item.id)));
		expect(alert!.summary).toMatch(/ escalated a piece of work by PupilA\d in .+ shared work\.$/);
	});
});

describe('who may share and take back', () => {
	let work: WorkItemRow;
	beforeAll(async () => {
		work = await made(A().pupils[0]!, await createWork(t.db, A().pupils[0]!.actor, writing('Planets', 'Mars is red.'), []));
	});
	it('only the pupil who made it', async () => {
		for (const who of [A().pupils[1]!, A().teacher, A().parent, s.admin, s.classes[1].pupils[0]!, other.classes[0].pupils[0]!])
			await expect(shareWork(t.db, who.actor, work.id), who.username).rejects.toBeInstanceOf(AuthorizationError);
		for (const who of [A().pupils[1]!, s.classes[1].pupils[0]!, other.classes[0].pupils[0]!])
			await expect(unshareWork(t.db, who.actor, work.id), who.username).rejects.toBeInstanceOf(AuthorizationError);
		await expect(unshareWork(t.db, A().teacher.actor, work.id)).rejects.toBeInstanceOf(InputError);
	});
	it('answers an unknown or malformed id with not found', async () => {
		await expect(shareWork(t.db, A().pupils[0]!.actor, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
		await expect(shareWork(t.db, A().pupils[0]!.actor, 'not-an-id')).rejects.toBeInstanceOf(NotFoundError);
		await expect(openWorkFile(t.db, A().parent.actor, 'not-an-id')).rejects.toBeInstanceOf(NotFoundError);
	});
	it('is closed to a pupil whose agreements are not signed, who may still take work back', async () => {
		const unsigned = await createTestSchool(t.db, 1, { unsigned: true });
		const pupil = unsigned.classes[0].pupils[0]!;
		const w = await made(pupil, await createWork(t.db, pupil.actor, writing('Tigers', 'Stripes.'), []));
		await expect(shareWork(t.db, pupil.actor, w.id)).rejects.toBeInstanceOf(AuthorizationError);
		expect((await unshareWork(t.db, pupil.actor, w.id)).shareStatus).toBe('not-shared');
	});
});

describe('a parent of two children', () => {
	it('sees each child own shared work, both under their own child, and nothing of other families', async () => {
		const [first, second] = [A().pupils[1]!, s.classes[1].pupils[0]!];
		const parent = s.classes[1].parent;
		await t.db.insert(parentLinks).values({ schoolId: s.id, parentId: parent.id, pupilId: first.id });
		const actor = await loadActor(t.db, { id: parent.id, schoolId: s.id, role: 'parent', username: parent.username, firstName: '', surname: '' });
		expect([...actor.childIds].sort()).toEqual([first.id, second.id].sort());
		const w = await made(second, await createWork(t.db, second.actor, writing('Bees', 'Bees make honey.'), []));
		await shareWork(t.db, second.actor, w.id);
		await decide(t.db, s.classes[1].teacher.actor, w.id);
		const seen = await listFamilyWork(t.db, actor);
		expect(Object.keys(seen).sort()).toEqual([first.id, second.id].sort());
		expect(seen[second.id]!.map((x) => x.title)).toContain('Bees');
		const everything = Object.values(seen).flat();
		expect(everything.every((x) => x.pupilId === first.id || x.pupilId === second.id)).toBe(true);
	});
});
