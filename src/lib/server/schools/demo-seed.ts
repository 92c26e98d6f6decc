// The demo school a new user meets on first start, plus a second school so the boundary
// between schools can be seen. Idempotent: it does nothing if the demo school exists.
// Every account's password is DEMO_PASSWORD; the README lists the accounts.
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { classMemberships, classTeachers, classes, governorChairs, parentLinks, schools, users } from '../db/schema';
import type { Role } from '../../domain/auth/roles';
import { hashPassword } from '../auth/passwords';
import { recordAudit } from '../audit/record';
import { ensureAcademicYear } from './academic-years';
import { seedDemoAgreements } from '../agreements/demo';
import { insertStarterRisks } from '../leadership/risks';
import { londonDate } from '../../domain/calendar';
import { seedDemoCurriculum } from '../curriculum/demo';
import { seedDemoEmail } from '../email/demo';
import { seedDemoPolicies } from '../leadership/demo-policies';
import { seedDemoSharing } from '../sharing/demo';
import { seedDemoTwoStep } from '../auth/two-step-demo';

export const DEMO_PASSWORD = 'safe-school-demo';

interface SeedPerson {
	username: string;
	firstName: string;
	surname: string;
	role: Role;
}

interface SeedClass {
	name: string;
	yearGroup: number;
	mailbox: string;
	teacher: string;
	pupils: [string, string][];
	pupilPrefix: string;
}

interface SeedSchool {
	name: string;
	slug: string;
	mailDomain: string;
	staff: SeedPerson[];
	classes: SeedClass[];
	parents: (SeedPerson & { child: string })[];
}

export const DEMO_SCHOOLS: SeedSchool[] = [
	{
		name: 'Demo Primary School',
		slug: 'demo',
		mailDomain: 'mail.demo-school.example',
		staff: [
			{ username: 'admin', firstName: 'Helen', surname: 'Clarke', role: 'admin' },
			{ username: 'dsl', firstName: 'Priya', surname: 'Shah', role: 'dsl' },
			{ username: 'teacher.oak', firstName: 'Emma', surname: 'Hughes', role: 'teacher' },
			{ username: 'teacher.ash', firstName: 'Daniel', surname: 'Green', role: 'teacher' },
			{ username: 'governor', firstName: 'Ruth', surname: 'Okafor', role: 'governor' }
		],
		classes: [
			{
				name: 'Year 5 Oak',
				yearGroup: 5,
				mailbox: '5oak',
				teacher: 'teacher.oak',
				pupilPrefix: 'pupil.oak',
				// Two Olivers, so classmates see "Oliver S" and "Oliver B".
				pupils: [
					['Amira', 'Khan'],
					['Oliver', 'Smith'],
					['Grace', "O'Neill"],
					['Jacob', 'Wilson'],
					['Amelia', 'Patel'],
					['Noah', 'Taylor'],
					['Oliver', 'Brown']
				]
			},
			{
				name: 'Year 3 Ash',
				yearGroup: 3,
				mailbox: '3ash',
				teacher: 'teacher.ash',
				pupilPrefix: 'pupil.ash',
				pupils: [
					['Isla', 'Jones'],
					['Harry', 'Evans'],
					['Freya', 'Thomas'],
					['Leo', 'Roberts'],
					['Poppy', 'Walker'],
					['Alfie', 'Wright']
				]
			}
		],
		parents: [
			{ username: 'parent.oak.1', firstName: 'Sarah', surname: 'Khan', role: 'parent', child: 'pupil.oak.1' },
			{ username: 'parent.ash.1', firstName: 'David', surname: 'Jones', role: 'parent', child: 'pupil.ash.1' }
		]
	},
	{
		name: 'Riverside Primary School',
		slug: 'riverside',
		mailDomain: 'mail.riverside-school.example',
		staff: [
			{ username: 'riverside.admin', firstName: 'Mark', surname: 'Bennett', role: 'admin' },
			{ username: 'riverside.teacher', firstName: 'Lucy', surname: 'Fisher', role: 'teacher' }
		],
		classes: [
			{
				name: 'Year 4 Willow',
				yearGroup: 4,
				mailbox: '4willow',
				teacher: 'riverside.teacher',
				pupilPrefix: 'pupil.willow',
				pupils: [
					['Ruby', 'Hall'],
					['George', 'Ward'],
					['Ivy', 'Cooper']
				]
			}
		],
		parents: [{ username: 'parent.willow.1', firstName: 'Tom', surname: 'Hall', role: 'parent', child: 'pupil.willow.1' }]
	}
];

