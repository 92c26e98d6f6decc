/**
 * How long a lesson's activities take when a teacher leads it, part by part:
 * the timings on the printable plan, and the measure of "real activity" the
 * catalogue is held to.
 *
 * Rules owned here:
 * - Reading is timed at a pace for reading together and talking about it,
 *   slower for younger children: 40 words a minute in Years 1–2, 70 in
 *   Years 3–4, 100 in Years 5–6.
 * - A scenario takes four minutes (read, choose, talk through what happens);
 *   each discussion question two; each check question one; the task its own
 *   stated minutes.
 * - A lesson's length may not claim more than its activities fill.
 */
import type { LessonBand, LessonContent } from './types';

const WORDS_PER_MINUTE: Readonly<Record<LessonBand, number>> = { '5-7': 40, '7-9': 70, '9-11': 100, '7-11': 85 };
export const SCENARIO_MINUTES = 4;
export const DISCUSSION_MINUTES_EACH = 2;
export const CHECK_MINUTES_EACH = 1;

export type ActivityPart = 'reading' | 'scenarios' | 'discussion' | 'task' | 'check';

export interface ActivityTiming {
	readonly part: ActivityPart;
	readonly minutes: number;
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export function activityTimings(lesson: LessonContent): ActivityTiming[] {
	const readingWords = lesson.sections.reduce((sum, s) => sum + words(s.heading) + words(s.text), 0);
	const timings: ActivityTiming[] = [
		{ part: 'reading', minutes: Math.round((readingWords / WORDS_PER_MINUTE[lesson.ageBand]) * 10) / 10 },
		{ part: 'scenarios', minutes: (lesson.scenarios?.length ?? 0) * SCENARIO_MINUTES },
		{ part: 'discussion', minutes: (lesson.discussion?.length ?? 0) * DISCUSSION_MINUTES_EACH },
		{ part: 'task', minutes: lesson.task?.minutes ?? 0 },
		{ part: 'check', minutes: lesson.quiz.length * CHECK_MINUTES_EACH }
	];
	return timings.filter((t) => t.minutes > 0);
}

export function activityMinutes(lesson: LessonContent): number {
	return activityTimings(lesson).reduce((sum, t) => sum + t.minutes, 0);
}
