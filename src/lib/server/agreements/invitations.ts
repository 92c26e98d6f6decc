// Invitation codes the school sends home, one per pupil, so a parent or carer can make
// their own account and link it to their child (see join.ts). Only the code's hash is
// stored; the code itself is shown once, on the printed letter. Issuing a new code for a
// pupil leaves earlier unused ones working until they expire or are cancelled, because a
// second carer may hold the first letter. Every issue and cancellation is audited.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { classes, parentInvitations, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { checkInvitation, createInvitation, type InvitationState } from '../../domain/agreements';
import { assertCan } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError, NotFoundError } from '../errors';
import { pupilOr404 } from './signing';
import { toInvitation } from './rows';
import { getClassSigning } from './summary';

export interface InvitationLetter {
	invitationId: string;
	pupilId: string;
	pupilFirstName: string;
	pupilSurname: string;
	className: string | null;
	code: string;
	expiresAt: Date;
}

/** Issues a new code for one pupil and returns the letter to print (the only time the code exists). */
export async function issueInvitation(db: Database, actor: Actor, pupilId: string, now = new Date()): Promise<InvitationLetter> {
	const resource = await pupilOr404(db, pupilId);
	assertCan(actor, 'invitation.manage', resource);
	return db.transaction(async (tx) => {
		const { code, invitation } = createInvitation({ id: crypto.randomUUID(), schoolId: actor.schoolId, pupilId, createdBy: actor.userId, now });
		await tx.insert(parentInvitations).values({ ...invitation, usedAt: null, usedBy: null, revokedAt: null });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'invitation.issued',
			targetType: 'parent_invitation',
			targetId: invitation.id,
			details: { pupilId, expiresAt: invitation.expiresAt.toISOString() }
		});
		const [pupil] = await tx.select({ firstName: users.firstName, surname: users.surname }).from(users).where(eq(users.id, pupilId));
		const [cls] = resource.classId ? await tx.select({ name: classes.name }).from(classes).where(eq(classes.id, resource.classId)) : [];
		return {
			invitationId: invitation.id,
			pupilId,
			pupilFirstName: pupil!.firstName,
			pupilSurname: pupil!.surname,
			className: cls?.name ?? null,
			code,
			expiresAt: invitation.expiresAt
		};
	});
}

/** Cancels an unused code. A used, cancelled or unknown one is refused with a reason. */
export async function revokeInvitation(db: Database, actor: Actor, invitationId: string, now = new Date()): Promise<void> {
	const [row] = await db.select().from(parentInvitations).where(eq(parentInvitations.id, invitationId));
	if (!row || row.schoolId !== actor.schoolId) throw new NotFoundError('That invitation does not exist.');
	assertCan(actor, 'invitation.manage', await pupilOr404(db, row.pupilId));
	const check = checkInvitation(toInvitation(row), now);
	if (!check.ok && check.error !== 'expired') throw new InputError('invitationId', `That code is already ${check.error === 'used' ? 'used' : 'cancelled'}.`);
	await db.transaction(async (tx) => {
		await tx
			.update(parentInvitations)
			.set({ revokedAt: now, revokedBy: actor.userId })
			.where(and(eq(parentInvitations.id, invitationId), eq(parentInvitations.schoolId, actor.schoolId)));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'invitation.revoked',
			targetType: 'parent_invitation',
			targetId: invitationId,
			details: { pupilId: row.pupilId }
		});
	});
}

export interface InvitationStatus {
	id: string;
	pupilId: string;
	createdAt: Date;
	expiresAt: Date;
	state: 'active' | InvitationState;
}

/** Every code issued for these pupils, newest first, with its state now. Callers check permission. */
export async function invitationsFor(db: Executor, schoolId: string, pupilIds: string[], now = new Date()): Promise<InvitationStatus[]> {
	if (pupilIds.length === 0) return [];
	const rows = await db
		.select()
		.from(parentInvitations)
		.where(and(eq(parentInvitations.schoolId, schoolId), inArray(parentInvitations.pupilId, pupilIds)))
		.orderBy(desc(parentInvitations.createdAt));
	return rows.map((row) => {
		const check = checkInvitation(toInvitation(row), now);
		return { id: row.id, pupilId: row.pupilId, createdAt: row.createdAt, expiresAt: row.expiresAt, state: check.ok ? 'active' : check.error };
	});
}

/**
 * Letters for every pupil in a class who has no parent account linked and no unused
 * code still working, so a class set can be printed at once.
 */
export async function issueForUnlinked(db: Database, actor: Actor, classId: string, now = new Date()): Promise<InvitationLetter[]> {
	const view = await getClassSigning(db, actor, classId, now);
	const due = Object.keys(view.pupils).filter((id) => (view.parents[id] ?? []).length === 0 && !(view.invitations[id] ?? []).some((i) => i.state === 'active'));
	const letters: InvitationLetter[] = [];
	for (const pupilId of due) letters.push(await issueInvitation(db, actor, pupilId, now));
	return letters;
}
