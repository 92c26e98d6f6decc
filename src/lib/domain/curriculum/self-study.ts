/**
 * Self-study: the minutes a pupil earns on a lesson alone, and when it is done.
 *
 * Rules owned here:
 * - A lesson is a list of steps: its reading sections, its scenarios, one
 *   "think about it" step when it has discussion questions, then the check.
 * - The server, not the page, keeps the clock. Each step event says "the
 *   pupil is now on step N"; the time since the last event is credited to the
 *   step they were on, up to IDLE_AFTER_SECONDS. Longer than that, the child
 *   has stopped, and the rest is idle time that earns nothing.
 * - Credit is capped at the lesson's length: a slow reader cannot earn more
 *   than the lesson is worth. The clock counts whole seconds.
 * - Each whole minute counts on the London day its last moment was spent,
 *   so a lesson continued after midnight (or on a later day) is credited to
 *   the days the minutes were earned, not to the day it was started, and the
 *   days' minutes always add up to the minutes earned.
 * - A step is read only if the pupil stayed on it for at least its minimum
 *   reading time (its words at a brisk adult reading speed), so clicking
 *   through earns the seconds spent and no completion.
 * - The lesson is done only when every step before the check was read and
 *   the check is passed (PASS_SHARE of the questions, 3 of 5). A failed
 *   check can be tried again; the answers are explained only after a pass,
 *   so a retry is earned, not copied.
 * - One record per pupil, lesson and academic year: a lesson counts again in
 *   a later year, never twice in one.
 */
import { londonDate, type IsoDate } from '../calendar';
import type { Lesson, LessonContent } from './types';

/** Three minutes on one screen is generous for a child; longer means they have stopped. */
export const IDLE_AFTER_SECONDS = 180;
/** 3 of 5: most of the check right, with room for one slip. */
export const PASS_SHARE = 0.6;
/** Faster than a fluent adult reads (about 300 words a minute): nobody reads quicker. */
const SECONDS_PER_WORD = 0.2;
/** Even a one-line step takes this long to take in. */
const MIN_STEP_SECONDS = 4;

export type StepKind = 'reading' | 'scenario' | 'think' | 'check';

export interface LessonStep {
	readonly index: number;
	readonly kind: StepKind;
	/** Index into the lesson's sections or scenarios; 0 for the think and check steps. */
	readonly itemIndex: number;
	/** Below this, the step was skimmed, not read. */
	readonly minReadSeconds: number;
}

const wordCount = (...texts: readonly string[]): number => texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);

const readingSeconds = (words: number): number => Math.max(MIN_STEP_SECONDS, Math.round(words * SECONDS_PER_WORD));

export function lessonSteps(lesson: LessonContent): LessonStep[] {
	const steps: LessonStep[] = [];
	lesson.sections.forEach((section, i) =>
		steps.push({ index: steps.length, kind: 'reading', itemIndex: i, minReadSeconds: readingSeconds(wordCount(section.heading, section.text)) })
	);
	(lesson.scenarios ?? []).forEach((scenario, i) =>
		steps.push({
			index: steps.length,
			kind: 'scenario',
			itemIndex: i,
			minReadSeconds: readingSeconds(wordCount(scenario.situation, ...scenario.choices.map((c) => c.text)))
		})
	);
	if ((lesson.discussion ?? []).length > 0) {
		steps.push({ index: steps.length, kind: 'think', itemIndex: 0, minReadSeconds: readingSeconds(wordCount(...lesson.discussion!)) });
	}
	steps.push({ index: steps.length, kind: 'check', itemIndex: 0, minReadSeconds: 0 });
	return steps;
}

export function checkStepIndex(lesson: LessonContent): number {
	return lessonSteps(lesson).length - 1;
}

/** What the server keeps between step events. Times are milliseconds since the epoch. */
export interface SelfStudyState {
	readonly activeSeconds: number;
	readonly currentStep: number | null;
	readonly lastStepAt: number | null;
	readonly stepsRead: readonly number[];
	readonly checkTries: number;
	readonly passed: boolean;
	/** The whole minutes earned, by the London day each was earned on. */
	readonly minutesByDay: Readonly<Record<IsoDate, number>>;
}

export const NEW_SELF_STUDY: SelfStudyState = {
	activeSeconds: 0,
	currentStep: null,
	lastStepAt: null,
	stepsRead: [],
	checkTries: 0,
	passed: false,
	minutesByDay: {}
};

