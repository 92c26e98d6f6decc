import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, can, type Actor, type Permission, type Resource } from './permissions';

const SCHOOL = 's1';
const OTHER_SCHOOL = 's2';
const actor = (role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
	userId: `${role}-1`,
	schoolId: SCHOOL,
	role,
	teachesClassIds: [],
	classId: null,
	childIds: [],
	...extra
});

const teacher = actor('teacher', { teachesClassIds: ['c1'] });
const pupil = actor('pupil', { userId: 'p1', classId: 'c1' });
const parent = actor('parent', { childIds: ['p1'] });
const dsl = actor('dsl');
const admin = actor('admin');

const ownClass: Resource = { kind: 'class', schoolId: SCHOOL, classId: 'c1' };
const otherClass: Resource = { kind: 'class', schoolId: SCHOOL, classId: 'c2' };
const ownPupil: Resource = { kind: 'pupil', schoolId: SCHOOL, pupilId: 'p1', classId: 'c1' };
const classmate: Resource = { kind: 'pupil', schoolId: SCHOOL, pupilId: 'p2', classId: 'c1' };
const otherClassPupil: Resource = { kind: 'pupil', schoolId: SCHOOL, pupilId: 'p3', classId: 'c2' };
const school: Resource = { kind: 'school', schoolId: SCHOOL };

// [actor, permission, resource, expected]
const table: [string, Actor, Permission, Resource, boolean][] = [
	['teacher reads own class', teacher, 'class.read', ownClass, true],
	['teacher reads another class', teacher, 'class.read', otherClass, false],
	['teacher reads pupil in own class', teacher, 'pupil.read', ownPupil, true],
	['teacher reads pupil in another class', teacher, 'pupil.read', otherClassPupil, false],
	['teacher resets password in own class', teacher, 'pupil.password.reset', ownPupil, true],
	['teacher resets password in another class', teacher, 'pupil.password.reset', otherClassPupil, false],
	['teacher manages school', teacher, 'school.manage', school, false],
	['teacher reads incidents', teacher, 'incident.read', school, false],
	['teacher decides own class', teacher, 'moderation.decide', ownClass, true],
	['teacher decides another class', teacher, 'moderation.decide', otherClass, false],
	['pupil reads self', pupil, 'pupil.read', ownPupil, true],
	['pupil reads classmate', pupil, 'pupil.read', classmate, false],
	['pupil chats in own class', pupil, 'chat.send', ownClass, true],
	['pupil chats in another class', pupil, 'chat.send', otherClass, false],
	['pupil decides moderation', pupil, 'moderation.decide', ownClass, false],
	['pupil opens staff home', pupil, 'home.staff', school, false],
	['pupil opens parent home', pupil, 'home.parent', school, false],
	['parent reads own child', parent, 'pupil.read', ownPupil, true],
	['parent reads another family', parent, 'pupil.read', classmate, false],
	['parent reads class', parent, 'class.read', ownClass, false],
	['parent sees own child work', parent, 'work.read', ownPupil, true],
	['parent sees another child work', parent, 'work.read', classmate, false],
	['parent opens staff home', parent, 'home.staff', school, false],
	['dsl reads any class', dsl, 'class.read', otherClass, true],
	['dsl reads incidents', dsl, 'incident.read', school, true],
	['dsl manages school', dsl, 'school.manage', school, false],
	['dsl resets pupil passwords', dsl, 'pupil.password.reset', ownPupil, false],
	['admin manages school', admin, 'school.manage', school, true],
	['admin reads audit', admin, 'audit.read', school, true],
	['admin sends chat', admin, 'chat.send', ownClass, false]
];

describe('can()', () => {
	it.each(table)('%s → %s', (_name, who, permission, resource, expected) => {
		expect(can(who, permission, resource)).toBe(expected);
	});

	it('never crosses a school boundary, for any role and permission', () => {
		const everyone = [teacher, pupil, parent, dsl, admin];
		const foreign: Resource[] = [
			{ kind: 'school', schoolId: OTHER_SCHOOL },
			{ kind: 'class', schoolId: OTHER_SCHOOL, classId: 'c1' },
			{ kind: 'pupil', schoolId: OTHER_SCHOOL, pupilId: 'p1', classId: 'c1' }
		];
		for (const who of everyone)
			for (const permission of ALL_PERMISSIONS)
				for (const resource of foreign) expect(can(who, permission, resource)).toBe(false);
	});

	it('gives each role exactly one home', () => {
		const homes = ['home.pupil', 'home.parent', 'home.staff'] as const;
		for (const who of [teacher, pupil, parent, dsl, admin])
			expect(homes.filter((h) => can(who, h, school))).toHaveLength(1);
	});
});
