// Input schemas for school set-up (admin) and roster work (teachers). One schema library,
// zod, validates at every edge; these shapes are shared by forms and services.
import { z } from 'zod';

const name = z
	.string()
	.trim()
	.min(1, 'Enter a name.')
	.max(60, 'Use at most 60 characters.')
	.regex(/^[\p{L}][\p{L}' .-]*$/u, 'Use letters, spaces, hyphens and apostrophes only.');

export const usernameSchema = z
	.string()
	.trim()
	.toLowerCase()
	.min(2, 'Use at least 2 characters.')
	.max(64, 'Use at most 64 characters.')
	.regex(/^[a-z0-9][a-z0-9._-]+$/, 'Use lower-case letters, numbers, dots, hyphens or underscores.');

const password = z.string().min(1, 'Enter a password.').max(200, 'Use at most 200 characters.');
const id = z.string().uuid('Choose from the list.');

export const createClassSchema = z.object({
	name: z.string().trim().min(1, 'Enter a class name.').max(60, 'Use at most 60 characters.'),
	yearGroup: z.coerce.number({ message: 'Choose a year group.' }).int().min(0, 'Choose Reception to Year 6.').max(6, 'Choose Reception to Year 6.'),
	mailboxLocalPart: z
		.string()
		.trim()
		.toLowerCase()
		.regex(/^[a-z0-9][a-z0-9.-]{0,30}$/, 'Use lower-case letters and numbers, e.g. 5oak.')
});

export const createStaffSchema = z.object({
	username: usernameSchema,
	firstName: name,
	surname: name,
	role: z.enum(['teacher', 'dsl', 'admin', 'governor'], { message: 'Choose a role.' }),
	password
});

export const createPupilSchema = z.object({
	username: usernameSchema,
	firstName: name,
	surname: name,
	classId: id,
	password
});

export const createParentSchema = z.object({
	username: usernameSchema,
	firstName: name,
	surname: name,
	pupilId: id,
	password
});

export const linkParentSchema = z.object({ parentId: id, pupilId: id });
export const assignTeacherSchema = z.object({ teacherId: id, classId: id });
export const resetPupilPasswordSchema = z.object({ pupilId: id, password });
export const changePasswordSchema = z
	.object({ currentPassword: password, newPassword: password, confirmPassword: password })
	.refine((v) => v.newPassword === v.confirmPassword, {
		message: 'The two new passwords do not match.',
		path: ['confirmPassword']
	});

export const loginSchema = z.object({
	username: z.string().trim().min(1, 'Enter your username.').max(64, 'That username is too long.'),
	password: z.string().min(1, 'Enter your password.').max(200, 'That password is too long.')
});

export type CreateClassInput = z.infer<typeof createClassSchema>;
export type CreateStaffInput = z.infer<typeof createStaffSchema>;
export type CreatePupilInput = z.infer<typeof createPupilSchema>;
export type CreateParentInput = z.infer<typeof createParentSchema>;
