// The DSL's search of everything pupils wrote in their school: chat messages, blocked
// attempts and class email, by pupil, class, dates and kind of finding. Every search is
// itself written to the audit log (who looked, with which filters), and so is every look
// at the audit log.
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import { auditLog, blockedAttempts, chatMessages, classes, concerns, emails, incidents, safeguardingAlerts, users } from '../db/schema';
import { hidesRecordsAboutHead } from '../../domain/safeguarding/head-allegations';
import type { Actor } from '../../domain/auth/permissions';
import type { MonitoringFilters } from '../../domain/safeguarding/inputs';
import type { Finding } from '../../domain/screening/types';
import { assertCan, ownSchool } from '../auth/authorize';
import { recordAudit } from '../audit/record';

// Enough to read on one page; narrower filters find the rest.
const LIMIT = 200;

export interface MonitoredItem {
	source: 'chat' | 'blocked' | 'email';
	id: string;
	authorName: string;
	className: string;
	title: string | null;
	body: string;
	status: string;
	findings: Finding[];
	at: Date;
}

function whereFor(
	t: { schoolId: never; authorId: never; classId: never; createdAt: never; findings: never },
	actor: Actor,
	f: MonitoringFilters
): SQL | undefined {
	const parts: (SQL | undefined)[] = [eq(t.schoolId, actor.schoolId)];
	if (f.pupilId) parts.push(eq(t.authorId, f.pupilId));
	if (f.classId) parts.push(eq(t.classId, f.classId));
	if (f.from) parts.push(gte(t.createdAt, f.from));
	if (f.to) parts.push(lt(t.createdAt, new Date(f.to.getTime() + 86_400_000)));
	// Findings are stored as JSON arrays of {kind, …}; containment finds any of that kind.
	if (f.finding) parts.push(sql`${t.findings} @> ${JSON.stringify([{ kind: f.finding }])}::jsonb`);
	return and(...parts);
}

export async function searchMessages(db: Executor, actor: Actor, filters: MonitoringFilters): Promise<MonitoredItem[]> {
	assertCan(actor, 'audit.read', ownSchool(actor));
	const want = (s: string) => filters.source === 'all' || filters.source === s;
	const out: MonitoredItem[] = [];
	if (want('chat')) {
		const rows = await db
			.select({ m: chatMessages, f: users.firstName, s: users.surname, c: classes.name })
			.from(chatMessages)
			.innerJoin(users, eq(users.id, chatMessages.authorId))
			.innerJoin(classes, eq(classes.id, chatMessages.classId))
			.where(whereFor(chatMessages as never, actor, filters))
			.orderBy(desc(chatMessages.createdAt))
			.limit(LIMIT);
		out.push(
			...rows.map(({ m, f, s, c }) => ({
				source: 'chat' as const,
				id: m.id,
				authorName: `${f} ${s}`,
				className: c,
				title: null,
				body: m.body,
				status: m.hiddenAt ? `${m.status}, hidden` : m.status,
				findings: m.findings,
				at: m.createdAt
			}))
		);
	}
	if (want('blocked')) {
		const rows = await db
			.select({ m: blockedAttempts, f: users.firstName, s: users.surname, c: classes.name })
			.from(blockedAttempts)
			.innerJoin(users, eq(users.id, blockedAttempts.authorId))
			.leftJoin(classes, eq(classes.id, blockedAttempts.classId))
			.where(whereFor(blockedAttempts as never, actor, filters))
			.orderBy(desc(blockedAttempts.createdAt))
			.limit(LIMIT);
		out.push(
			...rows.map(({ m, f, s, c }) => ({
				source: 'blocked' as const,
				id: m.id,
				authorName: `${f} ${s}`,
				className: c ?? '',
				title: null,
				body: m.body,
				status: `blocked (${m.channel})`,
				findings: m.findings,
				at: m.createdAt
			}))
		);
	}
	if (want('email')) {
		const rows = await db
			.select({ m: emails, f: users.firstName, s: users.surname, c: classes.name })
			.from(emails)
			.leftJoin(users, eq(users.id, emails.authorId))
			.innerJoin(classes, eq(classes.id, emails.classId))
			.where(whereFor(emails as never, actor, filters))
			.orderBy(desc(emails.createdAt))
			.limit(LIMIT);
		out.push(
			...rows.map(({ m, f, s, c }) => ({
				source: 'email' as const,
				id: m.id,
				authorName: f ? `${f} ${s}` : (m.fromName ?? m.fromAddress ?? 'Outside sender'),
				className: c,
				title: m.subject,
				body: m.body,
				status: `${m.folder}: ${m.status}`,
				findings: m.findings,
				at: m.createdAt
			}))
		);
	}
	await recordAudit(db, {
		schoolId: actor.schoolId,
		actorId: actor.userId,
		action: 'monitoring.searched',
		targetType: 'school',
		targetId: actor.schoolId,
		details: { filters: { ...filters, from: filters.from?.toISOString() ?? null, to: filters.to?.toISOString() ?? null }, results: out.length }
	});
	return out.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, LIMIT);
}

export interface AuditRow {
	id: number;
	at: Date;
	actorName: string;
	action: string;
	targetType: string | null;
	targetId: string | null;
	details: Record<string, unknown>;
}

/** The school's audit log, newest first, optionally by action prefix and person. */
export async function searchAudit(db: Executor, actor: Actor, filters: { action: string | null; actorId: string | null }): Promise<AuditRow[]> {
	assertCan(actor, 'audit.read', ownSchool(actor));
	const parts: SQL[] = [eq(auditLog.schoolId, actor.schoolId)];
	if (filters.action) parts.push(sql`${auditLog.action} like ${`${filters.action.replace(/[%_]/g, '')}%`}`);
	if (filters.actorId) parts.push(eq(auditLog.actorId, filters.actorId));
	// The head's view leaves out every entry about an allegation about the head (head-allegations.ts).
	if (hidesRecordsAboutHead(actor.role)) {
		const school = actor.schoolId;
		parts.push(sql`(${auditLog.targetId} is null or ${auditLog.targetId} not in (
			select ${incidents.id}::text from ${incidents} where ${incidents.schoolId} = ${school} and ${incidents.aboutHead}
			union all select ${concerns.id}::text from ${concerns} where ${concerns.schoolId} = ${school} and ${concerns.aboutHead}
			union all select ${safeguardingAlerts.id}::text from ${safeguardingAlerts} where ${safeguardingAlerts.schoolId} = ${school} and ${safeguardingAlerts.aboutHead}))`);
	}
	const rows = await db
		.select({ a: auditLog, f: users.firstName, s: users.surname })
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorId))
		.where(and(...parts))
		.orderBy(desc(auditLog.at))
		.limit(LIMIT);
	await recordAudit(db, {
		schoolId: actor.schoolId,
		actorId: actor.userId,
		action: 'audit.searched',
		targetType: 'school',
		targetId: actor.schoolId,
		details: { filters }
	});
	return rows.map(({ a, f, s }) => ({
		id: a.id,
		at: a.at,
		actorName: f ? `${f} ${s}` : 'The system',
		action: a.action,
		targetType: a.targetType,
		targetId: a.targetId,
		details: a.details
	}));
}
