// The head's signing list for staff: the same standing the staff gate uses, per person.
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { getStaffSigning } from '$lib/server/agreements/signers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'agreement.publish');
	return { staff: await getStaffSigning(getDb(), actor) };
};
