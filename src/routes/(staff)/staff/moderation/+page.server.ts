import { getDb } from '$lib/server/db';
import { can } from '$lib/domain/auth/permissions';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { listQueue } from '$lib/server/moderation/queue';
import { decideItem } from '$lib/server/moderation/decide';
import { bulkApproveClean } from '$lib/server/moderation/bulk';
import { bulkApproveSchema, decisionSchema } from '$lib/domain/moderation/inputs';
import { REJECTION_REASONS } from '$lib/domain/moderation/reasons';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'moderation.queue',
	run: async ({ actor }) => ({
		items: await listQueue(getDb(), actor),
		reasons: REJECTION_REASONS.map((r) => ({ code: r.code, label: r.label })),
		isDsl: actor.role === 'dsl',
		canOpenIncidents: can(actor, 'incident.manage', { kind: 'school', schoolId: actor.schoolId })
	})
});

// Each ticked box is "<itemId>:<version>"; the list is then checked by the shared schema.
const bulkFormSchema = z.object({
	item: z.preprocess(
		(values) => (Array.isArray(values) ? values.map((v: string) => ({ itemId: v.split(':')[0] ?? '', expectedVersion: v.split(':')[1] ?? '' })) : values),
		bulkApproveSchema.shape.items
	)
});

export const actions: Actions = {
	decide: formAction({
		permission: 'moderation.queue',
		schema: decisionSchema,
		run: async ({ actor, input }) => ({ decided: await decideItem(getDb(), actor, input) })
	}),
	bulk: formAction({
		permission: 'moderation.queue',
		schema: bulkFormSchema,
		lists: ['item'],
		run: async ({ actor, input }) => ({ bulk: await bulkApproveClean(getDb(), actor, input.item) })
	})
};
