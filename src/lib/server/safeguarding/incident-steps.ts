// Moving an incident along: under review, signed off by the head, a review result added,
// an action recorded, more evidence sealed. Each step asks the domain's life cycle what
// this viewer may do, locks the incident row, and audits in the same transaction.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { incidentActions, incidents } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { addReviewResult as addResult, transitionIncident, validateIncidentCreate, type IncidentAction } from '../../domain/safeguarding/incident';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { ConflictError, InputError } from '../errors';
import { headteacherOf, loadIncident } from './incident-records';

async function locked(tx: Executor, actor: Actor, incidentId: string, needs: IncidentAction) {
	// The chair of governors signs off an incident about the head; every other step is the keepers'.
	assertCan(actor, actor.role === 'governor' && needs === 'sign-off' ? 'allegation.head' : 'incident.manage', ownSchool(actor));
	const loaded = await loadIncident(tx, actor, incidentId, true);
	if (!loaded.view.allowed.includes(needs)) throw new ConflictError('You cannot do that to this incident now.');
	return loaded;
}

export async function moveIncident(db: Database, actor: Actor, incidentId: string, step: 'start-review' | 'sign-off', now = new Date()): Promise<void> {
	await db.transaction(async (tx) => {
		const { incident, viewer } = await locked(tx, actor, incidentId, step);
		const result = transitionIncident(incident, step, actor.role, headteacherOf(actor, viewer), now);
		if (!result.ok) {
			if (result.error === 'incomplete') throw new InputError('form', 'Record at least one action taken before signing off.');
			throw new ConflictError('You cannot do that to this incident now.');
		}
		const next = result.incident;
		await tx
			.update(incidents)
			.set({ status: next.status, signedOffAt: next.signOff?.at ?? null, signedOffById: next.signOff?.byId ?? null, updatedAt: now })
			.where(eq(incidents.id, incident.id));
		const action = step === 'sign-off' ? 'incident.signed_off' : 'incident.review_started';
		await recordAudit(tx, { schoolId: actor.schoolId, actorId: actor.userId, action, targetType: 'incident', targetId: incident.id });
	});
}

export async function recordReviewResult(db: Database, actor: Actor, incidentId: string, text: string, now = new Date()): Promise<void> {
	await db.transaction(async (tx) => {
		const { incident } = await locked(tx, actor, incidentId, 'add-review-result');
		const result = addResult(incident, text, actor.role, headteacherOf(actor), now);
		if (!result.ok) {
			if (result.error === 'invalid-result') throw new InputError('reviewResult', 'Enter the result of the review (5000 characters at most).');
			throw new ConflictError('You cannot do that to this incident now.');
		}
		await tx
			.update(incidents)
			.set({ reviewResult: result.incident.reviewResult, reviewDate: result.incident.reviewDate, updatedAt: now })
			.where(eq(incidents.id, incident.id));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'incident.review_recorded',
			targetType: 'incident',
			targetId: incident.id
		});
	});
}

export interface ActionInput {
	action: string;
	detail: string | null;
	at: Date;
}

/** Writes one action row; callers hold the incident lock (sanctions call this too). */
export async function insertAction(
	tx: Executor,
	actor: Actor,
	incidentId: string,
	input: ActionInput & { sanction?: string; sanctionRef?: string },
	now: Date
): Promise<void> {
	await tx.insert(incidentActions).values({
		schoolId: actor.schoolId,
		incidentId,
		action: input.action,
		detail: input.detail,
		at: input.at,
		sanction: input.sanction ?? null,
		sanctionRef: input.sanctionRef ?? null,
		recordedById: actor.userId,
		recordedAt: now
	});
	await tx.update(incidents).set({ updatedAt: now }).where(eq(incidents.id, incidentId));
}

export async function recordAction(db: Database, actor: Actor, incidentId: string, input: ActionInput, now = new Date()): Promise<void> {
	await db.transaction(async (tx) => {
		const { incident } = await locked(tx, actor, incidentId, 'edit');
		// The domain's validator checks the action against the whole record (not before the incident, not in the future).
		const checked = validateIncidentCreate({ ...incident, actionsTaken: [...incident.actionsTaken, input] }, now);
		if (!checked.ok && checked.errors.actionsTaken) throw new InputError('action', checked.errors.actionsTaken);
		await insertAction(tx, actor, incident.id, input, now);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'incident.action_recorded',
			targetType: 'incident',
			targetId: incident.id,
			details: { action: input.action }
		});
	});
}
