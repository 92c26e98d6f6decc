// Framework-free authorisation: services and socket handlers call `assertCan`; SvelteKit
// entry points go through the wrappers in http/handlers.ts, which map these errors to HTTP answers.
import { can, mayHoldSomewhere, type Actor, type Permission, type Resource } from '../../domain/auth/permissions';

const NOT_ALLOWED = 'Sorry, you are not allowed to do that. Nothing was changed.';

export class AuthorizationError extends Error {
	constructor(
		readonly status: 401 | 403,
		message: string
	) {
		super(message);
		this.name = 'AuthorizationError';
	}
}

export function assertCan(actor: Actor | null, permission: Permission, resource: Resource): Actor {
	if (!actor) throw new AuthorizationError(401, 'Please sign in.');
	if (!can(actor, permission, resource)) throw new AuthorizationError(403, NOT_ALLOWED);
	return actor;
}

/** Refuses, as assertCan does, someone who holds the permission for nothing in their school. */
export function assertMayHoldSomewhere(actor: Actor, permission: Permission): Actor {
	if (!mayHoldSomewhere(actor, permission)) throw new AuthorizationError(403, NOT_ALLOWED);
	return actor;
}

/** The actor's own school as a resource, for permissions that are not about one class or pupil. */
export function ownSchool(actor: Actor): Resource {
	return { kind: 'school', schoolId: actor.schoolId };
}
