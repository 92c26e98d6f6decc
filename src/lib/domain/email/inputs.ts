// Class email inputs, validated at every edge (form actions) before a service runs.
import { z } from 'zod';
import { COMPOSE_MESSAGES, MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH, parseRecipient } from './compose';
import { normaliseAddress } from './addresses';

const id = z.string().uuid('That does not exist.');

export const composeEmailSchema = z.object({
	to: z.string({ message: COMPOSE_MESSAGES.noRecipient }).refine((v) => parseRecipient(v) !== null, COMPOSE_MESSAGES.noRecipient),
	subject: z
		.string({ message: 'Write a subject.' })
		.trim()
		.min(1, 'Write a subject.')
		.max(MAX_SUBJECT_LENGTH, `Keep the subject to ${MAX_SUBJECT_LENGTH} letters.`)
		.refine((v) => !/[\r\n]/.test(v), 'Keep the subject on one line.'),
	body: z
		.string({ message: 'Write your email.' })
		.trim()
		.min(1, 'Write your email.')
		.max(MAX_BODY_LENGTH, `That is too long: ${MAX_BODY_LENGTH} letters at most.`),
	clientKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'The email could not be sent. Please try again.')
});
export type ComposeEmailInput = z.infer<typeof composeEmailSchema>;

export const contactSchema = z.object({
	name: z.string().trim().min(1, 'Give the contact a name.').max(100, 'Use at most 100 characters.'),
	address: z
		.string()
		.trim()
		.transform((v, ctx) => {
			const address = normaliseAddress(v);
			if (!address) ctx.addIssue({ code: 'custom', message: 'Enter a plain email address, such as learning@museum.example.' });
			return address ?? '';
		}),
	reason: z.string().trim().min(1, 'Say why the class may write to them.').max(300, 'Keep the reason to 300 characters.')
});
export type ContactInput = z.infer<typeof contactSchema>;

export const contactIdSchema = z.object({ contactId: id });
export const emailIdSchema = z.object({ emailId: id });
export const quarantineSchema = z.object({ emailId: id, action: z.enum(['release', 'discard'], { message: 'Choose release or discard.' }) });
