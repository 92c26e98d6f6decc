import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listStaffMailboxes } from '$lib/server/email/mailboxes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.staff',
	run: async ({ actor }) => {
		const mailboxes = await listStaffMailboxes(getDb(), actor);
		// A class teacher has one mailbox: take them straight to it.
		if (mailboxes.length === 1 && mailboxes[0]!.canRead) redirect(303, `/staff/email/${mailboxes[0]!.classId}`);
		return { mailboxes };
	}
});
