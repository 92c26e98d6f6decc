import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { isUuid } from '$lib/server/auth/resources';
import { readEmail } from '$lib/server/email/views';
import { reportEmail } from '$lib/server/email/report';
import { NotFoundError } from '$lib/server/errors';
import { REPORT_REASONS } from '$lib/domain/moderation/report-reasons';
import { reportEmailSchema } from '$lib/domain/moderation/inputs';
import type { Actor, Resource } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

const ownClass = ({ actor: me }: { actor: Actor }): Resource => ({ kind: 'class', schoolId: me.schoolId, classId: me.classId ?? '' });

export const load: PageServerLoad = pageLoad({
	permission: 'email.read',
	resource: ownClass,
	run: async ({ actor, event: { params } }) => {
		if (!isUuid(params.emailId)) throw new NotFoundError('That email does not exist.');
		return { email: await readEmail(getDb(), actor, params.emailId), reasons: REPORT_REASONS.map((r) => ({ code: r.code, label: r.forChild })) };
	}
});

export const actions: Actions = {
	// "Tell my teacher": the service checks the email reached this pupil's own class.
	report: formAction({
		permission: 'email.report',
		resource: ownClass,
		schema: reportEmailSchema,
		run: async ({ actor, input }) => {
			await reportEmail(getDb(), actor, input);
			return { reported: true as const };
		}
	})
};
