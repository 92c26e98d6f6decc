// The second step of signing in. A right password left a short pending session (see
// login.ts); here a code from the app or a recovery code finishes it. The pending session is
// then replaced by a full one with a new token, so a token seen before the second step is
// worth nothing after it. Every wrong code counts as a failed sign-in in the same limits as
// passwords, reserved before the check so a burst cannot outrun them.
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { sessions, twoStepRecoveryCodes, twoStepSecrets, users } from '../db/schema';
import { recordAudit } from '../audit/record';
import { readSecondStepCode } from '../../domain/auth/two-step';
import { sessionState } from '../../domain/auth/session-policy';
import type { Role } from '../../domain/auth/roles';
import { createSession, generateSessionToken, type PendingSecondStep, type SessionRecord, type SignInMethod } from './session';
import { clearAccountFailures, releaseAttempt, reserveLoginAttempt } from './login-attempts';
import { acceptTotpCode, confirmEnrolment, hashRecoveryCode, type TwoStepOwner } from './two-step';

export type SecondStepResult =
	| { ok: true; token: string; session: SessionRecord; role: Role }
	| { ok: false; reason: 'invalid' | 'ended' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

/** The account a pending session belongs to, if that session is still live and owes `step`. */
export async function pendingOwner(db: Executor, pending: PendingSecondStep, step: PendingSecondStep['step'], now = new Date()): Promise<TwoStepOwner | null> {
	const [row] = await db
		.select({ session: sessions, user: { id: users.id, schoolId: users.schoolId, username: users.username, role: users.role, disabledAt: users.disabledAt } })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, pending.sessionId));
	if (!row || row.user.disabledAt || row.session.secondStep !== step || sessionState(row.session, now) !== 'active') return null;
	const { disabledAt: _off, ...owner } = row.user;
	return owner;
}

/** Swaps the pending session for a full one, in the caller's transaction. */
export async function finishSignIn(
	tx: Executor,
	pending: PendingSecondStep,
	owner: TwoStepOwner,
	details: Record<string, unknown>,
	ipAddress: string | null,
	now: Date
): Promise<{ token: string; session: SessionRecord }> {
	const [ended] = await tx.delete(sessions).where(eq(sessions.id, pending.sessionId)).returning({ method: sessions.method });
	const method = (ended?.method ?? 'password') as SignInMethod;
	const token = generateSessionToken();
	const session = await createSession(tx, token, owner, now, undefined, null, method);
	await clearAccountFailures(tx, owner.username);
	await recordAudit(tx, { schoolId: owner.schoolId, actorId: owner.id, action: 'auth.login', details: { method, ...details }, ipAddress });
	return { token, session };
}

async function useRecoveryCode(tx: Executor, userId: string, code: string, now: Date): Promise<boolean> {
	const used = await tx
		.update(twoStepRecoveryCodes)
		.set({ usedAt: now })
		.where(and(eq(twoStepRecoveryCodes.userId, userId), eq(twoStepRecoveryCodes.codeHash, hashRecoveryCode(code)), isNull(twoStepRecoveryCodes.usedAt)))
		.returning({ id: twoStepRecoveryCodes.id });
	return used.length === 1;
}

export async function completeSecondStep(
	db: Database,
	pending: PendingSecondStep,
	input: string,
	ipAddress: string | null,
	now = new Date()
): Promise<SecondStepResult> {
	const owner = await pendingOwner(db, pending, 'verify', now);
	if (!owner) return { ok: false, reason: 'ended' };
	const attempt = await reserveLoginAttempt(db, owner.username, ipAddress, now);
	if (!attempt.allowed) return { ok: false, reason: 'throttled', retryAfterMinutes: attempt.retryAfterMinutes };
	const typed = readSecondStepCode(input);
	const done = await db.transaction(async (tx) => {
		const [secret] = await tx.select().from(twoStepSecrets).where(eq(twoStepSecrets.userId, owner.id)).for('update');
		if (!secret?.confirmedAt || typed.kind === 'invalid') return null;
		const accepted =
			typed.kind === 'totp'
				? await acceptTotpCode(tx, owner.id, secret.secretEncrypted, secret.lastUsedStep, typed.code, now)
				: await useRecoveryCode(tx, owner.id, typed.code, now);
		if (!accepted) return null;
		await releaseAttempt(tx, attempt.ids);
		if (typed.kind === 'recovery')
			await recordAudit(tx, {
				schoolId: owner.schoolId,
				actorId: owner.id,
				action: 'two_step.recovery_used',
				targetType: 'user',
				targetId: owner.id,
				ipAddress
			});
		return finishSignIn(tx, pending, owner, { secondStep: typed.kind }, ipAddress, now);
	});
	if (!done) {
		// The reservation already counts this failure.
		await recordAudit(db, { schoolId: owner.schoolId, actorId: owner.id, action: 'auth.second_step_failed', details: { username: owner.username }, ipAddress });
		return { ok: false, reason: 'invalid' };
	}
	return { ok: true, ...done, role: owner.role };
}

export type EnrolSignInResult = { ok: true; token: string; session: SessionRecord; role: Role; recoveryCodes: string[] } | { ok: false; reason: 'ended' };

/**
 * A safeguarding lead or head who had not set two-step up does it straight after their
 * password; the first right code both confirms the enrolment and finishes signing in.
 * Wrong codes throw InputError (counted) and too many throw RateLimitError.
 */
export async function enrolAndSignIn(
	db: Database,
	pending: PendingSecondStep,
	input: string,
	ipAddress: string | null,
	now = new Date()
): Promise<EnrolSignInResult> {
	const owner = await pendingOwner(db, pending, 'enrol', now);
	if (!owner) return { ok: false, reason: 'ended' };
	const recoveryCodes = await confirmEnrolment(db, owner, input, ipAddress, now);
	const done = await db.transaction((tx) => finishSignIn(tx, pending, owner, { secondStep: 'enrolled' }, ipAddress, now));
	return { ok: true, ...done, role: owner.role, recoveryCodes };
}
