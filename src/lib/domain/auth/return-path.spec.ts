import { describe, expect, it } from 'vitest';
import { safeNextPath, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
	it('follows a plain path inside the home area', () => {
		expect(safeReturnPath('/staff/moderation', '/staff')).toBe('/staff/moderation');
		expect(safeReturnPath('/staff', '/staff')).toBe('/staff');
		expect(safeReturnPath('/staff/progress?term=autumn', '/staff')).toBe('/staff/progress?term=autumn');
	});

	it.each([
		['another area', '/pupil/chat'],
		['a look-alike prefix', '/staffroom'],
		['another site', 'https://evil.example/staff'],
		['a protocol-relative address', '//evil.example/staff'],
		['CR/LF (header splitting)', '/staff/\r\nSet-Cookie: x=1'],
		['an encoded CR/LF', '/staff/%0d%0aLocation:%20x'],
		['a backslash', '/staff\\..\\pupil'],
		['dot segments', '/staff/../pupil/chat'],
		['a double slash inside', '/staff//evil.example'],
		['nothing', null],
		['far too long', `/staff/${'a'.repeat(400)}`]
	])('falls back home for %s', (_label, next) => {
		expect(safeReturnPath(next, '/staff')).toBe('/staff');
	});
});

describe('safeNextPath', () => {
	it('returns staff to the page they were on, query included', () => {
		expect(safeNextPath('/staff/moderation', 'teacher')).toBe('/staff/moderation');
		expect(safeNextPath('/staff/email/5oak?folder=inbox', 'dsl')).toBe('/staff/email/5oak?folder=inbox');
		expect(safeNextPath('/staff', 'admin')).toBe('/staff');
	});

	it('goes home for anything outside the person’s own area, another site, or a broken header', () => {
		for (const next of [
			null,
			'',
			'https://evil.example/staff/',
			'//evil.example/staff',
			'/staffroom',
			'/pupil/chat',
			'/staff/\r\nSet-Cookie: x',
			'/staff\\..\\evil',
			'/staff/ café'
		])
			expect(safeNextPath(next, 'teacher')).toBe('/staff');
		expect(safeNextPath('/staff/moderation', 'pupil')).toBe('/pupil');
		expect(safeNextPath('/parent/account', 'parent')).toBe('/parent/account');
	});
});
