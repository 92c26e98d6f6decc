// Moderation inputs, validated at every edge (form action and socket event alike): a decision
// on one item, a bulk approval, and a take-down named by what is taken down.
import { z } from 'zod';
import { MAX_NOTE_LENGTH } from './decision';
import { MAX_REASON_TEXT_LENGTH } from './reasons';
import { MAX_REPORT_NOTE_LENGTH, reportReasonSchema } from './report-reasons';

const id = z.string().uuid('That does not exist.');
const note = z.string().trim().max(MAX_NOTE_LENGTH, `Keep the note to ${MAX_NOTE_LENGTH} characters.`);

export const decisionSchema = z.object({
	itemId: id,
	action: z.enum(['approve', 'reject', 'escalate', 'uphold', 'dismiss', 'take-down'], { message: 'Choose what to do with this item.' }),
	expectedVersion: z.coerce.number().int().min(1),
	reasonCode: z.enum(['personal-information', 'might-upset', 'check-spelling', 'off-topic', 'other']).optional(),
	reasonText: z.string().trim().max(MAX_REASON_TEXT_LENGTH, `Keep the reason to ${MAX_REASON_TEXT_LENGTH} characters.`).optional(),
	note: note.optional()
});

export const bulkApproveSchema = z.object({
	items: z
		.array(z.object({ itemId: id, expectedVersion: z.coerce.number().int().min(1) }))
		.min(1, 'Choose at least one item.')
		.max(200, 'Approve at most 200 at once.')
});

/** Staff take down something already approved: a chat message, a class email or shared work. */
export const takeDownSchema = z.object({
	targetType: z.enum(['chat-message', 'email', 'shared-work'], { message: 'Choose what to take down.' }),
	targetId: id,
	note: note.min(1, 'Say why it is being taken down.')
});

export type DecisionInput = z.infer<typeof decisionSchema>;
export type TakeDownInput = z.infer<typeof takeDownSchema>;

/** "Tell my teacher" on an email the pupil's class received. */
export const reportEmailSchema = z.object({
	emailId: id,
	reason: reportReasonSchema,
	note: z.string().trim().max(MAX_REPORT_NOTE_LENGTH, `Keep it to ${MAX_REPORT_NOTE_LENGTH} characters.`).optional()
});

export type ReportEmailInput = z.infer<typeof reportEmailSchema>;
