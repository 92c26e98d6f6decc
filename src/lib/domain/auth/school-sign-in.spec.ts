import { describe, expect, it } from 'vitest';
import { emailFromClaims, issuerProblem, normaliseDomain, providerAssertsMfa, refusalFor } from './school-sign-in';
import { schoolSignInSchema, staffEmailSchema } from './inputs';

describe('the issuer address', () => {
	it.each([
		['https://accounts.google.com', null],
		['https://login.microsoftonline.com/0000-1111/v2.0', null],
		['http://127.0.0.1:4400', null],
		['http://localhost:8080/realms/school', null]
	])('accepts %s', (issuer, problem) => expect(issuerProblem(issuer)).toBe(problem));

	it.each(['http://accounts.example.org', 'ftp://127.0.0.1', 'not a url', 'https://idp.example.org/?tenant=1'])('refuses %s', (issuer) =>
		expect(issuerProblem(issuer)).toEqual(expect.any(String))
	);
});

describe('the address the provider vouches for', () => {
	it('takes the email claim, lower-cased, inside the school’s domain', () => {
		expect(emailFromClaims({ email: 'J.Smith@MySchool.org.uk', email_verified: true }, 'myschool.org.uk')).toEqual({
			ok: true,
			email: 'j.smith@myschool.org.uk'
		});
	});

	it('falls back to Entra ID’s preferred_username when it is an address', () => {
		expect(emailFromClaims({ preferred_username: 'head@myschool.org.uk' }, 'myschool.org.uk')).toEqual({ ok: true, email: 'head@myschool.org.uk' });
		expect(emailFromClaims({ preferred_username: 'head' }, 'myschool.org.uk')).toEqual({ ok: false, reason: 'no-email' });
	});

	it('refuses an unverified address and one from another domain, even a look-alike', () => {
		expect(emailFromClaims({ email: 'a@myschool.org.uk', email_verified: false }, 'myschool.org.uk')).toEqual({ ok: false, reason: 'unverified' });
		expect(emailFromClaims({ email: 'a@gmail.com' }, 'myschool.org.uk')).toEqual({ ok: false, reason: 'other-domain' });
		expect(emailFromClaims({ email: 'a@evil-myschool.org.uk' }, 'myschool.org.uk')).toEqual({ ok: false, reason: 'other-domain' });
		expect(emailFromClaims({ email: 'a@sub.myschool.org.uk' }, 'myschool.org.uk')).toEqual({ ok: false, reason: 'other-domain' });
	});
});

describe('who may use it', () => {
	it.each([
		['teacher', false, null],
		['dsl', false, null],
		['admin', false, null],
		['teacher', true, 'disabled'],
		['pupil', false, 'not-staff'],
		['parent', false, 'not-staff'],
		['governor', false, 'not-staff']
	] as const)('%s (turned off: %s) → %s', (role, disabled, refusal) => expect(refusalFor({ role, disabled })).toBe(refusal));

	it('refuses an address with no account', () => expect(refusalFor(null)).toBe('unknown'));
});

describe('multi-factor from the provider', () => {
	it('counts only an explicit "mfa" in amr', () => {
		expect(providerAssertsMfa({ amr: ['pwd', 'mfa'] })).toBe(true);
		expect(providerAssertsMfa({ amr: ['pwd'] })).toBe(false);
		expect(providerAssertsMfa({ amr: 'mfa' })).toBe(false);
		expect(providerAssertsMfa({})).toBe(false);
	});
});

describe('the forms', () => {
	it('reads the settings, keeping a blank secret blank and tidying the domain', () => {
		const parsed = schoolSignInSchema.safeParse({
			kind: 'google',
			issuer: 'https://accounts.google.com',
			clientId: 'abc',
			allowedDomain: ' @MySchool.org.uk '
		});
		expect(parsed.success && parsed.data).toEqual({
			kind: 'google',
			issuer: 'https://accounts.google.com',
			clientId: 'abc',
			clientSecret: '',
			allowedDomain: 'myschool.org.uk'
		});
		expect(normaliseDomain('not a domain')).toBeNull();
		expect(schoolSignInSchema.safeParse({ kind: 'google', issuer: 'http://evil.example', clientId: 'a', allowedDomain: 'x.org' }).success).toBe(false);
	});

	it('reads a staff address, blank meaning none', () => {
		const id = '7d0f4a4e-6d0f-4c1e-9a55-3f3f1f2b9c10';
		expect(staffEmailSchema.parse({ userId: id, email: ' A@B.org ' }).email).toBe('a@b.org');
		expect(staffEmailSchema.parse({ userId: id, email: '' }).email).toBeNull();
		expect(staffEmailSchema.safeParse({ userId: id, email: 'nope' }).success).toBe(false);
	});
});
