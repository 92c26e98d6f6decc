/**
 * Minutes of e-safety teaching per pupil per term, and the views built on them.
 *
 * Rules owned here:
 * - Target: 60 minutes per pupil per term unless the school sets another.
 * - A delivery counts its minutes for every pupil marked present (each pupil
 *   once per delivery), if its date is in the term.
 * - A self-completion counts the lesson's duration only the first time that
 *   pupil completes that lesson, ever: pass every completion you hold, not
 *   just the term's, or a repeat in a later term would count again.
 * - Status: 'met' at or above target. Otherwise compare with the pro-rata
 *   share of the target for the part of term gone. Within one short lesson of
 *   it is 'on-track' (so a class is not all amber in week one); behind it is
 *   'at-risk', or 'short' once three quarters of the term has gone or the
 *   term is over, because there is then little time left to fit teaching in.
 * - Missed lessons: deliveries to the pupil's class in the term they were
 *   absent from, unless they have since covered that lesson another way.
 * - Every aggregate is one pass over the records with Maps (the school view
 *   must handle 2,000 pupils and a year of records in well under 200 ms).
 */
import { isDateInTerm, termProgressFraction } from './terms';
import type {
	ClassInfo,
	Id,
	IsoDate,
	LessonCompletion,
	LessonDelivery,
	ProgressStatus,
	PupilInfo,
	Term
} from './types';

export const DEFAULT_TARGET_MINUTES = 60;
/** One short lesson: being this close to the pro-rata share still counts as on track. */
const ON_TRACK_SLACK_MINUTES = 15;
/** After this share of the term, being behind is 'short' rather than 'at-risk'. */
export const LATE_IN_TERM_FRACTION = 0.75;

export interface PupilMinutes {
	readonly taught: number;
	readonly selfStudy: number;
}

export interface StatusCounts {
	readonly met: number;
	readonly onTrack: number;
	readonly atRisk: number;
	readonly short: number;
}

export function progressStatus(
	minutes: number,
	targetMinutes: number,
	termFraction: number
): ProgressStatus {
	if (minutes >= targetMinutes) return 'met';
	if (termFraction >= 1) return 'short';
	const slack = Math.min(ON_TRACK_SLACK_MINUTES, targetMinutes / 4);
	if (minutes + slack >= targetMinutes * termFraction) return 'on-track';
	return termFraction >= LATE_IN_TERM_FRACTION ? 'short' : 'at-risk';
}

function statusAt(minutes: number, targetMinutes: number, term: Term, today: IsoDate): ProgressStatus {
	return progressStatus(minutes, targetMinutes, termProgressFraction(term, today));
}

const completionKey = (pupilId: Id, lessonId: string): string => `${pupilId}\u0000${lessonId}`;

/** The earliest completion of each lesson by each pupil; later repeats add nothing. */
export function firstCompletions(completions: readonly LessonCompletion[]): LessonCompletion[] {
	const first = new Map<string, LessonCompletion>();
	for (const completion of completions) {
		const key = completionKey(completion.pupilId, completion.lessonId);
		const seen = first.get(key);
		if (!seen || completion.completedOn < seen.completedOn) first.set(key, completion);
	}
	return [...first.values()];
}

/** Minutes per pupil for one term, in one pass over deliveries and completions. */
export function tallyTermMinutes(
	term: Term,
	deliveries: readonly LessonDelivery[],
	completions: readonly LessonCompletion[]
): Map<Id, PupilMinutes> {
	const tally = new Map<Id, { taught: number; selfStudy: number }>();
	const entry = (pupilId: Id): { taught: number; selfStudy: number } => {
		let found = tally.get(pupilId);
		if (!found) tally.set(pupilId, (found = { taught: 0, selfStudy: 0 }));
		return found;
	};
	for (const delivery of deliveries) {
		if (!isDateInTerm(term, delivery.deliveredOn)) continue;
		for (const pupilId of new Set(delivery.presentPupilIds)) entry(pupilId).taught += delivery.minutes;
	}
	for (const completion of firstCompletions(completions)) {
		if (!isDateInTerm(term, completion.completedOn)) continue;
		entry(completion.pupilId).selfStudy += completion.minutes;
	}
	return tally;
}

function countStatuses(statuses: Iterable<ProgressStatus>): StatusCounts {
	const counts = { met: 0, onTrack: 0, atRisk: 0, short: 0 };
	for (const status of statuses) {
		if (status === 'met') counts.met++;
		else if (status === 'on-track') counts.onTrack++;
		else if (status === 'at-risk') counts.atRisk++;
		else counts.short++;
	}
	return counts;
}

/** Share of pupils who have met the target or are on track; null for an empty class. */
export function shareOnTrack(counts: StatusCounts): number | null {
	const total = counts.met + counts.onTrack + counts.atRisk + counts.short;
	return total === 0 ? null : (counts.met + counts.onTrack) / total;
}

// ---------------------------------------------------------------- class grid

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
}

/** Lessons each pupil has covered by attending or completing, for missed-lesson filtering. */
function coveredLessons(
	deliveries: readonly LessonDelivery[],
	completions: readonly LessonCompletion[]
): Map<Id, Set<string>> {
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
				missedLessons: missed.get(pupil.id) ?? []
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
		shareOnTrack: shareOnTrack(counts)
	};
}

