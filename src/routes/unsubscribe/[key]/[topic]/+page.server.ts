import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { settingsByUnsubscribeKey } from '$lib/server/notifications/settings';
import { unsubscribe } from '$lib/server/notifications/preferences';
import { isOptionalTopic, OPTIONAL_TOPICS } from '$lib/domain/notifications/reasons';
import { publicHandler } from '$lib/server/http/handlers';
import type { Actions, PageServerLoad } from './$types';

// Public: the random key from the email's List-Unsubscribe link is the permission. Opening
// the link only asks; the button turns the topic off (link scanners open links too).
export const load: PageServerLoad = publicHandler(async ({ params }) => {
	if (!isOptionalTopic(params.topic) || !(await settingsByUnsubscribeKey(getDb(), params.key))) error(404, 'This unsubscribe link is not right.');
	return { label: OPTIONAL_TOPICS[params.topic].label };
});

export const actions: Actions = {
	// The body is never read: the key in the address is the permission.
	default: publicHandler(async ({ params }) => {
		if (!(await unsubscribe(getDb(), params.key, params.topic))) error(404, 'This unsubscribe link is not right.');
		return { done: true };
	})
};
