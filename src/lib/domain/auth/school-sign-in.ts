// Staff sign-in with the school's own accounts (OpenID Connect): the rules, with no I/O.
// - Who: staff only (teacher, safeguarding lead, admin), matched by the email the school's
//   provider vouches for, inside the school that configured the provider. Pupils, parents
//   and governors keep their usernames and passwords, whatever their address.
// - Which addresses: the provider's `email` claim (Entra ID may only send
//   `preferred_username`, used when it is an address), never one the provider says is
//   unverified, and only inside the school's allowed domain, so a personal Google account
//   with a matching address elsewhere is refused.
// - Two-step: a staff account that owes a second step still does it after the provider,
//   unless the provider says it already asked for more than a password (`amr` holds "mfa",
//   RFC 8176). Google sends no `amr`, so its users always do our second step.
// - Where: the issuer must be HTTPS; plain HTTP only on the machine itself (a provider run
//   beside the app, as the tests do), never across a network.
import { isStaff, type Role } from './roles';

export const PROVIDER_KINDS = ['google', 'microsoft', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The words on the sign-in button. */
export function providerLabel(kind: ProviderKind): string {
	if (kind === 'google') return 'Google';
	if (kind === 'microsoft') return 'Microsoft';
	return 'your school account';
}

/** Where the usual providers live, to fill the form in for the admin. */
export const KNOWN_ISSUERS: Record<Exclude<ProviderKind, 'other'>, string> = {
	google: 'https://accounts.google.com',
	// Entra ID needs the school's own tenant in the address: the shared "common" one has no single issuer.
	microsoft: 'https://login.microsoftonline.com/<tenant id>/v2.0'
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Null when the address can be an issuer, else why not. */
export function issuerProblem(issuer: string): string | null {
	let url: URL;
	try {
		url = new URL(issuer);
	} catch {
		return 'Type the provider’s full address, starting https://';
	}
	if (url.search || url.hash) return 'The provider’s address has no ? or # part.';
	if (url.protocol === 'https:') return null;
	if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
	return 'The provider’s address must start https://';
}

/** Plain HTTP is allowed only to a provider on this machine (see issuerProblem). */
export function issuerIsLoopbackHttp(issuer: string): boolean {
	const url = new URL(issuer);
	return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

/** 'school.org.uk' from ' @School.org.uk ', or null when it is not a domain. */
export function normaliseDomain(input: string): string | null {
	const domain = input.trim().toLowerCase().replace(/^@/, '');
	return /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain) ? domain : null;
}

export type ClaimsEmail = { ok: true; email: string } | { ok: false; reason: 'no-email' | 'unverified' | 'other-domain' };

/** The address the provider vouches for, checked against the school's domain. */
export function emailFromClaims(claims: Record<string, unknown>, allowedDomain: string): ClaimsEmail {
	const fromEmail = typeof claims.email === 'string' ? claims.email : null;
	const fromUsername = typeof claims.preferred_username === 'string' && claims.preferred_username.includes('@') ? claims.preferred_username : null;
	const raw = (fromEmail ?? fromUsername)?.trim().toLowerCase();
	if (!raw || !/^[^@\s]+@[^@\s]+$/.test(raw)) return { ok: false, reason: 'no-email' };
	if (fromEmail && claims.email_verified === false) return { ok: false, reason: 'unverified' };
	if (raw.split('@')[1] !== allowedDomain.toLowerCase()) return { ok: false, reason: 'other-domain' };
	return { ok: true, email: raw };
}

/** Whether the provider says it asked for more than a password. */
export function providerAssertsMfa(claims: Record<string, unknown>): boolean {
	return Array.isArray(claims.amr) && claims.amr.includes('mfa');
}

export type SchoolSignInRefusal =
	'unreachable' | 'throttled' | 'failed' | 'no-email' | 'unverified' | 'other-domain' | 'unknown' | 'ambiguous' | 'not-staff' | 'disabled';

/** Who may sign in with the school's provider: a member of staff whose account is on. */
export function refusalFor(account: { role: Role; disabled: boolean } | null): SchoolSignInRefusal | null {
	if (!account) return 'unknown';
	if (!isStaff(account.role)) return 'not-staff';
	if (account.disabled) return 'disabled';
	return null;
}

/** What the sign-in page says for each refusal. */
export const REFUSAL_MESSAGES: Record<SchoolSignInRefusal, string> = {
	unreachable: 'We could not reach your school’s sign-in service just now. Please try again in a moment, or use your username and password.',
	throttled: 'Too many sign-in attempts have failed from here. Please wait a few minutes and try again, or ask the school office for help.',
	failed: 'Signing in with your school account did not work. Please try again, or use your username and password.',
	'no-email': 'Your school account did not tell us your email address, so we could not find you. Please speak to the school office.',
	unverified: 'Your school account’s email address is not confirmed yet, so we could not use it. Please speak to the school office.',
	'other-domain': 'That account is not one of this school’s addresses. Sign in with your school account, or use your username and password.',
	unknown: 'No member of staff here uses that email address. Please ask the school office to add it to your account, or use your username and password.',
	ambiguous: 'More than one staff account here uses that email address, so we cannot tell which is yours. Please ask the school office.',
	'not-staff': 'Only staff sign in with the school account. Pupils and parents, please use your username and password.',
	disabled: 'This account has been turned off. If you think that is a mistake, please speak to the school office.'
};

export function isRefusal(value: string): value is SchoolSignInRefusal {
	return Object.hasOwn(REFUSAL_MESSAGES, value);
}
