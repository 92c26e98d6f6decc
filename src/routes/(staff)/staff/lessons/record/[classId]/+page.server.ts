import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { NO_CLASS, classInPath } from '$lib/server/http/path-resources';
import { InputError } from '$lib/server/errors';
import { getRecordForm } from '$lib/server/curriculum/pages';
import { recordDelivery } from '$lib/server/curriculum/deliveries';
import { presentPupilsSchema, recordDeliverySchema } from '$lib/domain/curriculum/inputs';
import { describeTerm, describeTermDates } from '$lib/domain/curriculum';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'lessons.record',
	resource: classInPath,
	notFound: NO_CLASS,
	run: async ({ actor, event: { params, url } }) => {
		const form = await getRecordForm(getDb(), actor, params.classId);
		// "Record for 5 Oak" on a lesson plan opens the form with that lesson chosen.
		const asked = url.searchParams.get('lesson');
		const preselected = form.lessons.find((l) => l.id === asked)?.id ?? form.lessons[0]?.id ?? '';
		return { form, preselected, termLabel: describeTerm(form.term), termDates: describeTermDates(form.term) };
	}
});

export const actions: Actions = {
	default: formAction({
		permission: 'lessons.record',
		resource: classInPath,
		notFound: NO_CLASS,
		schema: recordDeliverySchema,
		run: async ({ actor, input, form, event: { params } }) => {
			const present = presentPupilsSchema.safeParse(form?.getAll('present') ?? []);
			if (!present.success) throw new InputError('presentPupilIds', 'Tick the pupils who were there.');
			const done = await recordDelivery(getDb(), actor, { ...input, classId: params.classId, presentPupilIds: present.data });
			// Absent pupils are listed on the page for catch-up (they also appear as missed lessons on the grid).
			return { recorded: { ...done, lessonId: input.lessonId, presentPupilIds: present.data } };
		}
	})
};
