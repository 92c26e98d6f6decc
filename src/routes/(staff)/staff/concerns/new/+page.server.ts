import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { logStaffConcern } from '$lib/server/safeguarding/concerns';
import { staffConcernForm } from '$lib/server/safeguarding/concern-forms';
import { readList, staffConcernSchema } from '$lib/domain/safeguarding/inputs';
import { MAX_CONCERN_PUPILS } from '$lib/domain/safeguarding/concerns';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = guard(locals, 'home.staff');
	const form = await staffConcernForm(getDb(), actor);
	const asked = url.searchParams.get('pupil');
	return { ...form, chosen: form.pupils.some((p) => p.id === asked) ? [asked!] : [] };
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = guard(locals, 'home.staff');
		const parsed = await parseForm(request, staffConcernSchema);
		if (!parsed.ok) return parsed.failure;
		const pupilIds = readList(parsed.form, 'pupilIds', MAX_CONCERN_PUPILS);
		if (!pupilIds) return fail(400, { errors: { pupilIds: `Choose up to ${MAX_CONCERN_PUPILS} pupils.` }, values: {} });
		try {
			await logStaffConcern(getDb(), actor, { ...parsed.data, pupilIds });
			return { logged: true };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
