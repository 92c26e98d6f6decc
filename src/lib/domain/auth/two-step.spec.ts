import { describe, expect, it } from 'vitest';
import { generateHOTP } from '@oslojs/otp';
import { checkTotpCode, formatRecoveryCode, readSecondStepCode, timeStepAt, twoStepRuleFor } from './two-step';
import { safeNextPath } from './return-path';

const key = new Uint8Array(20).map((_, i) => i * 7 + 3);
const at = new Date('2026-11-30T09:00:10Z');
const step = timeStepAt(at);
const code = (s: number) => generateHOTP(key, BigInt(s), 6);

describe('who uses two-step sign-in', () => {
	it.each([
		['dsl', 'required'],
		['admin', 'required'],
		['teacher', 'optional'],
		['parent', 'optional'],
		['governor', 'optional'],
		['pupil', 'none']
	] as const)('%s: %s', (role, rule) => expect(twoStepRuleFor(role)).toBe(rule));
});

describe('checking a code', () => {
	it('accepts the current step and one either side, and says which', () => {
		expect(checkTotpCode(key, code(step), at, null)).toEqual({ ok: true, step });
		expect(checkTotpCode(key, code(step - 1), at, null)).toEqual({ ok: true, step: step - 1 });
		expect(checkTotpCode(key, code(step + 1), at, null)).toEqual({ ok: true, step: step + 1 });
	});

	it('refuses codes further away, and anything not six digits', () => {
		for (const s of [step - 2, step + 2]) if (code(s) !== code(step)) expect(checkTotpCode(key, code(s), at, null).ok).toBe(false);
		expect(checkTotpCode(key, `${code(step)}0`, at, null)).toEqual({ ok: false, reason: 'wrong' });
		expect(checkTotpCode(key, '', at, null)).toEqual({ ok: false, reason: 'wrong' });
	});

	it('refuses a replay: a step already used, or an earlier one', () => {
		expect(checkTotpCode(key, code(step), at, step)).toEqual({ ok: false, reason: 'replayed' });
		expect(checkTotpCode(key, code(step - 1), at, step)).toEqual({ ok: false, reason: 'replayed' });
		expect(checkTotpCode(key, code(step + 1), at, step)).toEqual({ ok: true, step: step + 1 });
	});
});

describe('reading what was typed', () => {
	it('tells an app code from a recovery code, ignoring spaces, dashes and case', () => {
		expect(readSecondStepCode(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' });
		expect(readSecondStepCode('ABCD-EFGH-2345-67AB')).toEqual({ kind: 'recovery', code: 'abcdefgh234567ab' });
		expect(readSecondStepCode('12345')).toEqual({ kind: 'invalid' });
		expect(readSecondStepCode('abcd-efgh')).toEqual({ kind: 'invalid' });
	});

	it('shows recovery codes in groups of four', () => expect(formatRecoveryCode('abcdefgh234567ab')).toBe('abcd-efgh-2345-67ab'));
});

describe('where to go after signing in', () => {
	it('only inside one’s own area', () => {
		expect(safeNextPath('/staff/alerts', 'dsl')).toBe('/staff/alerts');
		expect(safeNextPath('/parent', 'dsl')).toBe('/staff');
		expect(safeNextPath('//evil.example/staff', 'dsl')).toBe('/staff');
		expect(safeNextPath('/staff/x\r\nSet-Cookie: a=b', 'admin')).toBe('/staff');
		expect(safeNextPath(null, 'parent')).toBe('/parent');
	});
});
