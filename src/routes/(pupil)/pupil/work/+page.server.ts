import { fail } from '@sveltejs/kit';
import { can, type Actor, type Resource } from '$lib/domain/auth/permissions';
import { workIdSchema } from '$lib/domain/sharing/inputs';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { createWork } from '$lib/server/sharing/create-work';
import { listOwnWork } from '$lib/server/sharing/pupil-work';
import { shareWork, unshareWork } from '$lib/server/sharing/share';
import { readWorkForm } from '$lib/server/sharing/work-form';
import { InputError, NotFoundError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

const self = (a: Actor): Resource => ({ kind: 'pupil', schoolId: a.schoolId, pupilId: a.userId, classId: a.classId });
const ownClass = (a: Actor): Resource => ({ kind: 'class', schoolId: a.schoolId, classId: a.classId ?? '' });

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'work.read', self);
	const { work, lessons } = await listOwnWork(getDb(), actor);
	return { work, lessons, inClass: actor.classId !== null, canShare: can(actor, 'work.share', self(actor)) };
};

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const actor = guard(locals, 'work.create', ownClass);
		const parsed = await readWorkForm(request);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		// What the pupil typed comes back with any error, so a bad photo never loses their words.
		const values = { kind: parsed.input.kind, title: parsed.input.title, body: parsed.input.body };
		try {
			const result = await createWork(getDb(), actor, parsed.input, parsed.photos);
			if (result.outcome === 'blocked') return fail(400, { errors: { body: result.reason }, values, blocked: true });
			return { created: result.work.title };
		} catch (e) {
			if (e instanceof InputError) return fail(400, { errors: { [e.field]: e.message }, values });
			if (e instanceof NotFoundError) return fail(404, { errors: { form: e.message }, values });
			throw e;
		}
	},
	share: async ({ locals, request }) => {
		const actor = guard(locals, 'work.share', self);
		const parsed = await parseForm(request, workIdSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const work = await shareWork(getDb(), actor, parsed.data.workId);
			return { shared: work.title, status: work.shareStatus };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	},
	unshare: async ({ locals, request }) => {
		// Never gated: a child can always take their own work back.
		const actor = guard(locals, 'work.read', self);
		const parsed = await parseForm(request, workIdSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			const work = await unshareWork(getDb(), actor, parsed.data.workId);
			return { unshared: work.title };
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
	}
};
