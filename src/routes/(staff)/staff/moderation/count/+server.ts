import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { guard } from '$lib/server/auth/guard';
import { countQueue } from '$lib/server/moderation/queue';
import type { RequestHandler } from './$types';

// The staff header's pending count, refetched whenever the queue changes live.
export const GET: RequestHandler = async ({ locals }) => {
	const actor = guard(locals, 'moderation.queue');
	return json({ pending: await countQueue(getDb(), actor) });
};
