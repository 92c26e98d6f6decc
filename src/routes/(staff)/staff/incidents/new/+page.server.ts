import { error, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { parseForm } from '$lib/server/http/forms';
import { NotFoundError } from '$lib/server/errors';
import { draftIncident } from '$lib/server/safeguarding/incident-drafts';
import { createIncident } from '$lib/server/safeguarding/incidents';
import { failFromSafeguardingError } from '$lib/server/safeguarding/form-errors';
import { incidentFormSchema, readList } from '$lib/domain/safeguarding/inputs';
import type { EvidenceSource } from '$lib/server/safeguarding/evidence';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = guard(locals, 'incident.manage');
	const q = (name: string) => url.searchParams.get(name);
	try {
		return { draft: await draftIncident(getDb(), actor, { alertId: q('alert'), itemId: q('item'), attemptId: q('attempt'), pupilId: q('pupil'), concernId: q('concern') }) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

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
	default: async ({ locals, request }) => {
		const actor = guard(locals, 'incident.manage');
		const parsed = await parseForm(request, incidentFormSchema);
		if (!parsed.ok) return parsed.failure;
		const pupilIds = readList(parsed.form, 'pupilIds');
		const staffIds = readList(parsed.form, 'staffIds');
		const evidence = evidenceOf(readList(parsed.form, 'evidence', 20) ?? ['bad']);
		if (!pupilIds || !staffIds || !evidence) return fail(400, { errors: { form: 'Too many people or pieces of evidence on one incident.' }, values: {} });
		const d = parsed.data;
		let created: { id: string };
		try {
			created = await createIncident(getDb(), actor, {
				...d,
				pupilIds,
				staffIds,
				actionsTaken: [],
				parentsInformed: d.parentsInformedAt && d.parentsInformedMethod ? { at: d.parentsInformedAt, method: d.parentsInformedMethod } : null,
				evidence,
				alertId: d.alertId
			});
		} catch (e) {
			return failFromSafeguardingError(e, parsed.form);
		}
		redirect(303, `/staff/incidents/${created.id}`);
	}
};