/**
 * Gives each whole minute completed between `before` and `after` seconds of credit to the
 * day it ended on. The credit runs from `from` (ms) without a break, so minute k ends at
 * `from + (60k - before)` seconds; a minute ending on the stroke of midnight was spent
 * before it.
 */
function creditMinutesByDay(byDay: Readonly<Record<IsoDate, number>>, before: number, after: number, from: number): Readonly<Record<IsoDate, number>> {
	const first = Math.floor(before / 60) + 1;
	const last = Math.floor(after / 60);
	if (last < first) return byDay;
	const next: Record<IsoDate, number> = { ...byDay };
	for (let minute = first; minute <= last; minute++) {
		const day = londonDate(new Date(from + (minute * 60 - before) * 1000 - 1));
		next[day] = (next[day] ?? 0) + 1;
	}
	return next;
}

/** Credit the time since the last event to the step the pupil was on. */
function creditTimeOnCurrentStep(state: SelfStudyState, lesson: Lesson, now: number): SelfStudyState {
	if (state.currentStep === null || state.lastStepAt === null) return state;
	const seconds = Math.max(0, (now - state.lastStepAt) / 1000);
	const credited = Math.min(Math.floor(seconds), IDLE_AFTER_SECONDS);
	const step = lessonSteps(lesson)[state.currentStep];
	const read = step !== undefined && step.kind !== 'check' && seconds >= step.minReadSeconds;
	const activeSeconds = Math.min(lesson.durationMinutes * 60, state.activeSeconds + credited);
	return {
		...state,
		activeSeconds,
		minutesByDay: creditMinutesByDay(state.minutesByDay, state.activeSeconds, activeSeconds, state.lastStepAt),
		stepsRead: read && !state.stepsRead.includes(state.currentStep) ? [...state.stepsRead, state.currentStep].sort((a, b) => a - b) : state.stepsRead
	};
}

export function isStepIndex(lesson: LessonContent, step: number): boolean {
	return Number.isInteger(step) && step >= 0 && step < lessonSteps(lesson).length;
}

/** The pupil now shows `step` (the caller has checked it is one of the lesson's). */
export function recordStepEvent(state: SelfStudyState, lesson: Lesson, step: number, now: number): SelfStudyState {
	return { ...creditTimeOnCurrentStep(state, lesson, now), currentStep: step, lastStepAt: now };
}

export interface CheckResult {
	readonly state: SelfStudyState;
	readonly correct: number;
	readonly of: number;
	readonly passed: boolean;
	/** Passed on this try (a pupil may redo a lesson they passed before). */
	readonly passedThisTry: boolean;
	/** Why it is not done yet, when it is not. */
	readonly shortfall: 'steps-unread' | 'below-pass-mark' | null;
}

export function passMark(questionCount: number): number {
	return Math.ceil(questionCount * PASS_SHARE);
}

/** Mark the check; the time since the last event counts as time on the check. */
export function markCheck(state: SelfStudyState, lesson: Lesson, answers: readonly (number | null)[], now: number): CheckResult {
	const credited = creditTimeOnCurrentStep(state, lesson, now);
	const check = checkStepIndex(lesson);
	const allRead = Array.from({ length: check }, (_, i) => i).every((i) => credited.stepsRead.includes(i));
	const correct = lesson.quiz.filter((q, i) => answers[i] === q.correctIndex).length;
	const passedThisTry = allRead && correct >= passMark(lesson.quiz.length);
	const passed = state.passed || passedThisTry;
	const shortfall = passed ? null : allRead ? 'below-pass-mark' : 'steps-unread';
	return {
		state: { ...credited, currentStep: check, lastStepAt: now, checkTries: state.checkTries + 1, passed },
		correct,
		of: lesson.quiz.length,
		passed,
		passedThisTry,
		shortfall
	};
}

/** Whole minutes earned: what goes into the term's tally. */
export function earnedMinutes(state: Pick<SelfStudyState, 'activeSeconds'>): number {
	return Math.floor(state.activeSeconds / 60);
}

export type SelfStudyStatus = 'done' | 'started' | 'not-started';

export const SELF_STUDY_STATUS_LABELS: Readonly<Record<SelfStudyStatus, string>> = {
	done: 'Done',
	started: 'Started',
	'not-started': 'Not started'
};
