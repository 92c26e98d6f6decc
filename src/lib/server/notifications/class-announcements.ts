// Class announcements (issue 16): a class's teacher (or the head) writes a note to the
// families of the class. Nobody moderates it, since it is an adult writing to adults, but it
// is audited, each family is told by email if they want such mail (one sentence and a link:
// the note itself stays behind sign-in), and each parent's first reading is counted so the
// teacher knows how many families have seen it.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { userFullName } from '../db/full-name';
import { announcementReads, classAnnouncements, classMemberships, classes, parentLinks, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import type { AnnouncementInput } from '../../domain/notifications/inputs';
import { assertCan, AuthorizationError } from '../auth/authorize';
import { classResource } from '../auth/resources';
import { currentAcademicYearId } from '../auth/actor';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { notify, wakeSenders } from './notify';
import { markManyOpened } from './alerts';
import type { Channel } from './senders';

export interface ClassAnnouncementView {
	id: string;
	title: string;
	body: string;
	authorName: string;
	createdAt: Date;
	/** Parents who have opened it, of the parents linked to the class's pupils now. */
	read: number;
	families: number;
}

export interface FamilyAnnouncementView {
	id: string;
	className: string;
	title: string;
	body: string;
	authorName: string;
	createdAt: Date;
	read: boolean;
}

/** The parents of this year's pupils in a class. */
async function classParentIds(db: Executor, schoolId: string, classId: string, now: Date): Promise<string[]> {
	const yearId = await currentAcademicYearId(db, schoolId, now);
	if (!yearId) return [];
	const rows = await db
		.selectDistinct({ parentId: parentLinks.parentId })
		.from(parentLinks)
		.innerJoin(classMemberships, eq(classMemberships.pupilId, parentLinks.pupilId))
		.where(and(eq(parentLinks.schoolId, schoolId), eq(classMemberships.classId, classId), eq(classMemberships.academicYearId, yearId)));
	return rows.map((r) => r.parentId);
}

async function writableClass(db: Executor, actor: Actor, classId: string) {
	const resource = await classResource(db, classId);
	if (!resource || resource.schoolId !== actor.schoolId) throw new NotFoundError('That class does not exist.');
	assertCan(actor, 'announcement.write', resource);
	return resource;
}

export async function postAnnouncement(db: Database, actor: Actor, input: AnnouncementInput, now = new Date()): Promise<{ id: string; told: number }> {
	await writableClass(db, actor, input.classId);
	const channels = new Set<Channel>();
	const result = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(classAnnouncements)
			.values({ schoolId: actor.schoolId, classId: input.classId, authorId: actor.userId, title: input.title, body: input.body, createdAt: now })
			.returning({ id: classAnnouncements.id });
		const parents = await classParentIds(tx, actor.schoolId, input.classId, now);
		for (const parentId of parents) {
			const used = await notify(tx, {
				schoolId: actor.schoolId,
				userId: parentId,
				facts: { reason: 'class.announcement' },
				channels: ['email'],
				link: '/parent/announcements',
				target: { type: 'announcement', id: row!.id },
				dedupeKey: `class.announcement:${row!.id}:${parentId}`,
				now
			});
			for (const c of used) channels.add(c);
		}
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'announcement.posted',
			targetType: 'class_announcement',
			targetId: row!.id,
			details: { classId: input.classId, title: input.title, families: parents.length }
		});
		return { id: row!.id, told: parents.length };
	});
	wakeSenders([...channels]);
	return result;
}

