// Staff sign-in with the school's own accounts. Starting: the school's provider is looked
// up by the school's slug, and the browser is sent there with PKCE, state and nonce sealed
// in a ten-minute cookie that only this browser holds. Finishing: the cookie's checks and the
// provider's answer go to openid-client; the address it vouches for must be in the school's
// domain and belong to exactly one member of staff of that school whose account is on. Then
// a session opens exactly as after a right password (same module, same limits, same second
// step, same audit entry with method "oidc"). Every refusal is audited with its reason, and
// every callback counts as a failed sign-in from its address (the password's limit) until it
// opens a session, so refused callbacks cannot be replayed without end.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { schoolSignInProviders, schools, users, type SchoolSignInProvider } from '../db/schema';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { PENDING_SECOND_STEP_LIMITS } from '../../domain/auth/two-step';
import { emailFromClaims, providerAssertsMfa, refusalFor, type SchoolSignInRefusal } from '../../domain/auth/school-sign-in';
import type { Role } from '../../domain/auth/roles';
import { createSession, generateSessionToken, type SecondStep, type SessionRecord } from './session';
import { clearAccountFailures, releaseAttempt, reserveLoginAttempt } from './login-attempts';
import { secondStepOwed } from './login';
import { decryptSecret, encryptSecret } from './two-step-secret';
import { authorisationAddress, exchangeCode, type FlowChecks } from './school-sign-in-client';

export const SCHOOL_SIGN_IN_COOKIE = 'school_sign_in';
// Long enough to type a password and approve a phone prompt at the provider.
export const FLOW_LIFETIME_MS = 10 * 60_000;
const FLOW_CONTEXT = 'school-sign-in-flow';

interface Flow extends FlowChecks {
	schoolId: string;
	startedAt: number;
}

function sealFlow(flow: Flow): string {
	return encryptSecret(FLOW_CONTEXT, new TextEncoder().encode(JSON.stringify(flow)));
}

function openFlow(sealed: string | undefined, now: number): Flow | null {
	if (!sealed) return null;
	const bytes = decryptSecret(FLOW_CONTEXT, sealed);
	if (!bytes) return null;
	const flow = JSON.parse(new TextDecoder().decode(bytes)) as Flow;
	return now - flow.startedAt <= FLOW_LIFETIME_MS && flow.startedAt <= now ? flow : null;
}

/** The provider's address to send the browser to and the sealed checks for its cookie, or null when the provider cannot be reached. */
export async function startSchoolSignIn(db: Database, slug: string, redirectUri: string, now = new Date()): Promise<{ url: URL; sealedFlow: string } | null> {
	const [row] = await db
		.select({ provider: schoolSignInProviders })
		.from(schoolSignInProviders)
		.innerJoin(schools, eq(schools.id, schoolSignInProviders.schoolId))
		.where(eq(schools.slug, slug));
	if (!row) throw new NotFoundError('This school does not sign in with a school account here.');
	// A provider that is down (or a secret this server's key cannot read) delays sign-in; it never crashes the page.
	const started = await authorisationAddress(row.provider, redirectUri, now.getTime()).catch(() => null);
	if (!started) return null;
	return { url: started.url, sealedFlow: sealFlow({ ...started.checks, schoolId: row.provider.schoolId, startedAt: now.getTime() }) };
}

export type SchoolSignInResult =
	{ ok: true; token: string; session: SessionRecord; role: Role; secondStep: SecondStep | null } | { ok: false; reason: SchoolSignInRefusal };

export interface FinishInput {
	callbackUrl: URL;
	sealedFlow: string | undefined;
	ipAddress: string | null;
}

export async function finishSchoolSignIn(db: Database, input: FinishInput, now = new Date()): Promise<SchoolSignInResult> {
	const flow = openFlow(input.sealedFlow, now.getTime());
	// Reserved before the exchange, as a password is before its check: a burst cannot outrun the limit.
	const attempt = await reserveLoginAttempt(db, null, input.ipAddress, now);
	if (!attempt.allowed) return refuse(db, flow?.schoolId ?? null, 'throttled', { retryAfterMinutes: attempt.retryAfterMinutes }, input.ipAddress);
	const [provider] = flow ? await db.select().from(schoolSignInProviders).where(eq(schoolSignInProviders.schoolId, flow.schoolId)) : [];
	if (!flow || !provider) return refuse(db, flow?.schoolId ?? null, 'failed', { why: flow ? 'provider removed' : 'no or expired flow' }, input.ipAddress);
	let claims: Record<string, unknown>;
	try {
		claims = await exchangeCode(provider, input.callbackUrl, flow, now.getTime());
	} catch (e) {
		// A wrong state, a provider's error answer, a bad token: all one answer to the browser.
		return refuse(db, provider.schoolId, 'failed', { why: e instanceof Error ? e.message.slice(0, 200) : 'exchange failed' }, input.ipAddress);
	}
	const email = emailFromClaims(claims, provider.allowedDomain);
	if (!email.ok) return refuse(db, provider.schoolId, email.reason, { sub: claims.sub }, input.ipAddress);
	return openSessionFor(db, provider, email.email, claims, { ipAddress: input.ipAddress, reservation: attempt.ids }, now);
}

async function openSessionFor(
	db: Database,
	provider: SchoolSignInProvider,
	email: string,
	claims: Record<string, unknown>,
	{ ipAddress, reservation }: { ipAddress: string | null; reservation: number[] },
	now: Date
): Promise<SchoolSignInResult> {
	const matches = await db
		.select({ id: users.id, schoolId: users.schoolId, username: users.username, role: users.role, disabledAt: users.disabledAt })
		.from(users)
		.where(and(eq(users.schoolId, provider.schoolId), sql`lower(${users.email}) = ${email}`));
	const staff = matches.filter((m) => refusalFor({ role: m.role, disabled: false }) === null);
	if (staff.length > 1) return refuse(db, provider.schoolId, 'ambiguous', { email }, ipAddress);
	const user = staff[0] ?? matches[0] ?? null;
	const refusal = refusalFor(user ? { role: user.role, disabled: Boolean(user.disabledAt) } : null);
	if (refusal || !user) return refuse(db, provider.schoolId, refusal ?? 'unknown', { email }, ipAddress, user?.id);
	const mfa = providerAssertsMfa(claims);
	const token = generateSessionToken();
	return db.transaction(async (tx) => {
		const owed = await secondStepOwed(tx, user);
		const secondStep = owed && !mfa ? owed : null;
		const session = await createSession(tx, token, user, now, secondStep ? PENDING_SECOND_STEP_LIMITS : undefined, secondStep, 'oidc');
		await releaseAttempt(tx, reservation);
		if (!secondStep) await clearAccountFailures(tx, user.username);
		await recordAudit(tx, {
			schoolId: user.schoolId,
			actorId: user.id,
			action: secondStep ? 'auth.school_account_accepted' : 'auth.login',
			details: { method: 'oidc', provider: provider.kind, ...(secondStep ? { secondStep } : {}), ...(owed && mfa ? { secondStepByProvider: true } : {}) },
			ipAddress
		});
		return { ok: true as const, token, session, role: user.role, secondStep };
	});
}

async function refuse(
	db: Database,
	schoolId: string | null,
	reason: SchoolSignInRefusal,
	details: Record<string, unknown>,
	ipAddress: string | null,
	actorId: string | null = null
): Promise<SchoolSignInResult> {
	await recordAudit(db, { schoolId, actorId, action: 'auth.school_sign_in_refused', details: { method: 'oidc', reason, ...details }, ipAddress });
	return { ok: false, reason };
}
