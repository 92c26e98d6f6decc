// A production function that only tests call is a test of nothing: its tests pass whatever
// production does. This lists every such export and fails on any not named below. Each one
// named here is debt with its reason; delete it or wire it in, then take it off the list.
// An export nothing uses at all, not even a test, is dead code and fails too.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { findUnusedExports } from './support/test-only-exports';

const KNOWN: Record<string, string> = {
	'src/lib/domain/auth/permissions.ts:ALL_PERMISSIONS': 'kept for tests on purpose: they enumerate every permission (a governor holds none touching a child)'
};

describe('exports used only by tests', () => {
	const { testOnly: found, unused } = findUnusedExports(path.resolve('.'));

	it('are all named, with a reason, and no new one appears', () => {
		expect(found.filter((name) => !(name in KNOWN))).toEqual([]);
	});

	it('keeps the list honest: a name that is now used (or gone) comes off it', () => {
		expect(Object.keys(KNOWN).filter((name) => !found.includes(name))).toEqual([]);
	});

	it('leaves no export that nothing uses', () => {
		expect(unused).toEqual([]);
	});
});
