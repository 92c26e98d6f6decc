import { pageLoad } from '$lib/server/http/handlers';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = pageLoad({
	permission: 'home.pupil',
	run: ({ event }) => ({ firstName: event.locals.user!.firstName })
});
