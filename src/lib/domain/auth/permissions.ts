// The one permission vocabulary. Every load, action, endpoint and socket event asks
// `can(actor, permission, resource)`; nothing else decides who may do what. The first rule
// of every check is the school boundary: no permission ever crosses it.
import type { Role } from './roles';
import { isStaff } from './roles';
import type { OwedAcknowledgement } from '../leadership/policies';

export type Permission =
	| 'home.pupil'
	| 'home.parent'
	| 'home.staff'
	| 'home.governor'
	| 'report.read'
	| 'school.manage'
	| 'school.read'
	| 'class.read'
	| 'class.roster.manage'
	| 'pupil.read'
	| 'pupil.password.reset'
	| 'chat.read'
	| 'chat.send'
	| 'chat.report'
	| 'chat.groups.manage'
	| 'moderation.queue'
	| 'alerts.read'
	| 'moderation.decide'
	| 'incident.read'
	| 'incident.manage'
	| 'audit.read'
	| 'sanction.apply'
	| 'pupil.export'
	| 'pupil.erase'
	| 'retention.manage'
	| 'lessons.record'
	| 'lessons.read'
	| 'lessons.complete'
	| 'lessons.assign'
	| 'lessons.manage'
	| 'progress.read'
	| 'progress.school'
	| 'work.read'
	| 'work.create'
	| 'work.settings'
	| 'email.read'
	| 'email.send'
	| 'email.report'
	| 'email.contacts.manage'
	| 'email.quarantine.manage'
	| 'work.share'
	| 'agreement.sign'
	| 'agreement.publish'
	| 'agreement.manage'
	| 'consent.record'
	| 'invitation.manage'
	| 'risk.read'
	| 'risk.manage'
	| 'breach.read'
	| 'breach.manage'
	| 'review.read'
	| 'review.manage'
	| 'account.manage'
	| 'account.two_step'
	| 'concern.raise'
	| 'concern.decide'
	| 'policy.read'
	| 'policy.manage'
	| 'policy.acknowledge'
	| 'announcement.write'
	| 'allegation.head';

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
	/**
	 * The agreements gate (src/lib/server/agreements/gate.ts): for a pupil, whether chat,
	 * class email and sharing are open; for staff, whether they may see pupil data.
	 * `missing` holds reason codes. Parents are never gated: always open. For staff,
	 * `owedPolicies` lists every policy version still to acknowledge (only overdue ones close
	 * the gate), read once with the gate.
	 */
	gate: { open: boolean; missing: readonly string[]; owedPolicies?: readonly OwedAcknowledgement[] };
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
const isParentOf: Rule = (a, r) => r.kind === 'pupil' && a.role === 'parent' && a.childIds.includes(r.pupilId);
const isMemberOfClass: Rule = (a, r) => r.kind === 'class' && a.role === 'pupil' && a.classId !== null && a.classId === r.classId;
const any =
	(...rules: Rule[]): Rule =>
	(a, r) =>
		rules.some((rule) => rule(a, r));

