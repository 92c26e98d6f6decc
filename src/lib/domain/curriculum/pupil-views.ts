/**
 * Views of minutes for people other than the grid's reader: the per-pupil bar
 * chart data, and a pupil's (or parent's) own simple progress.
 *
 * Rules owned here:
 * - The chart's axis tops out at the target or the highest bar, whichever is
 *   larger, so the target line is always visible.
 * - A pupil earns their badge at the target; the message is short and kind,
 *   and never compares them with classmates.
 */
import type { ClassGrid } from './class-grid';
import { DEFAULT_TARGET_MINUTES, tallyTermMinutes } from './tally';
import type { Id, LessonCompletion, LessonDelivery, ProgressStatus, Term } from './types';

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
	const bars = grid.rows.map((row): MinutesChartBar => ({
		pupilId: row.pupilId,
		label: row.displayName,
		taughtMinutes: row.taughtMinutes,
		selfStudyMinutes: row.selfStudyMinutes,
		totalMinutes: row.totalMinutes,
		status: row.status
	}));
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
