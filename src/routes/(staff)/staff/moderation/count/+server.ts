import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/handlers';
import { countQueue } from '$lib/server/moderation/queue';
import type { RequestHandler } from './$types';

// The staff header's pending count, refetched whenever the queue changes live.
export const GET: RequestHandler = endpoint({
	permission: 'moderation.queue',
	run: async ({ actor }) => {
		return json({ pending: await countQueue(getDb(), actor) });
	}
});