const RULES: Record<Permission, Rule> = {
	'home.pupil': isRole('pupil'),
	'home.parent': isRole('parent'),
	'home.staff': (a) => isStaff(a.role),
	'home.governor': isRole('governor'),
	// The termly report holds counts only, never a child: leaders and governors read it.
	'report.read': isRole('dsl', 'admin', 'governor'),
	'school.manage': isRole('admin'),
	'school.read': (a) => isStaff(a.role),
	'class.read': any(isRole('admin', 'dsl'), teachesResourceClass),
	'class.roster.manage': any(isRole('admin'), teachesResourceClass),
	'pupil.read': any(isRole('admin', 'dsl'), teachesResourceClass, isSelf, isParentOf),
	'pupil.password.reset': any(isRole('admin'), teachesResourceClass),
	'chat.read': any(teachesResourceClass, isMemberOfClass, isRole('dsl')),
	'chat.send': any(teachesResourceClass, isMemberOfClass),
	'chat.report': any(teachesResourceClass, isMemberOfClass),
	'chat.groups.manage': teachesResourceClass,
	'moderation.queue': isRole('teacher', 'dsl'),
	'alerts.read': isRole('dsl', 'admin'),
	'moderation.decide': any(teachesResourceClass, isRole('dsl')),
	'incident.read': isRole('dsl', 'admin'),
	'incident.manage': isRole('dsl', 'admin'),
	'audit.read': isRole('dsl', 'admin'),
	// Sanctions and subject-access exports follow an incident: the DSL and the head.
	'sanction.apply': isRole('dsl', 'admin'),
	'pupil.export': isRole('dsl', 'admin'),
	// Erasing a leaver and setting how long records are kept are the head's decisions.
	'pupil.erase': isRole('admin'),
	'retention.manage': isRole('admin'),
	'lessons.record': any(teachesResourceClass),
	// Everyone in the school may read lessons (the school boundary is checked in `can`).
	'lessons.read': () => true,
	// A pupil completes lessons for themselves only.
	'lessons.complete': isSelf,
	'lessons.assign': any(teachesResourceClass, isRole('dsl')),
	'lessons.manage': (a) => isStaff(a.role),
	// A class's minutes grid; a pupil's or parent's own view goes through 'pupil.read'.
	'progress.read': any(teachesResourceClass, isRole('dsl', 'admin')),
	'progress.school': isRole('dsl', 'admin'),
	'work.read': any(isSelf, isParentOf, teachesResourceClass),
	// A pupil makes work in their own class; sharing it is 'work.share' (gated).
	'work.create': isMemberOfClass,
	// Whether clean writing may reach families without approval, per class.
	'work.settings': any(isRole('admin'), teachesResourceClass),
	// The class mailbox: its pupils and teachers, and the DSL who audits every message.
	'email.read': any(teachesResourceClass, isMemberOfClass, isRole('dsl')),
	'email.send': any(teachesResourceClass, isMemberOfClass),
	// "Tell my teacher" on mail the class received: its pupils only (staff take mail down instead).
	'email.report': isMemberOfClass,
	'email.contacts.manage': any(teachesResourceClass, isRole('admin')),
	'email.quarantine.manage': any(teachesResourceClass, isRole('dsl')),
	'work.share': isSelf,
	// Anyone may ask for help about a pupil they are responsible for: the pupil about
	// themselves ("I'm worried", never gated: a child must always be able to ask), a parent
	// about their own child, any member of staff about any pupil of the school.
	'concern.raise': any(isSelf, isParentOf, (a, r) => r.kind === 'pupil' && isStaff(a.role)),
	// Reading concerns and turning them into incidents or closing them: those who run the incident log.
	'concern.decide': isRole('dsl', 'admin'),
	// Everyone signs: staff their own (school resource), a pupil their own, a parent for their child.
	'agreement.sign': any((a, r) => r.kind === 'school' && isStaff(a.role), isSelf, isParentOf),
	'agreement.publish': isRole('admin'),
	// Reminders, paper forms and the signing list for one class.
	'agreement.manage': any(isRole('admin'), teachesResourceClass),
	'consent.record': isParentOf,
	'invitation.manage': any(isRole('admin'), teachesResourceClass),
	// The risk log is the leaders' (head and DSL); it names no child.
	'risk.read': isRole('admin', 'dsl', 'governor'),
	'risk.manage': isRole('admin', 'dsl'),
	// The breach log is the head's, as the school's data protection lead here.
	'breach.read': isRole('admin'),
	'breach.manage': isRole('admin'),
	// The annual e-safety review: leaders answer it, governors read it.
	'review.read': isRole('admin', 'dsl', 'governor'),
	'review.manage': isRole('admin', 'dsl'),
	// Turning accounts off and on again (leavers): the head, for anyone in their school.
	'account.manage': isRole('admin'),
	// The policy register: every member of staff and every governor reads the school's
	// policies; the head writes them; staff acknowledge each new version. None of these is
	// gated, or a member of staff could never reach the policy that opens their gate.
	'policy.read': (a) => isStaff(a.role) || a.role === 'governor',
	'policy.manage': isRole('admin'),
	'policy.acknowledge': (a) => isStaff(a.role),
	// A note to the families of a class: its teachers and the head.
	'announcement.write': any(isRole('admin'), teachesResourceClass),
	// An allegation about the headteacher: governors may ask, and the service lets only the chair
	// of governors through, to those records alone (domain/safeguarding/head-allegations.ts).
	'allegation.head': isRole('governor'),
	// Setting up and turning off one's own two-step sign-in: everyone but pupils (two-step.ts).
	'account.two_step': isRole('teacher', 'dsl', 'admin', 'parent', 'governor')
};

