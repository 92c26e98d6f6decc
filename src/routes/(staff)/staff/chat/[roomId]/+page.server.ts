import { getDb } from '$lib/server/db';
import { can } from '$lib/domain/auth/permissions';
import { guard } from '$lib/server/auth/guard';
import { loadRoomPage, reportFromForm, sendFromForm } from '$lib/server/messaging/room-page';
import { takeDownFromForm } from '$lib/server/moderation/take-down';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = guard(locals, 'home.staff');
	const page = await loadRoomPage(getDb(), actor, params.roomId);
	// Who may decide on this class's items may take its messages down (decide.ts checks again).
	return { ...page, canTakeDown: can(actor, 'moderation.decide', { kind: 'class', schoolId: actor.schoolId, classId: page.room.classId }) };
};

export const actions: Actions = {
	send: async ({ locals, request }) => {
		const actor = guard(locals, 'home.staff');
		return sendFromForm(getDb(), actor, request);
	},
	report: async ({ locals, request }) => {
		const actor = guard(locals, 'home.staff');
		return reportFromForm(getDb(), actor, request);
	},
	takeDown: async ({ locals, request }) => {
		const actor = guard(locals, 'moderation.queue');
		return takeDownFromForm(getDb(), actor, request);
	}
};
