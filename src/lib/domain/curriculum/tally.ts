/**
 * Minutes of e-safety teaching per pupil per term, and each pupil's status.
 *
 * Rules owned here:
 * - Target: 60 minutes per pupil per term unless the school sets another.
 * - A delivery counts its minutes for every pupil marked present (each pupil
 *   once per delivery), if its date is in the term.
 * - Self-study counts the minutes the pupil earned on the lesson's steps (see
 *   self-study.ts) on the days they were earned, so a lesson started in one
 *   term and finished in the next counts in each for its own minutes. It
 *   counts once per pupil, lesson and academic year: a lesson can
 *   count again in a later year. Pass the year's records, not just the
 *   term's, or a repeat in a later term of the same year would count again.
 * - Status: 'met' at or above target. Otherwise compare with the pro-rata
 *   share of the target for the part of term gone. Within one short lesson of
 *   it is 'on-track' (so a class is not all amber in week one); behind it is
 *   'at-risk', or 'short' once three quarters of the term has gone or the
 *   term is over, because there is then little time left to fit teaching in.
 * - Every aggregate is one pass over the records with Maps (the school view
 *   must handle 2,000 pupils and a year of records in well under 200 ms).
 */
import { academicYearBounds } from '../calendar';
import { isDateInTerm, termProgressFraction } from './terms';
import type { Id, IsoDate, LessonCompletion, LessonDelivery, ProgressStatus, Term } from './types';

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

export function progressStatus(minutes: number, targetMinutes: number, termFraction: number): ProgressStatus {
	if (minutes >= targetMinutes) return 'met';
	if (termFraction >= 1) return 'short';
	const slack = Math.min(ON_TRACK_SLACK_MINUTES, targetMinutes / 4);
	if (minutes + slack >= targetMinutes * termFraction) return 'on-track';
	return termFraction >= LATE_IN_TERM_FRACTION ? 'short' : 'at-risk';
}

export function statusAt(minutes: number, targetMinutes: number, term: Term, today: IsoDate): ProgressStatus {
	return progressStatus(minutes, targetMinutes, termProgressFraction(term, today));
}

const completionKey = (completion: LessonCompletion): string => `${completion.pupilId}\u0000${completion.lessonId}`;

/**
 * The earliest record of each lesson by each pupil among those given; repeats add nothing.
 * Pass one academic year's records: a lesson counts again in a later year.
 */
export function firstCompletions(completions: readonly LessonCompletion[]): LessonCompletion[] {
	const first = new Map<string, LessonCompletion>();
	for (const completion of completions) {
		const key = completionKey(completion);
		const seen = first.get(key);
		if (!seen || completion.startedOn < seen.startedOn) first.set(key, completion);
	}
	return [...first.values()];
}

/** Minutes per pupil for one term, in one pass over deliveries and completions. */
export function tallyTermMinutes(term: Term, deliveries: readonly LessonDelivery[], completions: readonly LessonCompletion[]): Map<Id, PupilMinutes> {
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
	// Only the term's academic year: a record from last year does not make this one a repeat.
	const year = academicYearBounds(term.academicYearStart);
	const thisYear = completions.filter((c) => c.startedOn >= year.startsOn && c.startedOn <= year.endsOn);
	for (const completion of firstCompletions(thisYear)) {
		for (const [day, minutes] of Object.entries(completion.minutesByDay)) {
			if (isDateInTerm(term, day)) entry(completion.pupilId).selfStudy += minutes;
		}
	}
	return tally;
}

export function countStatuses(statuses: Iterable<ProgressStatus>): StatusCounts {
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