// A pupil may use these only while their own and a parent's signatures count and
// messaging is not paused. Reporting a message is never gated: a child can always ask for help.
const PUPIL_GATED: ReadonlySet<Permission> = new Set<Permission>(['chat.send', 'email.send', 'work.share']);
// Staff touch pupil data or moderate through these, so only after signing the staff agreement.
// 'home.staff' and 'agreement.sign' stay open so an unsigned member of staff can reach the form.
const STAFF_GATED: ReadonlySet<Permission> = new Set<Permission>([
	'school.manage',
	'class.read',
	'class.roster.manage',
	'pupil.read',
	'pupil.password.reset',
	'chat.read',
	'chat.send',
	// A pupil can always report; staff reporting hides a class message, which touches pupils.
	'chat.report',
	'chat.groups.manage',
	'moderation.queue',
	'moderation.decide',
	'alerts.read',
	'incident.read',
	'incident.manage',
	'concern.decide',
	'audit.read',
	'sanction.apply',
	'pupil.export',
	'pupil.erase',
	'retention.manage',
	'lessons.record',
	'lessons.assign',
	'lessons.manage',
	'progress.read',
	'progress.school',
	'work.read',
	'work.settings',
	'email.read',
	'email.send',
	'email.contacts.manage',
	'email.quarantine.manage',
	'agreement.publish',
	'agreement.manage',
	'invitation.manage',
	'risk.read',
	'risk.manage',
	'breach.read',
	'breach.manage',
	'review.read',
	'review.manage',
	'account.manage',
	'announcement.write'
]);

/** False when the actor's agreements gate is closed and the permission is one it guards. */
export function gateAllows(actor: Actor, permission: Permission): boolean {
	const gated = actor.role === 'pupil' ? PUPIL_GATED : isStaff(actor.role) ? STAFF_GATED : null;
	if (!gated || !gated.has(permission)) return true;
	// Fail closed: an actor built without a gate result is treated as unsigned.
	return actor.gate?.open === true;
}

export function can(actor: Actor, permission: Permission, resource: Resource): boolean {
	if (actor.schoolId !== resource.schoolId) return false;
	return RULES[permission](actor, resource) && gateAllows(actor, permission);
}

/**
 * Whether the actor holds the permission for at least one thing in their school: a pupil their
 * own self and class, a parent their children, a teacher their classes and their pupils. A form
 * whose resource is named in its body asks this before reading the body, so someone who could
 * never act learns nothing from its validation errors. The candidates are every shape a rule
 * can grant (see RULES), so this is exactly "some resource would pass `can`".
 */
export function mayHoldSomewhere(actor: Actor, permission: Permission): boolean {
	const schoolId = actor.schoolId;
	const candidates: Resource[] = [
		{ kind: 'school', schoolId },
		// A pupil not named by any relation: role-wide rules, and staff raising a concern.
		{ kind: 'pupil', schoolId, pupilId: '', classId: null },
		...actor.teachesClassIds.flatMap((classId): Resource[] => [
			{ kind: 'class', schoolId, classId },
			{ kind: 'pupil', schoolId, pupilId: '', classId }
		]),
		...(actor.role === 'pupil' ? [{ kind: 'pupil' as const, schoolId, pupilId: actor.userId, classId: actor.classId }] : []),
		...(actor.classId ? [{ kind: 'class' as const, schoolId, classId: actor.classId }] : []),
		...actor.childIds.map((pupilId): Resource => ({ kind: 'pupil', schoolId, pupilId, classId: null }))
	];
	return candidates.some((resource) => can(actor, permission, resource));
}

export const ALL_PERMISSIONS = Object.keys(RULES) as Permission[];

/** The permission that opens a role's own part of the site. */
export function homePermissionFor(role: Role): Permission {
	if (role === 'pupil') return 'home.pupil';
	if (role === 'parent') return 'home.parent';
	if (role === 'governor') return 'home.governor';
	return 'home.staff';
}