/** Pupils who have not yet reached the target, with the lessons they missed. */
export function pupilsBelowTarget(grid: ClassGrid): readonly PupilProgressRow[] {
	return grid.rows.filter((row) => row.status !== 'met');
}

// --------------------------------------------------------------- school view

export interface ClassSummary {
	readonly classId: Id;
	readonly className: string;
	readonly yearGroup: number;
	readonly pupilCount: number;
	readonly counts: StatusCounts;
	readonly shareOnTrack: number | null;
}

export interface SchoolView {
	readonly term: Term;
	readonly targetMinutes: number;
	readonly termFraction: number;
	readonly classes: readonly ClassSummary[];
	readonly totals: { readonly pupilCount: number; readonly counts: StatusCounts; readonly shareOnTrack: number | null };
}

export interface SchoolViewInput {
	readonly classes: readonly ClassInfo[];
	readonly pupils: readonly PupilInfo[];
	readonly term: Term;
	readonly today: IsoDate;
	readonly targetMinutes?: number;
	readonly deliveries: readonly LessonDelivery[];
	readonly completions: readonly LessonCompletion[];
}

export function buildSchoolView(input: SchoolViewInput): SchoolView {
	const targetMinutes = input.targetMinutes ?? DEFAULT_TARGET_MINUTES;
	const tally = tallyTermMinutes(input.term, input.deliveries, input.completions);
	const statusesByClass = new Map<Id, ProgressStatus[]>(input.classes.map((c) => [c.id, []]));
	const allStatuses: ProgressStatus[] = [];
	for (const pupil of input.pupils) {
		const minutes = tally.get(pupil.id);
		const total = minutes ? minutes.taught + minutes.selfStudy : 0;
		const status = statusAt(total, targetMinutes, input.term, input.today);
		statusesByClass.get(pupil.classId)?.push(status);
		allStatuses.push(status);
	}
	const classes = input.classes.map((classInfo): ClassSummary => {
		const statuses = statusesByClass.get(classInfo.id) ?? [];
		const counts = countStatuses(statuses);
		return {
			classId: classInfo.id,
			className: classInfo.name,
			yearGroup: classInfo.yearGroup,
			pupilCount: statuses.length,
			counts,
			shareOnTrack: shareOnTrack(counts)
		};
	});
	const counts = countStatuses(allStatuses);
	return {
		term: input.term,
		targetMinutes,
		termFraction: termProgressFraction(input.term, input.today),
		classes,
		totals: { pupilCount: allStatuses.length, counts, shareOnTrack: shareOnTrack(counts) }
	};
}

// --------------------------------------------------------------------- chart

export interface MinutesChartBar {
	readonly pupilId: Id;
	readonly label: string;
	readonly taughtMinutes: number;
	readonly selfStudyMinutes: number;
	readonly totalMinutes: number;
	readonly status: ProgressStatus;
}

export interface MinutesChart {
	readonly targetMinutes: number;
	/** Top of the axis: the target or the highest bar, whichever is larger. */
	readonly maxMinutes: number;
	readonly bars: readonly MinutesChartBar[];
}

/** One stacked bar per pupil (taught + self-study) against a target line. */
export function buildMinutesChart(grid: ClassGrid): MinutesChart {
	const bars = grid.rows.map(
		(row): MinutesChartBar => ({
			pupilId: row.pupilId,
			label: row.displayName,
			taughtMinutes: row.taughtMinutes,
			selfStudyMinutes: row.selfStudyMinutes,
			totalMinutes: row.totalMinutes,
			status: row.status
		})
	);
	const maxMinutes = bars.reduce((max, bar) => Math.max(max, bar.totalMinutes), grid.targetMinutes);
	return { targetMinutes: grid.targetMinutes, maxMinutes, bars };
}

// ------------------------------------------------------------ pupil's own view

export interface PupilProgressView {
	readonly minutes: number;
	readonly targetMinutes: number;
	/** 0–1, for a progress bar; capped at 1. */
	readonly fractionOfTarget: number;
	readonly hasEarnedBadge: boolean;
	/** Short and kind, for the child to read. */
	readonly message: string;
}

export interface PupilProgressInput {
	readonly pupilId: Id;
	readonly term: Term;
	readonly targetMinutes?: number;
	readonly deliveries: readonly LessonDelivery[];
	readonly completions: readonly LessonCompletion[];
}

export function buildPupilProgress(input: PupilProgressInput): PupilProgressView {
	const targetMinutes = input.targetMinutes ?? DEFAULT_TARGET_MINUTES;
	const tallied = tallyTermMinutes(input.term, input.deliveries, input.completions).get(input.pupilId);
	const minutes = tallied ? tallied.taught + tallied.selfStudy : 0;
	const hasEarnedBadge = minutes >= targetMinutes;
	const goal = targetMinutes === 60 ? 'your e-safety hour' : 'all your e-safety minutes';
	const message = hasEarnedBadge
		? `Well done! You have done ${goal} this term.`
		: minutes === 0
			? 'Your e-safety lessons are ready when you are.'
			: `You have done ${minutes} of your ${targetMinutes} minutes this term. Keep going!`;
	return {
		minutes,
		targetMinutes,
		fractionOfTarget: targetMinutes > 0 ? Math.min(1, minutes / targetMinutes) : 1,
		hasEarnedBadge,
		message
	};
}
