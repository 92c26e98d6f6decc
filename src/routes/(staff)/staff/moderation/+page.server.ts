import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { can } from '$lib/domain/auth/permissions';
import { guard } from '$lib/server/auth/guard';
import { listQueue } from '$lib/server/moderation/queue';
import { decideItem } from '$lib/server/moderation/decide';
import { bulkApproveClean } from '$lib/server/moderation/bulk';
import { AuthorizationError } from '$lib/server/auth/authorize';
import { ConflictError } from '$lib/server/errors';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { bulkApproveSchema, decisionSchema } from '$lib/domain/moderation/inputs';
import { REJECTION_REASONS } from '$lib/domain/moderation/reasons';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'moderation.queue');
	return {
		items: await listQueue(getDb(), actor),
		reasons: REJECTION_REASONS.map((r) => ({ code: r.code, label: r.label })),
		isDsl: actor.role === 'dsl',
		canOpenIncidents: can(actor, 'incident.manage', { kind: 'school', schoolId: actor.schoolId })
	};
};

export const actions: Actions = {
	decide: async ({ locals, request }) => {
		const actor = guard(locals, 'moderation.queue');
		const parsed = await parseForm(request, decisionSchema);
		if (!parsed.ok) return parsed.failure;
		try {
			return { decided: await decideItem(getDb(), actor, parsed.data) };
		} catch (e) {
			if (e instanceof ConflictError) return fail(409, { errors: { form: e.message }, values: {}, itemId: parsed.data.itemId });
			if (e instanceof AuthorizationError) return fail(403, { errors: { form: e.message }, values: {} });
			return failFromServiceError(e, parsed.form);
		}
	},
	bulk: async ({ locals, request }) => {
		const actor = guard(locals, 'moderation.queue');
		const form = await request.formData();
		const items = form.getAll('item').map((v) => {
			const [itemId, expectedVersion] = String(v).split(':');
			return { itemId, expectedVersion };
		});
		const parsed = bulkApproveSchema.safeParse({ items });
		if (!parsed.success) return fail(400, { errors: { form: parsed.error.issues[0]?.message ?? 'Choose items.' }, values: {} });
		return { bulk: await bulkApproveClean(getDb(), actor, parsed.data.items) };
	}
};
