// A pupil studying a lesson alone: step events and the check. Rules: only for themselves
// (lessons.complete); the server's clock measures the time (see domain self-study.ts), so
// a page cannot claim minutes; one record per pupil, lesson and academic year, locked while
// it is updated so two tabs cannot double the time; passing the check is audited.
import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { lessonCompletions, type LessonCompletionRow } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import {
	academicYearStartFor,
	earnedMinutes,
	isStepIndex,
	markCheck,
	NEW_SELF_STUDY,
	recordStepEvent,
	type CheckResult,
	type Lesson,
	type SelfStudyState,
	type SelfStudyStatus
} from '../../domain/curriculum';
import { assertCan } from '../auth/authorize';
import { pupilResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { InputError, isUniqueViolation, NotFoundError } from '../errors';
import { loadLessonIndex, schoolLessonIdFor } from './lesson-index';
import { londonDate } from '../../domain/calendar';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function lessonForPupil(db: Executor, actor: Actor, lessonId: string): Promise<Lesson> {
	const resource = await pupilResource(db, actor.userId);
	if (!resource) throw new NotFoundError('We could not find your account.');
	assertCan(actor, 'lessons.complete', resource);
	const lesson = (await loadLessonIndex(db, actor.schoolId)).get(lessonId);
	if (!lesson) throw new NotFoundError('We could not find that lesson.');
	return lesson;
}

const stateOf = (row: LessonCompletionRow | undefined): SelfStudyState =>
	row
		? {
				activeSeconds: row.activeSeconds,
				currentStep: row.currentStep,
				lastStepAt: row.lastStepAt?.getTime() ?? null,
				stepsRead: row.stepsRead,
				checkTries: row.checkTries,
				passed: row.completedOn !== null,
				minutesByDay: row.minutesByDay
			}
		: NEW_SELF_STUDY;

const thisYear = (actor: Actor, lessonId: string, year: number) =>
	and(
		eq(lessonCompletions.pupilId, actor.userId),
		eq(lessonCompletions.lessonId, lessonId),
		eq(lessonCompletions.academicYearStart, year),
		eq(lessonCompletions.countsTowardsMinutes, true)
	);

/**
 * Reads this year's record under a row lock, lets `change` compute the new state, and
 * saves it. A first event inserts the row; if another tab inserted it at the same moment,
 * the whole step runs again against that row.
 */
async function updateSelfStudy<T>(
	db: Database,
	actor: Actor,
	lesson: Lesson,
	now: Date,
	change: (state: SelfStudyState, tx: Tx) => Promise<{ state: SelfStudyState; score?: { correct: number; of: number }; passedToday?: boolean; result: T }>
): Promise<T> {
	const today = londonDate(now);
	const year = academicYearStartFor(today);
	const attempt = () =>
		db.transaction(async (tx) => {
			const [row] = await tx
				.select()
				.from(lessonCompletions)
				.where(thisYear(actor, lesson.id, year))
				.for('update');
			const { state, score, passedToday, result } = await change(stateOf(row), tx);
			const values = {
				activeSeconds: Math.round(state.activeSeconds),
				minutes: earnedMinutes(state),
				minutesByDay: state.minutesByDay,
				lastStudiedOn: today,
				currentStep: state.currentStep,
				lastStepAt: state.lastStepAt === null ? null : new Date(state.lastStepAt),
				stepsRead: [...state.stepsRead],
				checkTries: state.checkTries,
				// The last day the check was passed, so a redo can clear a later assignment.
				completedOn: passedToday ? today : (row?.completedOn ?? null),
				...(score ? { correctAnswers: score.correct, questionCount: score.of } : {})
			};
			if (row) {
				await tx.update(lessonCompletions).set(values).where(eq(lessonCompletions.id, row.id));
				return { result, id: row.id, newlyPassed: state.passed && row.completedOn === null };
			}
			const [inserted] = await tx
				.insert(lessonCompletions)
				.values({
					schoolId: actor.schoolId,
					pupilId: actor.userId,
					lessonId: lesson.id,
					schoolLessonId: schoolLessonIdFor(lesson),
					academicYearStart: year,
					startedOn: today,
					countsTowardsMinutes: true,
					correctAnswers: score?.correct ?? 0,
					questionCount: score?.of ?? lesson.quiz.length,
					...values
				})
				.returning({ id: lessonCompletions.id });
			return { result, id: inserted!.id, newlyPassed: state.passed };
		});
	let saved: Awaited<ReturnType<typeof attempt>>;
	try {
		saved = await attempt();
	} catch (e) {
		if (!isUniqueViolation(e)) throw e;
		saved = await attempt();
	}
	return saved.result;
}

/** The pupil now shows step `step` of the lesson. */
export async function recordLessonStep(db: Database, actor: Actor, lessonId: string, step: number, options: { now?: Date } = {}): Promise<{ minutes: number }> {
	const lesson = await lessonForPupil(db, actor, lessonId);
	if (!isStepIndex(lesson, step)) throw new InputError('step', 'That step is not part of this lesson.');
	const now = options.now ?? new Date();
	return updateSelfStudy(db, actor, lesson, now, async (state) => {
		const next = recordStepEvent(state, lesson, step, now.getTime());
		return { state: next, result: { minutes: earnedMinutes(next) } };
	});
}

export interface CheckOutcome extends Omit<CheckResult, 'state'> {
	minutes: number;
	tries: number;
}

/** Marks the check. The lesson is done only if every step was read and the pass mark met. */
export async function submitLessonCheck(
	db: Database,
	actor: Actor,
	lessonId: string,
	answers: readonly (number | null)[],
	options: { now?: Date } = {}
): Promise<CheckOutcome> {
	const lesson = await lessonForPupil(db, actor, lessonId);
	const now = options.now ?? new Date();
	return updateSelfStudy(db, actor, lesson, now, async (state, tx) => {
		const { state: next, ...result } = markCheck(state, lesson, answers, now.getTime());
		if (result.passed && !state.passed) {
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'lessons.completed',
				targetType: 'lesson',
				targetId: lesson.id,
				details: { lessonId: lesson.id, correct: result.correct, of: result.of, minutes: earnedMinutes(next) }
			});
		}
		return {
			state: next,
			score: { correct: result.correct, of: result.of },
			passedToday: result.passedThisTry,
			result: { ...result, minutes: earnedMinutes(next), tries: next.checkTries }
		};
	});
}

export interface SelfStudySummary {
	status: SelfStudyStatus;
	minutes: number;
	tries: number;
}

/** Where the pupil is with this lesson this academic year. */
export async function getSelfStudy(db: Executor, actor: Actor, lessonId: string, options: { now?: Date } = {}): Promise<SelfStudySummary> {
	const lesson = await lessonForPupil(db, actor, lessonId);
	const year = academicYearStartFor(londonDate(options.now ?? new Date()));
	const [row] = await db
		.select()
		.from(lessonCompletions)
		.where(thisYear(actor, lesson.id, year));
	if (!row) return { status: 'not-started', minutes: 0, tries: 0 };
	return { status: row.completedOn ? 'done' : 'started', minutes: row.minutes, tries: row.checkTries };
}
