import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { listRooms } from '$lib/server/messaging/rooms';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const actor = guard(locals, 'home.pupil');
	const rooms = await listRooms(getDb(), actor);
	// Most pupils have one room: take them straight there.
	if (rooms.length === 1) redirect(303, `/pupil/chat/${rooms[0]!.id}`);
	return { rooms };
};
