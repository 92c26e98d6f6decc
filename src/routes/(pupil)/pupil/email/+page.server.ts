import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { loadMailboxPage } from '$lib/server/email/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const me = guard(locals, 'home.pupil');
	if (!me.classId) return { page: null, sent: false };
	const actor = guard(locals, 'email.read', { kind: 'class', schoolId: me.schoolId, classId: me.classId });
	return { page: await loadMailboxPage(getDb(), actor, me.classId), sent: url.searchParams.get('sent') === '1' };
};
