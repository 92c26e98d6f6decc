// An allegation about the headteacher, on a real database: a member of staff ticks "this is
// about the headteacher"; the chair of governors (marked by the head, audited) and the DSL
// hear of it, the head does not; the incident made from it is hidden from the head in every
// list, page, export and audit view, and the chair signs it off. Each rule is tried from the
// wrong side: the head by id, another school's chair, an ordinary governor, a teacher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, TEST_PASSWORD, type TestSchool, type TestUser } from '../support/factories';
import { giveAddresses } from '../notifications/support';
import { minutesAgo } from './support';
import { logStaffConcern } from '../../../src/lib/server/safeguarding/concerns';
import { getConcern, listConcerns } from '../../../src/lib/server/safeguarding/concern-decisions';
import { acknowledgeAlert, listAlerts } from '../../../src/lib/server/safeguarding/alert-inbox';
import { getAlertDetail } from '../../../src/lib/server/safeguarding/alert-sources';
import { draftIncident } from '../../../src/lib/server/safeguarding/incident-drafts';
import { createIncident } from '../../../src/lib/server/safeguarding/incidents';
import { listIncidents, loadIncident } from '../../../src/lib/server/safeguarding/incident-records';
import { moveIncident, recordAction } from '../../../src/lib/server/safeguarding/incident-steps';
import { getIncidentPage } from '../../../src/lib/server/safeguarding/incident-page';
import { exportPupil } from '../../../src/lib/server/safeguarding/pupil-export';
import { searchAudit } from '../../../src/lib/server/safeguarding/monitoring';
import { getTermReport } from '../../../src/lib/server/safeguarding/term-report';
import { allegationsWaitingForChair, getIncidentForChair, listAllegationsForChair } from '../../../src/lib/server/safeguarding/head-allegations';
import { chooseChairOfGovernors, governorChoices } from '../../../src/lib/server/leadership/governors';
import { notificationActivity } from '../../../src/lib/server/notifications/activity';
import { auditLog, notifications, users } from '../../../src/lib/server/db/schema';
import { hashPassword } from '../../../src/lib/server/auth/passwords';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError, NotFoundError } from '../../../src/lib/server/errors';
import { staffConcernSchema } from '../../../src/lib/domain/safeguarding/inputs';
import type { Actor } from '../../../src/lib/domain/auth/permissions';
import { toLondonLocal } from '../../../src/lib/domain/calendar';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
let chair: TestUser;
let governor: TestUser;
let otherChair: TestUser;

async function addGovernor(school: TestSchool, name: string): Promise<TestUser> {
	const username = `${name}.${school.id.slice(0, 8)}`;
	const [u] = await t.db
		.insert(users)
		.values({ schoolId: school.id, username, role: 'governor', firstName: name, surname: 'Governor', passwordHash: await hashPassword(TEST_PASSWORD) })
		.returning();
	const actor = await loadActor(t.db, { id: u!.id, schoolId: school.id, role: 'governor', firstName: name, surname: 'Governor', username });
	return { id: u!.id, username, role: 'governor', actor };
}

beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 2);
	other = await createTestSchool(t.db, 1);
	chair = await addGovernor(s, 'chair');
	governor = await addGovernor(s, 'ordinary');
	otherChair = await addGovernor(other, 'otherchair');
	await chooseChairOfGovernors(t.db, other.admin.actor, otherChair.id);
	await giveAddresses(t.db, s, [chair, s.admin, s.dsl]);
});
afterAll(() => t.close());

const A = () => s.classes[0];
const headAllegation = (words = 'The headteacher messaged a pupil on a personal phone and asked her to keep it secret.') =>
	staffConcernSchema.parse({ words, occurredAt: toLondonLocal(minutesAgo(60)), category: 'adult-contact', aboutHead: 'on' });

