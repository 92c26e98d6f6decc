import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { isUuid } from '$lib/server/auth/resources';
import { readEmail } from '$lib/server/email/views';
import { NotFoundError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const me = guard(locals, 'home.pupil');
	const actor = guard(locals, 'email.read', { kind: 'class', schoolId: me.schoolId, classId: me.classId ?? '' });
	if (!isUuid(params.emailId)) error(404, 'That email does not exist.');
	try {
		return { email: await readEmail(getDb(), actor, params.emailId) };
	} catch (e) {
		if (e instanceof NotFoundError) error(404, e.message);
		throw e;
	}
};
