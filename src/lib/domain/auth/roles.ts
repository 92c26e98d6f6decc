// The five roles and the groups the product treats alike. Staff share the staff pages and
// the 10-minute lock; pupils and parents each have their own part of the site.
// Governors oversee the school's safeguarding from outside it: they read reports and the risk
// log, never a child's details, so they are not staff and have their own part of the site.
export const ROLES = ['pupil', 'parent', 'teacher', 'dsl', 'admin', 'governor'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ['teacher', 'dsl', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaff(role: Role): role is StaffRole {
	return (STAFF_ROLES as readonly Role[]).includes(role);
}

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
	if (role === 'pupil') return '/pupil';
	if (role === 'parent') return '/parent';
	if (role === 'governor') return '/governor';
	return '/staff';
}

export const ROLE_LABELS: Record<Role, string> = {
	pupil: 'Pupil',
	parent: 'Parent or carer',
	teacher: 'Teacher',
	dsl: 'Safeguarding lead',
	admin: 'School admin',
	governor: 'Governor'
};