async function incidentFrom(concernId: string, staffIds: string[], dsl: Actor = s.dsl.actor): Promise<{ id: string; number: string }> {
	const draft = await draftIncident(t.db, dsl, { concernId });
	return createIncident(t.db, dsl, {
		reportedById: draft.reportedById,
		reportedToId: s.dsl.id,
		occurredAt: draft.occurredAt,
		reportedAt: draft.reportedAt,
		pupilIds: draft.pupilIds,
		staffIds,
		description: draft.description,
		categoryKey: staffIds.length ? 'staff-B' : 'pupil-B',
		actionsTaken: [],
		parentsInformed: null,
		reviewDate: null,
		reviewResult: null,
		evidence: draft.evidence.map((e) => ({ type: e.type, id: e.id })),
		alertId: draft.alertId
	});
}

describe('the chair of governors', () => {
	it('is marked by the head among the school’s governors, audited; nobody else may, and no one from elsewhere', async () => {
		await chooseChairOfGovernors(t.db, s.admin.actor, chair.id);
		expect((await governorChoices(t.db, s.admin.actor)).filter((g) => g.isChair).map((g) => g.id)).toEqual([chair.id]);
		const entries = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'governors.chair_chosen'), eq(auditLog.schoolId, s.id)));
		expect(entries.map((e) => e.targetId)).toEqual([chair.id]);
		await expect(chooseChairOfGovernors(t.db, s.dsl.actor, governor.id)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(chooseChairOfGovernors(t.db, chair.actor, chair.id)).rejects.toBeInstanceOf(AuthorizationError);
		// Only a governor of this school: not a teacher, not another school's governor.
		await expect(chooseChairOfGovernors(t.db, s.admin.actor, A().teacher.id)).rejects.toBeInstanceOf(InputError);
		await expect(chooseChairOfGovernors(t.db, s.admin.actor, otherChair.id)).rejects.toBeInstanceOf(InputError);
		await expect(chooseChairOfGovernors(t.db, s.admin.actor, 'not-an-id')).rejects.toBeInstanceOf(InputError);
		expect((await governorChoices(t.db, s.admin.actor)).find((g) => g.isChair)?.id).toBe(chair.id);
	});
});

