import { getDb } from '$lib/server/db';
import { can } from '$lib/domain/auth/permissions';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { loadRoomPage } from '$lib/server/messaging/room-page';
import { sendChatMessage } from '$lib/server/messaging/send-chat';
import { reportMessage } from '$lib/server/messaging/report';
import { takeDown } from '$lib/server/moderation/take-down';
import { reportSchema, sendChatSchema } from '$lib/domain/messaging/inputs';
import { takeDownSchema } from '$lib/domain/moderation/inputs';
import type { Actions, PageServerLoad } from './$types';

// The room itself is checked by each service (chat.read, chat.send, chat.report on its class).
export const load: PageServerLoad = pageLoad({
	permission: 'home.staff',
	run: async ({ actor, event }) => {
		const page = await loadRoomPage(getDb(), actor, event.params.roomId);
		// Who may decide on this class's items may take its messages down (decide.ts checks again).
		return { ...page, canTakeDown: can(actor, 'moderation.decide', { kind: 'class', schoolId: actor.schoolId, classId: page.room.classId }) };
	}
});

export const actions: Actions = {
	send: formAction({
		permission: 'home.staff',
		schema: sendChatSchema,
		run: async ({ actor, input }) => ({ result: await sendChatMessage(getDb(), actor, input) })
	}),
	report: formAction({
		permission: 'home.staff',
		schema: reportSchema,
		run: async ({ actor, input }) => {
			await reportMessage(getDb(), actor, input);
			return { reported: true };
		}
	}),
	takeDown: formAction({
		permission: 'moderation.queue',
		schema: takeDownSchema,
		run: async ({ actor, input }) => ({ takenDown: (await takeDown(getDb(), actor, input)).itemId })
	})
};
