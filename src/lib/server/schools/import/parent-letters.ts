// Letters for the parents an import created: each holds an invitation code (the same codes,
// hashing, expiry and /join page as every family invitation) that lets the parent choose
// their own username and password for the account already linked to their children. One
// code per parent; a parent who already has a working code, or has claimed the account,
// gets no new letter. Every code issued is audited, as with any invitation.
// A letter can also be emailed (to the address on the import record), one parent or the
// whole class: the code then exists only in the email's link, through the notification
// service and its outbox. The email names the child by first name only, as the letter does.
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../../db';
import { classMemberships, classes, parentInvitations, parentLinks, users } from '../../db/schema';
import type { Actor } from '../../../domain/auth/permissions';
import { createInvitation } from '../../../domain/agreements';
import { assertCan } from '../../auth/authorize';
import { classResource } from '../../auth/resources';
import { teachingYearOf } from '../academic-years';
import { NO_PASSWORD_YET } from '../../auth/passwords';
import { recordAudit } from '../../audit/record';
import { InputError, NotFoundError } from '../../errors';
import { notifyAddress, wakeSenders } from '../../notifications/notify';
import { activeBounce } from '../../notifications/bounces';

export interface ClaimLetter {
	parentFirstName: string;
	parentSurname: string;
	email: string | null;
	childFirstName: string;
	className: string;
	code: string;
	expiresAt: Date;
}

interface WaitingParent {
	parentId: string;
	parentFirstName: string;
	parentSurname: string;
	email: string | null;
	pupilId: string;
	childFirstName: string;
	/** An unused code is still working for this parent. */
	covered: boolean;
}

/** The class's imported parents who have not claimed their account, one row each (their first child in the class). */
async function waitingParents(db: Database, actor: Actor, classId: string, now: Date): Promise<{ className: string; parents: WaitingParent[] }> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'invitation.manage', resource);
	const [cls] = await db.select({ name: classes.name }).from(classes).where(eq(classes.id, classId));
	// The class's own teaching year: after a summer rollover, next year's class lists its parents.
	const yearId = await teachingYearOf(db, actor.schoolId, classId, now);
	const rows = await db
		.select({ parentId: users.id, parentFirstName: users.firstName, parentSurname: users.surname, email: users.email, pupilId: classMemberships.pupilId })
		.from(classMemberships)
		.innerJoin(parentLinks, eq(parentLinks.pupilId, classMemberships.pupilId))
		.innerJoin(users, eq(users.id, parentLinks.parentId))
		.where(and(eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId), eq(users.passwordHash, NO_PASSWORD_YET)));
	if (rows.length === 0) return { className: cls!.name, parents: [] };
	const open = await db
		.select({ parentId: parentInvitations.parentId })
		.from(parentInvitations)
		.where(
			and(
				inArray(
					parentInvitations.parentId,
					rows.map((r) => r.parentId)
				),
				isNull(parentInvitations.usedAt),
				isNull(parentInvitations.revokedAt),
				gt(parentInvitations.expiresAt, now)
			)
		);
	const covered = new Set(open.map((o) => o.parentId));
	const children = new Map(
		(
			await db
				.select({ id: users.id, firstName: users.firstName })
				.from(users)
				.where(
					inArray(
						users.id,
						rows.map((r) => r.pupilId)
					)
				)
		).map((c) => [c.id, c.firstName])
	);
	const seen = new Set<string>();
	const parents: WaitingParent[] = [];
	for (const row of rows) {
		if (seen.has(row.parentId)) continue;
		seen.add(row.parentId);
		parents.push({ ...row, childFirstName: children.get(row.pupilId) ?? '', covered: covered.has(row.parentId) });
	}
	return { className: cls!.name, parents };
}

async function issueFor(tx: Executor, actor: Actor, parent: WaitingParent, now: Date, channel: 'letter' | 'email') {
	const { code, invitation } = createInvitation({ id: crypto.randomUUID(), schoolId: actor.schoolId, pupilId: parent.pupilId, createdBy: actor.userId, now });
	await tx.insert(parentInvitations).values({ ...invitation, parentId: parent.parentId, usedAt: null, usedBy: null, revokedAt: null });
	await recordAudit(tx, {
		schoolId: actor.schoolId,
		actorId: actor.userId,
		action: 'invitation.issued',
		targetType: 'parent_invitation',
		targetId: invitation.id,
		details: { pupilId: parent.pupilId, parentId: parent.parentId, expiresAt: invitation.expiresAt.toISOString(), channel }
	});
	return { code, invitation };
}

