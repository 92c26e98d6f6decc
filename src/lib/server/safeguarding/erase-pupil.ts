// Erasing a leaver: the account is anonymised and disabled (never deleted, so the kept
// safeguarding records still point at it), their name is written onto the incidents they
// are part of, and their messages, blocked attempts, email, work, lesson records,
// agreements, consents, links and sessions are deleted. Incidents, sealed evidence, alerts
// and concerns (raised by or about them) stay, for the school's safeguarding retention
// period (see retention.ts and the purge); like incidents, a concern keeps their name. One transaction, audited; uploaded photo files are removed after it commits.
import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import {
	agreementSignatures,
	blockedAttempts,
	chatSendWindows,
	chatMessages,
	classMemberships,
	concernPupils,
	deliveryAttendance,
	emails,
	incidentPeople,
	lessonAssignments,
	lessonCompletions,
	messageReports,
	notices,
	parentConsents,
	parentInvitations,
	parentLinks,
	reviewItems,
	roomMembers,
	sessions,
	users,
	workFiles,
	workItems
} from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { assertCan } from '../auth/authorize';
import { pupilResource } from '../auth/resources';
import { recordAudit } from '../audit/record';
import { ConflictError, NotFoundError } from '../errors';
import { removeUploads } from '../sharing/storage';
import { generateSessionToken } from '../auth/session';
import { disconnectUsers } from '../realtime/session-sockets';

export interface ErasureSummary {
	[area: string]: number;
}

export async function erasePupil(db: Database, actor: Actor, pupilId: string, now = new Date()): Promise<ErasureSummary> {
	const resource = await pupilResource(db, pupilId);
	if (!resource) throw new NotFoundError('That pupil does not exist.');
	assertCan(actor, 'pupil.erase', resource);
	const { summary, uploadKeys } = await db.transaction(async (tx) => {
		const [pupil] = await tx.select().from(users).where(eq(users.id, pupilId)).for('update');
		if (!pupil || (pupil.disabledAt && pupil.username.startsWith('erased-'))) throw new ConflictError('This pupil’s data has already been erased.');
		await tx
			.update(incidentPeople)
			.set({ nameAtErasure: `${pupil.firstName} ${pupil.surname}` })
			.where(eq(incidentPeople.userId, pupilId));
		const concernsKept = await tx
			.update(concernPupils)
			.set({ nameAtErasure: `${pupil.firstName} ${pupil.surname}` })
			.where(eq(concernPupils.pupilId, pupilId))
			.returning({ id: concernPupils.id });
		const keys = (
			await tx
				.select({ key: workFiles.storageKey })
				.from(workFiles)
				.innerJoin(workItems, eq(workItems.id, workFiles.workId))
				.where(eq(workItems.pupilId, pupilId))
		).map((r) => r.key);
		const count = async (q: Promise<unknown[]>): Promise<number> => (await q).length;
		const summary: ErasureSummary = {
			chatMessages: await count(tx.delete(chatMessages).where(eq(chatMessages.authorId, pupilId)).returning({ id: chatMessages.id })),
			reviewItems: await count(tx.delete(reviewItems).where(eq(reviewItems.authorId, pupilId)).returning({ id: reviewItems.id })),
			reportsMade: await count(tx.delete(messageReports).where(eq(messageReports.reporterId, pupilId)).returning({ id: messageReports.id })),
			blockedAttempts: await count(tx.delete(blockedAttempts).where(eq(blockedAttempts.authorId, pupilId)).returning({ id: blockedAttempts.id })),
			emails: await count(tx.delete(emails).where(eq(emails.authorId, pupilId)).returning({ id: emails.id })),
			work: await count(tx.delete(workItems).where(eq(workItems.pupilId, pupilId)).returning({ id: workItems.id })),
			lessonCompletions: await count(tx.delete(lessonCompletions).where(eq(lessonCompletions.pupilId, pupilId)).returning({ id: lessonCompletions.id })),
			lessonAttendance: await count(tx.delete(deliveryAttendance).where(eq(deliveryAttendance.pupilId, pupilId)).returning({ id: deliveryAttendance.pupilId })),
			lessonAssignments: await count(tx.delete(lessonAssignments).where(eq(lessonAssignments.pupilId, pupilId)).returning({ id: lessonAssignments.id })),
			signatures: await count(tx.delete(agreementSignatures).where(eq(agreementSignatures.subjectId, pupilId)).returning({ id: agreementSignatures.id })),
			consents: await count(tx.delete(parentConsents).where(eq(parentConsents.pupilId, pupilId)).returning({ id: parentConsents.id })),
			notices: await count(tx.delete(notices).where(eq(notices.pupilId, pupilId)).returning({ id: notices.id })),
			invitations: await count(tx.delete(parentInvitations).where(eq(parentInvitations.pupilId, pupilId)).returning({ id: parentInvitations.id })),
			parentLinks: await count(tx.delete(parentLinks).where(eq(parentLinks.pupilId, pupilId)).returning({ id: parentLinks.id })),
			groupRooms: await count(tx.delete(roomMembers).where(eq(roomMembers.userId, pupilId)).returning({ id: roomMembers.id })),
			classMemberships: await count(tx.delete(classMemberships).where(eq(classMemberships.pupilId, pupilId)).returning({ id: classMemberships.id })),
			sessions: await count(tx.delete(sessions).where(eq(sessions.userId, pupilId)).returning({ id: sessions.id })),
			// Not erased: safeguarding records, kept with their name (counted for the audit entry).
			concernsKept: concernsKept.length
		};
		// The times of their last sends (the chat limit's window) go too.
		await tx.delete(chatSendWindows).where(eq(chatSendWindows.authorId, pupilId));
		// A random hash that no password can match; the username no longer says who it was.
		await tx
			.update(users)
			.set({
				firstName: 'Former',
				surname: 'pupil',
				username: `erased-${pupilId.slice(0, 8)}${pupilId.slice(9, 13)}`,
				passwordHash: `erased:${generateSessionToken()}`,
				disabledAt: now
			})
			.where(eq(users.id, pupilId));
		await recordAudit(tx, {
			schoolId: actor.schoolId,
			actorId: actor.userId,
			action: 'pupil.erased',
			targetType: 'pupil',
			targetId: pupilId,
			details: summary
		});
		return { summary, uploadKeys: keys };
	});
	disconnectUsers([pupilId], 'disabled');
	if (uploadKeys.length) await removeUploads(actor.schoolId, uploadKeys);
	return summary;
}
