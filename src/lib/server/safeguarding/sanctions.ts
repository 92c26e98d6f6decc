// Sanctions after an incident, for a pupil named in it: pause their messaging until a
// date (a messaging_pauses row, which the agreements gate reads, so the pupil's chat
// shows the pause at once), assign an e-safety lesson (the curriculum's assignLesson),
// and tell their parents (an in-app notice to each linked parent). Each is recorded as an
// incident action and audited. The domain's sanctions.ts sets the limits.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { incidents, messagingPauses, notices } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { validateAssignLesson, validateNotifyParents, validatePauseMessaging } from '../../domain/safeguarding/sanctions';
import type { ParentContactMethod } from '../../domain/safeguarding/incident';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { emailNotices } from '../notifications/notices';
import { kickOutbox } from '../email/worker-signal';
import { ConflictError, InputError } from '../errors';
import { assignLesson } from '../curriculum/assignments';
import { loadLessonIndex } from '../curriculum/lesson-index';
import { parentIdsOf } from '../agreements/gate';
import { insertAction } from './incident-steps';
import { loadIncident } from './incident-records';
import { announceAccessChanged } from '../realtime/publish';
import { disconnectUsers } from '../realtime/session-sockets';

function throwFirst(errors: Partial<Record<string, string>>): never {
	const [field, message] = Object.entries(errors)[0] ?? ['form', 'Please check the form.'];
	throw new InputError(field, message ?? 'Please check the form.');
}

/** Locks the incident and checks the pupil is named in it and the incident can still change. */
async function forPupil(tx: Executor, actor: Actor, incidentId: string, pupilId: string) {
	assertCan(actor, 'sanction.apply', ownSchool(actor));
	const loaded = await loadIncident(tx, actor, incidentId, true);
	if (!loaded.view.allowed.includes('edit')) throw new ConflictError('This incident can no longer change.');
	if (!loaded.incident.pupilIds.includes(pupilId)) throw new InputError('pupilId', 'Choose a pupil named in this incident.');
	return loaded;
}

const ukDate = (d: Date): string => d.toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

export async function pauseMessaging(
	db: Database,
	actor: Actor,
	incidentId: string,
	input: { pupilId: string; until: Date; reason: string },
	now = new Date()
): Promise<string> {
	const checked = validatePauseMessaging(input, now);
	if (!checked.ok) throwFirst(checked.errors);
	const pauseId = await db.transaction(async (tx) => {
		const { incident, view } = await forPupil(tx, actor, incidentId, input.pupilId);
		const [pause] = await tx
			.insert(messagingPauses)
			.values({
				schoolId: actor.schoolId,
				pupilId: input.pupilId,
				startsAt: now,
				endsAt: checked.value.until,
				reason: checked.value.reason,
				createdBy: actor.userId
			})
			.returning({ id: messagingPauses.id });
		const detail = `Messaging paused for ${view.names[input.pupilId] ?? 'the pupil'} until ${ukDate(checked.value.until)}: ${checked.value.reason}`;
		await insertAction(
			tx,
			actor,
			incident.id,
			{ action: 'remove-access-for-period', detail: detail.slice(0, 500), at: now, sanction: 'pause-messaging', sanctionRef: pause!.id },
			now
		);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'sanction.messaging_paused',
			targetType: 'pupil',
			targetId: input.pupilId,
			details: { incidentId: incident.id, pauseId: pause!.id, until: checked.value.until.toISOString(), reason: checked.value.reason }
		});
		return pause!.id;
	});
	announceAccessChanged([input.pupilId]);
	// The pupil's gate is closed now: their open sockets must not carry on sending.
	disconnectUsers([input.pupilId], 'gate-closed');
	return pauseId;
}

export async function assignFollowUpLesson(
	db: Database,
	actor: Actor,
	incidentId: string,
	input: { pupilId: string; lessonId: string; dueBy: string | null; reason: string },
	now = new Date()
): Promise<string> {
	const checked = validateAssignLesson({ ...input, dueBy: input.dueBy ? new Date(`${input.dueBy}T23:59:59Z`) : null }, now);
	if (!checked.ok) throwFirst(checked.errors);
	// Checked first so nothing is assigned for an incident that cannot take the action.
	await db.transaction((tx) => forPupil(tx, actor, incidentId, input.pupilId));
	const assignment = await assignLesson(db, actor, {
		lessonId: input.lessonId,
		target: { kind: 'pupil', pupilId: input.pupilId },
		reason: 'incident-follow-up',
		dueBy: input.dueBy
	});
	const lesson = (await loadLessonIndex(db, actor.schoolId)).get(assignment.lessonId);
	await db.transaction(async (tx) => {
		const { incident, view } = await forPupil(tx, actor, incidentId, input.pupilId);
		const detail = `Lesson “${lesson?.title ?? assignment.lessonId}” assigned to ${view.names[input.pupilId] ?? 'the pupil'}: ${checked.value.reason}`;
		await insertAction(
			tx,
			actor,
			incident.id,
			{ action: 'other', detail: detail.slice(0, 500), at: now, sanction: 'assign-lesson', sanctionRef: assignment.id },
			now
		);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'sanction.lesson_assigned',
			targetType: 'pupil',
			targetId: input.pupilId,
			details: { incidentId: incident.id, assignmentId: assignment.id, lessonId: assignment.lessonId }
		});
	});
	return assignment.id;
}

export async function notifyParents(
	db: Database,
	actor: Actor,
	incidentId: string,
	input: { pupilId: string; method: string; message: string },
	now = new Date()
): Promise<number> {
	const checked = validateNotifyParents({ method: input.method, reason: input.message.slice(0, 500) });
	if (!checked.ok) throwFirst(checked.errors.reason ? { message: checked.errors.reason } : checked.errors);
	const told = await db.transaction(async (tx) => {
		const { incident, view } = await forPupil(tx, actor, incidentId, input.pupilId);
		const parentIds = await parentIdsOf(tx, actor.schoolId, input.pupilId);
		if (!parentIds.length) throw new InputError('pupilId', 'No parent or carer is linked to this pupil yet, so nobody can be told here.');
		const body = input.message.trim();
		const stored = await tx
			.insert(notices)
			.values(
				parentIds.map((recipientId) => ({
					schoolId: actor.schoolId,
					recipientId,
					pupilId: input.pupilId,
					kind: 'safeguarding' as const,
					body,
					createdBy: actor.userId,
					createdAt: now
				}))
			)
			.returning();
		// Emailed as "a note is waiting" only; the note stays behind the sign-in (issue 16).
		await emailNotices(tx, stored);
		const method: ParentContactMethod = checked.value.method;
		if (!incident.parentsInformed)
			await tx.update(incidents).set({ parentsInformedAt: now, parentsInformedMethod: method }).where(eq(incidents.id, incident.id));
		const detail = `Parents of ${view.names[input.pupilId] ?? 'the pupil'} sent a notice (${parentIds.length}) and told by ${method}.`;
		await insertAction(tx, actor, incident.id, { action: 'inform-parents', detail, at: now, sanction: 'notify-parents' }, now);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'sanction.parents_notified',
			targetType: 'pupil',
			targetId: input.pupilId,
			details: { incidentId: incident.id, parents: parentIds.length, method }
		});
		return parentIds.length;
	});
	kickOutbox();
	return told;
}
