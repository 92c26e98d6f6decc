/**
 * A class's progress grid for one term: each pupil's minutes against the
 * target, their status, and the lessons they missed.
 *
 * Rules owned here:
 * - Rows are sorted by display name (en-GB collation) so the grid, chart and
 *   CSV list pupils in the same order.
 * - Missed lessons: deliveries to the pupil's class in the term they were
 *   absent from, unless they have since covered that lesson another way
 *   (attended another delivery of it, or completed it alone).
 */
import { isDateInTerm, termProgressFraction } from './terms';
import { countStatuses, DEFAULT_TARGET_MINUTES, shareOnTrack, statusAt, tallyTermMinutes, type StatusCounts } from './tally';
import { buildEvidence, type PupilEvidence } from './evidence';
import type { ClassInfo, Id, IsoDate, Lesson, LessonCompletion, LessonDelivery, ProgressStatus, PupilInfo, Term } from './types';

export interface MissedLesson {
	readonly deliveryId: Id;
	readonly lessonId: string;
	readonly lessonTitle: string;
	readonly deliveredOn: IsoDate;
}

export interface PupilProgressRow {
	readonly pupilId: Id;
	readonly displayName: string;
	readonly taughtMinutes: number;
	readonly selfStudyMinutes: number;
	readonly totalMinutes: number;
	readonly targetMinutes: number;
	readonly remainingMinutes: number;
	readonly status: ProgressStatus;
	readonly missedLessons: readonly MissedLesson[];
	/** The term's planned lessons, done/started/not started, and "I can" statements by strand. */
	readonly evidence: PupilEvidence;
}

export interface ClassGrid {
	readonly classId: Id;
	readonly className: string;
	readonly term: Term;
	readonly targetMinutes: number;
	readonly termFraction: number;
	readonly rows: readonly PupilProgressRow[];
	readonly counts: StatusCounts;
	readonly shareOnTrack: number | null;
	readonly plannedLessons: readonly { readonly id: string; readonly title: string }[];
}

export interface ClassGridInput {
	readonly classInfo: ClassInfo;
	readonly pupils: readonly PupilInfo[];
	readonly term: Term;
	readonly today: IsoDate;
	readonly targetMinutes?: number;
	/** The class's deliveries (others are ignored for missed lessons but still count minutes). */
	readonly deliveries: readonly LessonDelivery[];
	/** All completions held for these pupils, not only this term's. */
	readonly completions: readonly LessonCompletion[];
	/** Lesson id → title, for the missed-lessons column. */
	readonly lessonTitles?: ReadonlyMap<string, string>;
	/** The lessons planned for this class's year group this term (see planner.ts). */
	readonly plannedLessons?: readonly Lesson[];
	/** Catalogue and school lessons, for each lesson's strand and "I can" statements. */
	readonly lessons?: ReadonlyMap<string, Lesson>;
}

/** Lessons each pupil has covered by attending or completing, for missed-lesson filtering. */
function coveredLessons(deliveries: readonly LessonDelivery[], completions: readonly LessonCompletion[]): Map<Id, Set<string>> {
	const covered = new Map<Id, Set<string>>();
	const add = (pupilId: Id, lessonId: string): void => {
		let set = covered.get(pupilId);
		if (!set) covered.set(pupilId, (set = new Set()));
		set.add(lessonId);
	};
	for (const delivery of deliveries) {
		for (const pupilId of delivery.presentPupilIds) add(pupilId, delivery.lessonId);
	}
	for (const completion of completions) add(completion.pupilId, completion.lessonId);
	return covered;
}

function missedLessonsByPupil(input: ClassGridInput): Map<Id, MissedLesson[]> {
	const covered = coveredLessons(input.deliveries, input.completions);
	const missed = new Map<Id, MissedLesson[]>(input.pupils.map((pupil) => [pupil.id, []]));
	const classDeliveries = input.deliveries
		.filter((d) => d.classId === input.classInfo.id && isDateInTerm(input.term, d.deliveredOn))
		.sort((a, b) => (a.deliveredOn < b.deliveredOn ? -1 : a.deliveredOn > b.deliveredOn ? 1 : 0));
	for (const delivery of classDeliveries) {
		const lessonTitle = input.lessonTitles?.get(delivery.lessonId) ?? delivery.lessonId;
		for (const [pupilId, list] of missed) {
			if (covered.get(pupilId)?.has(delivery.lessonId)) continue;
			list.push({ deliveryId: delivery.id, lessonId: delivery.lessonId, lessonTitle, deliveredOn: delivery.deliveredOn });
		}
	}
	return missed;
}

export function buildClassGrid(input: ClassGridInput): ClassGrid {
	const targetMinutes = input.targetMinutes ?? DEFAULT_TARGET_MINUTES;
	const tally = tallyTermMinutes(input.term, input.deliveries, input.completions);
	const missed = missedLessonsByPupil(input);
	const planned = input.plannedLessons ?? [];
	const evidence = buildEvidence(
		input.pupils.map((p) => p.id),
		planned,
		input.lessons ?? new Map(),
		input.deliveries.filter((d) => isDateInTerm(input.term, d.deliveredOn)),
		input.completions
	);
	const rows = [...input.pupils]
		.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'))
		.map((pupil): PupilProgressRow => {
			const minutes = tally.get(pupil.id) ?? { taught: 0, selfStudy: 0 };
			const totalMinutes = minutes.taught + minutes.selfStudy;
			return {
				pupilId: pupil.id,
				displayName: pupil.displayName,
				taughtMinutes: minutes.taught,
				selfStudyMinutes: minutes.selfStudy,
				totalMinutes,
				targetMinutes,
				remainingMinutes: Math.max(0, targetMinutes - totalMinutes),
				status: statusAt(totalMinutes, targetMinutes, input.term, input.today),
				missedLessons: missed.get(pupil.id) ?? [],
				evidence: evidence.get(pupil.id)!
			};
		});
	const counts = countStatuses(rows.map((row) => row.status));
	return {
		classId: input.classInfo.id,
		className: input.classInfo.name,
		term: input.term,
		targetMinutes,
		termFraction: termProgressFraction(input.term, input.today),
		rows,
		counts,
		shareOnTrack: shareOnTrack(counts),
		plannedLessons: planned.map((l) => ({ id: l.id, title: l.title }))
	};
}

/** Pupils who have not yet reached the target, with the lessons they missed. */
export function pupilsBelowTarget<Row extends Pick<PupilProgressRow, 'status'>>(grid: { readonly rows: readonly Row[] }): readonly Row[] {
	return grid.rows.filter((row) => row.status !== 'met');
}
