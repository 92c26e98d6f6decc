// Changing a person after set-up: name, class, parent links, password. Thin: guard, parse,
// call one service, say what changed.
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { loadPeoplePage } from '$lib/server/schools/people-page';
import { movePupil, renameAccount, resetAccountPassword, unlinkParent } from '$lib/server/schools/lifecycle';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { movePupilSchema, renameAccountSchema, resetAccountPasswordSchema, unlinkLinkSchema } from '$lib/domain/schools/lifecycle-inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'account.manage');
	return await loadPeoplePage(getDb(), actor);
};

export const actions: Actions = {
	rename: async ({ locals, request }) => {
		const actor = guard(locals, 'account.manage');
		const parsed = await parseForm(request, renameAccountSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await renameAccount(getDb(), actor, parsed.data);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { done: 'The name has been changed.' };
	},
	move: async ({ locals, request }) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, movePupilSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await movePupil(getDb(), actor, parsed.data.pupilId, parsed.data.classId);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { done: 'The pupil has moved class. Their chat and groups have changed with them.' };
	},
	unlink: async ({ locals, request }) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, unlinkLinkSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			await unlinkParent(getDb(), actor, parsed.data.parentId, parsed.data.pupilId);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		return { done: 'The link has been removed. That parent no longer sees this child.' };
	},
	reset: async ({ locals, request }) => {
		const actor = guard(locals, 'account.manage');
		const parsed = await parseForm(request, resetAccountPasswordSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const reset = await resetAccountPassword(getDb(), actor, parsed.data.userId);
			return { reset };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
