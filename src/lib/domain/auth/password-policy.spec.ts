import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('password policy', () => {
	it('refuses long but guessable staff passwords', () => {
		expect(checkPassword('teacher', 'password123456').ok).toBe(false);
		expect(checkPassword('admin', 'qwertyuiopasdf').ok).toBe(false);
		expect(checkPassword('dsl', 'emma.hughes2026', ['emma.hughes', 'emma', 'hughes']).ok).toBe(false);
		expect(checkPassword('teacher', 'Summer2026!').ok).toBe(false);
	});

	it('accepts a strong staff passphrase', () => {
		expect(checkPassword('teacher', 'lantern otter violet harbour').ok).toBe(true);
	});

	it('refuses short passwords with a clear message', () => {
		const r = checkPassword('teacher', 'Xy7!');
		expect(r).toEqual({ ok: false, message: 'Use at least 10 characters.' });
	});

	it('lets teachers set simple pupil passwords of six or more characters', () => {
		expect(checkPassword('pupil', 'tiger7').ok).toBe(true);
		expect(checkPassword('pupil', 'cat').ok).toBe(false);
	});

	it('refuses absurdly long passwords', () => {
		expect(checkPassword('parent', 'a'.repeat(201)).ok).toBe(false);
	});
});
