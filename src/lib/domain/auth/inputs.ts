// Input schemas for account management, shared by the form actions and their tests.
import { z } from 'zod';
import { issuerProblem, normaliseDomain, PROVIDER_KINDS } from './school-sign-in';

/** Turning one account off or on: which account, by id. */
export const accountStatusSchema = z.object({
	userId: z.string().uuid('Choose an account from the list.')
});

/** A code from an authenticator app (6 digits) or a recovery code; two-step.ts reads which. */
export const twoStepCodeSchema = z.object({
	code: z.string().trim().min(1, 'Type the code.').max(40, 'That is too long for a code.')
});

/** Proof for a new set of recovery codes: the current password or a current code from the app, either. */
export const newRecoveryCodesSchema = z
	.object({
		password: z.string().max(200, 'That password is too long.').default(''),
		code: z.string().trim().max(40, 'That is too long for a code.').default('')
	})
	.superRefine((value, ctx) => {
		if (!value.password && !value.code)
			ctx.addIssue({ code: 'custom', path: ['password'], message: 'Type your password, or the six numbers your app shows now.' });
	});

/** The school's own staff sign-in, as the admin types it. A blank secret keeps the one saved. */
export const schoolSignInSchema = z.object({
	kind: z.enum(PROVIDER_KINDS, { message: 'Choose Google, Microsoft or another provider.' }),
	issuer: z
		.string()
		.trim()
		.min(1, 'Type the provider’s address.')
		.max(300, 'That address is too long.')
		.superRefine((value, ctx) => {
			const problem = issuerProblem(value);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		}),
	clientId: z.string().trim().min(1, 'Type the client ID the provider gave you.').max(300, 'That client ID is too long.'),
	clientSecret: z.string().trim().max(500, 'That secret is too long.').default(''),
	allowedDomain: z
		.string()
		.max(253, 'That domain is too long.')
		.transform((value, ctx) => {
			const domain = normaliseDomain(value);
			if (!domain) {
				ctx.addIssue({ code: 'custom', message: 'Type your staff’s email domain, e.g. myschool.org.uk' });
				return z.NEVER;
			}
			return domain;
		})
});

/** A member of staff's school address; blank clears it. */
export const staffEmailSchema = z.object({
	userId: z.string().uuid('Choose a member of staff from the list.'),
	email: z
		.string()
		.trim()
		.toLowerCase()
		.max(254, 'That address is too long.')
		.refine((v) => v === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), 'Type an email address, e.g. j.smith@myschool.org.uk')
		.transform((v) => (v === '' ? null : v))
});
