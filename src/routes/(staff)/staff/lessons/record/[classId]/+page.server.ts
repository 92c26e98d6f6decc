import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource } from '$lib/server/auth/resources';
import { getRecordForm } from '$lib/server/curriculum/pages';
import { recordDelivery } from '$lib/server/curriculum/deliveries';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { presentPupilsSchema, recordDeliverySchema } from '$lib/domain/curriculum/inputs';
import { describeTerm, describeTermDates } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = guard(locals, 'lessons.record', await classOr404(params.classId));
	const form = await getRecordForm(getDb(), actor, params.classId);
	// "Record for 5 Oak" on a lesson plan opens the form with that lesson chosen.
	const asked = url.searchParams.get('lesson');
	const preselected = form.lessons.find((l) => l.id === asked)?.id ?? form.lessons[0]?.id ?? '';
	return { form, preselected, termLabel: describeTerm(form.term), termDates: describeTermDates(form.term) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const actor = guard(locals, 'lessons.record', await classOr404(params.classId));
		const parsed = await parseForm(request, recordDeliverySchema);
		if (!parsed.ok) return parsed.failure;
		const present = presentPupilsSchema.safeParse(parsed.form.getAll('present'));
		if (!present.success) return fail(400, { errors: { presentPupilIds: 'Tick the pupils who were there.' }, values: {} });
		try {
			const done = await recordDelivery(getDb(), actor, { ...parsed.data, classId: params.classId, presentPupilIds: present.data });
			// Absent pupils are listed on the page for catch-up (they also appear as missed lessons on the grid).
			return { recorded: { ...done, lessonId: parsed.data.lessonId, presentPupilIds: present.data } };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
