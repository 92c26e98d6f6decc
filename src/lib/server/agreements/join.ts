// Redeeming an invitation code: a new parent or carer makes their own account with it
// (the public /join page), or a signed-in parent links a brother or sister. Codes are
// checked in the domain's order (cancelled, used, expired), wrong codes are throttled per
// address and per account, and a code from another school is "not found" to a signed-in
// parent, so codes reveal nothing across schools. Using a code and linking the child
// happen in one transaction, and only if the code is still unused at that moment.
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { parentInvitations, parentLinks, users } from '../db/schema';
import { releaseAttempt, reserveAttempt } from '../auth/failures';
import type { Actor } from '../../domain/auth/permissions';
import { checkPassword } from '../../domain/auth/password-policy';
import {
	INVITATION_ERROR_MESSAGES,
	INVITATION_WINDOW_MS,
	checkInvitation,
	decideCodeThrottle,
	normaliseInvitationCode,
	sha256Hex,
	type Invitation
} from '../../domain/agreements';
import { assertCan, ownSchool } from '../auth/authorize';
import { hashPassword, NO_PASSWORD_YET } from '../auth/passwords';
import { createSession, generateSessionToken, type SessionRecord } from '../auth/session';
import { recordAudit } from '../audit/record';
import { InputError, isUniqueViolation } from '../errors';
import { toInvitation } from './rows';
import { markAddressNotificationsUsed } from '../notifications/alerts';

/** Too many wrong codes: the edge answers 429. */
export class CodeThrottledError extends InputError {
	constructor(minutes: number) {
		super('code', `Too many tries with codes. Please wait ${minutes} minutes and try again, or ask the school office.`);
		this.name = 'CodeThrottledError';
	}
}

const addressKey = (ip: string | null): string => `invitation:address:${ip ?? 'unknown'}`;
const accountKey = (userId: string): string => `invitation:account:${userId}`;

/** Counts a code's lookup as a failure before it happens, so a burst cannot outrun the limit; a right code releases it. */
function reserveCodeAttempt(db: Database, keys: string[], now: Date) {
	return reserveAttempt(db, keys, new Date(now.getTime() - INVITATION_WINDOW_MS), now, (counts) =>
		decideCodeThrottle(
			[...counts.values()].reduce((a, b) => (b.failures > a.failures ? b : a), { failures: 0, oldest: null }),
			now
		)
	);
}

/** Finds a usable invitation for the typed code, or records the failure and throws the parent's message. */
async function usableInvitation(db: Database, typed: string, keys: string[], schoolId: string | null, now: Date): Promise<Invitation> {
	const attempt = await reserveCodeAttempt(db, keys, now);
	if (!attempt.allowed) throw new CodeThrottledError(attempt.retryAfterMinutes);
	const normalised = normaliseInvitationCode(typed);
	let error: keyof typeof INVITATION_ERROR_MESSAGES | null = normalised.ok ? null : normalised.error;
	let invitation: Invitation | null = null;
	if (normalised.ok) {
		const [row] = await db
			.select()
			.from(parentInvitations)
			.where(eq(parentInvitations.codeHash, sha256Hex(normalised.code)));
		// A signed-in parent's account belongs to one school: another school's code is not theirs to see.
		const found = row && (schoolId === null || row.schoolId === schoolId) ? toInvitation(row) : null;
		const check = checkInvitation(found, now);
		if (check.ok) invitation = check.invitation;
		else error = check.error;
	}
	if (invitation) {
		await releaseAttempt(db, attempt.ids);
		return invitation;
	}
	await recordAudit(db, { schoolId, actorId: null, action: 'invitation.redeem_failed', details: { reason: error } });
	throw new InputError('code', INVITATION_ERROR_MESSAGES[error ?? 'not-found']);
}

/**
 * The join page was opened from an emailed letter's link: its notification counts as opened.
 * Says nothing back, so it tells a visitor nothing about the code. A link is a code too: its
 * lookup is counted in the same per-address limit as a typed code, and a code that is not a
 * waiting invitation stays counted, so links cannot be used to try codes without end. Past the
 * limit nothing is looked up (the form, if sent, says to wait).
 */
export async function markInvitationLinkFollowed(db: Database, typed: string, ipAddress: string | null, now = new Date()): Promise<void> {
	const attempt = await reserveCodeAttempt(db, [addressKey(ipAddress)], now);
	if (!attempt.allowed) return;
	const normalised = normaliseInvitationCode(typed);
	if (!normalised.ok) return;
	const [row] = await db
		.select({ id: parentInvitations.id })
		.from(parentInvitations)
		.where(and(eq(parentInvitations.codeHash, sha256Hex(normalised.code)), isNull(parentInvitations.usedAt)));
	if (!row) return;
	await db.transaction(async (tx) => {
		await releaseAttempt(tx, attempt.ids);
		await markAddressNotificationsUsed(tx, { type: 'parent_invitation', id: row.id }, false, now);
	});
}

