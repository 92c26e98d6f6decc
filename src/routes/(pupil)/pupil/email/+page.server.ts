import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { assertCan } from '$lib/server/auth/authorize';
import { loadMailboxPage } from '$lib/server/email/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.pupil',
	run: async ({ actor: me, event: { url } }) => {
		if (!me.classId) return { page: null, sent: false };
		const actor = assertCan(me, 'email.read', { kind: 'class', schoolId: me.schoolId, classId: me.classId });
		return { page: await loadMailboxPage(getDb(), actor, me.classId), sent: url.searchParams.get('sent') === '1' };
	}
});
