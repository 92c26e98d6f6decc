import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
	it('returns staff to the page they were on, query included', () => {
		expect(safeNextPath('/staff/moderation', 'teacher')).toBe('/staff/moderation');
		expect(safeNextPath('/staff/email/5oak?folder=inbox', 'dsl')).toBe('/staff/email/5oak?folder=inbox');
		expect(safeNextPath('/staff', 'admin')).toBe('/staff');
	});

	it('goes home for anything outside the person’s own area, another site, or a broken header', () => {
		for (const next of [null, '', 'https://evil.example/staff/', '//evil.example/staff', '/staffroom', '/pupil/chat', '/staff/\r\nSet-Cookie: x', '/staff\\..\\evil', '/staff/ café'])
			expect(safeNextPath(next, 'teacher')).toBe('/staff');
		expect(safeNextPath('/staff/moderation', 'pupil')).toBe('/pupil');
		expect(safeNextPath('/parent/account', 'parent')).toBe('/parent/account');
	});
});
