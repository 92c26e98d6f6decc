// Forms for notifications and password reset, shared by routes and services.
import { z } from 'zod';

const email = z.string().trim().toLowerCase().max(254, 'That address is too long.').email('Enter an email address, like name@example.com.');

export const resetRequestSchema = z.object({ email });

export const resetPasswordSchema = z
	.object({
		newPassword: z.string().min(1, 'Enter a new password.').max(200, 'Use at most 200 characters.'),
		confirmPassword: z.string().max(200, 'Use at most 200 characters.')
	})
	.refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords are not the same.' });

const checkbox = z.enum(['on']).optional();

export const preferencesSchema = z.object({
	email: z.union([z.literal(''), email]).transform((v) => (v === '' ? null : v)),
	'topic-queue': checkbox,
	'topic-class-worries': checkbox,
	'topic-family-work': checkbox,
	'topic-family-reminders': checkbox,
	'topic-family-announcements': checkbox,
	digestTime: z
		.string()
		.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Choose a time such as 16:00.')
		.optional()
});

export type PreferencesInput = z.infer<typeof preferencesSchema>;

/** A reset link's token: 32 random bytes in base64url. */
export const resetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** A teacher's note to the families of a class. */
export const announcementSchema = z.object({
	classId: z.string().uuid('Choose a class.'),
	title: z.string().trim().min(3, 'Give the note a short title.').max(120, 'Keep the title to 120 characters or fewer.'),
	body: z.string().trim().min(10, 'Write at least a sentence.').max(4000, 'Keep the note to 4,000 characters or fewer.')
});
export type AnnouncementInput = z.infer<typeof announcementSchema>;

/** The notes a parent has had on screen: marked read by the page once it shows them. */
export const announcementsReadSchema = z.object({
	id: z.array(z.string().uuid('That note is not known.')).min(1, 'No notes to mark.').max(200, 'Too many notes at once.')
});
