// Sanctions, the pupil export, erasure, settings and the purge on a real database, each
// tried from the wrong side too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { minutesAgo, reportedMessage } from './support';
import { createIncident } from '../../../src/lib/server/safeguarding/incidents';
import { loadIncident } from '../../../src/lib/server/safeguarding/incident-records';
import { assignFollowUpLesson, notifyParents, pauseMessaging } from '../../../src/lib/server/safeguarding/sanctions';
import { exportPupil } from '../../../src/lib/server/safeguarding/pupil-export';
import { erasePupil } from '../../../src/lib/server/safeguarding/erase-pupil';
import { saveSettings, loadSettings } from '../../../src/lib/server/safeguarding/settings';
import { purgeSchool } from '../../../src/lib/server/safeguarding/purge';
import { getPupilAccess } from '../../../src/lib/server/agreements/gate';
import { loadLessonIndex } from '../../../src/lib/server/curriculum/lesson-index';
import { auditLog, blockedAttempts, chatMessages, incidentEvidence, notices, users } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
});
afterAll(() => t.close());

async function incidentAbout(pupilId: string) {
	return createIncident(t.db, s.dsl.actor, {
		reportedById: s.classes[0].teacher.id,
		reportedToId: s.dsl.id,
		occurredAt: minutesAgo(60),
		reportedAt: minutesAgo(50),
		pupilIds: [pupilId],
		staffIds: [],
		description: 'Shared a classmate’s photo without asking.',
		categoryKey: 'pupil-C'
	});
}
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000);

describe('sanctions', () => {
	it('pause messaging (the gate closes with the pause reason), assign a lesson, notify the parents: all on the incident and audited', async () => {
		const pupil = s.classes[0].pupils[0]!;
		const { id } = await incidentAbout(pupil.id);
		await pauseMessaging(t.db, s.dsl.actor, id, { pupilId: pupil.id, until: inDays(3), reason: 'Photo shared without asking' });
		const access = await getPupilAccess(t.db, s.id, pupil.id);
		expect(access.missing.map((m) => m.code)).toContain('paused');
		const lessonId = [...(await loadLessonIndex(t.db, s.id)).keys()][0]!;
		await assignFollowUpLesson(t.db, s.dsl.actor, id, { pupilId: pupil.id, lessonId, dueBy: null, reason: 'To think about privacy' });
		expect(
			await notifyParents(t.db, s.dsl.actor, id, { pupilId: pupil.id, method: 'phone', message: 'Please talk with your child about sharing photos.' })
		).toBe(1);
		const [notice] = await t.db
			.select()
			.from(notices)
			.where(and(eq(notices.recipientId, s.classes[0].parent.id), eq(notices.kind, 'safeguarding')));
		expect(notice?.body).toContain('sharing photos');
		const { view } = await loadIncident(t.db, s.dsl.actor, id);
		expect(view.actions.map((a) => a.sanction)).toEqual(['pause-messaging', 'assign-lesson', 'notify-parents']);
		expect(view.incident.parentsInformed?.method).toBe('phone');
		const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, pupil.id));
		expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['sanction.messaging_paused', 'sanction.lesson_assigned', 'sanction.parents_notified']));
	});

	it('refuse bad input, a pupil not in the incident, and anyone but the DSL or head', async () => {
		const pupil = s.classes[0].pupils[1]!;
		const { id } = await incidentAbout(pupil.id);
		await expect(pauseMessaging(t.db, s.dsl.actor, id, { pupilId: pupil.id, until: minutesAgo(1), reason: 'x' })).rejects.toBeInstanceOf(InputError);
		await expect(pauseMessaging(t.db, s.dsl.actor, id, { pupilId: pupil.id, until: inDays(120), reason: 'too long' })).rejects.toBeInstanceOf(InputError);
		await expect(pauseMessaging(t.db, s.dsl.actor, id, { pupilId: pupil.id, until: inDays(2), reason: ' ' })).rejects.toBeInstanceOf(InputError);
		await expect(pauseMessaging(t.db, s.dsl.actor, id, { pupilId: s.classes[0].pupils[2]!.id, until: inDays(2), reason: 'not named' })).rejects.toBeInstanceOf(
			InputError
		);
		await expect(notifyParents(t.db, s.dsl.actor, id, { pupilId: pupil.id, method: 'pigeon', message: 'A long enough message.' })).rejects.toBeInstanceOf(
			InputError
		);
		for (const who of [s.classes[0].teacher, s.classes[0].parent, pupil]) {
			await expect(pauseMessaging(t.db, who.actor, id, { pupilId: pupil.id, until: inDays(2), reason: 'no' })).rejects.toBeInstanceOf(AuthorizationError);
		}
		const other = await createTestSchool(t.db, 1);
		await expect(pauseMessaging(t.db, other.dsl.actor, id, { pupilId: pupil.id, until: inDays(2), reason: 'other school' })).rejects.toBeInstanceOf(
			NotFoundError
		);
		expect((await getPupilAccess(t.db, s.id, pupil.id)).missing.map((m) => m.code)).not.toContain('paused');
		expect((await loadIncident(t.db, s.dsl.actor, id)).view.actions).toHaveLength(0);
	});
});