export async function listClassAnnouncements(db: Executor, actor: Actor, classId: string, now = new Date()): Promise<ClassAnnouncementView[]> {
	await writableClass(db, actor, classId);
	const rows = await db
		.select({
			id: classAnnouncements.id,
			title: classAnnouncements.title,
			body: classAnnouncements.body,
			createdAt: classAnnouncements.createdAt,
			authorName: userFullName
		})
		.from(classAnnouncements)
		.innerJoin(users, eq(users.id, classAnnouncements.authorId))
		.where(and(eq(classAnnouncements.classId, classId), eq(classAnnouncements.schoolId, actor.schoolId)))
		.orderBy(desc(classAnnouncements.createdAt));
	if (rows.length === 0) return [];
	const parents = await classParentIds(db, actor.schoolId, classId, now);
	const reads = parents.length
		? await db
				.select({ announcementId: announcementReads.announcementId, n: sql<number>`count(*)::int` })
				.from(announcementReads)
				.where(
					and(
						inArray(
							announcementReads.announcementId,
							rows.map((r) => r.id)
						),
						inArray(announcementReads.parentId, parents)
					)
				)
				.groupBy(announcementReads.announcementId)
		: [];
	const readCount = new Map(reads.map((r) => [r.announcementId, r.n]));
	return rows.map((r) => ({ ...r, read: readCount.get(r.id) ?? 0, families: parents.length }));
}

/** The classes this parent's children are in this year. */
async function familyClassIds(db: Executor, actor: Actor, now: Date): Promise<string[]> {
	if (actor.role !== 'parent') throw new AuthorizationError(403, 'Only parents and carers read class announcements here.');
	const yearId = await currentAcademicYearId(db, actor.schoolId, now);
	if (!yearId || actor.childIds.length === 0) return [];
	const rows = await db
		.selectDistinct({ classId: classMemberships.classId })
		.from(classMemberships)
		.where(
			and(eq(classMemberships.schoolId, actor.schoolId), eq(classMemberships.academicYearId, yearId), inArray(classMemberships.pupilId, [...actor.childIds]))
		);
	return rows.map((r) => r.classId);
}

export async function listFamilyAnnouncements(db: Executor, actor: Actor, now = new Date()): Promise<FamilyAnnouncementView[]> {
	const classIds = await familyClassIds(db, actor, now);
	if (classIds.length === 0) return [];
	const rows = await db
		.select({
			id: classAnnouncements.id,
			title: classAnnouncements.title,
			body: classAnnouncements.body,
			createdAt: classAnnouncements.createdAt,
			className: classes.name,
			authorName: userFullName,
			readAt: announcementReads.readAt
		})
		.from(classAnnouncements)
		.innerJoin(classes, eq(classes.id, classAnnouncements.classId))
		.innerJoin(users, eq(users.id, classAnnouncements.authorId))
		.leftJoin(announcementReads, and(eq(announcementReads.announcementId, classAnnouncements.id), eq(announcementReads.parentId, actor.userId)))
		.where(and(eq(classAnnouncements.schoolId, actor.schoolId), inArray(classAnnouncements.classId, classIds)))
		.orderBy(desc(classAnnouncements.createdAt))
		.limit(50);
	return rows.map(({ readAt, ...r }) => ({ ...r, read: readAt !== null }));
}

/** Records that this parent has read these announcements (only ones meant for their family). */
export async function markAnnouncementsRead(db: Database, actor: Actor, ids: readonly string[], now = new Date()): Promise<number> {
	const classIds = await familyClassIds(db, actor, now);
	if (ids.length === 0 || classIds.length === 0) return 0;
	const mine = await db
		.select({ id: classAnnouncements.id })
		.from(classAnnouncements)
		.where(and(eq(classAnnouncements.schoolId, actor.schoolId), inArray(classAnnouncements.id, [...ids]), inArray(classAnnouncements.classId, classIds)));
	if (mine.length === 0) return 0;
	const inserted = await db
		.insert(announcementReads)
		.values(mine.map((m) => ({ announcementId: m.id, parentId: actor.userId, schoolId: actor.schoolId, readAt: now })))
		.onConflictDoNothing()
		.returning({ id: announcementReads.announcementId });
	await markManyOpened(
		db,
		actor.userId,
		'announcement',
		inserted.map((r) => r.id),
		now
	);
	return inserted.length;
}
