// Helpers for the agreements tests: reload an actor (the gate is computed when the actor is
// built, as on every request) and check a pupil's gated permissions in one call.
import type { Database } from '../../../src/lib/server/db';
import { loadActor } from '../../../src/lib/server/auth/actor';
import { can, type Actor, type Permission } from '../../../src/lib/domain/auth/permissions';
import type { TestSchool, TestUser } from '../support/factories';

export async function actorOf(db: Database, school: TestSchool, user: TestUser, now = new Date()): Promise<Actor> {
	return loadActor(db, { id: user.id, schoolId: school.id, role: user.role, username: user.username, firstName: '', surname: '' }, now);
}

export const PUPIL_FEATURES: Permission[] = ['chat.send', 'email.send', 'work.share'];

/** Each gated pupil feature, as every guarded entry point sees it. */
export function pupilFeatures(actor: Actor): Record<string, boolean> {
	const classRes = { kind: 'class' as const, schoolId: actor.schoolId, classId: actor.classId ?? 'none' };
	const self = { kind: 'pupil' as const, schoolId: actor.schoolId, pupilId: actor.userId, classId: actor.classId };
	return {
		'chat.send': can(actor, 'chat.send', classRes),
		'email.send': can(actor, 'email.send', classRes),
		'work.share': can(actor, 'work.share', self)
	};
}

export const ALL_OPEN = { 'chat.send': true, 'email.send': true, 'work.share': true };
export const ALL_CLOSED = { 'chat.send': false, 'email.send': false, 'work.share': false };
