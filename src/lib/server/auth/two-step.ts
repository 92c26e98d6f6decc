// Setting two-step sign-in up, turning it off, and an admin resetting it for a lost phone.
// A secret is made on the server, shown once as a QR code and as text, and only counts once
// a first code from the app proves it was copied. Recovery codes are shown once and only
// their SHA-256 is kept. Every change is audited in its own transaction.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeBase32NoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, count, eq, isNull, or, lt } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { twoStepRecoveryCodes, twoStepSecrets, users } from '../db/schema';
import { recordAudit } from '../audit/record';
import { ConflictError, InputError, NotFoundError, RateLimitError } from '../errors';
import type { Actor } from '../../domain/auth/permissions';
import type { Role } from '../../domain/auth/roles';
import {
	RECOVERY_CODE_COUNT,
	checkTotpCode,
	formatRecoveryCode,
	keyUriFor,
	readSecondStepCode,
	secretForTyping,
	twoStepRuleFor
} from '../../domain/auth/two-step';
import { assertCan, ownSchool } from './authorize';
import { isUuid } from './resources';
import { decryptSecret, encryptSecret } from './two-step-secret';
import { invalidateUserSessions } from './session';
import { releaseAttempt, clearAccountFailures, reserveLoginAttempt } from './login-attempts';
import { disconnectUsers } from '../realtime/session-sockets';
import { qrSvg } from '../schools/cards/qr';

/** Whose two-step this is: the signed-in person, or the one a pending session belongs to. */
export interface TwoStepOwner {
	id: string;
	schoolId: string;
	username: string;
	role: Role;
}

export interface TwoStepStatus {
	enrolled: boolean;
	recoveryCodesLeft: number;
}

export async function twoStepStatus(db: Executor, userId: string): Promise<TwoStepStatus> {
	const [row] = await db.select({ confirmedAt: twoStepSecrets.confirmedAt }).from(twoStepSecrets).where(eq(twoStepSecrets.userId, userId));
	if (!row?.confirmedAt) return { enrolled: false, recoveryCodesLeft: 0 };
	const [left] = await db
		.select({ n: count() })
		.from(twoStepRecoveryCodes)
		.where(and(eq(twoStepRecoveryCodes.userId, userId), isNull(twoStepRecoveryCodes.usedAt)));
	return { enrolled: true, recoveryCodesLeft: left?.n ?? 0 };
}

export function hashRecoveryCode(code: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(code)));
}

export interface EnrolmentOffer {
	/** The secret in groups of four, for typing into an app. */
	secret: string;
	qrSvg: string;
}

/**
 * Starts (or shows again) an enrolment: a fresh secret kept encrypted until a first code
 * confirms it. Reloading the page shows the same secret, so a half-done set-up still works.
 */
export async function beginEnrolment(db: Database, owner: TwoStepOwner): Promise<EnrolmentOffer> {
	if (twoStepRuleFor(owner.role) === 'none') throw new InputError('form', 'Two-step sign-in is not used for this account.');
	const [existing] = await db.select().from(twoStepSecrets).where(eq(twoStepSecrets.userId, owner.id));
	if (existing?.confirmedAt) throw new ConflictError('Two-step sign-in is already on for this account.');
	let key = existing ? decryptSecret(owner.id, existing.secretEncrypted) : null;
	if (!key) {
		// 20 bytes (160 bits), RFC 4226's recommended length.
		key = crypto.getRandomValues(new Uint8Array(20));
		const secretEncrypted = encryptSecret(owner.id, key);
		await db
			.insert(twoStepSecrets)
			.values({ userId: owner.id, schoolId: owner.schoolId, secretEncrypted })
			.onConflictDoUpdate({ target: twoStepSecrets.userId, set: { secretEncrypted, createdAt: new Date() }, where: isNull(twoStepSecrets.confirmedAt) });
	}
	return { secret: secretForTyping(encodeBase32NoPadding(key)), qrSvg: await qrSvg(keyUriFor(owner.username, key)) };
}

/** A fresh set of recovery codes (80 random bits each), for enrolment and for a new set. */
export function newRecoveryCodes(): string[] {
	return Array.from({ length: RECOVERY_CODE_COUNT }, () => encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10))));
}

/**
 * Checks a code against the account's secret and, if right and not a replay, records its
 * time step. The wrong and the replayed both stay counted as failed sign-ins.
 */
export async function acceptTotpCode(
	tx: Executor,
	userId: string,
	secretEncrypted: string,
	lastUsedStep: number | null,
	code: string,
	now: Date
): Promise<boolean> {
	const key = decryptSecret(userId, secretEncrypted);
	if (!key) return false;
	const check = checkTotpCode(key, code, now, lastUsedStep);
	if (!check.ok) return false;
	// Conditional on the last step, so two requests racing with the same code cannot both pass.
	const taken = await tx
		.update(twoStepSecrets)
		.set({ lastUsedStep: check.step })
		.where(and(eq(twoStepSecrets.userId, userId), or(isNull(twoStepSecrets.lastUsedStep), lt(twoStepSecrets.lastUsedStep, check.step))))
		.returning({ userId: twoStepSecrets.userId });
	return taken.length === 1;
}

const WRONG_CODE = 'That code is not right. Check the app and type the six numbers it shows now.';

function throttled(retryAfterMinutes: number): RateLimitError {
	return new RateLimitError(`Too many tries. Please wait ${retryAfterMinutes} minutes and try again.`, retryAfterMinutes * 60);
}

/**
 * Confirms an enrolment with a first code from the app. Returns the recovery codes, to be
 * shown once. A wrong code counts as a failed sign-in.
 */
