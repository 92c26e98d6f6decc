/**
 * What each pupil has shown: the status of each planned lesson, and the "I can"
 * statements they have shown in each strand.
 *
 * Rules owned here:
 * - A lesson is done for a pupil if they were present when it was taught, or
 *   passed its check alone; started if they began it alone but have not passed;
 *   otherwise not started.
 * - A pupil shows a lesson's "I can" statements by doing it (as above), and the
 *   statements are grouped by the lesson's strand.
 * - Only the records given count: the grid passes the term's deliveries and
 *   the academic year's self-study, so evidence matches the minutes beside it.
 */
import { STRAND_IDS } from './strands';
import type { SelfStudyStatus } from './self-study';
import type { Id, Lesson, LessonCompletion, LessonDelivery, StrandId } from './types';

export interface PlannedLessonStatus {
	readonly lessonId: string;
	readonly title: string;
	readonly status: SelfStudyStatus;
}

export interface StrandEvidence {
	readonly strand: StrandId;
	/** "I can" statements shown, in the order the lessons were done. */
	readonly shown: readonly string[];
}

export interface PupilEvidence {
	readonly planned: readonly PlannedLessonStatus[];
	readonly strands: readonly StrandEvidence[];
}

interface LessonRecords {
	readonly done: Map<Id, Set<string>>;
	readonly started: Map<Id, Set<string>>;
}

function indexRecords(deliveries: readonly LessonDelivery[], completions: readonly LessonCompletion[]): LessonRecords {
	const done = new Map<Id, Set<string>>();
	const started = new Map<Id, Set<string>>();
	const add = (map: Map<Id, Set<string>>, pupilId: Id, lessonId: string): void => {
		let set = map.get(pupilId);
		if (!set) map.set(pupilId, (set = new Set()));
		set.add(lessonId);
	};
	for (const d of deliveries) for (const pupilId of d.presentPupilIds) add(done, pupilId, d.lessonId);
	for (const c of completions) add(c.passedOn ? done : started, c.pupilId, c.lessonId);
	return { done, started };
}

export function buildEvidence(
	pupilIds: readonly Id[],
	plannedLessons: readonly Lesson[],
	lessons: ReadonlyMap<string, Lesson>,
	deliveries: readonly LessonDelivery[],
	completions: readonly LessonCompletion[]
): Map<Id, PupilEvidence> {
	const records = indexRecords(deliveries, completions);
	const evidence = new Map<Id, PupilEvidence>();
	for (const pupilId of pupilIds) {
		const done = records.done.get(pupilId) ?? new Set<string>();
		const started = records.started.get(pupilId) ?? new Set<string>();
		const planned = plannedLessons.map((lesson) => ({
			lessonId: lesson.id,
			title: lesson.title,
			status: done.has(lesson.id) ? 'done' : started.has(lesson.id) ? 'started' : 'not-started'
		})) satisfies PlannedLessonStatus[];
		const shownByStrand = new Map<StrandId, string[]>(STRAND_IDS.map((s) => [s, []]));
		for (const lessonId of done) {
			const lesson = lessons.get(lessonId);
			if (lesson) shownByStrand.get(lesson.strand)!.push(...(lesson.iCan ?? []));
		}
		evidence.set(pupilId, {
			planned,
			strands: STRAND_IDS.map((strand) => ({ strand, shown: [...new Set(shownByStrand.get(strand))] }))
		});
	}
	return evidence;
}
