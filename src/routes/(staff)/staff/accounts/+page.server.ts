import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { listAccounts, setAccountDisabled } from '$lib/server/auth/account-status';
import { resetTwoStepFor } from '$lib/server/auth/two-step';
import { accountStatusSchema } from '$lib/domain/auth/inputs';
import { listBouncedAddresses, retryBouncedAddress } from '$lib/server/notifications/bounces';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'account.manage',
	run: async ({ actor }) => {
		const accounts = await listAccounts(getDb(), actor);
		return {
			accounts: accounts.map((a) => ({ ...a, disabledAt: a.disabledAt?.toISOString() ?? null })),
			selfId: actor.userId,
			bounces: await listBouncedAddresses(getDb(), actor)
		};
	}
});

/** Turning off and on: the one service, then say what changed (a ConflictError is a 409). */
function changeStatus(disabled: boolean) {
	return formAction({
		permission: 'account.manage',
		schema: accountStatusSchema,
		run: async ({ actor, input }) => {
			await setAccountDisabled(getDb(), actor, input.userId, disabled);
			return { changed: input.userId, disabled };
		}
	});
}

const bounceSchema = z.object({ bounceId: z.string().uuid('Choose an address.') });

export const actions: Actions = {
	retryBounce: formAction({
		permission: 'account.manage',
		schema: bounceSchema,
		run: async ({ actor, input }) => ({ released: await retryBouncedAddress(getDb(), actor, input.bounceId) })
	}),
	disable: changeStatus(true),
	enable: changeStatus(false),
	resetTwoStep: formAction({
		permission: 'account.manage',
		schema: accountStatusSchema,
		run: async ({ actor, input }) => {
			await resetTwoStepFor(getDb(), actor, input.userId);
			return { twoStepReset: input.userId };
		}
	})
};
