import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { assertCan } from '$lib/server/auth/authorize';
import { loadComposePage } from '$lib/server/email/pages';
import { sendClassEmail } from '$lib/server/email/send-email';
import { composeEmailSchema } from '$lib/domain/email/inputs';
import type { Actor, Resource } from '$lib/domain/auth/permissions';
import type { Actions, PageServerLoad } from './$types';

const ownClass = ({ actor: me }: { actor: Actor }): Resource => ({ kind: 'class', schoolId: me.schoolId, classId: me.classId ?? '' });

export const load: PageServerLoad = pageLoad({
	permission: 'home.pupil',
	run: async ({ actor: me }) => {
		if (!me.classId) redirect(303, '/pupil/email');
		const actor = assertCan(me, 'email.read', { kind: 'class', schoolId: me.schoolId, classId: me.classId });
		return await loadComposePage(getDb(), actor, me.classId);
	}
});

export const actions: Actions = {
	send: formAction({
		permission: 'email.send',
		resource: ownClass,
		schema: composeEmailSchema,
		run: async ({ actor, input }) => {
			const result = await sendClassEmail(getDb(), actor, actor.classId!, input);
			if (result.outcome === 'blocked')
				return fail(400, { errors: { body: result.reason }, blocked: true, values: { to: input.to, subject: input.subject, body: input.body } });
			redirect(303, '/pupil/email?sent=1');
		}
	})
};
