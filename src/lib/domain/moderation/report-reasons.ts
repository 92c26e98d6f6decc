/**
 * Why a pupil tells their teacher about something they received, in their own words.
 *
 * Rules owned here:
 * - a child picks one reason from a short list written for a seven-year-old, and may add
 *   their own words (never required: telling is what matters);
 * - the teacher reads the same reason in adult words beside the child's own.
 */
import { z } from 'zod';

export const REPORT_REASONS = [
	{ code: 'unkind', forChild: 'It is unkind or rude', forTeacher: 'it is unkind or rude' },
	{ code: 'scared', forChild: 'It made me feel scared or worried', forTeacher: 'it made them scared or worried' },
	{ code: 'secret', forChild: 'It asks me to keep a secret', forTeacher: 'it asks them to keep a secret' },
	{ code: 'stranger', forChild: 'I do not know who it is from', forTeacher: 'they do not know who it is from' },
	{ code: 'other', forChild: 'Something else', forTeacher: 'something else' }
] as const;

export type ReportReason = (typeof REPORT_REASONS)[number]['code'];

export const MAX_REPORT_NOTE_LENGTH = 300;

export const reportReasonSchema = z.enum(REPORT_REASONS.map((r) => r.code) as [ReportReason, ...ReportReason[]], {
	message: 'Choose why you are telling your teacher.'
});

/** The teacher's line for one report: who, why, and the child's own words if any. */
export function reportNoteForTeacher(reporter: string, reason: string, words: string | null): string {
	const why = REPORT_REASONS.find((r) => r.code === reason)?.forTeacher ?? 'something else';
	return `${reporter} says ${why}${words ? `: “${words}”` : ''}`;
}
