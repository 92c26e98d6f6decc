import { guard } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	guard(locals, 'home.pupil');
	return { firstName: locals.user!.firstName };
};
