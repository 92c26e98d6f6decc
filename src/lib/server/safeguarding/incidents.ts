// Recording an incident: checks the fields with the domain's validator and the people
// against the school, numbers it per school per year (the school row is locked so two
// incidents recorded at once cannot take the same number), seals any evidence, and, when
// it was opened from an alert, acknowledges that alert with a link back. All in one
// transaction with its audit entry. Later changes are steps of the life cycle
// (incident-steps.ts), never a general edit.
import { and, eq, like } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { incidentPeople, incidents, safeguardingAlerts, schools } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { nextIncidentNumber, validateIncidentCreate, type IncidentFields, type IncidentInput } from '../../domain/safeguarding/incident';
import { toLondonLocal } from '../../domain/calendar';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';
import { isUuid } from '../auth/resources';
import { attachEvidence, type EvidenceSource } from './evidence';
import { markConcernIncident } from './concern-decisions';
import { assertPeopleInSchool } from './incident-people';
import { hiddenFromHead } from './record-viewer';
import { hidesRecordsAboutHead } from '../../domain/safeguarding/head-allegations';

export interface CreateIncidentInput extends IncidentInput {
	evidence?: readonly EvidenceSource[];
	alertId?: string | null;
	/** The DSL marks an allegation about the headteacher (also set by a concern about the head). */
	aboutHead?: boolean;
}

function throwFirst(errors: Partial<Record<string, string>>): never {
	const [field, message] = Object.entries(errors)[0] ?? ['form', 'Please check the form.'];
	throw new InputError(field, message ?? 'Please check the form.');
}

function columnsOf(fields: IncidentFields) {
	return {
		reportedById: fields.reportedById,
		reportedToId: fields.reportedToId,
		occurredAt: fields.occurredAt,
		reportedAt: fields.reportedAt,
		description: fields.description,
		categoryKey: fields.categoryKey,
		parentsInformedAt: fields.parentsInformed?.at ?? null,
		parentsInformedMethod: fields.parentsInformed?.method ?? null,
		reviewDate: fields.reviewDate,
		reviewResult: fields.reviewResult
	};
}

async function writePeople(tx: Executor, schoolId: string, incidentId: string, fields: IncidentFields): Promise<void> {
	await tx.delete(incidentPeople).where(eq(incidentPeople.incidentId, incidentId));
	const rows = [
		...fields.pupilIds.map((userId) => ({ schoolId, incidentId, userId, role: 'pupil' as const })),
		...fields.staffIds.map((userId) => ({ schoolId, incidentId, userId, role: 'staff' as const }))
	];
	if (rows.length) await tx.insert(incidentPeople).values(rows);
}

/** The alert's own cause becomes evidence; the alert is acknowledged by this incident. */
async function useAlert(tx: Executor, actor: Actor, alertId: string, incidentId: string, now: Date): Promise<EvidenceSource | null> {
	const [alert] = isUuid(alertId)
		? await tx
				.select()
				.from(safeguardingAlerts)
				.where(and(eq(safeguardingAlerts.id, alertId), eq(safeguardingAlerts.schoolId, actor.schoolId), hiddenFromHead(actor, safeguardingAlerts.aboutHead)))
		: [];
	if (!alert) throw new InputError('alertId', 'That alert does not exist.');
	if (!alert.acknowledgedAt) {
		await tx.update(safeguardingAlerts).set({ acknowledgedAt: now, acknowledgedBy: actor.userId }).where(eq(safeguardingAlerts.id, alert.id));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'safeguarding.alert_acknowledged',
			targetType: 'alert',
			targetId: alert.id,
			details: { incidentId }
		});
	}
	return alert.sourceType === 'review-item' || alert.sourceType === 'blocked-attempt' || alert.sourceType === 'concern'
		? { type: alert.sourceType, id: alert.sourceId }
		: null;
}

export async function createIncident(db: Database, actor: Actor, input: CreateIncidentInput, now = new Date()): Promise<{ id: string; number: string }> {
	assertCan(actor, 'incident.manage', ownSchool(actor));
	// The head cannot record, and so cannot see, an allegation about the head.
	if (input.aboutHead && hidesRecordsAboutHead(actor.role))
		throw new InputError('aboutHead', 'The safeguarding lead records an allegation about the headteacher.');
	const checked = validateIncidentCreate(input, now);
	if (!checked.ok) throwFirst(checked.errors);
	const fields = checked.value;
	await assertPeopleInSchool(db, actor.schoolId, fields);
	return db.transaction(async (tx) => {
		await tx.select({ id: schools.id }).from(schools).where(eq(schools.id, actor.schoolId)).for('update');
		const year = Number(toLondonLocal(now).slice(0, 4));
		const existing = await tx
			.select({ number: incidents.number })
			.from(incidents)
			.where(and(eq(incidents.schoolId, actor.schoolId), like(incidents.number, `${year}-%`)));
		const number = nextIncidentNumber(
			existing.map((e) => e.number),
			year
		);
		const [row] = await tx
			.insert(incidents)
			.values({ schoolId: actor.schoolId, number, ...columnsOf(fields), createdById: actor.userId, createdAt: now, updatedAt: now })
			.returning({ id: incidents.id });
		const id = row!.id;
		await writePeople(tx, actor.schoolId, id, fields);
		const sources = [...(input.evidence ?? [])];
		if (input.alertId) {
			const fromAlert = await useAlert(tx, actor, input.alertId, id, now);
			if (fromAlert && !sources.some((s) => s.type === fromAlert.type && s.id === fromAlert.id)) sources.unshift(fromAlert);
			await tx.update(incidents).set({ sourceAlertId: input.alertId }).where(eq(incidents.id, id));
		}
		const digests = await attachEvidence(tx, actor, id, sources, now);
		// A concern kept as evidence is turned into this incident (once: a decided one refuses).
		// One about the head makes the incident about the head: hidden from the head, signed off by the chair.
		let aboutHead = input.aboutHead === true;
		for (const s of sources) if (s.type === 'concern') aboutHead = (await markConcernIncident(tx, actor, s.id, id, now)).aboutHead || aboutHead;
		if (aboutHead) await tx.update(incidents).set({ aboutHead: true }).where(eq(incidents.id, id));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'incident.created',
			targetType: 'incident',
			targetId: id,
			details: { number, categoryKey: fields.categoryKey, alertId: input.alertId ?? null, evidenceDigests: digests, aboutHead }
		});
		return { id, number };
	});
}
