// The DSL's search of everything pupils wrote in their school: chat messages, blocked
// attempts and class email, by pupil, class, dates and kind of finding. Every search is
// itself written to the audit log (who looked, with which filters), and so is every look
// at the audit log.
import { and, desc, eq, gte, lt, sql, type Column, type SQL } from 'drizzle-orm';
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

/** The columns a search filters on; chat messages, blocked attempts and emails all have them. */
interface SearchableTable {
	schoolId: Column;
	authorId: Column;
	classId: Column;
	createdAt: Column;
	findings: Column;
}

function whereFor(table: SearchableTable, actor: Actor, filters: MonitoringFilters): SQL | undefined {
	const parts: (SQL | undefined)[] = [eq(table.schoolId, actor.schoolId)];
	if (filters.pupilId) parts.push(eq(table.authorId, filters.pupilId));
	if (filters.classId) parts.push(eq(table.classId, filters.classId));
	if (filters.from) parts.push(gte(table.createdAt, filters.from));
	if (filters.to) parts.push(lt(table.createdAt, new Date(filters.to.getTime() + 86_400_000)));
	// Findings are stored as JSON arrays of {kind, …}; containment finds any of that kind.
	if (filters.finding) parts.push(sql`${table.findings} @> ${JSON.stringify([{ kind: filters.finding }])}::jsonb`);
	return and(...parts);
}

const author = { firstName: users.firstName, surname: users.surname };
const fullName = (firstName: string | null, surname: string | null): string | null => (firstName ? `${firstName} ${surname}` : null);

export async function searchMessages(db: Executor, actor: Actor, filters: MonitoringFilters): Promise<MonitoredItem[]> {
	assertCan(actor, 'audit.read', ownSchool(actor));
	const want = (source: MonitoredItem['source']) => filters.source === 'all' || filters.source === source;
	const out: MonitoredItem[] = [];
	if (want('chat')) {
		const rows = await db
			.select({ message: chatMessages, ...author, className: classes.name })
			.from(chatMessages)
			.innerJoin(users, eq(users.id, chatMessages.authorId))
			.innerJoin(classes, eq(classes.id, chatMessages.classId))
			.where(whereFor(chatMessages, actor, filters))
			.orderBy(desc(chatMessages.createdAt))
			.limit(LIMIT);
		for (const { message, firstName, surname, className } of rows)
			out.push({
				source: 'chat',
				id: message.id,
				authorName: fullName(firstName, surname) ?? '',
				className,
				title: null,
				body: message.body,
				status: message.hiddenAt ? `${message.status}, hidden` : message.status,
				findings: message.findings,
				at: message.createdAt
			});
	}
	if (want('blocked')) {
		const rows = await db
			.select({ attempt: blockedAttempts, ...author, className: classes.name })
			.from(blockedAttempts)
			.innerJoin(users, eq(users.id, blockedAttempts.authorId))
			.leftJoin(classes, eq(classes.id, blockedAttempts.classId))
			.where(whereFor(blockedAttempts, actor, filters))
			.orderBy(desc(blockedAttempts.createdAt))
			.limit(LIMIT);
		for (const { attempt, firstName, surname, className } of rows)
			out.push({
				source: 'blocked',
				id: attempt.id,
				authorName: fullName(firstName, surname) ?? '',
				className: className ?? '',
				title: null,
				body: attempt.body,
				status: `blocked (${attempt.channel})`,
				findings: attempt.findings,
				at: attempt.createdAt
			});
	}
	if (want('email')) {
		const rows = await db
			.select({ email: emails, ...author, className: classes.name })
			.from(emails)
			.leftJoin(users, eq(users.id, emails.authorId))
			.innerJoin(classes, eq(classes.id, emails.classId))
			.where(whereFor(emails, actor, filters))
			.orderBy(desc(emails.createdAt))
			.limit(LIMIT);
		for (const { email, firstName, surname, className } of rows)
			out.push({
				source: 'email',
				id: email.id,
				// Mail in from outside has no author account: name the sender as the mail did.
				authorName: fullName(firstName, surname) ?? email.fromName ?? email.fromAddress ?? 'Outside sender',
				className,
				title: email.subject,
				body: email.body,
				status: `${email.folder}: ${email.status}`,
				findings: email.findings,
				at: email.createdAt
			});
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
		.select({ entry: auditLog, ...author })
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
	return rows.map(({ entry, firstName, surname }) => ({
		id: entry.id,
		at: entry.at,
		actorName: fullName(firstName, surname) ?? 'The system',
		action: entry.action,
		targetType: entry.targetType,
		targetId: entry.targetId,
		details: entry.details
	}));
}
