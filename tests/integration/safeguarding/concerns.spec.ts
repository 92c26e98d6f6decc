// Concerns from adults and what happens to them, on a real database: any member of staff logs
// one (the seeds' "any member of staff reports" duty), a parent raises one about their own
// child, a pupil's "I'm worried" also tells the class teacher; the DSL turns a concern into an
// incident or closes it with a reason; erasure keeps concerns and the export carries them.
// Each rule is tried from the wrong side: another school, another family, a lower role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { giveAddresses } from '../notifications/support';
import { minutesAgo } from './support';
import { logStaffConcern, raiseParentConcern, raiseWorry } from '../../../src/lib/server/safeguarding/concerns';
import { closeConcern, getConcern, listConcerns } from '../../../src/lib/server/safeguarding/concern-decisions';
import { listClassWorries } from '../../../src/lib/server/safeguarding/class-worries';
import { getAlertDetail } from '../../../src/lib/server/safeguarding/alert-sources';
import { draftIncident } from '../../../src/lib/server/safeguarding/incident-drafts';
import { createIncident } from '../../../src/lib/server/safeguarding/incidents';
import { loadIncident } from '../../../src/lib/server/safeguarding/incident-records';
import { erasePupil } from '../../../src/lib/server/safeguarding/erase-pupil';
import { exportPupil } from '../../../src/lib/server/safeguarding/pupil-export';
import { auditLog, concernPupils, concerns, notificationSettings, notifications, safeguardingAlerts } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { ConflictError, InputError, NotFoundError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
	other = await createTestSchool(t.db, 1);
});
afterAll(() => t.close());

const A = () => s.classes[0];
const B = () => s.classes[1];
const alertFor = async (concernId: string) =>
	(
		await t.db
			.select()
			.from(safeguardingAlerts)
			.where(and(eq(safeguardingAlerts.sourceType, 'concern'), eq(safeguardingAlerts.sourceId, concernId)))
	)[0]!;
const concernCount = async (schoolId: string) => (await t.db.select().from(concerns).where(eq(concerns.schoolId, schoolId))).length;
const audited = async (action: string, targetId: string) =>
	(
		await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)))
	).length;
const staffConcern = (pupilIds: string[], words = 'Said an older boy online asked for photos of her.') => ({
	pupilIds,
	words,
	occurredAt: minutesAgo(60),
	category: 'online-safety' as const
});

describe('any member of staff logs a concern', () => {
	it('records who, what, when and who raised it, reaches the DSL as an alert without the words, and is audited', async () => {
		// The teacher of class A logs a concern about pupils of class B: any pupil of the school.
		const { id } = await logStaffConcern(t.db, A().teacher.actor, staffConcern([B().pupils[0]!.id, B().pupils[1]!.id]));
		const [row] = await t.db.select().from(concerns).where(eq(concerns.id, id));
		expect(row).toMatchObject({ kind: 'staff-concern', raisedById: A().teacher.id, pupilId: B().pupils[0]!.id, status: 'open', category: 'online-safety' });
		expect(row!.occurredAt).not.toBeNull();
		expect((await t.db.select().from(concernPupils).where(eq(concernPupils.concernId, id))).map((p) => p.pupilId).sort()).toEqual(
			[B().pupils[0]!.id, B().pupils[1]!.id].sort()
		);
		const alert = await alertFor(id);
		expect(alert.kind).toBe('staff-concern');
		expect(alert.summary).toContain('and 1 other pupil');
		expect(alert.summary).not.toContain('photos');
		expect(await audited('safeguarding.concern_logged', id)).toBe(1);
		// The notifications service emails the DSL at once (a concern is urgent by its kind).
		const told = await t.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, s.dsl.id), eq(notifications.targetId, alert.id)));
		expect(told.map((n) => n.channel)).toContain('in-app');
		expect(told[0]!.reason).toBe('alert.urgent');
		const detail = await getAlertDetail(t.db, s.dsl.actor, alert.id);
		expect(detail.evidence?.body).toBe('Said an older boy online asked for photos of her.');
		expect(detail.state).toBe('waiting for the safeguarding lead');
		expect(detail.source?.link).toBe(`/staff/concerns/${id}`);
	});

	it('refuses a pupil of another school, a parent as a pupil, no pupil, a future time and short words, changing nothing', async () => {
		const before = await concernCount(s.id);
		const cases: [Parameters<typeof logStaffConcern>[2], string][] = [
			[staffConcern([other.classes[0].pupils[0]!.id]), 'pupilIds'],
			[staffConcern([A().parent.id]), 'pupilIds'],
			[staffConcern([]), 'pupilIds'],
			[staffConcern(['not-a-uuid']), 'pupilIds'],
			[{ ...staffConcern([A().pupils[0]!.id]), occurredAt: new Date(Date.now() + 3_600_000) }, 'occurredAt']
		];
		for (const [input, field] of cases) {
			const e = await logStaffConcern(t.db, A().teacher.actor, input).catch((x) => x);
			expect(e).toBeInstanceOf(InputError);
			expect((e as InputError).field).toBe(field);
		}
		expect(await concernCount(s.id)).toBe(before);
	});

	it('is for staff: a pupil or a parent cannot log a staff concern, and another school’s staff cannot name our pupils', async () => {
		await expect(logStaffConcern(t.db, A().pupils[0]!.actor, staffConcern([A().pupils[1]!.id]))).rejects.toBeInstanceOf(AuthorizationError);
		await expect(logStaffConcern(t.db, A().parent.actor, staffConcern([A().pupils[0]!.id]))).rejects.toBeInstanceOf(AuthorizationError);
		await expect(logStaffConcern(t.db, other.classes[0].teacher.actor, staffConcern([A().pupils[0]!.id]))).rejects.toBeInstanceOf(InputError);
		expect(await concernCount(other.id)).toBe(0);
	});
});

