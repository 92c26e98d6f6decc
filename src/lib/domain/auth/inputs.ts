// Input schemas for account management, shared by the form actions and their tests.
import { z } from 'zod';

/** Turning one account off or on: which account, by id. */
export const accountStatusSchema = z.object({
	userId: z.string().uuid('Choose an account from the list.')
});
