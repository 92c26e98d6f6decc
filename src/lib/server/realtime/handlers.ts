// Socket event handlers. Each one checks its permission with the same helper as the pages,
// parses its input with the same schema as the form action, calls the same service, and
// answers through the ack. The service re-checks the exact room or item.
import type { z } from 'zod';
import { homePermissionFor } from '../../domain/auth/permissions';
import { catchUpSchema, olderSchema, reportSchema, sendChatSchema } from '../../domain/messaging/inputs';
import { decisionSchema } from '../../domain/moderation/inputs';
import type { AckReply } from '../../realtime/events';
import { getDb } from '../db';
import { assertCan, AuthorizationError, ownSchool } from '../auth/authorize';
import { mapServiceError } from '../http/service-errors';
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableText } from '../http/unstorable-text';
import { sendChatMessage } from '../messaging/send-chat';
import { catchUpRoom, readOlder } from '../messaging/history';
import { reportMessage } from '../messaging/report';
import { decideItem } from '../moderation/decide';
import type { RealtimeSocket } from './server';

/** Parses, runs and answers; expected failures become a clear error, anything else a generic one. */
async function answer<S extends z.ZodType, T>(schema: S, input: unknown, ack: unknown, run: (data: z.infer<S>) => Promise<T>): Promise<void> {
	if (typeof ack !== 'function') return;
	const reply = ack as (r: AckReply<T>) => void;
	const unstorable = findUnstorableText(input, 'input');
	if (unstorable) return reply({ ok: false, error: UNSTORABLE_TEXT_MESSAGE, fields: { [unstorable]: UNSTORABLE_TEXT_MESSAGE } });
	const parsed = schema.safeParse(input);
	if (!parsed.success) {
		const fields: Record<string, string> = {};
		for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'input')] ??= issue.message;
		return reply({ ok: false, error: Object.values(fields)[0] ?? 'That could not be read.', fields });
	}
	try {
		reply({ ok: true, data: await run(parsed.data) });
	} catch (e) {
		// The same mapper as pages: input, not found, forbidden, conflict and rate are answered kindly.
		const mapped = mapServiceError(e);
		// An outage is waited out: the client keeps what was typed and tries again.
		if (mapped?.status === 503) return reply({ ok: false, error: mapped.message, retry: true });
		if (mapped) return reply({ ok: false, error: mapped.message, ...(mapped.status === 400 ? { fields: { [mapped.field]: mapped.message } } : {}) });
		console.error('socket handler failed', e);
		reply({ ok: false, error: 'Something went wrong on our side. Please try again.' });
	}
}

function permitted(check: () => void, ack: unknown): boolean {
	try {
		check();
		return true;
	} catch (e) {
		if (typeof ack === 'function' && e instanceof AuthorizationError) ack({ ok: false, error: e.message });
		return false;
	}
}

export function registerHandlers(socket: RealtimeSocket): void {
	// The actor is read at each event: the connection refreshes it (see server.ts).
	socket.on('chat:send', (input, ack) => {
		const actor = socket.data.actor;
		// Sending needs a class of one's own (pupil) or a class taught (teacher); the room is checked by the service.
		if (!permitted(() => assertCan(actor, homePermissionFor(actor.role), ownSchool(actor)), ack)) return;
		void answer(sendChatSchema, input, ack, (data) => sendChatMessage(getDb(), actor, data));
	});
	socket.on('chat:catch-up', (input, ack) => {
		const actor = socket.data.actor;
		if (!permitted(() => assertCan(actor, homePermissionFor(actor.role), ownSchool(actor)), ack)) return;
		void answer(catchUpSchema, input, ack, (data) => catchUpRoom(getDb(), actor, data.roomId, data.cursor));
	});
	socket.on('chat:older', (input, ack) => {
		const actor = socket.data.actor;
		if (!permitted(() => assertCan(actor, homePermissionFor(actor.role), ownSchool(actor)), ack)) return;
		void answer(olderSchema, input, ack, (data) => readOlder(getDb(), actor, data.roomId, data.beforeSeq));
	});
	socket.on('chat:report', (input, ack) => {
		const actor = socket.data.actor;
		if (!permitted(() => assertCan(actor, homePermissionFor(actor.role), ownSchool(actor)), ack)) return;
		void answer(reportSchema, input, ack, async (data) => {
			await reportMessage(getDb(), actor, data);
			return { reported: true as const };
		});
	});
	socket.on('moderation:decide', (input, ack) => {
		const actor = socket.data.actor;
		if (!permitted(() => assertCan(actor, 'moderation.queue', ownSchool(actor)), ack)) return;
		void answer(decisionSchema, input, ack, (data) => decideItem(getDb(), actor, data));
	});
}
