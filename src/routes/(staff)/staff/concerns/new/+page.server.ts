import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { InputError } from '$lib/server/errors';
import { logStaffConcern } from '$lib/server/safeguarding/concerns';
import { staffConcernForm } from '$lib/server/safeguarding/concern-forms';
import { readList, staffConcernSchema } from '$lib/domain/safeguarding/inputs';
import { MAX_CONCERN_PUPILS } from '$lib/domain/safeguarding/concerns';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.staff',
	run: async ({ actor, event: { url } }) => {
		const form = await staffConcernForm(getDb(), actor);
		const asked = url.searchParams.get('pupil');
		return { ...form, chosen: form.pupils.some((p) => p.id === asked) ? [asked!] : [] };
	}
});

export const actions: Actions = {
	default: formAction({
		permission: 'home.staff',
		schema: staffConcernSchema,
		run: async ({ actor, input, form }) => {
			const pupilIds = form && readList(form, 'pupilIds', MAX_CONCERN_PUPILS);
			if (!pupilIds) throw new InputError('pupilIds', `Choose up to ${MAX_CONCERN_PUPILS} pupils.`);
			await logStaffConcern(getDb(), actor, { ...input, pupilIds });
			return { logged: true };
		}
	})
};
