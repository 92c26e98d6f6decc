// Letters for the parents an import created: each holds an invitation code (the same codes,
// hashing, expiry and /join page as every family invitation) that lets the parent choose
// their own username and password for the account already linked to their children. One
// code per parent; a parent who already has a working code, or has claimed the account,
// gets no new letter. Every code issued is audited, as with any invitation.
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../db';
import { classMemberships, classes, parentInvitations, parentLinks, users } from '../../db/schema';
import type { Actor } from '../../../domain/auth/permissions';
import { createInvitation } from '../../../domain/agreements';
import { assertCan } from '../../auth/authorize';
import { classResource } from '../../auth/resources';
import { currentAcademicYearId } from '../../auth/actor';
import { NO_PASSWORD_YET } from '../../auth/passwords';
import { recordAudit } from '../../audit/record';
import { NotFoundError } from '../../errors';

export interface ClaimLetter {
	parentFirstName: string;
	parentSurname: string;
	email: string | null;
	childFirstName: string;
	className: string;
	code: string;
	expiresAt: Date;
}

export async function issueImportedParentLetters(db: Database, actor: Actor, classId: string, now = new Date()): Promise<ClaimLetter[]> {
	const resource = await classResource(db, classId);
	if (!resource) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'invitation.manage', resource);
	const yearId = await currentAcademicYearId(db, actor.schoolId, now);
	if (!yearId) return [];
	const [cls] = await db.select({ name: classes.name }).from(classes).where(eq(classes.id, classId));
	const rows = await db
		.select({ parentId: users.id, parentFirstName: users.firstName, parentSurname: users.surname, email: users.email, pupilId: classMemberships.pupilId })
		.from(classMemberships)
		.innerJoin(parentLinks, eq(parentLinks.pupilId, classMemberships.pupilId))
		.innerJoin(users, eq(users.id, parentLinks.parentId))
		.where(and(eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId), eq(users.passwordHash, NO_PASSWORD_YET)));
	if (rows.length === 0) return [];
	const open = await db
		.select({ parentId: parentInvitations.parentId })
		.from(parentInvitations)
		.where(
			and(
				inArray(
					parentInvitations.parentId,
					rows.map((r) => r.parentId)
				),
				isNull(parentInvitations.usedAt),
				isNull(parentInvitations.revokedAt),
				gt(parentInvitations.expiresAt, now)
			)
		);
	const covered = new Set(open.map((o) => o.parentId));
	const children = new Map(
		(
			await db
				.select({ id: users.id, firstName: users.firstName })
				.from(users)
				.where(
					inArray(
						users.id,
						rows.map((r) => r.pupilId)
					)
				)
		).map((c) => [c.id, c.firstName])
	);
	const letters: ClaimLetter[] = [];
	await db.transaction(async (tx) => {
		for (const row of rows) {
			if (covered.has(row.parentId)) continue;
			covered.add(row.parentId);
			const { code, invitation } = createInvitation({ id: crypto.randomUUID(), schoolId: actor.schoolId, pupilId: row.pupilId, createdBy: actor.userId, now });
			await tx.insert(parentInvitations).values({ ...invitation, parentId: row.parentId, usedAt: null, usedBy: null, revokedAt: null });
			await recordAudit(tx, {
				schoolId: actor.schoolId,
				actorId: actor.userId,
				action: 'invitation.issued',
				targetType: 'parent_invitation',
				targetId: invitation.id,
				details: { pupilId: row.pupilId, parentId: row.parentId, expiresAt: invitation.expiresAt.toISOString() }
			});
			letters.push({
				parentFirstName: row.parentFirstName,
				parentSurname: row.parentSurname,
				email: row.email,
				childFirstName: children.get(row.pupilId) ?? '',
				className: cls!.name,
				code,
				expiresAt: invitation.expiresAt
			});
		}
	});
	return letters;
}