/** Marks the code used and links the child, only if nobody used or cancelled it meanwhile. */
async function consume(tx: Transaction, invitation: Invitation, parentId: string, now: Date): Promise<void> {
	const used = await tx
		.update(parentInvitations)
		.set({ usedAt: now, usedBy: parentId })
		.where(and(eq(parentInvitations.id, invitation.id), isNull(parentInvitations.usedAt), isNull(parentInvitations.revokedAt)))
		.returning({ id: parentInvitations.id });
	if (used.length === 0) throw new InputError('code', INVITATION_ERROR_MESSAGES.used);
	// An imported parent's claim code is for a child they are already linked to.
	await tx.insert(parentLinks).values({ schoolId: invitation.schoolId, parentId, pupilId: invitation.pupilId }).onConflictDoNothing();
	// An emailed letter's notification: the family did what it asked.
	await markAddressNotificationsUsed(tx, { type: 'parent_invitation', id: invitation.id }, true, now);
	await recordAudit(tx, {
		schoolId: invitation.schoolId,
		actorId: parentId,
		action: 'invitation.redeemed',
		targetType: 'parent_invitation',
		targetId: invitation.id,
		details: { pupilId: invitation.pupilId }
	});
}

/** The parent account an import made for this code, if the code is a claim code. */
async function importedParentFor(tx: Transaction, invitationId: string): Promise<string | null> {
	const [row] = await tx.select({ parentId: parentInvitations.parentId }).from(parentInvitations).where(eq(parentInvitations.id, invitationId));
	return row?.parentId ?? null;
}

/** Gives an imported parent (no password yet) the username and password they chose. */
async function claimImportedParent(tx: Transaction, parentId: string, input: JoinInput, passwordHash: string) {
	const claimed = await tx
		.update(users)
		.set({ username: input.username, firstName: input.firstName, surname: input.surname, passwordHash, passwordChangedAt: new Date() })
		.where(and(eq(users.id, parentId), eq(users.passwordHash, NO_PASSWORD_YET)))
		.returning();
	if (claimed.length === 0) throw new InputError('code', INVITATION_ERROR_MESSAGES.used);
	return claimed;
}

export interface JoinInput {
	code: string;
	firstName: string;
	surname: string;
	username: string;
	password: string;
}

/** A new parent makes an account with a code; they are signed in straight away. */
export async function joinWithCode(
	db: Database,
	input: JoinInput,
	ipAddress: string | null,
	now = new Date()
): Promise<{ token: string; session: SessionRecord }> {
	const invitation = await usableInvitation(db, input.code, [addressKey(ipAddress)], null, now);
	const policy = checkPassword('parent', input.password, [input.username, input.firstName, input.surname]);
	if (!policy.ok) throw new InputError('password', policy.message);
	const passwordHash = await hashPassword(input.password);
	const token = generateSessionToken();
	try {
		const session = await db.transaction(async (tx) => {
			const importedParentId = await importedParentFor(tx, invitation.id);
			const [user] = importedParentId
				? await claimImportedParent(tx, importedParentId, input, passwordHash)
				: await tx
						.insert(users)
						.values({
							schoolId: invitation.schoolId,
							username: input.username,
							role: 'parent',
							firstName: input.firstName,
							surname: input.surname,
							passwordHash
						})
						.returning();
			await consume(tx, invitation, user!.id, now);
			await recordAudit(tx, {
				schoolId: invitation.schoolId,
				actorId: user!.id,
				action: 'auth.parent_joined',
				targetType: 'user',
				targetId: user!.id,
				ipAddress
			});
			return createSession(tx, token, user!, now);
		});
		return { token, session };
	} catch (e) {
		if (isUniqueViolation(e)) throw new InputError('username', 'That username is already taken. Please choose another.');
		throw e;
	}
}

/** A signed-in parent links another child with that child's code. Returns the child's id. */
export async function linkChildWithCode(db: Database, actor: Actor, code: string, ipAddress: string | null, now = new Date()): Promise<string> {
	assertCan(actor, 'home.parent', ownSchool(actor));
	const invitation = await usableInvitation(db, code, [addressKey(ipAddress), accountKey(actor.userId)], actor.schoolId, now);
	if (actor.childIds.includes(invitation.pupilId)) throw new InputError('code', 'This child is already linked to your account.');
	try {
		await db.transaction((tx) => consume(tx, invitation, actor.userId, now));
	} catch (e) {
		if (isUniqueViolation(e)) throw new InputError('code', 'This child is already linked to your account.');
		throw e;
	}
	return invitation.pupilId;
}
