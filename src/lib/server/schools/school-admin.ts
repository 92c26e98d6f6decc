// School set-up by its admin: classes, staff, pupils, parents and the links between them.
// Each change is checked, audited in the same transaction, and refused whole on bad input.
import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { classMemberships, classTeachers, classes, parentLinks, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { Role } from '../../domain/auth/roles';
import { checkPassword } from '../../domain/auth/password-policy';
import type { CreateClassInput, CreateParentInput, CreatePupilInput, CreateStaffInput } from '../../domain/schools/inputs';
import { assertCan, ownSchool } from '../auth/authorize';
import { hashPassword } from '../auth/passwords';
import { recordAudit } from '../audit/record';
import { InputError, isUniqueViolation } from '../errors';
import { teachingYearOf } from './academic-years';

const ARCHIVED_CLASS = 'That class is from an earlier year. Choose one of this year’s classes.';

async function requireSchoolRow<T extends { schoolId: string }>(rows: Promise<T[]>, actor: Actor, field: string, message: string): Promise<T> {
	const [row] = await rows;
	if (!row || row.schoolId !== actor.schoolId) throw new InputError(field, message);
	return row;
}

export async function createClass(db: Database, actor: Actor, input: CreateClassInput): Promise<string> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	try {
		return await db.transaction(async (tx) => {
			const [created] = await tx
				.insert(classes)
				.values({ ...input, schoolId: actor.schoolId })
				.returning({ id: classes.id });
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'school.class_created',
				targetType: 'class',
				targetId: created!.id,
				details: { name: input.name }
			});
			return created!.id;
		});
	} catch (e) {
		if (isUniqueViolation(e)) throw new InputError('name', 'A class with that name or mailbox already exists.');
		throw e;
	}
}

interface NewAccount {
	username: string;
	firstName: string;
	surname: string;
	password: string;
	role: Role;
}

async function insertAccount(tx: Parameters<Parameters<Database['transaction']>[0]>[0], actor: Actor, account: NewAccount) {
	const check = checkPassword(account.role, account.password, [account.username, account.firstName, account.surname]);
	if (!check.ok) throw new InputError('password', check.message);
	const passwordHash = await hashPassword(account.password);
	try {
		const [created] = await tx
			.insert(users)
			.values({
				schoolId: actor.schoolId,
				username: account.username,
				role: account.role,
				firstName: account.firstName,
				surname: account.surname,
				passwordHash
			})
			.returning({ id: users.id });
		return created!.id;
	} catch (e) {
		if (isUniqueViolation(e)) throw new InputError('username', 'That username is already taken.');
		throw e;
	}
}

export async function createStaff(db: Database, actor: Actor, input: CreateStaffInput): Promise<string> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	return db.transaction(async (tx) => {
		const id = await insertAccount(tx, actor, input);
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.staff_created',
			targetType: 'user',
			targetId: id,
			details: { role: input.role }
		});
		return id;
	});
}

export async function createPupil(db: Database, actor: Actor, input: CreatePupilInput, now = new Date()): Promise<string> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	return db.transaction(async (tx) => {
		const cls = await requireSchoolRow(
			tx.select({ schoolId: classes.schoolId, archivedAt: classes.archivedAt }).from(classes).where(eq(classes.id, input.classId)),
			actor,
			'classId',
			'Choose a class from your school.'
		);
		if (cls.archivedAt) throw new InputError('classId', ARCHIVED_CLASS);
		const id = await insertAccount(tx, actor, { ...input, role: 'pupil' });
		const academicYearId = await teachingYearOf(tx, actor.schoolId, input.classId, now);
		await tx.insert(classMemberships).values({
			schoolId: actor.schoolId,
			classId: input.classId,
			pupilId: id,
			academicYearId
		});
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.pupil_created',
			targetType: 'user',
			targetId: id,
			details: { classId: input.classId }
		});
		return id;
	});
}