describe('the DSL decides', () => {
	it('turns a concern into an incident: the pupils, the member of staff as reporter and the words as sealed evidence', async () => {
		const { id } = await logStaffConcern(
			t.db,
			B().teacher.actor,
			staffConcern([A().pupils[2]!.id], 'Cried at break and said someone keeps messaging her at night.')
		);
		const draft = await draftIncident(t.db, s.dsl.actor, { concernId: id });
		expect(draft.pupilIds).toEqual([A().pupils[2]!.id]);
		expect(draft.reportedById).toBe(B().teacher.id);
		expect(draft.description).toBe('Cried at break and said someone keeps messaging her at night.');
		expect(draft.evidence.map((e) => [e.type, e.id])).toEqual([['concern', id]]);
		expect(draft.alertId).toBe((await alertFor(id)).id);
		const created = await createIncident(t.db, s.dsl.actor, {
			reportedById: draft.reportedById,
			reportedToId: s.dsl.id,
			occurredAt: draft.occurredAt,
			reportedAt: draft.reportedAt,
			pupilIds: draft.pupilIds,
			staffIds: [],
			description: draft.description,
			categoryKey: 'pupil-C',
			actionsTaken: [],
			parentsInformed: null,
			reviewDate: null,
			reviewResult: null,
			evidence: draft.evidence.map((e) => ({ type: e.type, id: e.id })),
			alertId: draft.alertId
		});
		const { view } = await loadIncident(t.db, s.dsl.actor, created.id);
		expect(view.evidence).toHaveLength(1);
		expect(view.evidence[0]!.snapshot.message).toMatchObject({
			targetType: 'concern',
			body: 'Cried at break and said someone keeps messaging her at night.',
			authorId: B().teacher.id
		});
		expect(view.evidence[0]!.intact).toBe(true);
		const concern = await getConcern(t.db, s.dsl.actor, id);
		expect(concern.status).toBe('incident');
		expect(concern.incident).toEqual({ id: created.id, number: created.number });
		expect(concern.allowed).toEqual([]);
		expect((await alertFor(id)).acknowledgedBy).toBe(s.dsl.id);
		expect(await audited('safeguarding.concern_to_incident', id)).toBe(1);
		expect((await getAlertDetail(t.db, s.dsl.actor, (await alertFor(id)).id)).state).toBe('turned into an incident');
		// Once decided, it cannot be closed or turned into a second incident.
		await expect(closeConcern(t.db, s.dsl.actor, id, 'Spoke to her mum; nothing more.')).rejects.toBeInstanceOf(ConflictError);
	});

	it('closes a concern with a reason, audited, and acknowledges its alert', async () => {
		const { id } = await logStaffConcern(t.db, A().teacher.actor, staffConcern([A().pupils[0]!.id], 'Looked tired and upset all morning today.'));
		await expect(closeConcern(t.db, s.dsl.actor, id, 'no')).rejects.toBeInstanceOf(InputError);
		expect((await getConcern(t.db, s.dsl.actor, id)).status).toBe('open');
		await closeConcern(t.db, s.dsl.actor, id, 'Spoke to his dad: a new baby at home, no safeguarding concern.');
		const concern = await getConcern(t.db, s.dsl.actor, id);
		expect(concern).toMatchObject({
			status: 'closed',
			closedReason: 'Spoke to his dad: a new baby at home, no safeguarding concern.',
			decidedBy: expect.stringContaining('Tester')
		});
		expect((await alertFor(id)).acknowledgedBy).toBe(s.dsl.id);
		expect(await audited('safeguarding.concern_closed', id)).toBe(1);
		await expect(closeConcern(t.db, s.dsl.actor, id, 'Closing it twice over.')).rejects.toBeInstanceOf(ConflictError);
	});

	it('is the DSL’s (and the head’s) alone: a teacher cannot read, close or convert; another school’s DSL cannot see or convert', async () => {
		const { id } = await logStaffConcern(t.db, A().teacher.actor, staffConcern([A().pupils[1]!.id], 'Another concern to try the boundaries with.'));
		await expect(closeConcern(t.db, A().teacher.actor, id, 'A teacher tries to close it.')).rejects.toBeInstanceOf(AuthorizationError);
		await expect(getConcern(t.db, A().teacher.actor, id)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listConcerns(t.db, A().teacher.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(draftIncident(t.db, A().teacher.actor, { concernId: id })).rejects.toBeInstanceOf(AuthorizationError);
		await expect(getConcern(t.db, other.dsl.actor, id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(closeConcern(t.db, other.dsl.actor, id, 'Another school tries to close it.')).rejects.toBeInstanceOf(NotFoundError);
		await expect(draftIncident(t.db, other.dsl.actor, { concernId: id })).rejects.toBeInstanceOf(NotFoundError);
		expect((await listConcerns(t.db, other.dsl.actor)).some((c) => c.id === id)).toBe(false);
		// Another school's DSL naming our concern as evidence on their incident is refused whole.
		const o = other.classes[0];
		const attempt = createIncident(t.db, other.dsl.actor, {
			reportedById: o.teacher.id,
			reportedToId: other.dsl.id,
			occurredAt: minutesAgo(30),
			reportedAt: minutesAgo(20),
			pupilIds: [o.pupils[0]!.id],
			staffIds: [],
			description: 'Trying to take another school’s concern.',
			categoryKey: 'pupil-B',
			actionsTaken: [],
			parentsInformed: null,
			reviewDate: null,
			reviewResult: null,
			evidence: [{ type: 'concern', id }]
		});
		await expect(attempt).rejects.toBeInstanceOf(InputError);
		const c = await getConcern(t.db, s.dsl.actor, id);
		expect(c.status).toBe('open');
		expect((await listConcerns(t.db, s.admin.actor)).some((x) => x.id === id)).toBe(true);
	});
});

describe('parents raise a concern about their own child', () => {
	it('reaches the DSL as an alert, kept with the parent’s words and audited', async () => {
		const child = A().pupils[0]!;
		const { id } = await raiseParentConcern(t.db, A().parent.actor, {
			pupilId: child.id,
			words: 'She has been getting messages from someone she met in a game.',
			occurredAt: null
		});
		const alert = await alertFor(id);
		expect(alert).toMatchObject({ kind: 'parent-concern', pupilId: child.id });
		expect(alert.summary).not.toContain('game');
		expect(await audited('safeguarding.parent_concern_raised', id)).toBe(1);
		const concern = await getConcern(t.db, s.dsl.actor, id);
		expect(concern).toMatchObject({
			kind: 'parent-concern',
			raisedById: A().parent.id,
			words: 'She has been getting messages from someone she met in a game.'
		});
	});

	it('never about another family’s child, in this school or another, nor with a bad id', async () => {
		const before = await concernCount(s.id);
		const words = 'Trying to raise a concern about a child who is not mine.';
		// Parent A's first child is pupils[0]; pupils[1] is in the same class but another family.
		await expect(raiseParentConcern(t.db, A().parent.actor, { pupilId: A().pupils[1]!.id, words, occurredAt: null })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(raiseParentConcern(t.db, A().parent.actor, { pupilId: B().pupils[0]!.id, words, occurredAt: null })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(raiseParentConcern(t.db, A().parent.actor, { pupilId: other.classes[0].pupils[0]!.id, words, occurredAt: null })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(raiseParentConcern(t.db, other.classes[0].parent.actor, { pupilId: A().pupils[0]!.id, words, occurredAt: null })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(raiseParentConcern(t.db, A().parent.actor, { pupilId: crypto.randomUUID(), words, occurredAt: null })).rejects.toBeInstanceOf(NotFoundError);
		// Staff and pupils use their own routes.
		await expect(raiseParentConcern(t.db, A().teacher.actor, { pupilId: A().pupils[0]!.id, words, occurredAt: null })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(raiseParentConcern(t.db, A().pupils[0]!.actor, { pupilId: A().pupils[0]!.id, words, occurredAt: null })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(
			raiseParentConcern(t.db, A().parent.actor, { pupilId: A().pupils[0]!.id, words, occurredAt: new Date(Date.now() + 86_400_000) })
		).rejects.toBeInstanceOf(InputError);
		expect(await concernCount(s.id)).toBe(before);
		expect(await concernCount(other.id)).toBe(0);
	});
});

describe('"I’m worried" also tells the class teacher', () => {
	it('in the app and by email (unless turned off), naming who on the class page but never the words', async () => {
		await giveAddresses(t.db, s, [A().teacher, B().teacher]);
		const pupil = A().pupils[1]!;
		await raiseWorry(t.db, pupil.actor, { words: 'a man in a game asked me to keep a secret' });
		const [concern] = await t.db
			.select()
			.from(concerns)
			.where(and(eq(concerns.kind, 'pupil-worried'), eq(concerns.pupilId, pupil.id)));
		const told = await t.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, A().teacher.id), eq(notifications.targetId, concern!.id)));
		expect(told.map((n) => n.channel).sort()).toEqual(['email', 'in-app']);
		for (const n of told) {
			expect(n.reason).toBe('class.worried');
			expect(`${n.subject} ${n.text}`).not.toContain('secret');
			expect(`${n.subject} ${n.text}`).not.toMatch(new RegExp(pupil.username));
		}
		// The teacher of another class hears nothing.
		expect(
			(
				await t.db
					.select()
					.from(notifications)
					.where(and(eq(notifications.userId, B().teacher.id), eq(notifications.targetId, concern!.id)))
			).length
		).toBe(0);
		const worries = await listClassWorries(t.db, A().teacher.actor, A().id);
		expect(worries.map((w) => w.pupilId)).toContain(pupil.id);
		expect(JSON.stringify(worries)).not.toContain('secret');
		await expect(listClassWorries(t.db, B().teacher.actor, A().id)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(listClassWorries(t.db, other.dsl.actor, A().id)).rejects.toBeInstanceOf(AuthorizationError);
	});

	it('keeps to the in-app notice when the teacher turned the email off', async () => {
		await t.db
			.update(notificationSettings)
			.set({ mutedTopics: ['class-worries'] })
			.where(eq(notificationSettings.userId, A().teacher.id));
		const pupil = A().pupils[2]!;
		await raiseWorry(t.db, pupil.actor, { words: '' });
		const [concern] = await t.db
			.select()
			.from(concerns)
			.where(and(eq(concerns.kind, 'pupil-worried'), eq(concerns.pupilId, pupil.id)));
		const told = await t.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, A().teacher.id), eq(notifications.targetId, concern!.id)));
		expect(told.map((n) => n.channel)).toEqual(['in-app']);
		// The DSL's urgent alert is never muted by a teacher's choice.
		expect((await alertFor(concern!.id)).severity).toBe('urgent');
	});
});

describe('erasure and subject access', () => {
	it('keeps concerns like incidents (with the name), and exports them with other children redacted, only where the DSL allows', async () => {
		const pupil = B().pupils[2]!;
		const classmate = B().pupils[1]!;
		const classmateName = `${classmate.username}`;
		const { id } = await logStaffConcern(t.db, A().teacher.actor, staffConcern([pupil.id, classmate.id], 'Both were upset after a group chat at home.'));
		const withheld = unzipSync((await exportPupil(t.db, s.dsl.actor, pupil.id, { includeIncidents: false })).bytes);
		expect(JSON.parse(strFromU8(withheld['concerns.json']!))).toHaveProperty('withheld');
		const out = unzipSync((await exportPupil(t.db, s.dsl.actor, pupil.id, { includeIncidents: true })).bytes);
		const exported = JSON.parse(strFromU8(out['concerns.json']!)) as { words: string; about: string[] }[];
		const mine = exported.find((c) => c.words === 'Both were upset after a group chat at home.')!;
		expect(mine.about).toContain('another pupil');
		expect(strFromU8(out['concerns.json']!)).not.toContain(classmate.id);
		expect(strFromU8(out['concerns.json']!)).not.toContain(classmateName);
		const summary = await erasePupil(t.db, s.admin.actor, pupil.id);
		expect(summary.concernsKept).toBeGreaterThan(0);
		const kept = await getConcern(t.db, s.dsl.actor, id);
		expect(kept.words).toBe('Both were upset after a group chat at home.');
		expect(kept.pupils.map((p) => p.name)).not.toContain('Former pupil');
		expect(kept.pupils.find((p) => p.id === pupil.id)?.name).not.toBe('Former pupil');
	});
});
