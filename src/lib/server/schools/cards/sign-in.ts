// Signing a pupil in with their card's QR link on a class device. The link's secret is
// looked up by its SHA-256; wrong or old secrets count against the address like wrong
// passwords (a whole class shares one school address, so the address limit is the login
// page's 50 in 15 minutes), and every success and failure is audited.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db';
import { pupilCardSecrets, users } from '../../db/schema';
import { decideLoginThrottle, THROTTLE_WINDOW_MS } from '../../../domain/auth/login-throttle';
import { hashCardSecret, isCardSecretShape } from '../../../domain/schools/sign-in-cards';
import { releaseAttempt, reserveAttempt } from '../../auth/failures';
import { createSession, generateSessionToken, type SessionRecord } from '../../auth/session';
import { recordAudit } from '../../audit/record';

export type CardSignIn =
	{ ok: true; token: string; session: SessionRecord } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterMinutes: number };

const addressKey = (ip: string | null): string => `card:address:${ip ?? 'unknown'}`;

export async function signInWithCard(db: Database, secret: string, ipAddress: string | null, now = new Date()): Promise<CardSignIn> {
	const key = addressKey(ipAddress);
	// Checked and counted as a failure in one step (released below if the card is right), so a burst cannot beat the limit.
	const reserved = await reserveAttempt(db, [key], new Date(now.getTime() - THROTTLE_WINDOW_MS), now, (counts) => {
		const c = counts.get(key);
		return decideLoginThrottle({ accountFailures: 0, addressFailures: c?.failures ?? 0, oldestCountedFailure: c?.oldest ?? null }, now);
	});
	if (!reserved.allowed) return { ok: false, reason: 'throttled', retryAfterMinutes: reserved.retryAfterMinutes };
	const [found] = isCardSecretShape(secret)
		? await db
				.select({ id: users.id, schoolId: users.schoolId, role: users.role, disabledAt: users.disabledAt })
				.from(pupilCardSecrets)
				.innerJoin(users, eq(users.id, pupilCardSecrets.pupilId))
				.where(and(eq(pupilCardSecrets.secretHash, hashCardSecret(secret)), eq(users.role, 'pupil')))
				.limit(1)
		: [];
	// A disabled account (a leaver, a suspension) keeps its card row but cannot use it.
	if (!found || found.disabledAt) {
		await recordAudit(db, { schoolId: found?.schoolId ?? null, actorId: null, action: 'auth.card_login_failed', ipAddress });
		return { ok: false, reason: 'invalid' };
	}
	const token = generateSessionToken();
	const session = await db.transaction(async (tx) => {
		await releaseAttempt(tx, reserved.ids);
		const created = await createSession(tx, token, found, now, undefined, null, 'card');
		await recordAudit(tx, { schoolId: found.schoolId, actorId: found.id, action: 'auth.card_login', targetType: 'user', targetId: found.id, ipAddress });
		return created;
	});
	return { ok: true, token, session };
}
