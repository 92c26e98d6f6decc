// The incident log on a real database: opened from a pupil's report with sealed evidence
// that survives the original's removal, numbered per school, moved through review and
// sign-off, with bad input and every boundary tried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { reportedMessage, minutesAgo } from './support';
import { createIncident } from '../../../src/lib/server/safeguarding/incidents';
import { listIncidents, loadIncident } from '../../../src/lib/server/safeguarding/incident-records';
import { moveIncident, recordAction, recordReviewResult } from '../../../src/lib/server/safeguarding/incident-steps';
import { auditLog, chatMessages, incidentEvidence, incidents, safeguardingAlerts } from '../../../src/lib/server/db/schema';
import { verifyEvidence } from '../../../src/lib/domain/safeguarding/evidence';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { ConflictError, InputError, NotFoundError } from '../../../src/lib/server/errors';

let t: TestDatabase;
let s: TestSchool;
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 3);
});
afterAll(() => t.close());

function baseInput(pupilId: string, reporterId: string) {
	return {
		reportedById: reporterId,
		reportedToId: s.dsl.id,
		occurredAt: minutesAgo(30),
		reportedAt: minutesAgo(20),
		pupilIds: [pupilId],
		staffIds: [],
		description: 'A message that upset a classmate was reported.',
		categoryKey: 'pupil-B',
		actionsTaken: [],
		parentsInformed: null,
		reviewDate: null,
		reviewResult: null
	};
}

describe('opening an incident from an alert', () => {
	it('seals the reported message as evidence, acknowledges the alert and keeps the copy after the message goes', async () => {
		const r = await reportedMessage(t.db, s, 'Do not tell anyone what I said');
		const created = await createIncident(t.db, s.dsl.actor, { ...baseInput(r.writer.id, r.reporter.id), alertId: r.alert.id });
		expect(created.number).toMatch(/^\d{4}-0001$/);
		const { view } = await loadIncident(t.db, s.dsl.actor, created.id);
		// The message is kept once, with the report in the reporter's words and its own moderation before it.
		expect(view.evidence).toHaveLength(1);
		const [kept1] = view.evidence;
		expect(kept1!.snapshot.message.body).toBe('Do not tell anyone what I said');
		expect(kept1!.intact).toBe(true);
		expect(kept1!.snapshot.history.map((h) => h.action)).toEqual(['submit']);
		expect(kept1!.snapshot.priorHistory?.map((h) => h.action)).toEqual(['submit', 'approve']);
		expect(kept1!.snapshot.reports?.map((x) => [x.reporterId, x.note])).toEqual([[r.reporter.id, 'This upset me']]);
		const [alert] = await t.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.id, r.alert.id));
		expect(alert!.acknowledgedBy).toBe(s.dsl.id);

		// The original is removed: the sealed copy is still there and still verifies.
		await t.db.delete(chatMessages).where(eq(chatMessages.id, r.message.id));
		const [kept] = await t.db.select().from(incidentEvidence).where(eq(incidentEvidence.incidentId, created.id)).limit(1);
		expect(kept!.snapshot.message.body).toBe('Do not tell anyone what I said');
		expect(verifyEvidence(kept!.snapshot, kept!.digest)).toBe(true);
		// And the database refuses to rewrite it.
		await expect(
			t.db
				.update(incidentEvidence)
				.set({ digest: 'f'.repeat(64) })
				.where(eq(incidentEvidence.id, kept!.id))
		).rejects.toThrow();

		const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetId, created.id));
		expect(audit.map((a) => a.action)).toContain('incident.created');
	});

	it('numbers incidents one after another per school', async () => {
		const a = await createIncident(t.db, s.dsl.actor, baseInput(s.classes[1].pupils[0]!.id, s.classes[1].teacher.id));
		const b = await createIncident(t.db, s.dsl.actor, baseInput(s.classes[1].pupils[1]!.id, s.classes[1].teacher.id));
		expect(Number(b.number.slice(5))).toBe(Number(a.number.slice(5)) + 1);
		const other = await createTestSchool(t.db, 1);
		const first = await createIncident(t.db, other.dsl.actor, { ...baseInput(other.classes[0].pupils[0]!.id, other.dsl.id), reportedToId: other.dsl.id });
		expect(first.number.endsWith('-0001')).toBe(true);
	});
});

