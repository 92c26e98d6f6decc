import { describe, expect, it } from 'vitest';
import { canShareFrom, consentsNeeded, screenedText, skipsApproval, statusForPupil, visibleToFamily, type ShareStatus } from './rules';

const yes = { publishWork: true, photographs: true };

describe('visibleToFamily', () => {
	it('shows approved writing when publishing is consented', () =>
		expect(visibleToFamily({ kind: 'writing', shareStatus: 'approved', showsPeople: false }, { publishWork: true, photographs: false })).toBe(true));
	it('hides anything not approved', () => {
		for (const s of ['not-shared', 'pending', 'rejected', 'escalated'] as ShareStatus[])
			expect(visibleToFamily({ kind: 'writing', shareStatus: s, showsPeople: false }, yes)).toBe(false);
	});
	it('hides work without the publishing consent', () =>
		expect(visibleToFamily({ kind: 'writing', shareStatus: 'approved', showsPeople: false }, { publishWork: false, photographs: true })).toBe(false));
	it('needs the photographs consent for photos that show people', () => {
		const photo = { kind: 'images' as const, shareStatus: 'approved' as const, showsPeople: true };
		expect(visibleToFamily(photo, { publishWork: true, photographs: false })).toBe(false);
		expect(visibleToFamily(photo, yes)).toBe(true);
	});
	it('does not need the photographs consent for photos of things', () =>
		expect(visibleToFamily({ kind: 'images', shareStatus: 'approved', showsPeople: false }, { publishWork: true, photographs: false })).toBe(true));
	it('never lets photographs consent stand in for publishing', () =>
		expect(visibleToFamily({ kind: 'images', shareStatus: 'approved', showsPeople: true }, { publishWork: false, photographs: true })).toBe(false));
});

describe('consentsNeeded', () => {
	it('lists both for photos of people', () => expect(consentsNeeded({ kind: 'images', showsPeople: true })).toEqual(['publish-work-to-family', 'photographs']));
	it('lists publishing only for writing, whatever the flag', () =>
		expect(consentsNeeded({ kind: 'writing', showsPeople: true })).toEqual(['publish-work-to-family']));
});

describe('skipsApproval', () => {
	const clean = { verdict: 'allow' as const, findingCount: 0 };
	it('lets clean writing through only when the class allows it', () => {
		expect(skipsApproval('writing', clean, true)).toBe(true);
		expect(skipsApproval('writing', clean, false)).toBe(false);
	});
	it('never lets photos skip', () => expect(skipsApproval('images', clean, true)).toBe(false));
	it('never lets held or flagged writing skip', () => {
		expect(skipsApproval('writing', { verdict: 'hold', findingCount: 1 }, true)).toBe(false);
		expect(skipsApproval('writing', { verdict: 'allow', findingCount: 1 }, true)).toBe(false);
	});
});

describe('small rules', () => {
	it('screens the title with the text', () => expect(screenedText('My cat', 'She is fluffy')).toBe('My cat\n\nShe is fluffy'));
	it('screens a caption-less photo by its title', () => expect(screenedText('Volcano', '')).toBe('Volcano'));
	it('lets a pupil share only from not-shared or sent back', () => {
		expect(canShareFrom('not-shared')).toBe(true);
		expect(canShareFrom('rejected')).toBe(true);
		expect(canShareFrom('pending')).toBe(false);
		expect(canShareFrom('approved')).toBe(false);
	});
	it('has words for every state', () => {
		for (const s of ['not-shared', 'pending', 'approved', 'rejected', 'escalated'] as ShareStatus[]) expect(statusForPupil(s).length).toBeGreaterThan(5);
	});
});
