// Two-step sign-in: the rules, with no I/O.
// - Who: required for the safeguarding lead and the school admin (they see the most);
//   optional for teachers, parents and governors; pupils never (their teacher resets them).
// - Codes: RFC 6238 TOTP, 6 digits every 30 seconds, the authenticator apps' default. One
//   step either side is accepted for a phone's clock drift, and a code is accepted only once:
//   its time step must be later than the last one used, so a code read over a shoulder cannot
//   be replayed within its window.
// - Recovery codes: 10, each 80 random bits (16 base32 characters), so a hash alone is enough
//   to keep them; each works once.
import { createTOTPKeyURI, verifyHOTP } from '@oslojs/otp';
import type { Role } from './roles';

export type TwoStepRule = 'required' | 'optional' | 'none';

export function twoStepRuleFor(role: Role): TwoStepRule {
	if (role === 'dsl' || role === 'admin') return 'required';
	if (role === 'pupil') return 'none';
	return 'optional';
}

export const TOTP_INTERVAL_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Time steps accepted either side of now: one, for a phone a few seconds out. */
const DRIFT_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Safe Classroom';

export function timeStepAt(now: Date): number {
	return Math.floor(now.getTime() / (TOTP_INTERVAL_SECONDS * 1000));
}

export type CodeCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/**
 * Checks a 6-digit code against the secret around `now`. `lastStep` is the time step of the
 * last code this account used; a code from that step or earlier is a replay.
 */
export function checkTotpCode(key: Uint8Array, code: string, now: Date, lastStep: number | null): CodeCheck {
	if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'wrong' };
	const current = timeStepAt(now);
	for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
		if (!verifyHOTP(key, BigInt(step), TOTP_DIGITS, code)) continue;
		if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'replayed' };
		return { ok: true, step };
	}
	return { ok: false, reason: 'wrong' };
}

export type SecondStepCode = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string } | { kind: 'invalid' };

/** What was typed: spaces and dashes are ignored, letters in either case. */
export function readSecondStepCode(input: string): SecondStepCode {
	const compact = input.replace(/[\s-]/g, '').toLowerCase();
	if (/^\d{6}$/.test(compact)) return { kind: 'totp', code: compact };
	if (/^[a-z2-7]{16}$/.test(compact)) return { kind: 'recovery', code: compact };
	return { kind: 'invalid' };
}

/** A recovery code as shown to the person: four groups of four. */
export function formatRecoveryCode(code: string): string {
	return code.match(/.{1,4}/g)!.join('-');
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function keyUriFor(username: string, key: Uint8Array): string {
	return createTOTPKeyURI(ISSUER, username, key, TOTP_INTERVAL_SECONDS, TOTP_DIGITS);
}

/** The secret written out for typing into an app, in groups of four. */
export function secretForTyping(base32: string): string {
	return base32.match(/.{1,4}/g)!.join(' ');
}

// A right password with the second step still owed opens a short session that can do nothing
// but finish it: 15 minutes covers installing an authenticator app to enrol.
export const PENDING_SECOND_STEP_LIMITS = { idleMs: 15 * 60_000, absoluteMs: 15 * 60_000 } as const;
