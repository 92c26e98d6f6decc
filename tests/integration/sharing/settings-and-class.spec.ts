// The class setting that lets clean writing skip approval, and the teacher's class work
// page: who may change and see them, and that every staff view is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { photos, plainPng, queueItemFor, useTemporaryUploads, removeTemporaryUploads, writing } from './support';
import { createWork } from '../../../src/lib/server/sharing/create-work';
import { shareWork } from '../../../src/lib/server/sharing/share';
import { listFamilyWork } from '../../../src/lib/server/sharing/family';
import { getClassWork } from '../../../src/lib/server/sharing/class-work';
import { readClassWorkSettings, updateClassWorkSettings } from '../../../src/lib/server/sharing/settings';
import { auditLog, type WorkItemRow } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { NotFoundError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let uploads: string;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	uploads = useTemporaryUploads();
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	other = await createTestSchool(t.db, 1);
});
afterAll(async () => {
	await t.close();
	removeTemporaryUploads(uploads);
});

const A = () => s.classes[0];
const create = async (input: Parameters<typeof createWork>[2], files: Uint8Array[] = []): Promise<WorkItemRow> => {
	const r = await createWork(t.db, A().pupils[0]!.actor, input, files);
	if (r.outcome !== 'created') throw new Error('expected created');
	return r.work;
};

describe('the clean-writing setting', () => {
	it('is off by default, so writing waits for the teacher', async () => {
		expect((await readClassWorkSettings(t.db, A().id)).cleanTextSkipsApproval).toBe(false);
		const w = await create(writing('Autumn', 'Leaves fall down.'));
		expect((await shareWork(t.db, A().pupils[0]!.actor, w.id)).shareStatus).toBe('pending');
	});

	it('may be changed by the class teacher or an admin only, and is audited', async () => {
		for (const who of [s.classes[1].teacher, s.dsl, A().pupils[0]!, A().parent, other.admin, other.classes[0].teacher])
			await expect(updateClassWorkSettings(t.db, who.actor, A().id, { cleanTextSkipsApproval: true }), who.username).rejects.toBeInstanceOf(AuthorizationError);
		expect((await readClassWorkSettings(t.db, A().id)).cleanTextSkipsApproval).toBe(false);
		await updateClassWorkSettings(t.db, s.admin.actor, A().id, { cleanTextSkipsApproval: false });
		await updateClassWorkSettings(t.db, A().teacher.actor, A().id, { cleanTextSkipsApproval: true });
		expect((await readClassWorkSettings(t.db, A().id)).cleanTextSkipsApproval).toBe(true);
		const entries = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, A().id), eq(auditLog.action, 'work.settings_changed')));
		expect(entries.length).toBe(2);
		await expect(
			updateClassWorkSettings(t.db, A().teacher.actor, '00000000-0000-4000-8000-000000000000', { cleanTextSkipsApproval: true })
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('when on, lets clean writing straight through but still holds photos and flagged writing', async () => {
		const clean = await create(writing('Snow', 'It snowed all day.'));
		expect((await shareWork(t.db, A().pupils[0]!.actor, clean.id)).shareStatus).toBe('approved');
		expect((await listFamilyWork(t.db, A().parent.actor))[A().pupils[0]!.id]!.map((w) => w.title)).toContain('Snow');
		const photo = await create(photos('Snowman', '', false), [await plainPng()]);
		expect((await shareWork(t.db, A().pupils[0]!.actor, photo.id)).shareStatus).toBe('pending');
		expect((await queueItemFor(t.db, photo.id)).status).toBe('pending');
		const flagged = await create(writing('Secret', "Don't tell your mum, it's our secret"));
		expect(flagged.findings.length).toBeGreaterThan(0);
		expect((await shareWork(t.db, A().pupils[0]!.actor, flagged.id)).shareStatus).toBe('pending');
	});

	it('in one class does not change another', async () => {
		expect((await readClassWorkSettings(t.db, s.classes[1].id)).cleanTextSkipsApproval).toBe(false);
	});
});

describe('the class work page', () => {
	it('shows the class teacher every piece with its state and pupil, and audits the view', async () => {
		const page = await getClassWork(t.db, A().teacher.actor, A().id);
		expect(page.canReadWork).toBe(true);
		expect(page.work.length).toBeGreaterThanOrEqual(4);
		expect(page.work.every((w) => w.pupilName.includes('Surname'))).toBe(true);
		expect(new Set(page.work.map((w) => w.status))).toEqual(new Set(['pending', 'approved']));
		const views = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.targetId, A().id), eq(auditLog.action, 'work.class_viewed')));
		expect(views.length).toBe(1);
	});

	it('lets an admin open it for the setting without seeing pupils work', async () => {
		const page = await getClassWork(t.db, s.admin.actor, A().id);
		expect(page.canReadWork).toBe(false);
		expect(page.work).toEqual([]);
		expect(page.canChangeSettings).toBe(true);
	});

	it('is closed to another class teacher, pupils, parents and another school', async () => {
		for (const who of [s.classes[1].teacher, A().pupils[0]!, A().parent, other.admin, other.classes[0].teacher])
			await expect(getClassWork(t.db, who.actor, A().id), who.username).rejects.toBeInstanceOf(AuthorizationError);
	});
});
