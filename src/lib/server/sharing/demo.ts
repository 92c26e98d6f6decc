// Demo data for sharing: each demo parent's child has one piece of writing, shared and
// approved by the class teacher, so the family home shows shared work on first start.
// Writing only (no photo files on a fresh machine). Records only; no audit entries,
// because nobody did this.
import { eq } from 'drizzle-orm';
import type { Transaction } from '../db';
import { classMemberships, classTeachers, parentLinks, reviewHistory, reviewItems, workItems } from '../db/schema';

const DEMO_WORK = {
	title: 'My online safety promise',
	body: 'I will ask a grown-up before I download anything.\nI will keep my password secret, even from friends.\nIf something online upsets me, I will tell my teacher or my family.'
};

export async function seedDemoSharing(tx: Transaction, schoolId: string, now = new Date()): Promise<void> {
	const links = await tx.select({ pupilId: parentLinks.pupilId }).from(parentLinks).where(eq(parentLinks.schoolId, schoolId));
	for (const pupilId of [...new Set(links.map((l) => l.pupilId))]) {
		const [membership] = await tx
			.select({ classId: classMemberships.classId, teacherId: classTeachers.teacherId })
			.from(classMemberships)
			.innerJoin(classTeachers, eq(classTeachers.classId, classMemberships.classId))
			.where(eq(classMemberships.pupilId, pupilId));
		if (!membership) continue;
		const [work] = await tx
			.insert(workItems)
			.values({
				schoolId,
				classId: membership.classId,
				pupilId,
				kind: 'writing',
				...DEMO_WORK,
				showsPeople: false,
				verdict: 'allow',
				shareStatus: 'approved',
				sharedAt: now,
				decidedAt: now,
				createdAt: now
			})
			.returning({ id: workItems.id });
		const [item] = await tx
			.insert(reviewItems)
			.values({
				schoolId,
				classId: membership.classId,
				targetType: 'shared-work',
				targetId: work!.id,
				authorId: pupilId,
				status: 'approved',
				version: 2,
				verdict: 'allow',
				submittedAt: now,
				decidedAt: now,
				decidedById: membership.teacherId
			})
			.returning({ id: reviewItems.id });
		await tx.insert(reviewHistory).values([
			{ schoolId, itemId: item!.id, action: 'submit', fromStatus: null, toStatus: 'pending', actorId: pupilId, version: 1, at: now },
			{ schoolId, itemId: item!.id, action: 'approve', fromStatus: 'pending', toStatus: 'approved', actorId: membership.teacherId, version: 2, at: now }
		]);
	}
}
