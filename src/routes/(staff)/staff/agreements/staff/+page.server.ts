// The head's signing list for staff: the same standing the staff gate uses, per person.
import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getStaffSigning } from '$lib/server/agreements/signers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'agreement.publish',
	run: async ({ actor }) => ({ staff: await getStaffSigning(getDb(), actor) })
});
