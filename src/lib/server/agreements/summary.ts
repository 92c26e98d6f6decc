// A teacher's or admin's signing list for one class: per pupil, their own and their
// family's agreement standing, each consent, whether messaging is open, the linked parents
// (for reminders and paper forms) and the invitation codes issued. Built by the domain's
// buildClassSummary, which uses the gate's own rules, so the list and the gate agree.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { classMemberships, classes, parentLinks, users } from '../db/schema';
import { loadGateRows } from './gate-rows';
import type { Actor } from '../../domain/auth/permissions';
import { buildClassSummary, type ClassSummary } from '../../domain/agreements';
import { assertCan } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { currentAcademicYearId } from '../auth/actor';
import { NotFoundError } from '../errors';
import { ensureAgreementDocuments } from './documents';
import { invitationsFor, type InvitationStatus } from './invitations';

export interface ClassSigningView {
	classId: string;
	className: string;
	summary: ClassSummary;
	/** Staff may see full names. */
	pupils: Record<string, { firstName: string; surname: string }>;
	parents: Record<string, { id: string; firstName: string; surname: string }[]>;
	invitations: Record<string, InvitationStatus[]>;
}

async function classPupils(db: Executor, schoolId: string, classId: string) {
	const yearId = await currentAcademicYearId(db, schoolId);
	if (!yearId) return [];
	return db
		.select({ id: users.id, firstName: users.firstName, surname: users.surname })
		.from(classMemberships)
		.innerJoin(users, eq(users.id, classMemberships.pupilId))
		.where(and(eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId)))
		.orderBy(asc(users.firstName), asc(users.surname));
}

async function parentsOf(db: Executor, schoolId: string, pupilIds: string[]) {
	if (pupilIds.length === 0) return [];
	return db
		.select({ pupilId: parentLinks.pupilId, id: users.id, firstName: users.firstName, surname: users.surname })
		.from(parentLinks)
		.innerJoin(users, eq(users.id, parentLinks.parentId))
		.where(and(eq(parentLinks.schoolId, schoolId), inArray(parentLinks.pupilId, pupilIds)));
}

export async function getClassSigning(db: Executor, actor: Actor, classId: string, now = new Date()): Promise<ClassSigningView> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'class.read', resource);
	const [cls] = await db.select().from(classes).where(eq(classes.id, classId));
	const { schoolId } = actor;
	const documents = await ensureAgreementDocuments(db, schoolId, now);
	const pupils = await classPupils(db, schoolId, classId);
	const ids = pupils.map((p) => p.id);
	const links = await parentsOf(db, schoolId, ids);
	const { signatures, consents, pauses } = await loadGateRows(db, schoolId, ids, now);
	const summary = buildClassSummary({
		schoolId,
		pupils: pupils.map((p) => ({
			id: p.id,
			firstName: p.firstName,
			yearGroup: cls!.yearGroup,
			parentIds: links.filter((l) => l.pupilId === p.id).map((l) => l.id)
		})),
		documents,
		signatures,
		consents,
		pauses,
		now
	});
	const invitations = await invitationsFor(db, schoolId, ids, now);
	return {
		classId,
		className: cls!.name,
		summary,
		pupils: Object.fromEntries(pupils.map((p) => [p.id, { firstName: p.firstName, surname: p.surname }])),
		parents: Object.fromEntries(
			ids.map((id) => [id, links.filter((l) => l.pupilId === id).map(({ id: pid, firstName, surname }) => ({ id: pid, firstName, surname }))])
		),
		invitations: Object.fromEntries(ids.map((id) => [id, invitations.filter((i) => i.pupilId === id)]))
	};
}
