import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listAccounts, setAccountDisabled } from '$lib/server/auth/account-status';
import { resetTwoStepFor } from '$lib/server/auth/two-step';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { ConflictError } from '$lib/server/errors';
import { accountStatusSchema } from '$lib/domain/auth/inputs';
import type { Actor } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'account.manage');
	const accounts = await listAccounts(getDb(), actor);
	return { accounts: accounts.map((a) => ({ ...a, disabledAt: a.disabledAt?.toISOString() ?? null })), selfId: actor.userId };
};

/** Turning off and on: parse, call the one service, say what changed. */
async function changeStatus(actor: Actor, request: Request, disabled: boolean) {
	const parsed = await parseForm(request, accountStatusSchema);
	if (!parsed.ok) return parsed.failure;
	try {
		await setAccountDisabled(getDb(), actor, parsed.data.userId, disabled);
	} catch (e) {
		if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
		return failFromServiceError(e, parsed.form);
	}
	return { changed: parsed.data.userId, disabled };
}

export const actions: Actions = {
	disable: ({ locals, request }) => changeStatus(guard(locals, 'account.manage'), request, true),
	enable: ({ locals, request }) => changeStatus(guard(locals, 'account.manage'), request, false),
	resetTwoStep: async ({ locals, request }) => {
		const actor = guard(locals, 'account.manage');
		const parsed = await parseForm(request, accountStatusSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await resetTwoStepFor(getDb(), actor, parsed.data.userId);
		} catch (e) {
			if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {} });
			return failFromServiceError(e, parsed.form);
		}
		return { twoStepReset: parsed.data.userId };
	}
};
