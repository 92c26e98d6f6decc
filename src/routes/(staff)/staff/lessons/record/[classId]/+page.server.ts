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
	run: async ({ actor, event: { params } }) => {
		const form = await getRecordForm(getDb(), actor, params.classId);
		return { form, termLabel: describeTerm(form.term), termDates: describeTermDates(form.term) };
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
			return { recorded: await recordDelivery(getDb(), actor, { ...input, classId: params.classId, presentPupilIds: present.data }) };
		}
	})
};
