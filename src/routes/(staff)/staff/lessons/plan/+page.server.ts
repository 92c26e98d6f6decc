import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { getPlanner, savePlan } from '$lib/server/curriculum/planner';
import { lessonPlanSchema } from '$lib/domain/curriculum/inputs';
import { AGE_BAND_LABELS, ageBandForYearGroup, getStrand, type StrandId } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'school.read',
	run: async ({ actor }) => {
		const planner = await getPlanner(getDb(), actor);
		return {
			targetMinutes: planner.targetMinutes,
			canEdit: planner.canEdit,
			years: planner.years.map((y) => ({
				yearGroup: y.yearGroup,
				band: AGE_BAND_LABELS[ageBandForYearGroup(y.yearGroup)],
				terms: y.terms.map((t) => ({
					termName: t.termName,
					minutes: t.minutes,
					fromSchool: t.fromSchool,
					lessons: t.lessons.map((l) => ({ id: l.id, title: l.title, minutes: l.durationMinutes, strand: getStrand(l.strand as StrandId).name }))
				})),
				choices: y.choices
			}))
		};
	}
});

export const actions: Actions = {
	default: formAction({
		permission: 'school.manage',
		schema: lessonPlanSchema,
		lists: ['lessonIds'],
		run: async ({ actor, input }) => {
			await savePlan(getDb(), actor, { yearGroup: input.yearGroup, termName: input.termName, lessonIds: input.lessonIds, reset: input.reset === 'yes' });
			return { saved: `Year ${input.yearGroup}, ${input.termName} term` };
		}
	})
};
