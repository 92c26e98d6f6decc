// The one permission vocabulary. Every load, action, endpoint and socket event asks
// `can(actor, permission, resource)`; nothing else decides who may do what. The first rule
// of every check is the school boundary: no permission ever crosses it.
import type { Role } from './roles';
import { isStaff } from './roles';

export type Permission =
	| 'home.pupil'
	| 'home.parent'
	| 'home.staff'
	| 'school.manage'
	| 'school.read'
	| 'class.read'
	| 'class.roster.manage'
	| 'pupil.read'
	| 'pupil.password.reset'
	| 'chat.read'
	| 'chat.send'
	| 'moderation.decide'
	| 'incident.read'
	| 'incident.manage'
	| 'audit.read'
	| 'lessons.record'
	| 'work.read';

/** Who is asking: built on the server from the session, never from the request body. */
export interface Actor {
	userId: string;
	schoolId: string;
	role: Role;
	/** Classes this teacher teaches this academic year. */
	teachesClassIds: readonly string[];
	/** The pupil's own class this academic year. */
	classId: string | null;
	/** The parent's linked children. */
	childIds: readonly string[];
}

export type Resource =
	| { kind: 'school'; schoolId: string }
	| { kind: 'class'; schoolId: string; classId: string }
	| { kind: 'pupil'; schoolId: string; pupilId: string; classId: string | null };

type Rule = (actor: Actor, resource: Resource) => boolean;

const teachesResourceClass: Rule = (a, r) => {
	const classId = r.kind === 'class' || r.kind === 'pupil' ? r.classId : null;
	return a.role === 'teacher' && classId !== null && a.teachesClassIds.includes(classId);
};
const isRole =
	(...roles: Role[]): Rule =>
	(a) =>
		roles.includes(a.role);
const isSelf: Rule = (a, r) => r.kind === 'pupil' && a.role === 'pupil' && r.pupilId === a.userId;
const isParentOf: Rule = (a, r) =>
	r.kind === 'pupil' && a.role === 'parent' && a.childIds.includes(r.pupilId);
const isMemberOfClass: Rule = (a, r) =>
	r.kind === 'class' && a.role === 'pupil' && a.classId !== null && a.classId === r.classId;
const any =
	(...rules: Rule[]): Rule =>
	(a, r) =>
		rules.some((rule) => rule(a, r));

const RULES: Record<Permission, Rule> = {
	'home.pupil': isRole('pupil'),
	'home.parent': isRole('parent'),
	'home.staff': (a) => isStaff(a.role),
	'school.manage': isRole('admin'),
	'school.read': (a) => isStaff(a.role),
	'class.read': any(isRole('admin', 'dsl'), teachesResourceClass),
	'class.roster.manage': any(isRole('admin'), teachesResourceClass),
	'pupil.read': any(isRole('admin', 'dsl'), teachesResourceClass, isSelf, isParentOf),
	'pupil.password.reset': any(isRole('admin'), teachesResourceClass),
	'chat.read': any(teachesResourceClass, isMemberOfClass, isRole('dsl')),
	'chat.send': any(teachesResourceClass, isMemberOfClass),
	'moderation.decide': any(teachesResourceClass, isRole('dsl')),
	'incident.read': isRole('dsl', 'admin'),
	'incident.manage': isRole('dsl', 'admin'),
	'audit.read': isRole('dsl', 'admin'),
	'lessons.record': any(teachesResourceClass),
	'work.read': any(isSelf, isParentOf, teachesResourceClass)
};

export function can(actor: Actor, permission: Permission, resource: Resource): boolean {
	if (actor.schoolId !== resource.schoolId) return false;
	return RULES[permission](actor, resource);
}

export const ALL_PERMISSIONS = Object.keys(RULES) as Permission[];
