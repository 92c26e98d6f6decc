// Password reset by emailed link, for staff and parents (pupils are reset by their teacher).
// The link carries 256 random bits; only their SHA-256 is kept, it works once and for 30
// minutes, and using it ends every session of that account. Asking always gets the same
// answer, so the form never reveals which addresses have accounts. The link itself sits in
// the notification row only until the relay accepts the email; then only the hash remains.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { notifications, notificationSettings, passwordResets, users } from '../db/schema';
import { checkPassword } from '../../domain/auth/password-policy';
import { recordAudit } from '../audit/record';
import { InputError, RateLimitError } from '../errors';
import { reserveAttempt } from './failures';
import { hashPassword } from './passwords';
import { invalidateUserSessions } from './session';
import { notify, wakeSenders } from '../notifications/notify';
import { markNotificationsActed } from '../notifications/alerts';

/** How long a reset link works: long enough to find the email, short enough to be useless later. */
export const RESET_LINK_MINUTES = 30;
// Per address asked about, and per network address asking, in any hour.
const LIMITS = { email: 5, address: 20 } as const;
const EXPIRED = 'This link has expired or has already been used. Ask for a new one.';

const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function requestPasswordReset(db: Database, input: { email: string; origin: string; ipAddress: string }, now = new Date()): Promise<void> {
	const keys = [`reset-email:${input.email}`, `reset-address:${input.ipAddress}`];
	// Every request counts (it is never released), checked and counted atomically.
	const reserved = await reserveAttempt(db, keys, new Date(now.getTime() - 3_600_000), now, (recent) =>
		(recent.get(keys[0]!)?.failures ?? 0) >= LIMITS.email || (recent.get(keys[1]!)?.failures ?? 0) >= LIMITS.address
			? { allowed: false, retryAfterMinutes: 60 }
			: { allowed: true }
	);
	if (!reserved.allowed) throw new RateLimitError('Too many requests. Please wait an hour and try again.', 3600);
	const accounts = await db
		.select({ id: users.id, schoolId: users.schoolId, username: users.username })
		.from(users)
		.innerJoin(notificationSettings, eq(notificationSettings.userId, users.id))
		.where(
			and(
				sql`lower(${notificationSettings.email}) = ${input.email}`,
				ne(users.role, 'pupil'),
				isNull(users.disabledAt),
				isNull(notificationSettings.emailBouncedAt)
			)
		);
	if (!accounts.length) return;
	await db.transaction(async (tx) => {
		for (const account of accounts) {
			const token = randomBytes(32).toString('base64url');
			const [reset] = await tx
				.insert(passwordResets)
				.values({
					schoolId: account.schoolId,
					userId: account.id,
					tokenHash: sha256(token),
					createdAt: now,
					expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000)
				})
				.returning({ id: passwordResets.id });
			await notify(tx, {
				schoolId: account.schoolId,
				userId: account.id,
				facts: { reason: 'account.password-reset', username: account.username, minutes: RESET_LINK_MINUTES },
				channels: ['email'],
				link: `${input.origin}/reset/${token}`,
				target: { type: 'password-reset', id: reset!.id },
				dedupeKey: `account.password-reset:${reset!.id}`,
				now
			});
			await recordAudit(tx, { schoolId: account.schoolId, actorId: null, action: 'auth.password_reset_requested', targetType: 'user', targetId: account.id });
		}
	});
	wakeSenders(['email']);
}

/** The account a link belongs to, while it still works; null otherwise. */
export async function findUsableReset(db: Database, token: string, now = new Date()): Promise<{ username: string } | null> {
	const [row] = await db
		.select({ username: users.username })
		.from(passwordResets)
		.innerJoin(users, eq(users.id, passwordResets.userId))
		.where(and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now), isNull(users.disabledAt)));
	return row ?? null;
}

export async function resetPasswordWithLink(db: Database, token: string, newPassword: string, now = new Date()): Promise<void> {
	const [found] = await db
		.select({ reset: passwordResets, user: users })
		.from(passwordResets)
		.innerJoin(users, eq(users.id, passwordResets.userId))
		.where(eq(passwordResets.tokenHash, sha256(token)));
	if (!found || found.reset.usedAt || found.reset.expiresAt <= now || found.user.disabledAt) throw new InputError('token', EXPIRED);
	const { user } = found;
	const check = checkPassword(user.role, newPassword, [user.username, user.firstName, user.surname]);
	if (!check.ok) throw new InputError('newPassword', check.message);
	const passwordHash = await hashPassword(newPassword);
	await db.transaction(async (tx) => {
		// Claiming the token is the single-use check: a second request finds it used.
		const claimed = await tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(and(eq(passwordResets.id, found.reset.id), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
			.returning({ id: passwordResets.id });
		if (!claimed.length) throw new InputError('token', EXPIRED);
		// Any other link still out for this account stops working too.
		await tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
		await tx.update(users).set({ passwordHash, passwordChangedAt: now, passwordChangeRequired: false }).where(eq(users.id, user.id));
		await invalidateUserSessions(tx, user.id);
		await markNotificationsActed(tx, { type: 'password-reset', id: found.reset.id }, now);
		await forgetResetLinks(tx, user.id);
		await recordAudit(tx, { schoolId: user.schoolId, actorId: user.id, action: 'auth.password_reset_by_link', targetType: 'user', targetId: user.id });
	});
}

/** Drops the links (with their tokens) from this person's reset notifications. */
export async function forgetResetLinks(db: Pick<Database, 'update'>, userId: string): Promise<void> {
	await db
		.update(notifications)
		.set({ link: '/reset' })
		.where(and(eq(notifications.userId, userId), eq(notifications.reason, 'account.password-reset')));
}
