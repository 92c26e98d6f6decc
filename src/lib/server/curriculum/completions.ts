// A pupil finishing a lesson on their own: every section read and every quiz question
// answered. Rules: only for themselves (lessons.complete); the first completion of a
// lesson counts its duration, a repeat is kept but adds nothing; a partial unique index
// makes "counts once" true even if two tabs submit at the same moment.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { lessonCompletions } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { validateCompletionInput, type CompletionOutcome, type IsoDate } from '../../domain/curriculum';
import { assertCan } from '../auth/authorize';
import { pupilResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { isUniqueViolation, NotFoundError } from '../errors';
import { todayInEngland } from './calendar';
import { loadLessonIndex, schoolLessonIdFor } from './lesson-index';
import { throwFirstError } from './errors';

export interface CompleteLessonInput {
	lessonId: string;
	sectionsRead: readonly number[];
	quizAnswers: readonly (number | null)[];
}

export async function completeLesson(
	db: Database,
	actor: Actor,
	input: CompleteLessonInput,
	options: { today?: IsoDate } = {}
): Promise<CompletionOutcome> {
	const resource = await pupilResource(db, actor.userId);
	if (!resource) throw new NotFoundError('We could not find your account.');
	assertCan(actor, 'lessons.complete', resource);
	const lessons = await loadLessonIndex(db, actor.schoolId);
	const previous = await db
		.select({ pupilId: lessonCompletions.pupilId, lessonId: lessonCompletions.lessonId, completedOn: lessonCompletions.completedOn, minutes: lessonCompletions.minutes })
		.from(lessonCompletions)
		.where(and(eq(lessonCompletions.pupilId, actor.userId), eq(lessonCompletions.lessonId, input.lessonId)));
	const checked = validateCompletionInput(
		{ ...input, pupilId: actor.userId, completedOn: options.today ?? todayInEngland() },
		{ lessons, previousCompletions: previous }
	);
	if (!checked.ok) throwFirstError(checked.errors);
	const outcome = checked.value;
	const lesson = lessons.get(outcome.completion.lessonId)!;
	try {
		await saveCompletion(db, actor, outcome, schoolLessonIdFor(lesson));
		return outcome;
	} catch (e) {
		// Another submission counted first: keep this one as a repeat.
		if (!isUniqueViolation(e) || !outcome.countsTowardsMinutes) throw e;
		const repeat = { ...outcome, countsTowardsMinutes: false };
		await saveCompletion(db, actor, repeat, schoolLessonIdFor(lesson));
		return repeat;
	}
}

async function saveCompletion(db: Database, actor: Actor, outcome: CompletionOutcome, schoolLessonId: string | null): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(lessonCompletions)
			.values({
				schoolId: actor.schoolId,
				pupilId: actor.userId,
				lessonId: outcome.completion.lessonId,
				schoolLessonId,
				completedOn: outcome.completion.completedOn,
				minutes: outcome.completion.minutes,
				countsTowardsMinutes: outcome.countsTowardsMinutes,
				correctAnswers: outcome.correctAnswers,
				questionCount: outcome.questionCount
			})
			.returning({ id: lessonCompletions.id });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'lessons.completed',
			targetType: 'lesson_completion',
			targetId: row!.id,
			details: { lessonId: outcome.completion.lessonId, counted: outcome.countsTowardsMinutes }
		});
	});
}
