import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getPlanner, savePlan } from '$lib/server/curriculum/planner';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { lessonPlanSchema } from '$lib/domain/curriculum/inputs';
import { AGE_BAND_LABELS, ageBandForYearGroup, getStrand, type StrandId } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'school.read');
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
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = guard(locals, 'school.manage');
		const parsed = await parseForm(request, lessonPlanSchema.passthrough());
		if (!parsed.ok) return parsed.failure;
		// The ticked lessons arrive as one value per box.
		const lessonIds = parsed.form.getAll('lessonIds').filter((v): v is string => typeof v === 'string');
		if (lessonIds.some((id) => id.length > 120)) return fail(400, { errors: { lessonIds: 'Choose lessons from the list.' }, values: {} });
		try {
			await savePlan(getDb(), actor, { yearGroup: parsed.data.yearGroup, termName: parsed.data.termName, lessonIds, reset: parsed.data.reset === 'yes' });
			return { saved: `Year ${parsed.data.yearGroup}, ${parsed.data.termName} term` };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
