// "Tell my teacher" on an email the pupil's class received. Like a chat report, it is its own
// item in the class teachers' queue (kind `report`, one per email: a second pupil's report
// joins it, reopening it if it was decided) and an alert for the safeguarding lead; the email
// is hidden from the class while it is looked at. Only mail a teacher let into this pupil's
// own class can be reported: anything else is "not found", with no hint it exists.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { emailReports, emails, type Email } from '../db/schema';
import { can, type Actor } from '../../domain/auth/permissions';
import type { ReportEmailInput } from '../../domain/moderation/inputs';
import { rooms } from '../../realtime/events';
import { recordAudit } from '../audit/record';
import { NotFoundError } from '../errors';
import { publish } from '../realtime/publish';
import { publishAlerts, raiseReportAlert } from '../safeguarding/alerts';
import { openOrReopen, publishQueueItem, type SubmitInput } from '../moderation/submit';

const NOT_FOUND = 'We could not find that email.';

/** Who the report is about: the pupil who wrote it (mail from another class) or the outside sender. */
async function writerOf(db: Database, email: Email): Promise<Pick<SubmitInput, 'authorId' | 'sender'>> {
	if (email.sourceEmailId) {
		const [source] = await db.select({ authorId: emails.authorId }).from(emails).where(eq(emails.id, email.sourceEmailId));
		if (source?.authorId) return { authorId: source.authorId };
	}
	return { authorId: null, sender: { contactId: email.contactId, address: email.fromAddress ?? 'an unknown sender' } };
}

export async function reportEmail(db: Database, actor: Actor, input: ReportEmailInput, now = new Date()): Promise<void> {
	const [email] = await db.select().from(emails).where(eq(emails.id, input.emailId));
	const readable =
		email &&
		email.folder === 'inbox' &&
		email.status === 'approved' &&
		can(actor, 'email.report', { kind: 'class', schoolId: email.schoolId, classId: email.classId });
	if (!email || !readable) throw new NotFoundError(NOT_FOUND);
	const writer = await writerOf(db, email);
	const outcome = await db.transaction(async (tx) => {
		const inserted = await tx
			.insert(emailReports)
			.values({ schoolId: email.schoolId, emailId: email.id, reporterId: actor.userId, reason: input.reason, note: input.note || null, createdAt: now })
			.onConflictDoNothing()
			.returning({ id: emailReports.id });
		if (!inserted.length) return null;
		await tx
			.update(emails)
			.set({ hiddenAt: sql`coalesce(${emails.hiddenAt}, ${now.toISOString()}::timestamptz)` })
			.where(and(eq(emails.id, email.id), isNull(emails.hiddenAt)));
		const { item, changed } = await openOrReopen(
			tx,
			{
				schoolId: email.schoolId,
				classId: email.classId,
				targetType: 'report',
				targetId: email.id,
				...writer,
				verdict: email.verdict,
				findings: email.findings,
				now
			},
			actor.userId
		);
		await recordAudit(tx, {
			schoolId: email.schoolId,
			actorId: actor.userId,
			action: 'email.reported',
			targetType: 'email',
			targetId: email.id,
			details: { itemId: item.id, reason: input.reason, note: input.note || null }
		});
		const alert = await raiseReportAlert(tx, actor, {
			sourceType: 'review-item',
			sourceId: item.id,
			classId: email.classId,
			itemId: item.id,
			now,
			channel: 'email'
		});
		return { itemId: item.id, changed, alert };
	});
	if (!outcome) return;
	publish(rooms.class(email.classId), 'email:removed', { emailId: email.id });
	if (outcome.changed) await publishQueueItem(db, outcome.itemId);
	publishAlerts(email.schoolId, [outcome.alert]);
}

/** The form action behind "Tell my teacher" on an email: parse, report, answer. */
