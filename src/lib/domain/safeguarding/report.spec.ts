import { describe, expect, it } from 'vitest';
import { escapeCsvCell, toCsv } from './csv';
import { percentileNearestRank } from './percentile';
import { buildTermReport, renderTermReportCsv, type TermReportInput } from './report';

describe('percentileNearestRank', () => {
	const values = [15, 20, 35, 40, 50];
	it('matches the textbook nearest-rank figures', () => {
		expect(percentileNearestRank(values, 5)).toBe(15);
		expect(percentileNearestRank(values, 30)).toBe(20);
		expect(percentileNearestRank(values, 40)).toBe(20);
		expect(percentileNearestRank(values, 50)).toBe(35);
		expect(percentileNearestRank(values, 100)).toBe(50);
		expect(percentileNearestRank(values, 0)).toBe(15);
	});

	it('takes the 95th of 1..20 as 19 and the median of an even list as the lower middle', () => {
		const oneToTwenty = Array.from({ length: 20 }, (_, i) => 20 - i);
		expect(percentileNearestRank(oneToTwenty, 95)).toBe(19);
		expect(percentileNearestRank([4, 1, 3, 2], 50)).toBe(2);
		expect(percentileNearestRank([], 50)).toBeNull();
		expect(() => percentileNearestRank([1], 101)).toThrow(RangeError);
	});
});

describe('CSV', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=SUM(A1:A2)', "'=SUM(A1:A2)"],
		['+44 7700 900123', "'+44 7700 900123"],
		['-1+1', "'-1+1"],
		['@cmd', "'@cmd"],
		['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
		['\t=1', "'\t=1"],
		['', '']
	])('escapes %j as %j', (input, expected) => {
		expect(escapeCsvCell(input)).toBe(expected);
	});

	it('leaves numbers as numbers and writes empty cells for null', () => {
		expect(escapeCsvCell(-3)).toBe('-3');
		expect(escapeCsvCell(null)).toBe('');
		expect(
			toCsv([
				['a', 1],
				[null, 'b,c']
			])
		).toBe('a,1\r\n,"b,c"\r\n');
	});
});

describe('buildTermReport', () => {
	const at = (iso: string): Date => new Date(iso);
	const minutesAfter = (iso: string, m: number): { submittedAt: Date; decidedAt: Date } => ({
		submittedAt: at(iso),
		decidedAt: new Date(at(iso).getTime() + m * 60_000)
	});
	const input: TermReportInput = {
		schoolName: 'Oakfield Primary',
		term: { name: 'Spring 2026', start: at('2026-01-05T00:00:00Z'), end: at('2026-04-01T00:00:00Z') },
		incidents: [
			{ categoryKey: 'pupil-A', reportedAt: at('2026-01-10T10:00:00Z') },
			{ categoryKey: 'pupil-A', reportedAt: at('2026-02-10T10:00:00Z') },
			{ categoryKey: 'staff-A', reportedAt: at('2026-03-01T10:00:00Z') },
			{ categoryKey: 'pupil-D', reportedAt: at('2025-12-10T10:00:00Z') }
		],
		blockedAttempts: [
			{ kind: 'phone', at: at('2026-01-06T10:00:00Z') },
			{ kind: 'postcode', at: at('2026-01-07T10:00:00Z') },
			{ kind: 'phone', at: at('2026-01-08T10:00:00Z') },
			{ kind: 'email', at: at('2026-04-01T00:00:00Z') }
		],
		moderationDecisions: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((m) => minutesAfter('2026-02-01T09:00:00Z', m)),
		lessonCoverage: { targetMinutes: 60, pupilsCounted: 28, pupilsMeetingTarget: 25 }
	};
	const report = buildTermReport(input);

	it('counts incidents in the term for every category', () => {
		expect(report.incidentsByCategory.map((c) => [c.key, c.count])).toEqual([
			['pupil-A', 2],
			['pupil-B', 0],
			['pupil-C', 0],
			['pupil-D', 0],
			['staff-A', 1],
			['staff-B', 0]
		]);
	});

	it('counts blocked attempts by kind, most frequent first, term end excluded', () => {
		expect(report.blockedAttemptsByKind).toEqual([
			{ kind: 'phone', count: 2 },
			{ kind: 'postcode', count: 1 }
		]);
	});

	it('reports median and 95th percentile time to decision', () => {
		expect(report.moderation).toEqual({ decided: 10, medianMs: 5 * 60_000, p95Ms: 10 * 60_000 });
		expect(report.lessonCoverage).toBe(input.lessonCoverage);
	});

	it('renders a CSV for governors, neutralising a hostile school name', () => {
		const csv = renderTermReportCsv(buildTermReport({ ...input, schoolName: '=cmd|calc' }));
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('Section,Item,Value');
		expect(lines[1]).toBe("Report,School,'=cmd|calc");
		expect(lines).toContain('Incidents,Pupil A: Minor misuse,2');
		expect(lines).toContain('Blocked attempts,phone,2');
		expect(lines).toContain('Moderation,Median minutes to decision,5');
		expect(lines).toContain('Lesson coverage,Pupils meeting the target,25');
		expect(csv.endsWith('\r\n')).toBe(true);
	});
});
