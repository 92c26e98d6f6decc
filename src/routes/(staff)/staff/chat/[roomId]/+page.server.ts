import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { loadRoomPage, reportFromForm, sendFromForm } from '$lib/server/messaging/room-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'home.staff');
	return loadRoomPage(getDb(), actor, params.roomId);
};

export const actions: Actions = {
	send: async ({ locals, request }) => {
		const actor = guard(locals, 'home.staff');
		return sendFromForm(getDb(), actor, request);
	},
	report: async ({ locals, request }) => {
		const actor = guard(locals, 'home.staff');
		return reportFromForm(getDb(), actor, request);
	}
};