async function requirePupil(tx: Parameters<Parameters<Database['transaction']>[0]>[0], actor: Actor, pupilId: string) {
	const pupil = await requireSchoolRow(
		tx.select({ schoolId: users.schoolId, role: users.role }).from(users).where(eq(users.id, pupilId)),
		actor,
		'pupilId',
		'Choose a pupil from your school.'
	);
	if (pupil.role !== 'pupil') throw new InputError('pupilId', 'Choose a pupil from your school.');
}

export async function createParent(db: Database, actor: Actor, input: CreateParentInput): Promise<string> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	return db.transaction(async (tx) => {
		await requirePupil(tx, actor, input.pupilId);
		const id = await insertAccount(tx, actor, { ...input, role: 'parent' });
		await tx.insert(parentLinks).values({ schoolId: actor.schoolId, parentId: id, pupilId: input.pupilId });
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.parent_created',
			targetType: 'user',
			targetId: id,
			details: { pupilId: input.pupilId }
		});
		return id;
	});
}

export async function linkParent(db: Database, actor: Actor, parentId: string, pupilId: string): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		await requirePupil(tx, actor, pupilId);
		const parent = await requireSchoolRow(
			tx.select({ schoolId: users.schoolId, role: users.role }).from(users).where(eq(users.id, parentId)),
			actor,
			'parentId',
			'Choose a parent from your school.'
		);
		if (parent.role !== 'parent') throw new InputError('parentId', 'Choose a parent from your school.');
		const inserted = await tx
			.insert(parentLinks)
			.values({ schoolId: actor.schoolId, parentId, pupilId })
			.onConflictDoNothing()
			.returning({ id: parentLinks.id });
		if (!inserted.length) throw new InputError('pupilId', 'That parent is already linked to that pupil.');
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.parent_linked',
			targetType: 'user',
			targetId: parentId,
			details: { pupilId }
		});
	});
}

export async function assignTeacher(db: Database, actor: Actor, teacherId: string, classId: string): Promise<void> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	await db.transaction(async (tx) => {
		const teacher = await requireSchoolRow(
			tx.select({ schoolId: users.schoolId, role: users.role }).from(users).where(eq(users.id, teacherId)),
			actor,
			'teacherId',
			'Choose a teacher from your school.'
		);
		if (teacher.role !== 'teacher') throw new InputError('teacherId', 'Choose a teacher from your school.');
		const cls = await requireSchoolRow(
			tx.select({ schoolId: classes.schoolId, archivedAt: classes.archivedAt }).from(classes).where(eq(classes.id, classId)),
			actor,
			'classId',
			'Choose a class from your school.'
		);
		if (cls.archivedAt) throw new InputError('classId', ARCHIVED_CLASS);
		const academicYearId = await teachingYearOf(tx, actor.schoolId, classId);
		await tx.insert(classTeachers).values({ schoolId: actor.schoolId, classId, teacherId, academicYearId }).onConflictDoNothing();
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'school.teacher_assigned',
			targetType: 'class',
			targetId: classId,
			details: { teacherId }
		});
	});
}

export interface SchoolPeople {
	staff: { id: string; username: string; firstName: string; surname: string; role: Role }[];
	parents: { id: string; username: string; firstName: string; surname: string }[];
	pupils: { id: string; username: string; firstName: string; surname: string }[];
}

export async function listSchoolPeople(db: Database, actor: Actor): Promise<SchoolPeople> {
	assertCan(actor, 'school.manage', ownSchool(actor));
	const rows = await db
		.select({ id: users.id, username: users.username, firstName: users.firstName, surname: users.surname, role: users.role })
		.from(users)
		.where(eq(users.schoolId, actor.schoolId))
		.orderBy(users.role, users.username);
	return {
		staff: rows.filter((r) => r.role === 'teacher' || r.role === 'dsl' || r.role === 'admin' || r.role === 'governor'),
		parents: rows.filter((r) => r.role === 'parent'),
		pupils: rows.filter((r) => r.role === 'pupil')
	};
}
