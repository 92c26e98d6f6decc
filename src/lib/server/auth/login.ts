// Signing in: throttle, verify, open a session, audit. Unknown usernames and wrong
// passwords get the same answer so usernames cannot be discovered.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { twoStepSecrets, users } from '../db/schema';
import { recordAudit } from '../audit/record';
import { verifyDecoy, verifyPassword } from './passwords';
import { createSession, generateSessionToken, type SessionRecord, type SecondStep } from './session';
import { clearAccountFailures, releaseAttempt, reserveLoginAttempt } from './login-attempts';
import { PENDING_SECOND_STEP_LIMITS, twoStepRuleFor } from '../../domain/auth/two-step';
import type { Role } from '../../domain/auth/roles';

export interface LoginInput {
	username: string;
	password: string;
	ipAddress: string | null;
}

export type LoginResult =
	| { ok: true; token: string; session: SessionRecord; role: Role; secondStep: SecondStep | null }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'disabled' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

export async function signIn(db: Database, input: LoginInput, now = new Date()): Promise<LoginResult> {
	const username = input.username.trim().toLowerCase();
	// Counted as a failure before the password is checked, so a burst cannot outrun the limit.
	const attempt = await reserveLoginAttempt(db, username, input.ipAddress, now);
	if (!attempt.allowed) {
		await recordAudit(db, {
			schoolId: null,
			actorId: null,
			action: 'auth.login_throttled',
			details: { username },
			ipAddress: input.ipAddress
		});
		return { ok: false, reason: 'throttled', retryAfterMinutes: attempt.retryAfterMinutes };
	}
	const [user] = await db
		.select()
		.from(users)
		.where(sql`lower(${users.username}) = ${username}`);
	const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoy(input.password);
	if (!user || !valid) {
		// The reservation already counts this failure.
		await recordAudit(db, {
			schoolId: user?.schoolId ?? null,
			actorId: user?.id ?? null,
			action: 'auth.login_failed',
			details: { username },
			ipAddress: input.ipAddress
		});
		return { ok: false, reason: 'invalid' };
	}
	if (user.disabledAt) {
		// Said only after the right password, so it reveals nothing to someone guessing.
		await db.transaction(async (tx) => {
			await releaseAttempt(tx, attempt.ids);
			await recordAudit(tx, { schoolId: user.schoolId, actorId: user.id, action: 'auth.login_disabled', ipAddress: input.ipAddress });
		});
		return { ok: false, reason: 'disabled' };
	}
	const token = generateSessionToken();
	const opened = await db.transaction(async (tx) => {
		const secondStep = await secondStepOwed(tx, user);
		// A session that still owes its second step is short and opens nothing until it is done.
		const created = await createSession(tx, token, user, now, secondStep ? PENDING_SECOND_STEP_LIMITS : undefined, secondStep);
		await releaseAttempt(tx, attempt.ids);
		if (!secondStep) await clearAccountFailures(tx, username);
		await recordAudit(tx, {
			schoolId: user.schoolId,
			actorId: user.id,
			action: secondStep ? 'auth.password_accepted' : 'auth.login',
			details: secondStep ? { method: 'password', secondStep } : { method: 'password' },
			ipAddress: input.ipAddress
		});
		return { session: created, secondStep };
	});
	return { ok: true, token, session: opened.session, role: user.role, secondStep: opened.secondStep };
}

/** 'verify' when the account has two-step on; 'enrol' when its role requires it and it is not on yet. */
export async function secondStepOwed(tx: Parameters<typeof createSession>[0], user: { id: string; role: Role }): Promise<SecondStep | null> {
	const rule = twoStepRuleFor(user.role);
	if (rule === 'none') return null;
	const [row] = await tx.select({ confirmedAt: twoStepSecrets.confirmedAt }).from(twoStepSecrets).where(eq(twoStepSecrets.userId, user.id));
	if (row?.confirmedAt) return 'verify';
	return rule === 'required' ? 'enrol' : null;
}
