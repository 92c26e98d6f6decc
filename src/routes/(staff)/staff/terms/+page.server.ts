import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getTermSettings, updateTargetMinutes, updateTermDates } from '$lib/server/curriculum/term-settings';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { targetMinutesSchema, termDatesSchema } from '$lib/domain/curriculum/inputs';
import { describeTerm } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'school.manage');
	const calendar = await getTermSettings(getDb(), actor);
	return {
		yearLabel: calendar.yearLabel,
		targetMinutes: calendar.targetMinutes,
		terms: calendar.terms.map((t) => ({ name: t.name, label: describeTerm(t), startsOn: t.startsOn, endsOn: t.endsOn }))
	};
};

export const actions: Actions = {
	dates: async ({ locals, request }) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, termDatesSchema);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, formName: 'dates' });
		try {
			await updateTermDates(getDb(), actor, parsed.data);
		} catch (e) {
			const failure = failFromServiceError(e, parsed.form);
			return fail(failure.status, { ...failure.data, formName: 'dates' });
		}
		return { saved: 'dates' };
	},
	target: async ({ locals, request }) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, targetMinutesSchema);
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, formName: 'target' });
		try {
			await updateTargetMinutes(getDb(), actor, parsed.data.targetMinutes);
		} catch (e) {
			const failure = failFromServiceError(e, parsed.form);
			return fail(failure.status, { ...failure.data, formName: 'target' });
		}
		return { saved: 'target' };
	}
};