export async function confirmEnrolment(db: Database, owner: TwoStepOwner, input: string, ipAddress: string | null, now = new Date()): Promise<string[]> {
	const attempt = await reserveLoginAttempt(db, owner.username, ipAddress, now);
	if (!attempt.allowed) throw throttled(attempt.retryAfterMinutes);
	const typed = readSecondStepCode(input);
	const codes = newRecoveryCodes();
	const confirmed = await db.transaction(async (tx) => {
		const [row] = await tx.select().from(twoStepSecrets).where(eq(twoStepSecrets.userId, owner.id)).for('update');
		if (!row) throw new NotFoundError('Start setting two-step sign-in up again.');
		if (row.confirmedAt) throw new ConflictError('Two-step sign-in is already on for this account.');
		if (typed.kind !== 'totp' || !(await acceptTotpCode(tx, owner.id, row.secretEncrypted, row.lastUsedStep, typed.code, now))) return false;
		await tx.update(twoStepSecrets).set({ confirmedAt: now }).where(eq(twoStepSecrets.userId, owner.id));
		await tx.delete(twoStepRecoveryCodes).where(eq(twoStepRecoveryCodes.userId, owner.id));
		await tx.insert(twoStepRecoveryCodes).values(codes.map((c) => ({ userId: owner.id, codeHash: hashRecoveryCode(c) })));
		await releaseAttempt(tx, attempt.ids);
		await recordAudit(tx, { schoolId: owner.schoolId, actorId: owner.id, action: 'two_step.enrolled', targetType: 'user', targetId: owner.id, ipAddress });
		return true;
	});
	if (!confirmed) throw new InputError('code', WRONG_CODE);
	return codes.map(formatRecoveryCode);
}

/** Turns two-step off for someone it is optional for; needs a current code from the app. */
export async function disableTwoStep(db: Database, actor: Actor, username: string, input: string, ipAddress: string | null, now = new Date()): Promise<void> {
	assertCan(actor, 'account.two_step', ownSchool(actor));
	if (twoStepRuleFor(actor.role) === 'required') throw new InputError('form', 'Two-step sign-in is required for your role, so it cannot be turned off.');
	const attempt = await reserveLoginAttempt(db, username, ipAddress, now);
	if (!attempt.allowed) throw throttled(attempt.retryAfterMinutes);
	const typed = readSecondStepCode(input);
	const done = await db.transaction(async (tx) => {
		const [row] = await tx.select().from(twoStepSecrets).where(eq(twoStepSecrets.userId, actor.userId)).for('update');
		if (!row?.confirmedAt) throw new ConflictError('Two-step sign-in is already off.');
		if (typed.kind !== 'totp' || !(await acceptTotpCode(tx, actor.userId, row.secretEncrypted, row.lastUsedStep, typed.code, now))) return false;
		await removeTwoStep(tx, actor.userId);
		await releaseAttempt(tx, attempt.ids);
		await clearAccountFailures(tx, username);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'two_step.disabled',
			targetType: 'user',
			targetId: actor.userId,
			ipAddress
		});
		return true;
	});
	if (!done) throw new InputError('code', WRONG_CODE);
}

async function removeTwoStep(tx: Executor, userId: string): Promise<boolean> {
	await tx.delete(twoStepRecoveryCodes).where(eq(twoStepRecoveryCodes.userId, userId));
	const removed = await tx.delete(twoStepSecrets).where(eq(twoStepSecrets.userId, userId)).returning({ userId: twoStepSecrets.userId });
	return removed.length > 0;
}

/**
 * The head resets someone's two-step (a lost phone): the secret and recovery codes go, every
 * session of theirs ends, and they set it up again at their next sign-in (at once, if their
 * role requires it). Never their own: that is what their recovery codes are for.
 */
export async function resetTwoStepFor(db: Database, actor: Actor, userId: string): Promise<void> {
	assertCan(actor, 'account.manage', ownSchool(actor));
	if (!isUuid(userId)) throw new NotFoundError('That account does not exist.');
	if (userId === actor.userId) throw new InputError('userId', 'Use one of your recovery codes to sign in, then set two-step up again.');
	await db.transaction(async (tx) => {
		const [target] = await tx.select({ schoolId: users.schoolId, role: users.role }).from(users).where(eq(users.id, userId)).for('update');
		if (!target || target.schoolId !== actor.schoolId) throw new NotFoundError('That account does not exist.');
		if (!(await removeTwoStep(tx, userId))) throw new ConflictError('Two-step sign-in is not set up for that account.');
		const ended = await invalidateUserSessions(tx, userId);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'two_step.reset',
			targetType: 'user',
			targetId: userId,
			details: { role: target.role, sessionsEnded: ended.length }
		});
	});
	disconnectUsers([userId], 'signed-out');
}

export interface TwoStepSettings extends TwoStepStatus {
	rule: ReturnType<typeof twoStepRuleFor>;
	/** While two-step is off: the secret to set it up with. */
	offer: EnrolmentOffer | null;
}

/** The settings page: whether two-step is on, whether the role requires it, and a set-up offer if off. */
export async function loadTwoStepSettings(db: Database, actor: Actor, owner: TwoStepOwner): Promise<TwoStepSettings> {
	assertCan(actor, 'account.two_step', ownSchool(actor));
	const status = await twoStepStatus(db, owner.id);
	return { ...status, rule: twoStepRuleFor(owner.role), offer: status.enrolled ? null : await beginEnrolment(db, owner) };
}

/** Turning two-step on from the settings page, signed in: returns the recovery codes. */
export function enrolSignedIn(db: Database, actor: Actor, owner: TwoStepOwner, input: string, ipAddress: string | null, now = new Date()): Promise<string[]> {
	assertCan(actor, 'account.two_step', ownSchool(actor));
	return confirmEnrolment(db, owner, input, ipAddress, now);
}