describe('bad input changes nothing', () => {
	it('refuses an empty description, a future date, a wrong category, a parent as a pupil, and another school’s pupil or alert', async () => {
		const count = async () => (await t.db.select().from(incidents).where(eq(incidents.schoolId, s.id))).length;
		const before = await count();
		const base = baseInput(s.classes[0].pupils[2]!.id, s.classes[0].teacher.id);
		const other = await createTestSchool(t.db, 2);
		const otherAlert = (await reportedMessage(t.db, other, 'Another school message')).alert;
		const cases: [Record<string, unknown>, string][] = [
			[{ description: '' }, 'description'],
			[{ occurredAt: new Date(Date.now() + 86_400_000) }, 'occurredAt'],
			[{ categoryKey: 'staff-A' }, 'categoryKey'],
			[{ categoryKey: 'pupil-Z' }, 'categoryKey'],
			[{ description: 'x'.repeat(5001) }, 'description'],
			[{ pupilIds: [s.classes[0].parent.id] }, 'pupilIds'],
			[{ pupilIds: [other.classes[0].pupils[0]!.id] }, 'pupilIds'],
			[{ reportedToId: s.classes[0].pupils[0]!.id }, 'reportedToId'],
			[{ alertId: otherAlert.id }, 'alertId']
		];
		for (const [patch, field] of cases) {
			const error = await createIncident(t.db, s.dsl.actor, { ...base, ...patch }).catch((e) => e);
			expect(error, field).toBeInstanceOf(InputError);
			expect((error as InputError).field).toBe(field);
		}
		await expect(createIncident(t.db, s.dsl.actor, { ...base, evidence: [{ type: 'review-item', id: crypto.randomUUID() }] })).rejects.toBeInstanceOf(
			InputError
		);
		expect(await count()).toBe(before);
	});
});

describe('who may read and keep the log', () => {
	it('lets only the DSL and the head in, and only in their own school', async () => {
		const created = await createIncident(t.db, s.dsl.actor, baseInput(s.classes[0].pupils[0]!.id, s.classes[0].teacher.id));
		for (const who of [s.classes[0].teacher, s.classes[0].parent, s.classes[0].pupils[0]!]) {
			await expect(listIncidents(t.db, who.actor)).rejects.toBeInstanceOf(AuthorizationError);
			await expect(loadIncident(t.db, who.actor, created.id)).rejects.toBeInstanceOf(AuthorizationError);
			await expect(createIncident(t.db, who.actor, baseInput(s.classes[0].pupils[0]!.id, s.dsl.id))).rejects.toBeInstanceOf(AuthorizationError);
		}
		const other = await createTestSchool(t.db, 1);
		await expect(loadIncident(t.db, other.dsl.actor, created.id)).rejects.toBeInstanceOf(NotFoundError);
		await expect(loadIncident(t.db, other.admin.actor, created.id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await listIncidents(t.db, s.admin.actor)).some((i) => i.id === created.id)).toBe(true);
	});
});

describe('the life cycle', () => {
	it('moves open → under review → signed off by the head, then only takes a review result', async () => {
		const { id } = await createIncident(t.db, s.dsl.actor, baseInput(s.classes[0].pupils[1]!.id, s.classes[0].teacher.id));
		await moveIncident(t.db, s.dsl.actor, id, 'start-review');
		// The DSL is not the head: signing off is refused.
		await expect(moveIncident(t.db, s.dsl.actor, id, 'sign-off')).rejects.toBeInstanceOf(ConflictError);
		// The head cannot sign off an incident with no action recorded.
		await expect(moveIncident(t.db, s.admin.actor, id, 'sign-off')).rejects.toBeInstanceOf(InputError);
		await recordAction(t.db, s.dsl.actor, id, { action: 'give-warning', detail: 'Talked it through', at: minutesAgo(5) });
		await expect(recordAction(t.db, s.dsl.actor, id, { action: 'other', detail: null, at: minutesAgo(5) })).rejects.toBeInstanceOf(InputError);
		await moveIncident(t.db, s.admin.actor, id, 'sign-off');
		const { view } = await loadIncident(t.db, s.dsl.actor, id);
		expect(view.incident.status).toBe('signed-off');
		expect(view.incident.signOff?.byId).toBe(s.admin.id);
		// Signed off, the record no longer changes: no more actions, only a first review result.
		await expect(recordAction(t.db, s.dsl.actor, id, { action: 'give-warning', detail: 'After sign-off', at: minutesAgo(1) })).rejects.toBeInstanceOf(
			ConflictError
		);
		await recordReviewResult(t.db, s.dsl.actor, id, 'No further concerns this term.');
		await expect(recordReviewResult(t.db, s.dsl.actor, id, 'Again')).rejects.toBeInstanceOf(ConflictError);
	});
});
