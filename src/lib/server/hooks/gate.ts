// Coarse gate by route group: /staff, /pupil and /parent each belong to one audience.
// Every load, action and endpoint still runs its own guard for the resource it touches;
// this stops a whole part of the site answering the wrong audience, including form
// actions and endpoints that no layout load covers.
import { error, redirect, type Handle } from '@sveltejs/kit';
import type { Permission } from '../../domain/auth/permissions';
import { can } from '../../domain/auth/permissions';

const AREAS: { prefix: string; permission: Permission }[] = [
	{ prefix: '/staff', permission: 'home.staff' },
	{ prefix: '/pupil', permission: 'home.pupil' },
	{ prefix: '/parent', permission: 'home.parent' },
	{ prefix: '/governor', permission: 'home.governor' }
];

export function areaFor(pathname: string): (typeof AREAS)[number] | undefined {
	return AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
}

/** Where a session owing its second step goes, carrying the page it asked for. */
export function secondStepPath(step: 'verify' | 'enrol', next: string): string {
	return `${step === 'verify' ? '/login/two-step' : '/login/enrol'}?next=${encodeURIComponent(next)}`;
}

export const gate: Handle = async ({ event, resolve }) => {
	const area = areaFor(event.url.pathname);
	if (!area) return resolve(event);
	const actor = event.locals.actor;
	if (!actor) {
		// The password was right but the second step is owed: finish that before anything else.
		if (event.locals.secondStep) redirect(303, secondStepPath(event.locals.secondStep.step, event.url.pathname));
		const reason = event.locals.sessionEnded ? `&reason=${event.locals.sessionEnded}` : '';
		redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}${reason}`);
	}
	if (!can(actor, area.permission, { kind: 'school', schoolId: actor.schoolId })) error(403, 'This part of the site is not for your account.');
	return resolve(event);
};
