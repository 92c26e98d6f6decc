// Input schemas for account management, shared by the form actions and their tests.
import { z } from 'zod';

/** Turning one account off or on: which account, by id. */
export const accountStatusSchema = z.object({
	userId: z.string().uuid('Choose an account from the list.')
});

/** A code from an authenticator app (6 digits) or a recovery code; two-step.ts reads which. */
export const twoStepCodeSchema = z.object({
	code: z.string().trim().min(1, 'Type the code.').max(40, 'That is too long for a code.')
});
