import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { InputError } from '$lib/server/errors';
import { draftIncident } from '$lib/server/safeguarding/incident-drafts';
import { createIncident } from '$lib/server/safeguarding/incidents';
import { incidentFormSchema, readList } from '$lib/domain/safeguarding/inputs';
import type { EvidenceSource } from '$lib/server/safeguarding/evidence';
import { hidesRecordsAboutHead } from '$lib/domain/safeguarding/head-allegations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'incident.manage',
	run: async ({ actor, event: { url } }) => {
		const q = (name: string) => url.searchParams.get(name);
		return {
			draft: await draftIncident(getDb(), actor, {
				alertId: q('alert'),
				itemId: q('item'),
				attemptId: q('attempt'),
				pupilId: q('pupil'),
				concernId: q('concern')
			}),
			// Only the DSL records an allegation about the head; the head never sees one.
			mayMarkAboutHead: !hidesRecordsAboutHead(actor.role)
		};
	}
});

function evidenceOf(values: string[]): EvidenceSource[] | null {
	const sources: EvidenceSource[] = [];
	for (const value of values) {
		const [type, id] = value.split(':');
		if ((type !== 'review-item' && type !== 'blocked-attempt' && type !== 'concern') || !id) return null;
		sources.push({ type, id });
	}
	return sources;
}

export const actions: Actions = {
	default: formAction({
		permission: 'incident.manage',
		schema: incidentFormSchema,
		run: async ({ actor, input: d, form }) => {
			const pupilIds = form && readList(form, 'pupilIds');
			const staffIds = form && readList(form, 'staffIds');
			const evidence = evidenceOf((form && readList(form, 'evidence', 20)) ?? ['bad']);
			if (!pupilIds || !staffIds || !evidence) throw new InputError('form', 'Too many people or pieces of evidence on one incident.');
			const created = await createIncident(getDb(), actor, {
				...d,
				pupilIds,
				staffIds,
				actionsTaken: [],
				parentsInformed: d.parentsInformedAt && d.parentsInformedMethod ? { at: d.parentsInformedAt, method: d.parentsInformedMethod } : null,
				evidence,
				alertId: d.alertId
			});
			redirect(303, `/staff/incidents/${created.id}`);
		}
	})
};
