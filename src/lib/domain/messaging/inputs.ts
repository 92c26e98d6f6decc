// Chat and moderation inputs, validated at every edge (form action and socket event alike).
import { z } from 'zod';
import { MAX_CHAT_LENGTH, CHAT_MESSAGES } from './chat-rules';

const id = z.string().uuid('That does not exist.');

export const sendChatSchema = z.object({
	roomId: id,
	body: z
		.string({ message: CHAT_MESSAGES.empty })
		.trim()
		.min(1, CHAT_MESSAGES.empty)
		.max(MAX_CHAT_LENGTH, CHAT_MESSAGES.tooLong)
		// PostgreSQL cannot store U+0000: a clear answer instead of a failed insert.
		.refine((v) => !v.includes('\u0000'), 'That message has a hidden character we cannot keep. Please type it again.'),
	clientKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'The message could not be sent. Please try again.')
});

export const catchUpSchema = z.object({
	roomId: id,
	cursor: z.coerce.number().int().min(0).default(0)
});

export const olderSchema = z.object({
	roomId: id,
	beforeSeq: z.coerce.number().int().min(1)
});

export const reportSchema = z.object({
	messageId: id,
	note: z.string().trim().max(300, 'Please keep it short: 300 letters at most.').optional().default('')
});

export const createGroupSchema = z.object({
	classId: id,
	name: z.string().trim().min(1, 'Give the group a name.').max(40, 'Use at most 40 characters.'),
	pupilIds: z.array(id).min(1, 'Choose at least one pupil.').max(60)
});

export type SendChatInput = z.infer<typeof sendChatSchema>;
