// A new set of two-step recovery codes for someone signed in with two-step on: used some, or
// lost the list. It needs proof that this is the account's owner and not someone at an
// unlocked screen: the current password or a current code from the app (never a recovery
// code, which is what is being replaced). Every old code, used or not, stops working in the
// same transaction the new ones are stored in; the new ones are shown once and only their
// SHA-256 is kept. A wrong answer is a failed sign-in in the same limits as passwords.
import { count, eq, and, isNull } from 'drizzle-orm';
import type { Database } from '../db';
import { twoStepRecoveryCodes, twoStepSecrets, users } from '../db/schema';
import { recordAudit } from '../audit/record';
import { ConflictError, InputError, RateLimitError } from '../errors';
import type { Actor } from '../../domain/auth/permissions';
import { formatRecoveryCode, readSecondStepCode } from '../../domain/auth/two-step';
import { assertCan, ownSchool } from './authorize';
import { verifyPassword } from './passwords';
import { releaseAttempt, reserveLoginAttempt } from './login-attempts';
import { acceptTotpCode, hashRecoveryCode, newRecoveryCodes, type TwoStepOwner } from './two-step';

export interface RecoveryCodeProof {
	/** The account's current password; or */
	password: string;
	/** the six numbers the app shows now. */
	code: string;
}

/** Replaces every recovery code of the signed-in owner; returns the new ones, to be shown once. */
export async function makeNewRecoveryCodes(
	db: Database,
	actor: Actor,
	owner: TwoStepOwner,
	proof: RecoveryCodeProof,
	ipAddress: string | null,
	now = new Date()
): Promise<string[]> {
	assertCan(actor, 'account.two_step', ownSchool(actor));
	const attempt = await reserveLoginAttempt(db, owner.username, ipAddress, now);
	if (!attempt.allowed)
		throw new RateLimitError(`Too many tries. Please wait ${attempt.retryAfterMinutes} minutes and try again.`, attempt.retryAfterMinutes * 60);
	// The slow hash is checked before the transaction, so no row stays locked meanwhile.
	const passwordRight = proof.password ? await passwordMatches(db, owner.id, proof.password) : false;
	const typed = readSecondStepCode(proof.code);
	const codes = newRecoveryCodes();
	const done = await db.transaction(async (tx) => {
		const [secret] = await tx.select().from(twoStepSecrets).where(eq(twoStepSecrets.userId, owner.id)).for('update');
		if (!secret?.confirmedAt) throw new ConflictError('Two-step sign-in is off, so there are no recovery codes to replace.');
		const codeRight =
			!passwordRight && typed.kind === 'totp' && (await acceptTotpCode(tx, owner.id, secret.secretEncrypted, secret.lastUsedStep, typed.code, now));
		if (!passwordRight && !codeRight) return false;
		const [unused] = await tx
			.select({ n: count() })
			.from(twoStepRecoveryCodes)
			.where(and(eq(twoStepRecoveryCodes.userId, owner.id), isNull(twoStepRecoveryCodes.usedAt)));
		await tx.delete(twoStepRecoveryCodes).where(eq(twoStepRecoveryCodes.userId, owner.id));
		await tx.insert(twoStepRecoveryCodes).values(codes.map((c) => ({ userId: owner.id, codeHash: hashRecoveryCode(c) })));
		await releaseAttempt(tx, attempt.ids);
		await recordAudit(tx, {
			schoolId: owner.schoolId,
			actorId: owner.id,
			action: 'two_step.recovery_codes_renewed',
			targetType: 'user',
			targetId: owner.id,
			details: { provedWith: passwordRight ? 'password' : 'code', unusedReplaced: unused?.n ?? 0 },
			ipAddress
		});
		return true;
	});
	if (!done) throw new InputError(proof.password ? 'password' : 'code', 'That is not right. Type your password, or the six numbers your app shows now.');
	return codes.map(formatRecoveryCode);
}

async function passwordMatches(db: Database, userId: string, password: string): Promise<boolean> {
	const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
	return user ? verifyPassword(user.passwordHash, password) : false;
}
