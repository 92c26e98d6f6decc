import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { isUuid } from '$lib/server/auth/resources';
import { readEmail } from '$lib/server/email/views';
import { NotFoundError } from '$lib/server/errors';
import type { Actor, Resource } from '$lib/domain/auth/permissions';
import type { PageServerLoad } from './$types';

const ownClass = ({ actor: me }: { actor: Actor }): Resource => ({ kind: 'class', schoolId: me.schoolId, classId: me.classId ?? '' });

export const load: PageServerLoad = pageLoad({
	permission: 'email.read',
	resource: ownClass,
	run: async ({ actor, event: { params } }) => {
		if (!isUuid(params.emailId)) throw new NotFoundError('That email does not exist.');
		return { email: await readEmail(getDb(), actor, params.emailId) };
	}
});
