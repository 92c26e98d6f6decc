// The scheduled purge: for each school, the rows past that school's retention periods are
// found, the domain's planPurge decides remove or keep (a hold or an unknown date of birth
// keeps a safeguarding record), and the expired rows are deleted, one transaction per
// school, with an audit entry saying how many of each kind went and how many were kept and
// why. Audit entries can only be deleted here: the transaction sets app.audit_purge.
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db';
import { auditLog, blockedAttempts, chatMessages, concerns, emails, incidents, schools } from '../db/schema';
import { planPurge, type PurgeDecision, type RetentionRow, type RetentionSettings } from '../../domain/safeguarding/retention';
import { recordAudit } from '../audit/record';
import { loadSettings } from './settings';

const DAY_MS = 86_400_000;
const BATCH = 5000;

export interface SchoolPurgeResult {
	schoolId: string;
	removed: Record<string, number>;
	kept: Record<string, number>;
}

const before = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);

async function candidates(tx: Executor, schoolId: string, settings: RetentionSettings, now: Date): Promise<RetentionRow[]> {
	const rows = (list: { id: string | number; createdAt: Date }[], category: RetentionRow['category']): RetentionRow[] =>
		list.map((r) => ({ id: String(r.id), category, createdAt: r.createdAt }));
	const chat = await tx
		.select({ id: chatMessages.id, createdAt: chatMessages.createdAt })
		.from(chatMessages)
		.where(and(eq(chatMessages.schoolId, schoolId), lt(chatMessages.createdAt, before(now, settings.chatMessageDays))))
		.limit(BATCH);
	const mail = await tx
		.select({ id: emails.id, createdAt: emails.createdAt })
		.from(emails)
		.where(and(eq(emails.schoolId, schoolId), lt(emails.createdAt, before(now, settings.classEmailDays))))
		.limit(BATCH);
	const blocked = await tx
		.select({ id: blockedAttempts.id, createdAt: blockedAttempts.createdAt })
		.from(blockedAttempts)
		.where(and(eq(blockedAttempts.schoolId, schoolId), lt(blockedAttempts.createdAt, before(now, settings.blockedAttemptDays))))
		.limit(BATCH);
	const audit = await tx
		.select({ id: auditLog.id, createdAt: auditLog.at })
		.from(auditLog)
		.where(and(eq(auditLog.schoolId, schoolId), lt(auditLog.at, before(now, settings.auditDays))))
		.limit(BATCH);
	// Pupils' dates of birth are not held, so every incident is kept and counted as needing the DSL's review.
	const records = await tx
		.select({ id: incidents.id, createdAt: incidents.createdAt, onHold: incidents.onHold })
		.from(incidents)
		.where(eq(incidents.schoolId, schoolId))
		.limit(BATCH);
	// Concerns are safeguarding records like incidents, kept by the same rule.
	const raised = await tx.select({ id: concerns.id, createdAt: concerns.createdAt }).from(concerns).where(eq(concerns.schoolId, schoolId)).limit(BATCH);
	return [
		...rows(chat, 'chat-message'),
		...rows(mail, 'class-email'),
		...rows(blocked, 'blocked-attempt'),
		...rows(audit, 'audit-entry'),
		...records.map((r) => ({ id: r.id, category: 'safeguarding-record' as const, createdAt: r.createdAt, pupilDateOfBirth: null, onHold: r.onHold })),
		...raised.map((r) => ({ id: r.id, category: 'safeguarding-record' as const, createdAt: r.createdAt, pupilDateOfBirth: null, onHold: false }))
	];
}

const tally = (decisions: readonly PurgeDecision[], key: (d: PurgeDecision) => string): Record<string, number> =>
	decisions.reduce<Record<string, number>>((acc, d) => ({ ...acc, [key(d)]: (acc[key(d)] ?? 0) + 1 }), {});

async function removeRows(tx: Executor, remove: readonly PurgeDecision[]): Promise<void> {
	const ids = (category: string) => remove.filter((d) => d.category === category).map((d) => d.id);
	if (ids('chat-message').length) await tx.delete(chatMessages).where(inArray(chatMessages.id, ids('chat-message')));
	if (ids('class-email').length) await tx.delete(emails).where(inArray(emails.id, ids('class-email')));
	if (ids('blocked-attempt').length) await tx.delete(blockedAttempts).where(inArray(blockedAttempts.id, ids('blocked-attempt')));
	// Incident and concern ids are both uuids, so one list serves both tables.
	if (ids('safeguarding-record').length) {
		await tx.delete(incidents).where(inArray(incidents.id, ids('safeguarding-record')));
		await tx.delete(concerns).where(inArray(concerns.id, ids('safeguarding-record')));
	}
	const audit = ids('audit-entry').map(Number);
	if (audit.length) {
		await tx.execute(sql`SET LOCAL app.audit_purge = 'on'`);
		await tx.delete(auditLog).where(inArray(auditLog.id, audit));
	}
}

export async function purgeSchool(db: Database, schoolId: string, now = new Date()): Promise<SchoolPurgeResult> {
	const settings = (await loadSettings(db, schoolId)).retention;
	return db.transaction(async (tx) => {
		const plan = planPurge(await candidates(tx, schoolId, settings, now), settings, now);
		await removeRows(tx, plan.remove);
		const result = { schoolId, removed: tally(plan.remove, (d) => d.category), kept: tally(plan.keep, (d) => `${d.category}:${d.reason}`) };
		await recordAudit(tx, {
			schoolId,
			actorId: null,
			action: 'retention.purged',
			targetType: 'school',
			targetId: schoolId,
			details: { removed: result.removed, kept: result.kept, settings }
		});
		return result;
	});
}

/** Purges every school; used by the timer and by `npm run purge`. */
export async function purgeAllSchools(db: Database, now = new Date()): Promise<SchoolPurgeResult[]> {
	const list = await db.select({ id: schools.id }).from(schools);
	const results: SchoolPurgeResult[] = [];
	for (const school of list) results.push(await purgeSchool(db, school.id, now));
	return results;
}
