import { describe, expect, it } from 'vitest';
import { at, doc, sign, SCHOOL } from './spec-fixtures';
import { assessSignature, standingFor } from './validity';

const pupil = { id: 'pupil-1', role: 'pupil' as const };
const autumn = at('2026-10-05T10:00:00+01:00');

describe('assessSignature', () => {
	it('counts a signature of the current version made this academic year', () => {
		const v1 = doc('pupil-older', 1);
		const s = sign(v1, pupil, pupil.id, at('2026-09-10T10:00:00+01:00'));
		expect(assessSignature(s, [v1], autumn)).toEqual({ counts: true });
	});

	it('stops counting an older signature once a version marked "needs re-signing" is published', () => {
		const v1 = doc('pupil-older', 1);
		const v2 = doc('pupil-older', 2, { requiresResign: true, publishedAt: at('2026-10-01T09:00:00+01:00') });
		const s = sign(v1, pupil, pupil.id, at('2026-09-10T10:00:00+01:00'));
		expect(assessSignature(s, [v1, v2], autumn)).toEqual({ counts: false, problem: 'resign-required', resignVersion: 2 });
		expect(assessSignature(s, [v1, v2], at('2026-09-20T10:00:00+01:00'))).toEqual({ counts: true });
	});

	it('keeps counting an older signature when the new version does not need re-signing', () => {
		const v1 = doc('pupil-older', 1);
		const v2 = doc('pupil-older', 2, { requiresResign: false, publishedAt: at('2026-10-01T09:00:00+01:00') });
		const s = sign(v1, pupil, pupil.id, at('2026-09-10T10:00:00+01:00'));
		expect(assessSignature(s, [v1, v2], autumn)).toEqual({ counts: true });
	});

	it('looks at every version between the signed one and the current one', () => {
		const v1 = doc('parent', 1);
		const v2 = doc('parent', 2, { requiresResign: true, publishedAt: at('2026-09-15T09:00:00+01:00') });
		const v3 = doc('parent', 3, { requiresResign: false, publishedAt: at('2026-09-25T09:00:00+01:00') });
		const all = [v1, v2, v3];
		const parent = { id: 'parent-1', role: 'parent' as const };
		const ofV1 = sign(v1, parent, 'pupil-1', at('2026-09-05T10:00:00+01:00'));
		const ofV2 = sign(v2, parent, 'pupil-1', at('2026-09-16T10:00:00+01:00'));
		expect(assessSignature(ofV1, all, autumn)).toMatchObject({ counts: false, problem: 'resign-required' });
		expect(assessSignature(ofV2, all, autumn)).toEqual({ counts: true });
	});

	it('ignores a re-sign version scheduled for later', () => {
		const v1 = doc('staff', 1);
		const v2 = doc('staff', 2, { requiresResign: true, publishedAt: at('2026-11-01T09:00:00Z') });
		const s = sign(v1, { id: 'staff-1', role: 'staff' }, 'staff-1', at('2026-09-02T08:00:00+01:00'));
		expect(assessSignature(s, [v1, v2], autumn)).toEqual({ counts: true });
	});

	it("does not count last year's signature on 1 September", () => {
		const v1 = doc('pupil-older', 1);
		const s = sign(v1, pupil, pupil.id, at('2026-07-15T10:00:00+01:00'));
		expect(assessSignature(s, [v1], at('2026-08-31T23:59:00+01:00'))).toEqual({ counts: true });
		expect(assessSignature(s, [v1], at('2026-09-01T00:00:00+01:00'))).toEqual({
			counts: false,
			problem: 'earlier-academic-year'
		});
	});

	it('does not count a signature whose text hash does not match its version', () => {
		const v1 = doc('pupil-older', 1);
		const s = { ...sign(v1, pupil, pupil.id, at('2026-09-10T10:00:00+01:00')), textHash: '0'.repeat(64) };
		expect(assessSignature(s, [v1], autumn)).toEqual({ counts: false, problem: 'text-mismatch' });
	});

	it('does not count a signature of a version the school never published, or of another school', () => {
		const v1 = doc('pupil-older', 1);
		const elsewhere = doc('pupil-older', 1, { schoolId: 'school-2' });
		const ghost = { ...sign(v1, pupil, pupil.id, at('2026-09-10T10:00:00+01:00')), version: 7 };
		expect(assessSignature(ghost, [v1], autumn)).toMatchObject({ counts: false, problem: 'unknown-version' });
		const foreign = { ...sign(elsewhere, pupil, pupil.id, at('2026-09-10T10:00:00+01:00')), schoolId: SCHOOL };
		expect(assessSignature(foreign, [v1, elsewhere], autumn)).toMatchObject({ counts: false, problem: 'unknown-version' });
	});

	it('does not count a signature dated in the future', () => {
		const v1 = doc('pupil-older', 1);
		const s = sign(v1, pupil, pupil.id, at('2026-12-01T10:00:00Z'));
		expect(assessSignature(s, [v1], autumn)).toMatchObject({ counts: false, problem: 'signed-in-future' });
	});
});

describe('standingFor', () => {
	const v1 = doc('pupil-older', 1);
	const v2 = doc('pupil-older', 2, { requiresResign: true, publishedAt: at('2026-10-01T09:00:00+01:00') });

	it('is "signed" when any candidate counts, even if a newer one does not', () => {
		const good = sign(v2, pupil, pupil.id, at('2026-10-02T10:00:00+01:00'));
		const tampered = { ...sign(v2, pupil, pupil.id, at('2026-10-03T10:00:00+01:00')), textHash: 'x' };
		expect(standingFor([tampered, good], [v1, v2], SCHOOL, 'pupil-older', autumn)).toMatchObject({
			state: 'signed',
			signature: good,
			currentVersion: 2
		});
	});

	it('explains what is missing: re-sign, last year, or never', () => {
		const old = sign(v1, pupil, pupil.id, at('2026-09-10T10:00:00+01:00'));
		const lastYear = sign(v1, pupil, pupil.id, at('2026-06-10T10:00:00+01:00'));
		expect(standingFor([old, lastYear], [v1, v2], SCHOOL, 'pupil-older', autumn).state).toBe('needs-resign');
		expect(standingFor([lastYear], [v1, v2], SCHOOL, 'pupil-older', autumn).state).toBe('signed-last-year');
		expect(standingFor([], [v1, v2], SCHOOL, 'pupil-older', autumn)).toEqual({ state: 'unsigned', currentVersion: 2 });
	});

	it('says when no agreement of that kind is published', () => {
		expect(standingFor([], [v1], SCHOOL, 'staff', autumn)).toEqual({ state: 'no-agreement-published' });
	});

	it('ignores signatures of a different kind', () => {
		const younger = doc('pupil-younger', 1);
		const s = sign(younger, pupil, pupil.id, at('2026-09-10T10:00:00+01:00'));
		expect(standingFor([s], [v1, younger], SCHOOL, 'pupil-older', autumn).state).toBe('unsigned');
	});
});
