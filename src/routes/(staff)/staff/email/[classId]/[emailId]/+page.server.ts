import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { classResource, isUuid } from '$lib/server/auth/resources';
import { readEmail } from '$lib/server/email/views';
import { NotFoundError } from '$lib/server/errors';
import { can } from '$lib/domain/auth/permissions';
import { takeDownFromForm } from '$lib/server/moderation/take-down';
import { emailHasReviewItem } from '$lib/server/email/review-target';
import type { Actions, PageServerLoad } from './$types';

async function classOr404(classId: string) {
	const resource = await classResource(getDb(), classId);
	if (!resource) error(404, 'That class does not exist.');
	return resource;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const resource = await classOr404(params.classId);
	if (!isUuid(params.emailId)) error(404, 'That email does not exist.');
	const actor = guard(locals, 'email.read', resource);
	try {
		const email = await readEmail(getDb(), actor, params.emailId);
		const canTakeDown = email.status === 'approved' && can(actor, 'moderation.decide', resource) && (await emailHasReviewItem(getDb(), email.id));
		return { email, classId: params.classId, canTakeDown };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

export const actions: Actions = {
	takeDown: async ({ locals, params, request }) => {
		const actor = guard(locals, 'moderation.decide', await classOr404(params.classId));
		return takeDownFromForm(getDb(), actor, request);
	}
};