describe('the pupil export', () => {
	it('is a ZIP with one JSON file per area and a README, holding the report the pupil made; it is audited', async () => {
		const r = await reportedMessage(t.db, s, 'A message to be reported for the export');
		const out = await exportPupil(t.db, s.dsl.actor, r.reporter.id, { includeIncidents: true });
		const files = unzipSync(out.bytes);
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining([
				'README.txt',
				'profile.json',
				'messages.json',
				'reports.json',
				'blocked-attempts.json',
				'agreements-and-consents.json',
				'lessons.json',
				'incidents.json',
				'work.json',
				'class-email.json'
			])
		);
		const reports = JSON.parse(strFromU8(files['reports.json']!));
		expect(reports.madeByThePupil[0].note).toBe('This upset me');
		expect(out.filename).not.toContain('Pupil');
		const [entry] = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'pupil.exported'), eq(auditLog.targetId, r.reporter.id)));
		expect(entry?.actorId).toBe(s.dsl.id);
	});

	it('is refused to a teacher, a parent, the pupil and another school; an unknown id is not found', async () => {
		const pupil = s.classes[0].pupils[0]!;
		for (const who of [s.classes[0].teacher, s.classes[0].parent, pupil]) {
			await expect(exportPupil(t.db, who.actor, pupil.id, { includeIncidents: false })).rejects.toBeInstanceOf(AuthorizationError);
		}
		const other = await createTestSchool(t.db, 1);
		await expect(exportPupil(t.db, other.dsl.actor, pupil.id, { includeIncidents: false })).rejects.toBeInstanceOf(AuthorizationError);
		await expect(exportPupil(t.db, s.dsl.actor, crypto.randomUUID(), { includeIncidents: false })).rejects.toBeInstanceOf(NotFoundError);
		await expect(exportPupil(t.db, s.dsl.actor, s.classes[0].teacher.id, { includeIncidents: false })).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('erasing a leaver', () => {
	it('anonymises the account and deletes messages but keeps incidents and their evidence, with the name', async () => {
		const school = await createTestSchool(t.db, 3);
		const r = await reportedMessage(t.db, school, 'Words that stay only as evidence');
		const incident = await createIncident(t.db, school.dsl.actor, {
			reportedById: r.reporter.id,
			reportedToId: school.dsl.id,
			occurredAt: minutesAgo(30),
			reportedAt: minutesAgo(20),
			pupilIds: [r.writer.id],
			staffIds: [],
			description: 'A reported message kept as evidence.',
			categoryKey: 'pupil-A',
			alertId: r.alert.id
		});
		await expect(erasePupil(t.db, school.dsl.actor, r.writer.id)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(erasePupil(t.db, s.admin.actor, r.writer.id)).rejects.toBeInstanceOf(AuthorizationError);
		const summary = await erasePupil(t.db, school.admin.actor, r.writer.id);
		expect(summary.chatMessages).toBeGreaterThan(0);
		const [account] = await t.db.select().from(users).where(eq(users.id, r.writer.id));
		expect(account!.firstName).toBe('Former');
		expect(account!.username).toMatch(/^erased-/);
		expect(account!.disabledAt).not.toBeNull();
		expect(await t.db.select().from(chatMessages).where(eq(chatMessages.authorId, r.writer.id))).toHaveLength(0);
		const evidence = await t.db.select().from(incidentEvidence).where(eq(incidentEvidence.incidentId, incident.id));
		expect(evidence.length).toBeGreaterThan(0);
		const { view } = await loadIncident(t.db, school.dsl.actor, incident.id);
		expect(view.names[r.writer.id]).toContain('PupilA1 SurnameA1');
		await expect(erasePupil(t.db, school.admin.actor, r.writer.id)).rejects.toThrow();
	});
});

describe('retention settings and the purge', () => {
	it('only the head changes settings, within bounds; the purge removes expired rows, keeps incidents, and logs it', async () => {
		await expect(saveSettings(t.db, s.dsl.actor, { retention: {}, repeatedBlocks: { threshold: 3, windowDays: 7 } })).rejects.toBeInstanceOf(
			AuthorizationError
		);
		await expect(
			saveSettings(t.db, s.admin.actor, { retention: { chatMessageDays: 5 }, repeatedBlocks: { threshold: 3, windowDays: 7 } })
		).rejects.toBeInstanceOf(InputError);
		await expect(saveSettings(t.db, s.admin.actor, { retention: {}, repeatedBlocks: { threshold: 1, windowDays: 7 } })).rejects.toBeInstanceOf(InputError);
		await saveSettings(t.db, s.admin.actor, { retention: { blockedAttemptDays: 60 }, repeatedBlocks: { threshold: 4, windowDays: 10 } });
		expect((await loadSettings(t.db, s.id)).repeatedBlocks).toEqual({ threshold: 4, windowDays: 10 });

		const pupil = s.classes[1].pupils[0]!;
		const old = new Date(Date.now() - 90 * 86_400_000);
		await t.db.insert(blockedAttempts).values({
			schoolId: s.id,
			authorId: pupil.id,
			classId: s.classes[1].id,
			channel: 'chat',
			body: 'old number',
			findings: [],
			kinds: ['phone'],
			createdAt: old
		});
		await t.db
			.insert(blockedAttempts)
			.values({ schoolId: s.id, authorId: pupil.id, classId: s.classes[1].id, channel: 'chat', body: 'recent number', findings: [], kinds: ['phone'] });
		await t.db.insert(auditLog).values({ schoolId: s.id, actorId: null, action: 'test.ancient', at: new Date(Date.now() - 800 * 86_400_000) });
		const result = await purgeSchool(t.db, s.id);
		expect(result.removed['blocked-attempt']).toBe(1);
		expect(result.removed['audit-entry']).toBe(1);
		expect(result.kept['safeguarding-record:date-of-birth-unknown']).toBeGreaterThan(0);
		const bodies = (await t.db.select().from(blockedAttempts).where(eq(blockedAttempts.authorId, pupil.id))).map((b) => b.body);
		expect(bodies).toEqual(['recent number']);
		expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'test.ancient'))).toHaveLength(0);
		expect((await t.db.select().from(auditLog).where(eq(auditLog.action, 'retention.purged'))).length).toBeGreaterThan(0);
	});
});
