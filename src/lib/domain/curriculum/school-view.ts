/**
 * The school view for the safeguarding lead and admin: every class's share of
 * pupils who have met the target or are on track, for one term.
 *
 * Rule owned here: one tally over the whole school's records, then one pass
 * over the pupils; a class with no pupils has no share (null), not 0%.
 */
import { termProgressFraction } from './terms';
import { countStatuses, DEFAULT_TARGET_MINUTES, shareOnTrack, statusAt, tallyTermMinutes, type StatusCounts } from './tally';
import type { ClassInfo, Id, IsoDate, LessonCompletion, LessonDelivery, ProgressStatus, PupilInfo, Term } from './types';

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
