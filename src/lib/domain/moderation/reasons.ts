/**
 * Rejection reasons a pupil sees when a teacher sends their message back.
 *
 * Rules owned here:
 * - a short fixed list, each with one kind sentence a seven-year-old can read;
 * - a teacher may add their own words, at most 300 characters, and must when
 *   choosing "other" (so the child is never sent back a bare "no");
 * - text is trimmed; control characters other than line breaks are not allowed.
 */
import type { RejectionCode, RejectionReason } from './types';

/** Long enough for two kind sentences, short enough to read on a school iPad. */
export const MAX_REASON_TEXT_LENGTH = 300;

export interface RejectionReasonOption {
	readonly code: RejectionCode;
	/** Short label for the teacher's menu. */
	readonly label: string;
	/** What the child reads. */
	readonly childMessage: string;
}

export const REJECTION_REASONS: readonly RejectionReasonOption[] = [
	{
		code: 'personal-information',
		label: 'Personal information',
		childMessage: 'This has personal information in it. Let’s keep that safe.'
	},
	{
		code: 'might-upset',
		label: 'Might upset someone',
		childMessage: 'This might upset someone. Could you say it in a kinder way?'
	},
	{
		code: 'check-spelling',
		label: 'Check spelling',
		childMessage: 'Please check your spelling and try again.'
	},
	{
		code: 'off-topic',
		label: 'Not about class work',
		childMessage: 'This isn’t about our class work. Let’s save it for another time.'
	},
	{
		code: 'other',
		label: 'Other (write your own)',
		childMessage: 'Your teacher would like you to change this before it is sent.'
	}
];

export type ReasonResult = { readonly ok: true; readonly value: RejectionReason } | { readonly ok: false; readonly error: string };

export function isRejectionCode(value: unknown): value is RejectionCode {
	return REJECTION_REASONS.some((option) => option.code === value);
}

// Line breaks are fine in a teacher's note; other control characters only hide text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/;

export function validateRejectionReason(code: unknown, text?: string | null): ReasonResult {
	if (!isRejectionCode(code)) return { ok: false, error: 'Choose a reason from the list.' };
	const trimmed = (text ?? '').trim();
	if (trimmed.length > MAX_REASON_TEXT_LENGTH) {
		return { ok: false, error: `Keep the note to ${MAX_REASON_TEXT_LENGTH} characters or fewer.` };
	}
	if (CONTROL_CHARACTERS.test(trimmed)) return { ok: false, error: 'The note has hidden characters in it.' };
	if (code === 'other' && trimmed === '') {
		return { ok: false, error: 'Write a few words for the pupil when choosing “other”.' };
	}
	return { ok: true, value: { code, text: trimmed === '' ? null : trimmed } };
}

/** The words the child sees: the kind sentence, then the teacher's own note if any. */
export function childFacingMessage(reason: RejectionReason): string {
	const option = REJECTION_REASONS.find((candidate) => candidate.code === reason.code);
	const base = option?.childMessage ?? 'Your teacher would like you to change this.';
	if (reason.text === null) return base;
	return reason.code === 'other' ? reason.text : `${base} ${reason.text}`;
}
