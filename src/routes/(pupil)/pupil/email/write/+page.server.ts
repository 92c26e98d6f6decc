import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { loadComposePage } from '$lib/server/email/pages';
import { sendClassEmail } from '$lib/server/email/send-email';
import { failFromServiceError, parseForm } from '$lib/server/http/forms';
import { composeEmailSchema } from '$lib/domain/email/inputs';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const me = guard(locals, 'home.pupil');
	if (!me.classId) redirect(303, '/pupil/email');
	const actor = guard(locals, 'email.read', { kind: 'class', schoolId: me.schoolId, classId: me.classId });
	return await loadComposePage(getDb(), actor, me.classId);
};

export const actions: Actions = {
	send: async ({ locals, request }) => {
		const me = guard(locals, 'home.pupil');
		const actor = guard(locals, 'email.send', { kind: 'class', schoolId: me.schoolId, classId: me.classId ?? '' });
		const parsed = await parseForm(request, composeEmailSchema);
		if (!parsed.ok) return parsed.failure;
		let result;
		try {
			result = await sendClassEmail(getDb(), actor, me.classId!, parsed.data);
		} catch (e) {
			return failFromServiceError(e, parsed.form);
		}
		if (result.outcome === 'blocked')
			return fail(400, { errors: { body: result.reason }, blocked: true, values: { to: parsed.data.to, subject: parsed.data.subject, body: parsed.data.body } });
		redirect(303, '/pupil/email?sent=1');
	}
};
