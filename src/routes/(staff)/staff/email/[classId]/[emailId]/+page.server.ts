import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { classInPath } from '$lib/server/http/path-resources';
import { isUuid } from '$lib/server/auth/resources';
import { readEmail } from '$lib/server/email/views';
import { NotFoundError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'email.read',
	resource: classInPath,
	notFound: 'That email does not exist.',
	run: async ({ actor, event: { params } }) => {
		if (!isUuid(params.emailId)) throw new NotFoundError('That email does not exist.');
		return { email: await readEmail(getDb(), actor, params.emailId), classId: params.classId };
	}
});
