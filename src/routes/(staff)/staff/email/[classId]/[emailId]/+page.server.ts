import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { classInPath } from '$lib/server/http/path-resources';
import { isUuid } from '$lib/server/auth/resources';
import { readEmail } from '$lib/server/email/views';
import { emailHasReviewItem } from '$lib/server/email/review-target';
import { takeDown } from '$lib/server/moderation/take-down';
import { NotFoundError } from '$lib/server/errors';
import { can } from '$lib/domain/auth/permissions';
import { takeDownSchema } from '$lib/domain/moderation/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'email.read',
	resource: classInPath,
	notFound: 'That email does not exist.',
	run: async ({ actor, event: { params } }) => {
		if (!isUuid(params.emailId)) throw new NotFoundError('That email does not exist.');
		const email = await readEmail(getDb(), actor, params.emailId);
		const resource = { kind: 'class' as const, schoolId: actor.schoolId, classId: params.classId };
		// Only mail that went through the queue can be taken down (it has an item to record it on).
		const canTakeDown = email.status === 'approved' && can(actor, 'moderation.decide', resource) && (await emailHasReviewItem(getDb(), email.id));
		return { email, classId: params.classId, canTakeDown };
	}
});

export const actions: Actions = {
	takeDown: formAction({
		permission: 'moderation.decide',
		resource: classInPath,
		notFound: 'That class does not exist.',
		schema: takeDownSchema,
		run: async ({ actor, input }) => ({ takenDown: (await takeDown(getDb(), actor, input)).itemId })
	})
};
