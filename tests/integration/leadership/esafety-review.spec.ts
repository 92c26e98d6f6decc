// The annual e-safety review: leaders answer this year's checklist beside last year's, the
// summary counts and lists actions, governors read it, and nobody else does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDatabase, type TestDatabase } from '../support/database';
import { createTestSchool, type TestSchool } from '../support/factories';
import { loadReview, saveReviewAnswer } from '../../../src/lib/server/leadership/review';
import { auditLog, esafetyReviewAnswers } from '../../../src/lib/server/db/schema';
import { AuthorizationError } from '../../../src/lib/server/auth/authorize';
import { InputError } from '../../../src/lib/server/errors';
import { REVIEW_ITEMS } from '../../../src/lib/domain/leadership/review-checklist';

let t: TestDatabase;
let s: TestSchool;
let other: TestSchool;
const now = new Date('2026-11-30T12:00:00Z');
beforeAll(async () => {
	t = await openTestDatabase();
	s = await createTestSchool(t.db, 1);
	other = await createTestSchool(t.db, 1);
});
afterAll(() => t.close());

describe('the annual e-safety review', () => {
	it('saves this year’s answers, shows last year’s beside them and summarises the change', async () => {
		// Last year's answers, as if given then.
		await t.db.insert(esafetyReviewAnswers).values([
			{ schoolId: s.id, yearStart: 2025, itemKey: 'fm-reviewed-yearly', answer: 'no', action: 'Book a review', answeredBy: s.admin.id },
			{ schoolId: s.id, yearStart: 2025, itemKey: 'staff-signed', answer: 'yes', answeredBy: s.admin.id }
		]);
		await saveReviewAnswer(
			t.db,
			s.dsl.actor,
			{ yearStart: 2026, key: 'fm-reviewed-yearly', answer: 'yes', evidence: 'Reviewed with IT support on 3 October', action: '' },
			now
		);
		await saveReviewAnswer(
			t.db,
			s.admin.actor,
			{ yearStart: 2026, key: 'staff-signed', answer: 'partly', evidence: 'Two supply teachers unsigned', action: 'Sign at induction' },
			now
		);
		// Answering again replaces the answer rather than adding a second one.
		await saveReviewAnswer(
			t.db,
			s.admin.actor,
			{ yearStart: 2026, key: 'staff-signed', answer: 'partly', evidence: 'One supply teacher unsigned', action: 'Sign at induction' },
			now
		);

		const review = await loadReview(t.db, s.admin.actor, undefined, now);
		expect(review.yearLabel).toBe('2026/27');
		expect(review.items).toHaveLength(REVIEW_ITEMS.length);
		const fm = review.items.find((i) => i.key === 'fm-reviewed-yearly')!;
		expect([fm.previous?.answer, fm.current?.answer]).toEqual(['no', 'yes']);
		expect(review.summary.counts).toEqual({ yes: 1, partly: 1, no: 0 });
		expect(review.summary.actions).toEqual([expect.objectContaining({ key: 'staff-signed', action: 'Sign at induction' })]);
		expect(review.summary.changes.map((c) => [c.key, c.better])).toEqual([
			['staff-signed', false],
			['fm-reviewed-yearly', true]
		]);
		const rows = await t.db
			.select()
			.from(esafetyReviewAnswers)
			.where(and(eq(esafetyReviewAnswers.schoolId, s.id), eq(esafetyReviewAnswers.yearStart, 2026)));
		expect(rows).toHaveLength(2);
		const audited = await t.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.schoolId, s.id), eq(auditLog.action, 'review.answered')));
		expect(audited).toHaveLength(3);
	});

	it('needs an action for partly or no, a real question, and this year only', async () => {
		await expect(
			saveReviewAnswer(t.db, s.admin.actor, { yearStart: 2026, key: 'dsl-named', answer: 'no', evidence: '', action: '' }, now)
		).rejects.toBeInstanceOf(InputError);
		await expect(
			saveReviewAnswer(t.db, s.admin.actor, { yearStart: 2026, key: 'made-up', answer: 'yes', evidence: '', action: '' }, now)
		).rejects.toBeInstanceOf(InputError);
		await expect(
			saveReviewAnswer(t.db, s.admin.actor, { yearStart: 2025, key: 'dsl-named', answer: 'yes', evidence: '', action: '' }, now)
		).rejects.toBeInstanceOf(InputError);
		const review = await loadReview(t.db, s.admin.actor, undefined, now);
		expect(review.items.find((i) => i.key === 'dsl-named')?.current).toBeNull();
	});

	it('is answered by leaders only and read by nobody outside the school', async () => {
		await expect(
			saveReviewAnswer(t.db, s.classes[0].teacher.actor, { yearStart: 2026, key: 'dsl-named', answer: 'yes', evidence: '', action: '' }, now)
		).rejects.toBeInstanceOf(AuthorizationError);
		await expect(loadReview(t.db, s.classes[0].teacher.actor)).rejects.toBeInstanceOf(AuthorizationError);
		await expect(loadReview(t.db, s.classes[0].parent.actor)).rejects.toBeInstanceOf(AuthorizationError);
		const theirs = await loadReview(t.db, other.admin.actor, undefined, now);
		expect(theirs.summary.answered).toBe(0);
	});
});
