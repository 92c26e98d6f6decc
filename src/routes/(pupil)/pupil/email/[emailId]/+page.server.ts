import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { isUuid } from '$lib/server/auth/resources';
import { readEmail } from '$lib/server/email/views';
import { reportEmailFromForm } from '$lib/server/email/report';
import { NotFoundError } from '$lib/server/errors';
import { REPORT_REASONS } from '$lib/domain/moderation/report-reasons';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const me = guard(locals, 'home.pupil');
	const actor = guard(locals, 'email.read', { kind: 'class', schoolId: me.schoolId, classId: me.classId ?? '' });
	if (!isUuid(params.emailId)) error(404, 'That email does not exist.');
	try {
		return { email: await readEmail(getDb(), actor, params.emailId), reasons: REPORT_REASONS.map((r) => ({ code: r.code, label: r.forChild })) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};

export const actions: Actions = {
	report: async ({ locals, request }) => {
		const me = guard(locals, 'home.pupil');
		const actor = guard(locals, 'email.report', { kind: 'class', schoolId: me.schoolId, classId: me.classId ?? '' });
		return reportEmailFromForm(getDb(), actor, request);
	}
};
