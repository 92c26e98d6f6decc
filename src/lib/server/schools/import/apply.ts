// Writes a confirmed import plan inside the caller's transaction: classes, then people in
// batches (one INSERT per 500 rows rather than one per person, which is what keeps a
// 2,000-pupil school within seconds), then memberships, teaching and parent links.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '../../db';
import { classMemberships, classTeachers, classes, parentLinks, users } from '../../db/schema';
import type { ImportPlan } from '../../../domain/schools/import/plan';
import { makeMailbox, makeUsername } from '../../../domain/schools/import/usernames';
import { NO_PASSWORD_YET } from '../../auth/passwords';

const BATCH = 500;

function chunks<T>(items: T[]): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
	return out;
}

export interface AppliedImport {
	classesCreated: number;
	peopleCreated: number;
	peopleChanged: number;
}

export async function applyImportPlan(tx: Transaction, schoolId: string, yearId: string, plan: ImportPlan): Promise<AppliedImport> {
	const classIdOfKey = await writeClasses(tx, schoolId, plan);
	const { personIdOfKey, created } = await writePeople(tx, schoolId, plan);
	await writeRelations(tx, schoolId, yearId, plan, classIdOfKey, personIdOfKey);
	return { classesCreated: plan.classWrites.filter((c) => !c.id).length, peopleCreated: created, peopleChanged: plan.personWrites.length - created };
}

async function writeClasses(tx: Transaction, schoolId: string, plan: ImportPlan): Promise<Map<string, string>> {
	const existing = await tx
		.select({ id: classes.id, key: classes.externalKey, mailbox: classes.mailboxLocalPart })
		.from(classes)
		.where(eq(classes.schoolId, schoolId));
	const mailboxes = new Set(existing.map((c) => c.mailbox));
	const idOfKey = new Map(existing.filter((c) => c.key).map((c) => [c.key!, c.id]));
	for (const c of plan.classWrites.filter((w) => w.id)) {
		await tx
			.update(classes)
			.set({ name: c.name, yearGroup: c.yearGroup, externalKey: c.key })
			.where(and(eq(classes.id, c.id!), eq(classes.schoolId, schoolId)));
		idOfKey.set(c.key, c.id!);
	}
	const fresh = plan.classWrites.filter((w) => !w.id);
	if (fresh.length) {
		const rows = await tx
			.insert(classes)
			.values(
				fresh.map((c) => ({
					schoolId,
					name: c.name,
					yearGroup: c.yearGroup,
					externalKey: c.key,
					mailboxLocalPart: makeMailbox(c.name, c.yearGroup, mailboxes)
				}))
			)
			.returning({ id: classes.id, key: classes.externalKey });
		for (const r of rows) idOfKey.set(r.key!, r.id);
	}
	return idOfKey;
}

async function writePeople(tx: Transaction, schoolId: string, plan: ImportPlan) {
	const personIdOfKey = new Map(
		(
			await tx
				.select({ id: users.id, key: users.externalKey })
				.from(users)
				.where(and(eq(users.schoolId, schoolId), sql`${users.externalKey} is not null`))
		).map((r) => [r.key!, r.id])
	);
	for (const w of plan.personWrites.filter((p) => p.id)) {
		const p = w.person;
		await tx
			.update(users)
			.set({
				externalKey: p.key,
				firstName: p.firstName,
				surname: p.surname,
				...(p.email ? { email: p.email } : {}),
				...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {})
			})
			.where(and(eq(users.id, w.id!), eq(users.schoolId, schoolId)));
		personIdOfKey.set(p.key, w.id!);
	}
	const fresh = plan.personWrites.filter((w) => !w.id).map((w) => w.person);
	if (fresh.length) {
		// Usernames are unique across every school, so every one in use is avoided.
		const taken = new Set((await tx.select({ u: sql<string>`lower(${users.username})` }).from(users)).map((r) => r.u));
		for (const batch of chunks(fresh)) {
			const rows = await tx
				.insert(users)
				.values(
					batch.map((p) => ({
						schoolId,
						externalKey: p.key,
						role: p.role,
						username: makeUsername(p.role, p.firstName, p.surname, taken),
						firstName: p.firstName,
						surname: p.surname,
						email: p.email,
						dateOfBirth: p.dateOfBirth,
						passwordHash: NO_PASSWORD_YET
					}))
				)
				.returning({ id: users.id, key: users.externalKey });
			for (const r of rows) personIdOfKey.set(r.key!, r.id);
		}
	}
	return { personIdOfKey, created: fresh.length };
}

async function writeRelations(
	tx: Transaction,
	schoolId: string,
	yearId: string,
	plan: ImportPlan,
	classIdOfKey: Map<string, string>,
	idOfKey: Map<string, string>
) {
	const memberships: (typeof classMemberships.$inferInsert)[] = [];
	const teaching: (typeof classTeachers.$inferInsert)[] = [];
	const links: (typeof parentLinks.$inferInsert)[] = [];
	for (const { person: p, dropClassKeys, unlinkChildKeys } of plan.personWrites) {
		const id = idOfKey.get(p.key)!;
		if (p.role === 'pupil') memberships.push({ schoolId, pupilId: id, classId: classIdOfKey.get(p.classKeys[0]!)!, academicYearId: yearId });
		if (p.role === 'teacher') {
			for (const k of p.classKeys) teaching.push({ schoolId, teacherId: id, classId: classIdOfKey.get(k)!, academicYearId: yearId });
			const dropped = dropClassKeys.map((k) => classIdOfKey.get(k)!).filter(Boolean);
			if (dropped.length)
				await tx
					.delete(classTeachers)
					.where(and(eq(classTeachers.teacherId, id), eq(classTeachers.academicYearId, yearId), inArray(classTeachers.classId, dropped)));
		}
		if (p.role === 'parent') {
			for (const k of p.childKeys) links.push({ schoolId, parentId: id, pupilId: idOfKey.get(k)! });
			const unlinked = unlinkChildKeys.map((k) => idOfKey.get(k)!).filter(Boolean);
			if (unlinked.length) await tx.delete(parentLinks).where(and(eq(parentLinks.parentId, id), inArray(parentLinks.pupilId, unlinked)));
		}
	}
	for (const batch of chunks(memberships))
		await tx
			.insert(classMemberships)
			.values(batch)
			.onConflictDoUpdate({ target: [classMemberships.pupilId, classMemberships.academicYearId], set: { classId: sql`excluded.class_id` } });
	for (const batch of chunks(teaching)) await tx.insert(classTeachers).values(batch).onConflictDoNothing();
	for (const batch of chunks(links)) await tx.insert(parentLinks).values(batch).onConflictDoNothing();
}