export async function seedDemo(db: Database, now = new Date()): Promise<boolean> {
	const [existing] = await db.select({ id: schools.id }).from(schools).where(eq(schools.slug, 'demo'));
	if (existing) return false;
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	await db.transaction(async (tx) => {
		for (const school of DEMO_SCHOOLS) await seedSchool(tx, school, passwordHash, now);
	});
	return true;
}

async function seedSchool(tx: Transaction, spec: SeedSchool, passwordHash: string, now: Date) {
	const [school] = await tx.insert(schools).values({ name: spec.name, slug: spec.slug, mailDomain: spec.mailDomain }).returning({ id: schools.id });
	const schoolId = school!.id;
	const yearId = await ensureAcademicYear(tx, schoolId, now);
	const ids = new Map<string, string>();
	const addUser = async (p: SeedPerson) => {
		const [u] = await tx
			.insert(users)
			.values({ ...p, schoolId, passwordHash })
			.returning({ id: users.id });
		ids.set(p.username, u!.id);
		return u!.id;
	};
	for (const person of spec.staff) await addUser(person);
	// The safeguarding lead and the head must use two-step sign-in; the demo's use the published secret.
	const leaders = spec.staff.filter((p) => p.role === 'dsl' || p.role === 'admin').map((p) => ids.get(p.username)!);
	await seedDemoTwoStep(tx, schoolId, leaders, now);
	for (const cls of spec.classes) {
		const [c] = await tx
			.insert(classes)
			.values({ schoolId, name: cls.name, yearGroup: cls.yearGroup, mailboxLocalPart: cls.mailbox })
			.returning({ id: classes.id });
		await tx.insert(classTeachers).values({ schoolId, classId: c!.id, teacherId: ids.get(cls.teacher)!, academicYearId: yearId });
		for (const [i, [firstName, surname]] of cls.pupils.entries()) {
			const pupilId = await addUser({ username: `${cls.pupilPrefix}.${i + 1}`, firstName, surname, role: 'pupil' });
			await tx.insert(classMemberships).values({ schoolId, classId: c!.id, pupilId, academicYearId: yearId });
		}
	}
	for (const parent of spec.parents) {
		const parentId = await addUser(parent);
		await tx.insert(parentLinks).values({ schoolId, parentId, pupilId: ids.get(parent.child)! });
	}
	await seedDemoAgreements(tx, schoolId, passwordHash, now);
	await seedDemoCurriculum(tx, schoolId, now);
	await seedDemoEmail(tx, schoolId, now);
	await seedDemoSharing(tx, schoolId, now);
	// The demo school's risk log starts from the starter risks, owned by the DSL.
	const dslId = spec.staff.find((p) => p.role === 'dsl')?.username;
	if (dslId) await insertStarterRisks(tx, schoolId, ids.get(dslId)!, londonDate(new Date(now.getTime() + 60 * 86_400_000)));
	const head = spec.staff.find((p) => p.role === 'admin')?.username;
	const staffIds = spec.staff.filter((p) => p.role !== 'governor').map((p) => ids.get(p.username)!);
	if (head) await seedDemoPolicies(tx, schoolId, ids.get(head)!, staffIds, now);
	// The demo governor chairs the governors: an allegation about the head goes to them.
	const chair = spec.staff.find((p) => p.role === 'governor')?.username;
	if (chair) await tx.insert(governorChairs).values({ schoolId, governorId: ids.get(chair)!, chosenBy: head ? ids.get(head)! : null, chosenAt: now });
	await recordAudit(tx, { schoolId, actorId: null, action: 'school.demo_seeded', details: { slug: spec.slug } });
}
