import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { getPupilOverview } from '$lib/server/schools/roster';
import { getPupilProgress } from '$lib/server/curriculum/progress';
import { pupilGateStatus } from '$lib/server/agreements/views';
import { listOwnNotes } from '$lib/server/moderation/pupil-notes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.pupil',
	run: async ({ actor }) => ({
		me: await getPupilOverview(getDb(), actor, actor.userId),
		lessons: (await getPupilProgress(getDb(), actor, actor.userId)).progress,
		gate: await pupilGateStatus(getDb(), actor),
		notes: await listOwnNotes(getDb(), actor.userId)
	})
});
