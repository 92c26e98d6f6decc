import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { pageLoad } from '$lib/server/http/handlers';
import { listRooms } from '$lib/server/messaging/rooms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = pageLoad({
	permission: 'home.pupil',
	run: async ({ actor }) => {
		const rooms = await listRooms(getDb(), actor);
		// Most pupils have one room: take them straight there.
		if (rooms.length === 1) redirect(303, `/pupil/chat/${rooms[0]!.id}`);
		return { rooms };
	}
});
