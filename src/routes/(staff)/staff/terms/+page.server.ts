import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { getTermSettings, updateTargetMinutes, updateTermDates } from '$lib/server/curriculum/term-settings';
import { targetMinutesSchema, termDatesSchema } from '$lib/domain/curriculum/inputs';
import { describeTerm } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'school.manage',
	run: async ({ actor }) => {
		const calendar = await getTermSettings(getDb(), actor);
		return {
			yearLabel: calendar.yearLabel,
			targetMinutes: calendar.targetMinutes,
			terms: calendar.terms.map((t) => ({ name: t.name, label: describeTerm(t), startsOn: t.startsOn, endsOn: t.endsOn }))
		};
	}
});

export const actions: Actions = {
	dates: formAction({
		permission: 'school.manage',
		schema: termDatesSchema,
		formName: 'dates',
		run: async ({ actor, input }) => {
			await updateTermDates(getDb(), actor, input);
			return { saved: 'dates' };
		}
	}),
	target: formAction({
		permission: 'school.manage',
		schema: targetMinutesSchema,
		formName: 'target',
		run: async ({ actor, input }) => {
			await updateTargetMinutes(getDb(), actor, input.targetMinutes);
			return { saved: 'target' };
		}
	})
};
