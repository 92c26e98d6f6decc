// The one guard every SvelteKit load, action and endpoint calls. It wraps `assertCan`
// (authorize.ts), which services and socket handlers call directly.
import { error, redirect } from '@sveltejs/kit';
import type { Actor, Permission, Resource } from '../../domain/auth/permissions';
import { AuthorizationError, assertCan, ownSchool } from './authorize';

export { AuthorizationError, assertCan, ownSchool } from './authorize';

interface GuardLocals {
	actor: Actor | null;
}

/**
 * Guards a load, action or endpoint. Without a resource it checks the permission against
 * the actor's own school. Signed-out visitors are sent to the login page.
 */
export function guard(
	locals: GuardLocals,
	permission: Permission,
	resource?: Resource | ((actor: Actor) => Resource)
): Actor {
	const actor = locals.actor;
	if (!actor) redirect(303, '/login');
	const target = typeof resource === 'function' ? resource(actor) : (resource ?? ownSchool(actor));
	try {
		return assertCan(actor, permission, target);
	} catch (e) {
		if (e instanceof AuthorizationError) error(e.status, e.message);
		throw e;
	}
}
