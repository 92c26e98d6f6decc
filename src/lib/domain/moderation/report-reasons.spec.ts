import { describe, expect, it } from 'vitest';
import { REPORT_REASONS, reportNoteForTeacher, reportReasonSchema } from './report-reasons';

describe('report reasons', () => {
	it('accepts each listed reason and nothing else', () => {
		for (const r of REPORT_REASONS) expect(reportReasonSchema.safeParse(r.code).success).toBe(true);
		expect(reportReasonSchema.safeParse('constructor').success).toBe(false);
		expect(reportReasonSchema.safeParse('').success).toBe(false);
	});

	it('gives the teacher the reason in adult words, with the child’s own words when there are some', () => {
		expect(reportNoteForTeacher('Amira', 'secret', null)).toBe('Amira says it asks them to keep a secret');
		expect(reportNoteForTeacher('Amira', 'scared', 'it said it knows where I live')).toBe(
			'Amira says it made them scared or worried: “it said it knows where I live”'
		);
		expect(reportNoteForTeacher('Amira', 'unknown-code', null)).toBe('Amira says something else');
	});
});
