// Demo data for sharing: each demo parent's child writes one piece, shares it, and their
// class teacher approves it, so the family home shows shared work on first start. It goes
// through the same services a pupil and a teacher use, so the screen, the agreements gate,
// the review queue's history and the audit log apply as they would to anyone's: a child
// whose family has not agreed to sharing (the demo's Noah) shares nothing. Writing only
// (no photo files on a fresh machine).
import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { classMemberships, classTeachers, parentLinks, reviewItems, users } from '../db/schema';
import { can, type Actor } from '../../domain/auth/permissions';
import { loadActor } from '../auth/actor';
import { decideItem } from '../moderation/decide';
import { createWork } from './create-work';
import { shareWork } from './share';
import { workResource } from './work-rows';

const DEMO_WORK = {
	title: 'My online safety promise',
	body: 'I will ask a grown-up before I download anything.\nI will keep my password secret, even from friends.\nIf something online upsets me, I will tell my teacher or my family.'
};

async function actorOf(tx: Transaction, userId: string, now: Date): Promise<Actor> {
	const [user] = await tx
		.select({ id: users.id, schoolId: users.schoolId, username: users.username, role: users.role, firstName: users.firstName, surname: users.surname })
		.from(users)
		.where(eq(users.id, userId));
	return loadActor(tx, user!, now);
}

export async function seedDemoSharing(tx: Transaction, schoolId: string, now = new Date()): Promise<void> {
	// The services open their own transactions; inside the seed's they are savepoints, so the
	// demo school is still made whole or not at all.
	const db = tx as Database;
	const links = await tx.select({ pupilId: parentLinks.pupilId }).from(parentLinks).where(eq(parentLinks.schoolId, schoolId));
	for (const pupilId of [...new Set(links.map((l) => l.pupilId))]) {
		const [membership] = await tx
			.select({ classId: classMemberships.classId, teacherId: classTeachers.teacherId })
			.from(classMemberships)
			.innerJoin(classTeachers, eq(classTeachers.classId, classMemberships.classId))
			.where(eq(classMemberships.pupilId, pupilId));
		if (!membership) continue;
		const pupil = await actorOf(tx, pupilId, now);
		if (!can(pupil, 'work.share', workResource({ schoolId, pupilId, classId: membership.classId }))) continue;
		const created = await createWork(db, pupil, { kind: 'writing', ...DEMO_WORK, lessonId: null, showsPeople: false }, [], now);
		if (created.outcome !== 'created') throw new Error(`The demo's shared work was refused: ${created.reason}`);
		await shareWork(db, pupil, created.work.id, now);
		const [item] = await tx
			.select({ id: reviewItems.id, version: reviewItems.version })
			.from(reviewItems)
			.where(and(eq(reviewItems.targetType, 'shared-work'), eq(reviewItems.targetId, created.work.id)));
		const teacher = await actorOf(tx, membership.teacherId, now);
		await decideItem(db, teacher, { itemId: item!.id, action: 'approve', expectedVersion: item!.version }, now);
	}
}
