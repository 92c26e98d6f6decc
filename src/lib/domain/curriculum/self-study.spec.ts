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

describe('the day each minute is earned on', () => {
	// Minute by minute through the steps from `start` (an ISO instant), a minute a step.
	const studyFrom = (start: string, steps: number): SelfStudyState => {
		let state = NEW_SELF_STUDY;
		for (let i = 0; i <= steps; i++) state = recordStepEvent(state, lesson, Math.min(i, lessonSteps(lesson).length - 1), Date.parse(start) + i * 60_000);
		return state;
	};

	it('splits a lesson continued past midnight in summer (BST) at London midnight, 23:00 UTC', () => {
		const state = studyFrom('2026-06-30T22:56:30Z', 8);
		expect(state.minutesByDay).toEqual({ '2026-06-30': 3, '2026-07-01': 5 });
		expect(earnedMinutes(state)).toBe(8);
	});

	it('splits it at 00:00 UTC in winter (GMT)', () => {
		const state = studyFrom('2026-12-01T23:56:30Z', 8);
		expect(state.minutesByDay).toEqual({ '2026-12-01': 3, '2026-12-02': 5 });
	});

	it('counts a minute that ends on the stroke of midnight on the day it was spent, and a lesson picked up days later on that day', () => {
		const evening = studyFrom('2026-12-01T23:57:00Z', 3);
		expect(evening.minutesByDay).toEqual({ '2026-12-01': 3 });
		const later = recordStepEvent(recordStepEvent(evening, lesson, 1, Date.parse('2026-12-04T10:00:00Z')), lesson, 2, Date.parse('2026-12-04T10:02:00Z'));
		// Left on a step at midnight: the idle allowance (then nothing) counts on 2 December.
		expect(later.minutesByDay).toEqual({ '2026-12-01': 3, '2026-12-02': IDLE_AFTER_SECONDS / 60, '2026-12-04': 2 });
		expect(earnedMinutes(later)).toBe(Object.values(later.minutesByDay).reduce((a, b) => a + b, 0));
	});

	it('counts each term its own minutes when a lesson starts on the last day of one and is finished in the next', () => {
		const [autumn, spring] = defaultAcademicYear(2025).terms;
		const started = {
			pupilId: 'p',
			lessonId: lesson.id,
			startedOn: autumn.endsOn,
			minutesByDay: { [autumn.endsOn]: 4, [spring.startsOn]: 6 },
			passedOn: spring.startsOn
		};
		expect(tallyTermMinutes(autumn, [], [started]).get('p')?.selfStudy).toBe(4);
		expect(tallyTermMinutes(spring, [], [started]).get('p')?.selfStudy).toBe(6);
	});
});

describe('counting self-study per academic year', () => {
	const record = (on: string) => ({ pupilId: 'p', lessonId: lesson.id, startedOn: on, minutesByDay: { [on]: 10 }, passedOn: on });
	const [autumn2025] = defaultAcademicYear(2025).terms;
	const [autumn2026] = defaultAcademicYear(2026).terms;
	const records = [record('2025-10-01'), record('2025-10-08'), record('2026-10-01')];

	it('counts a lesson once in a year, and again in a later year', () => {
		expect(tallyTermMinutes(autumn2025, [], records).get('p')?.selfStudy).toBe(10);
		expect(tallyTermMinutes(autumn2026, [], records).get('p')?.selfStudy).toBe(10);
	});
});
