// The demo school's agreements: every pupil gets a parent or carer account (parent.<class>.<n>,
// for pupils the base seed left without one), and everyone has signed and given every consent,
// except pupil.oak.6's parent, who has not, so a new user sees the gate closed for that pupil.
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db';
import { parentLinks, users } from '../db/schema';
import { STAFF_ROLES } from '../../domain/auth/roles';
import { recordAudit } from '../audit/record';
import { recordEveryoneSigned } from './set-up';

/** Whose family has not signed in the demo, so the closed gate can be seen. */
export const DEMO_UNSIGNED_FAMILY_OF = 'pupil.oak.6';

const CARER_FIRST_NAMES = [
	'Rachel',
	'James',
	'Fatima',
	'Chris',
	'Joanne',
	'Mohammed',
	'Claire',
	'Gareth',
	'Nadia',
	'Paul',
	'Aisha',
	'Simon',
	'Laura',
	'Tariq',
	'Kerry'
];

async function ensureFamilies(db: Executor, schoolId: string, passwordHash: string) {
	const pupils = await db
		.select({ id: users.id, username: users.username, surname: users.surname })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), eq(users.role, 'pupil')));
	const links = await db.select().from(parentLinks).where(eq(parentLinks.schoolId, schoolId));
	const families: { parentId: string; pupilId: string; pupilUsername: string }[] = [];
	for (const [i, pupil] of pupils.sort((a, b) => a.username.localeCompare(b.username)).entries()) {
		const linked = links.filter((l) => l.pupilId === pupil.id);
		for (const link of linked) families.push({ parentId: link.parentId, pupilId: pupil.id, pupilUsername: pupil.username });
		if (linked.length > 0) continue;
		const [parent] = await db
			.insert(users)
			.values({
				schoolId,
				username: pupil.username.replace(/^pupil\./, 'parent.'),
				role: 'parent',
				firstName: CARER_FIRST_NAMES[i % CARER_FIRST_NAMES.length]!,
				surname: pupil.surname,
				passwordHash
			})
			.returning({ id: users.id });
		await db.insert(parentLinks).values({ schoolId, parentId: parent!.id, pupilId: pupil.id });
		families.push({ parentId: parent!.id, pupilId: pupil.id, pupilUsername: pupil.username });
	}
	return { pupilIds: pupils.map((p) => p.id), families };
}

export async function seedDemoAgreements(db: Executor, schoolId: string, passwordHash: string, now: Date): Promise<void> {
	const { pupilIds, families } = await ensureFamilies(db, schoolId, passwordHash);
	const staff = await db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.schoolId, schoolId), inArray(users.role, [...STAFF_ROLES])));
	await recordEveryoneSigned(db, {
		schoolId,
		staffIds: staff.map((s) => s.id),
		pupilIds,
		families: families.filter((f) => f.pupilUsername !== DEMO_UNSIGNED_FAMILY_OF),
		now
	});
	// Named only in the school that has this pupil: another school's log never names them.
	const unsigned = families.some((f) => f.pupilUsername === DEMO_UNSIGNED_FAMILY_OF) ? DEMO_UNSIGNED_FAMILY_OF : null;
	await recordAudit(db, { schoolId, actorId: null, action: 'agreement.demo_seeded', details: { unsignedFamilyOf: unsigned } });
}