describe('an allegation about the head', () => {
	let concernId: string;
	let alertId: string;
	let incidentId: string;

	it('reaches the DSL and the chair (in the app and by email, with no detail), never the head', async () => {
		({ id: concernId } = await logStaffConcern(t.db, A().teacher.actor, { ...headAllegation(), pupilIds: [A().pupils[0]!.id] }));
		expect((await listConcerns(t.db, s.dsl.actor)).find((c) => c.id === concernId)?.aboutHead).toBe(true);
		// The head: not in the concern list, the alert inbox, or opened by id.
		expect((await listConcerns(t.db, s.admin.actor)).some((c) => c.id === concernId)).toBe(false);
		await expect(getConcern(t.db, s.admin.actor, concernId)).rejects.toBeInstanceOf(NotFoundError);
		alertId = (await getConcern(t.db, s.dsl.actor, concernId)).alertId!;
		expect((await listAlerts(t.db, s.dsl.actor)).map((a) => a.id)).toContain(alertId);
		expect((await listAlerts(t.db, s.admin.actor, true)).map((a) => a.id)).not.toContain(alertId);
		await expect(getAlertDetail(t.db, s.admin.actor, alertId)).rejects.toBeInstanceOf(NotFoundError);
		await expect(acknowledgeAlert(t.db, s.admin.actor, alertId)).rejects.toBeInstanceOf(NotFoundError);
		await expect(draftIncident(t.db, s.admin.actor, { concernId })).rejects.toThrow();
		// The chair is told, in the app and by email, in one sentence with no name or words.
		const told = await t.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, chair.id), eq(notifications.targetId, concernId)));
		expect(told.map((n) => n.channel).sort()).toEqual(['email', 'in-app']);
		for (const n of told) {
			expect(n.link).toBe('/governor/allegations');
			expect(`${n.subject} ${n.text}`).not.toMatch(/secret|phone|Pupil|Admin|headteacher messaged/i);
		}
		const toHead = await t.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, s.admin.id), eq(notifications.targetId, concernId)));
		expect(toHead).toHaveLength(0);
		// Not even as a number on the head's notification activity table.
		expect((await notificationActivity(t.db, s.admin.actor)).map((r) => r.reason)).not.toContain('allegation.head');
		// The chair sees it waiting; an ordinary governor sees nothing and is refused the list.
		expect(await allegationsWaitingForChair(t.db, chair.actor)).toBe(1);
		expect(await allegationsWaitingForChair(t.db, governor.actor)).toBeNull();
		await expect(listAllegationsForChair(t.db, governor.actor)).rejects.toBeInstanceOf(AuthorizationError);
		expect((await listAllegationsForChair(t.db, otherChair.actor)).concerns).toHaveLength(0);
	});

	it('becomes an incident hidden from the head everywhere: list, page by id, steps, export, audit', async () => {
		({ id: incidentId } = await incidentFrom(concernId, [s.admin.id]));
		const { view } = await loadIncident(t.db, s.dsl.actor, incidentId);
		expect(view.aboutHead).toBe(true);
		expect(view.allowed).toEqual(['view', 'edit', 'start-review']);
		expect((await listIncidents(t.db, s.dsl.actor)).map((i) => i.id)).toContain(incidentId);
		// The head, by every door.
		expect((await listIncidents(t.db, s.admin.actor)).map((i) => i.id)).not.toContain(incidentId);
		await expect(loadIncident(t.db, s.admin.actor, incidentId)).rejects.toBeInstanceOf(NotFoundError);
		await expect(getIncidentPage(t.db, s.admin.actor, incidentId)).rejects.toBeInstanceOf(NotFoundError);
		await expect(moveIncident(t.db, s.admin.actor, incidentId, 'start-review')).rejects.toBeInstanceOf(NotFoundError);
		const pupil = A().pupils[0]!;
		const fromHead = unzipSync((await exportPupil(t.db, s.admin.actor, pupil.id, { includeIncidents: true })).bytes);
		expect(JSON.parse(strFromU8(fromHead['incidents.json']!))).toEqual([]);
		expect(JSON.parse(strFromU8(fromHead['concerns.json']!))).toEqual([]);
		const fromDsl = unzipSync((await exportPupil(t.db, s.dsl.actor, pupil.id, { includeIncidents: true })).bytes);
		expect(JSON.parse(strFromU8(fromDsl['incidents.json']!))).toHaveLength(1);
		const headAudit = await searchAudit(t.db, s.admin.actor, { action: null, actorId: null });
		const hidden = new Set([incidentId, concernId, alertId]);
		expect(headAudit.some((r) => r.targetId !== null && hidden.has(r.targetId))).toBe(false);
		expect(headAudit.length).toBeGreaterThan(0);
		const dslAudit = await searchAudit(t.db, s.dsl.actor, { action: 'incident.', actorId: null });
		expect(dslAudit.some((r) => r.targetId === incidentId)).toBe(true);
		// The termly report counts it for the head as for the DSL: a number, not a record.
		const forHead = (await getTermReport(t.db, s.admin.actor, null)).report.incidentsByCategory;
		expect(forHead).toEqual((await getTermReport(t.db, s.dsl.actor, null)).report.incidentsByCategory);
	});

	it('is read by the chair alone among governors, and signed off by the chair, not the head', async () => {
		const forChair = await getIncidentForChair(t.db, chair.actor, incidentId);
		expect(forChair.allowed).toEqual(['view']);
		expect((await listAllegationsForChair(t.db, chair.actor)).incidents.map((i) => i.id)).toEqual([incidentId]);
		// Another school's chair, an ordinary governor and a teacher are refused or find nothing.
		await expect(getIncidentForChair(t.db, otherChair.actor, incidentId)).rejects.toBeInstanceOf(NotFoundError);
		await expect(getIncidentForChair(t.db, governor.actor, incidentId)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(loadIncident(t.db, governor.actor, incidentId)).rejects.toBeInstanceOf(NotFoundError);
		await expect(loadIncident(t.db, A().teacher.actor, incidentId)).rejects.toBeInstanceOf(AuthorizationError);
		// The chair reads no other incident, even by id.
		const { id: ordinaryConcern } = await logStaffConcern(t.db, A().teacher.actor, {
			pupilIds: [A().pupils[1]!.id],
			words: 'Seemed upset after a game chat at home.',
			occurredAt: minutesAgo(30),
			category: 'online-safety'
		});
		const ordinary = await incidentFrom(ordinaryConcern, []);
		await expect(getIncidentForChair(t.db, chair.actor, ordinary.id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await listAllegationsForChair(t.db, chair.actor)).concerns.map((c) => c.id)).toEqual([concernId]);
		expect((await loadIncident(t.db, s.admin.actor, ordinary.id)).view.allowed).toContain('edit');

		// The DSL records an action and moves it under review; the chair can sign it off, the head still cannot reach it.
		await recordAction(t.db, s.dsl.actor, incidentId, { action: 'refer-governors', detail: 'Chair and LADO told', at: minutesAgo(5) });
		await moveIncident(t.db, s.dsl.actor, incidentId, 'start-review');
		await expect(moveIncident(t.db, s.dsl.actor, incidentId, 'sign-off')).rejects.toThrow();
		await expect(moveIncident(t.db, governor.actor, incidentId, 'sign-off')).rejects.toBeInstanceOf(NotFoundError);
		await expect(moveIncident(t.db, otherChair.actor, incidentId, 'sign-off')).rejects.toBeInstanceOf(NotFoundError);
		await expect(moveIncident(t.db, s.admin.actor, incidentId, 'sign-off')).rejects.toBeInstanceOf(NotFoundError);
		expect((await getIncidentForChair(t.db, chair.actor, incidentId)).allowed).toEqual(['view', 'sign-off']);
		await moveIncident(t.db, chair.actor, incidentId, 'sign-off');
		const signed = (await loadIncident(t.db, s.dsl.actor, incidentId)).incident;
		expect(signed.status).toBe('signed-off');
		expect(signed.signOff?.byId).toBe(chair.id);
		const audit = await t.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'incident.signed_off'), eq(auditLog.targetId, incidentId)));
		expect(audit.map((a) => a.actorId)).toEqual([chair.id]);
		// The chair's rights stop at the chair: a new chair takes over, the old one is refused.
		await chooseChairOfGovernors(t.db, s.admin.actor, governor.id);
		await expect(getIncidentForChair(t.db, chair.actor, incidentId)).rejects.toBeInstanceOf(AuthorizationError);
		expect((await getIncidentForChair(t.db, governor.actor, incidentId)).incident.id).toBe(incidentId);
	});

	it('can also be marked by the DSL on a new incident; the head cannot mark one', async () => {
		const fields = {
			reportedById: A().teacher.id,
			reportedToId: s.dsl.id,
			occurredAt: minutesAgo(120),
			reportedAt: minutesAgo(90),
			pupilIds: [A().pupils[1]!.id],
			staffIds: [s.admin.id],
			description: 'A parent told the DSL at the gate that the headteacher shouted at their child.',
			categoryKey: 'staff-B' as const,
			actionsTaken: [],
			parentsInformed: null,
			reviewDate: null,
			reviewResult: null,
			aboutHead: true
		};
		const marked = await createIncident(t.db, s.dsl.actor, fields);
		expect((await loadIncident(t.db, s.dsl.actor, marked.id)).view.aboutHead).toBe(true);
		await expect(loadIncident(t.db, s.admin.actor, marked.id)).rejects.toBeInstanceOf(NotFoundError);
		expect((await listAllegationsForChair(t.db, governor.actor)).incidents.map((i) => i.id)).toContain(marked.id);
		const before = (await listIncidents(t.db, s.dsl.actor)).length;
		await expect(createIncident(t.db, s.admin.actor, { ...fields, staffIds: [], categoryKey: 'pupil-B' })).rejects.toMatchObject({ field: 'aboutHead' });
		expect((await listIncidents(t.db, s.dsl.actor)).length).toBe(before);
	});
});
