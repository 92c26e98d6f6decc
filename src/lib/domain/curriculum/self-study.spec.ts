import { describe, expect, it } from 'vitest';
import { requireLessonBySlug } from './catalogue';
import { earnedMinutes, IDLE_AFTER_SECONDS, lessonSteps, markCheck, NEW_SELF_STUDY, passMark, recordStepEvent, type SelfStudyState } from './self-study';
import { tallyTermMinutes } from './tally';
import { defaultAcademicYear } from './terms';

const lesson = requireLessonBySlug('privacy-5-7-keep-it-private');
const right = lesson.quiz.map((q) => q.correctIndex);

function walk(secondsPerStep: number, start = 0): { state: SelfStudyState; at: number } {
	let state = NEW_SELF_STUDY;
	let at = start;
	for (const step of lessonSteps(lesson)) {
		state = recordStepEvent(state, lesson, step.index, at);
		at += secondsPerStep * 1000;
	}
	return { state, at };
}

describe('self-study steps and time', () => {
	it('lists reading, scenarios, a think step and the check last', () => {
		const kinds = lessonSteps(lesson).map((s) => s.kind);
		expect(kinds.at(-1)).toBe('check');
		expect(kinds.filter((k) => k === 'reading').length).toBe(lesson.sections.length);
		expect(kinds.filter((k) => k === 'scenario').length).toBe(lesson.scenarios?.length ?? 0);
	});

	it('credits the time on each step, not more than the idle limit, up to the lesson length', () => {
		const once = recordStepEvent(recordStepEvent(NEW_SELF_STUDY, lesson, 0, 0), lesson, 1, 90_000);
		expect(once.activeSeconds).toBe(90);
		const idle = recordStepEvent(once, lesson, 2, 90_000 + 3_600_000);
		expect(idle.activeSeconds).toBe(90 + IDLE_AFTER_SECONDS);
		expect(earnedMinutes(walk(IDLE_AFTER_SECONDS).state)).toBeLessThanOrEqual(lesson.durationMinutes);
	});

	it('a step skimmed faster than it can be read is not read, so the check cannot complete', () => {
		const { state, at } = walk(1);
		const result = markCheck(state, lesson, right, at);
		expect(result).toMatchObject({ passed: false, shortfall: 'steps-unread', correct: lesson.quiz.length });
		expect(earnedMinutes(result.state)).toBe(0);
	});

	it('passes at 3 of 5 with every step read, and allows a retry after a fail', () => {
		expect(passMark(5)).toBe(3);
		const { state, at } = walk(60);
		const wrong = right.map((a, i) => (i < 3 ? (a + 1) % lesson.quiz[i]!.options.length : a));
		const failed = markCheck(state, lesson, wrong, at);
		expect(failed).toMatchObject({ passed: false, shortfall: 'below-pass-mark', correct: 2 });
		const retry = markCheck(failed.state, lesson, right, at + 30_000);
		expect(retry).toMatchObject({ passed: true, passedThisTry: true, shortfall: null });
		expect(retry.state.checkTries).toBe(2);
	});
});

describe('counting self-study per academic year', () => {
	const record = (on: string) => ({ pupilId: 'p', lessonId: lesson.id, completedOn: on, minutes: 10, passedOn: on });
	const [autumn2025] = defaultAcademicYear(2025).terms;
	const [autumn2026] = defaultAcademicYear(2026).terms;
	const records = [record('2025-10-01'), record('2025-10-08'), record('2026-10-01')];

	it('counts a lesson once in a year, and again in a later year', () => {
		expect(tallyTermMinutes(autumn2025, [], records).get('p')?.selfStudy).toBe(10);
		expect(tallyTermMinutes(autumn2026, [], records).get('p')?.selfStudy).toBe(10);
	});
});
