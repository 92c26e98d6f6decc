/**
 * The termly e-safety report for governors.
 *
 * Rules owned here:
 * - counts are for the term only: an event counts when it falls in [start, end);
 * - incidents are counted for every category, zeros included, so terms compare;
 * - blocked attempts are counted by the kind of detail blocked, most frequent first;
 * - moderation speed is the time from submission to decision, as a median and a
 *   95th percentile by nearest rank (see percentile.ts);
 * - lesson coverage is worked out by the curriculum domain and passed through as given.
 */
import { ALL_CATEGORIES, type CategoryKey } from './categories';
import { toCsv, type CsvCell } from './csv';
import { percentileNearestRank } from './percentile';

export interface TermWindow {
	readonly name: string;
	readonly start: Date;
	readonly end: Date;
}

export interface LessonCoverageSummary {
	readonly targetMinutes: number;
	readonly pupilsCounted: number;
	readonly pupilsMeetingTarget: number;
}

export interface TermReportInput {
	readonly schoolName: string;
	readonly term: TermWindow;
	readonly incidents: readonly { readonly categoryKey: CategoryKey; readonly reportedAt: Date }[];
	readonly blockedAttempts: readonly { readonly kind: string; readonly at: Date }[];
	readonly moderationDecisions: readonly { readonly submittedAt: Date; readonly decidedAt: Date }[];
	readonly lessonCoverage: LessonCoverageSummary;
}

export interface TermReport {
	readonly schoolName: string;
	readonly term: TermWindow;
	readonly incidentsByCategory: readonly { readonly key: CategoryKey; readonly title: string; readonly count: number }[];
	readonly blockedAttemptsByKind: readonly { readonly kind: string; readonly count: number }[];
	readonly moderation: { readonly decided: number; readonly medianMs: number | null; readonly p95Ms: number | null };
	readonly lessonCoverage: LessonCoverageSummary;
}

const inTerm = (term: TermWindow, at: Date): boolean => at >= term.start && at < term.end;

function countBlocked(input: TermReportInput): { kind: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const attempt of input.blockedAttempts) {
		if (inTerm(input.term, attempt.at)) counts.set(attempt.kind, (counts.get(attempt.kind) ?? 0) + 1);
	}
	return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
}

export function buildTermReport(input: TermReportInput): TermReport {
	const incidents = input.incidents.filter((i) => inTerm(input.term, i.reportedAt));
	const incidentsByCategory = ALL_CATEGORIES.map((c) => ({
		key: c.key,
		title: `${c.audience === 'pupil' ? 'Pupil' : 'Staff'} ${c.code}: ${c.title}`,
		count: incidents.filter((i) => i.categoryKey === c.key).length
	}));
	// A clock a little behind can put a decision before its submission; that is no wait, not a negative one.
	const waits = input.moderationDecisions
		.filter((d) => inTerm(input.term, d.decidedAt))
		.map((d) => Math.max(0, d.decidedAt.getTime() - d.submittedAt.getTime()));
	return {
		schoolName: input.schoolName,
		term: input.term,
		incidentsByCategory,
		blockedAttemptsByKind: countBlocked(input),
		moderation: { decided: waits.length, medianMs: percentileNearestRank(waits, 50), p95Ms: percentileNearestRank(waits, 95) },
		lessonCoverage: input.lessonCoverage
	};
}

const minutes = (ms: number | null): CsvCell => (ms === null ? null : Math.round(ms / 6_000) / 10);
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** One table with three columns (section, item, value) that opens cleanly in any spreadsheet. */
export function renderTermReportCsv(report: TermReport): string {
	const { term, moderation, lessonCoverage: lessons } = report;
	const rows: CsvCell[][] = [
		['Section', 'Item', 'Value'],
		['Report', 'School', report.schoolName],
		['Report', 'Term', term.name],
		['Report', 'From', isoDay(term.start)],
		['Report', 'Until (not including)', isoDay(term.end)],
		...report.incidentsByCategory.map((c): CsvCell[] => ['Incidents', c.title, c.count]),
		...report.blockedAttemptsByKind.map((b): CsvCell[] => ['Blocked attempts', b.kind, b.count]),
		['Moderation', 'Decisions', moderation.decided],
		['Moderation', 'Median minutes to decision', minutes(moderation.medianMs)],
		['Moderation', '95th percentile minutes to decision', minutes(moderation.p95Ms)],
		['Lesson coverage', 'Target minutes per pupil', lessons.targetMinutes],
		['Lesson coverage', 'Pupils counted', lessons.pupilsCounted],
		['Lesson coverage', 'Pupils meeting the target', lessons.pupilsMeetingTarget]
	];
	return toCsv(rows);
}
