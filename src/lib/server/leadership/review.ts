// The annual e-safety review: leaders answer the checklist for the current school year, seeing
// last year's answers beside it; governors read the summary. Each answer is audited.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db';
import { esafetyReviewAnswers } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';
import { InputError } from '../errors';
import {
	checkReviewAnswer,
	REVIEW_ITEMS,
	summariseReview,
	type AnsweredItem,
	type ReviewAnswer,
	type ReviewItem,
	type ReviewSummary
} from '../../domain/leadership/review-checklist';
import { academicYearContaining, academicYearStarting } from '../../domain/calendar';

export interface ReviewView {
	yearStart: number;
	yearLabel: string;
	lastYearLabel: string;
	items: (ReviewItem & { current: AnsweredItem | null; previous: AnsweredItem | null })[];
	summary: ReviewSummary;
}

async function answersFor(db: Database, schoolId: string, years: number[]): Promise<Map<number, AnsweredItem[]>> {
	const rows = await db
		.select()
		.from(esafetyReviewAnswers)
		.where(and(eq(esafetyReviewAnswers.schoolId, schoolId), inArray(esafetyReviewAnswers.yearStart, years)));
	const byYear = new Map<number, AnsweredItem[]>(years.map((y) => [y, []]));
	for (const r of rows) byYear.get(r.yearStart)?.push({ key: r.itemKey, answer: r.answer as ReviewAnswer, evidence: r.evidence, action: r.action });
	return byYear;
}

/** This school year's review (or the year asked for), with last year's answers beside it. */
export async function loadReview(db: Database, actor: Actor, yearStart?: number, now = new Date()): Promise<ReviewView> {
	assertCan(actor, 'review.read', ownSchool(actor));
	const year = yearStart ?? academicYearContaining(now).startYear;
	const byYear = await answersFor(db, actor.schoolId, [year, year - 1]);
	const current = new Map(byYear.get(year)!.map((a) => [a.key, a]));
	const previous = new Map(byYear.get(year - 1)!.map((a) => [a.key, a]));
	return {
		yearStart: year,
		yearLabel: academicYearStarting(year).label,
		lastYearLabel: academicYearStarting(year - 1).label,
		items: REVIEW_ITEMS.map((i) => ({ ...i, current: current.get(i.key) ?? null, previous: previous.get(i.key) ?? null })),
		summary: summariseReview(byYear.get(year)!, byYear.get(year - 1)!)
	};
}

export async function saveReviewAnswer(db: Database, actor: Actor, input: AnsweredItem & { yearStart: number }, now = new Date()): Promise<void> {
	assertCan(actor, 'review.manage', ownSchool(actor));
	const problem = checkReviewAnswer(input);
	if (problem) throw new InputError(problem.field, problem.message);
	// Leaders answer this year's review; last year's stays as it was signed off.
	if (input.yearStart !== academicYearContaining(now).startYear) throw new InputError('yearStart', 'Only this school year’s review can be changed.');
	await db.transaction(async (tx) => {
		const values = { answer: input.answer, evidence: input.evidence, action: input.action, answeredBy: actor.userId, answeredAt: now };
		await tx
			.insert(esafetyReviewAnswers)
			.values({ ...values, schoolId: actor.schoolId, yearStart: input.yearStart, itemKey: input.key })
			.onConflictDoUpdate({ target: [esafetyReviewAnswers.schoolId, esafetyReviewAnswers.yearStart, esafetyReviewAnswers.itemKey], set: values });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'review.answered',
			targetType: 'esafety_review',
			targetId: actor.schoolId,
			details: { yearStart: input.yearStart, item: input.key, answer: input.answer }
		});
	});
}
