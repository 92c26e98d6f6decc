import { pageLoad } from '$lib/server/http/handlers';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = pageLoad({
	permission: 'home.parent',
	run: ({ event }) => ({ firstName: event.locals.user!.firstName })
});