export async function issueImportedParentLetters(db: Database, actor: Actor, classId: string, now = new Date()): Promise<ClaimLetter[]> {
	const { className, parents } = await waitingParents(db, actor, classId, now);
	const letters: ClaimLetter[] = [];
	await db.transaction(async (tx) => {
		for (const parent of parents) {
			if (parent.covered) continue;
			const { code, invitation } = await issueFor(tx, actor, parent, now, 'letter');
			letters.push({
				parentFirstName: parent.parentFirstName,
				parentSurname: parent.parentSurname,
				email: parent.email,
				childFirstName: parent.childFirstName,
				className,
				code,
				expiresAt: invitation.expiresAt
			});
		}
	});
	return letters;
}

export interface ParentWaiting {
	parentId: string;
	name: string;
	childFirstName: string;
	email: string | null;
	/** A code from a letter or an email is still working. */
	hasWorkingCode: boolean;
	/** Mail to this address is held: it bounced. */
	bouncing: boolean;
}

/** For the cards page: the class's imported parents who have not joined yet, to email one or all. */
export async function listImportedParentsWaiting(
	db: Database,
	actor: Actor,
	classId: string,
	now = new Date()
): Promise<{ className: string; parents: ParentWaiting[] }> {
	const { className, parents } = await waitingParents(db, actor, classId, now);
	const out: ParentWaiting[] = [];
	for (const p of parents)
		out.push({
			parentId: p.parentId,
			name: `${p.parentFirstName} ${p.parentSurname}`,
			childFirstName: p.childFirstName,
			email: p.email,
			hasWorkingCode: p.covered,
			bouncing: p.email ? (await activeBounce(db, actor.schoolId, p.email)) !== null : false
		});
	return { className, parents: out };
}

export interface EmailedLetters {
	/** Emails queued to send. */
	queued: number;
	/** Emails held because the address bounced (they go when it is cleared). */
	held: number;
	/** Parents with no address on their import record (print their letters instead). */
	withoutAddress: number;
}

const longDate = (d: Date): string => d.toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * Emails invitation letters: to one parent (a new code, even if a printed one still works:
 * the printed one keeps working) or to every parent of the class who has an address and no
 * working code. `origin` is the app's address the link opens.
 */
export async function emailImportedParentLetters(
	db: Database,
	actor: Actor,
	input: { classId: string; parentId?: string; origin: string },
	now = new Date()
): Promise<EmailedLetters> {
	const { className, parents } = await waitingParents(db, actor, input.classId, now);
	let chosen: WaitingParent[];
	if (input.parentId) {
		const one = parents.find((p) => p.parentId === input.parentId);
		if (!one) throw new NotFoundError('That parent is not waiting to join this class.');
		if (!one.email) throw new InputError('parentId', 'There is no email address for this parent. Print their letter instead.');
		chosen = [one];
	} else chosen = parents.filter((p) => !p.covered);
	const result: EmailedLetters = { queued: 0, held: 0, withoutAddress: 0 };
	await db.transaction(async (tx) => {
		for (const parent of chosen) {
			if (!parent.email) {
				result.withoutAddress++;
				continue;
			}
			const { code, invitation } = await issueFor(tx, actor, parent, now, 'email');
			await notifyAddress(tx, {
				schoolId: actor.schoolId,
				address: parent.email,
				facts: { reason: 'family.invitation', childFirstName: parent.childFirstName, className, expiresOn: longDate(invitation.expiresAt) },
				link: `${input.origin}/join?code=${encodeURIComponent(code)}`,
				target: { type: 'parent_invitation', id: invitation.id },
				dedupeKey: `family.invitation:${invitation.id}`,
				now
			});
			const held = (await activeBounce(tx, actor.schoolId, parent.email)) !== null;
			if (held) result.held++;
			else result.queued++;
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'invitation.emailed',
				targetType: 'parent_invitation',
				targetId: invitation.id,
				details: { pupilId: parent.pupilId, parentId: parent.parentId, held }
			});
		}
	});
	if (result.queued) wakeSenders(['email']);
	return result;
}
