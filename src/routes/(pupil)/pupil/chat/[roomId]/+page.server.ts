import { getDb } from '$lib/server/db';
import { formAction, pageLoad } from '$lib/server/http/handlers';
import { loadRoomPage } from '$lib/server/messaging/room-page';
import { sendChatMessage } from '$lib/server/messaging/send-chat';
import { reportMessage } from '$lib/server/messaging/report';
import { reportSchema, sendChatSchema } from '$lib/domain/messaging/inputs';
import type { Actions, PageServerLoad } from './$types';

// The room itself is checked by each service (chat.read, chat.send, chat.report on its class).
export const load: PageServerLoad = pageLoad({
	permission: 'home.pupil',
	run: ({ actor, event }) => loadRoomPage(getDb(), actor, event.params.roomId)
});

export const actions: Actions = {
	send: formAction({
		permission: 'home.pupil',
		schema: sendChatSchema,
		run: async ({ actor, input }) => ({ result: await sendChatMessage(getDb(), actor, input) })
	}),
	report: formAction({
		permission: 'home.pupil',
		schema: reportSchema,
		run: async ({ actor, input }) => {
			await reportMessage(getDb(), actor, input);
			return { reported: true };
		}
	})
};
