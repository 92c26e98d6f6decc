// Raising alerts for the safeguarding lead. Each alert row is written in the transaction of
// the change that caused it, and pushed to the DSL's sockets only after that commits.
import { and, eq, gte } from 'drizzle-orm';
import type { Executor } from '../db';
import { blockedAttempts, classes, safeguardingAlerts, users } from '../db/schema';
import type { Actor } from '../../domain/auth/permissions';
import { severityOf, type ScreeningResult } from '../../domain/screening';
import type { Finding } from '../../domain/screening/types';
import {
	alertForEscalation,
	alertForPupilReport,
	alertForRepeatedBlocks,
	alertsDsl,
	alertForWorry,
	alertForParentConcern,
	alertForStaffConcern,
	alertsForFindings,
	alertPlace,
	type AlertChannel,
	type AlertContext,
	type SafeguardingAlert
} from '../../domain/safeguarding/alerts';
import { shouldAlertRepeatedBlocks } from '../../domain/safeguarding/repeated-blocks';
import { loadSettings } from './settings';
import { rooms, type AlertView } from '../../realtime/events';
import { recordAudit } from '../audit/record';
import { publish } from '../realtime/publish';
import { notifyAlertRaised } from '../notifications/alerts';
import { kickOutbox } from '../email/worker-signal';
import { snapshotAlertSource } from './alert-evidence';

interface Source {
	sourceType: string;
	sourceId: string;
}

/**
 * `pupilId` is null for mail from an outside contact; `channel` is what the words were, and
 * `places` where they were written when that is more than one channel (repeated blocks).
 */
async function contextFor(
	db: Executor,
	schoolId: string,
	pupilId: string | null,
	classId: string | null,
	itemId: string | null,
	channel: AlertChannel = 'chat',
	places: AlertChannel | readonly AlertChannel[] = channel
): Promise<AlertContext> {
	const [pupil] = pupilId ? await db.select({ firstName: users.firstName }).from(users).where(eq(users.id, pupilId)) : [];
	const [cls] = classId ? await db.select({ name: classes.name }).from(classes).where(eq(classes.id, classId)) : [];
	const who = pupilId ? (pupil?.firstName ?? 'A pupil') : 'an outside contact';
	return { schoolId, pupilId, pupilFirstName: who, itemId, where: alertPlace(cls?.name ?? null, places), channel };
}

/**
 * The one place an alert is raised: it stores the alert with a copy of what caused it and
 * audits it; the caller publishes the returned view after its transaction commits. Anything
 * that reaches the DSL (mail, pagers) hooks in here and reads `severity` (`urgent` first).
 */
export async function storeAlert(db: Executor, alert: SafeguardingAlert, source: Source & { aboutHead?: boolean }): Promise<AlertView> {
	const evidence = await snapshotAlertSource(db, alert.schoolId, source);
	const [row] = await db
		.insert(safeguardingAlerts)
		.values({
			schoolId: alert.schoolId,
			kind: alert.kind,
			severity: alert.severity,
			pupilId: alert.pupilId,
			sourceType: source.sourceType,
			sourceId: source.sourceId,
			summary: alert.summary,
			evidence,
			aboutHead: source.aboutHead === true,
			createdAt: alert.raisedAt
		})
		.returning();
	await recordAudit(db, {
		schoolId: alert.schoolId,
		actorId: null,
		action: 'safeguarding.alert_raised',
		targetType: 'alert',
		targetId: row!.id,
		details: { kind: alert.kind, sourceType: source.sourceType, sourceId: source.sourceId }
	});
	// Email the safeguarding leads (urgent) or leave it for their digest: issue 16.
	await notifyAlertRaised(db, row!);
	const view: AlertView = {
		id: row!.id,
		kind: row!.kind,
		severity: row!.severity,
		summary: row!.summary,
		createdAt: row!.createdAt.toISOString(),
		link: `/staff/alerts/${row!.id}`
	};
	return view;
}

/** Call after the transaction that stored the alerts has committed. */
export function publishAlerts(schoolId: string, views: readonly AlertView[]): void {
	for (const view of views) publish(rooms.safeguarding(schoolId), 'alert:new', view);
	if (views.length) kickOutbox();
}

// What the words were, from the source an alert names (a blocked attempt says its own channel).
const CHANNEL_OF_SOURCE: Readonly<Record<string, AlertChannel>> = { 'chat-message': 'chat', email: 'email', work: 'work' };

export async function raiseScreeningAlerts(
	db: Executor,
	actor: Actor,
	input: Source & { screen: ScreeningResult; classId?: string | null; channel?: AlertChannel; now: Date }
): Promise<AlertView[]> {
	if (!alertsDsl(severityOf(input.screen.findings))) return [];
	const channel = input.channel ?? CHANNEL_OF_SOURCE[input.sourceType] ?? 'chat';
	const ctx = await contextFor(db, actor.schoolId, actor.userId, input.classId ?? actor.classId, null, channel);
	const views: AlertView[] = [];
	for (const alert of alertsForFindings(input.screen.findings, ctx, input.now)) views.push(await storeAlert(db, alert, input));
	return views;
}

/** Mail from an outside contact alerts the DSL on the same findings as a pupil's words. */
export async function raiseInboundMailAlerts(
	db: Executor,
	input: Source & { schoolId: string; classId: string; findings: readonly Finding[]; now: Date }
): Promise<AlertView[]> {
	if (!alertsDsl(severityOf(input.findings))) return [];
	const [cls] = await db.select({ name: classes.name }).from(classes).where(eq(classes.id, input.classId));
	const ctx: AlertContext = { schoolId: input.schoolId, pupilId: null, pupilFirstName: '', itemId: null, where: cls?.name ?? 'a class', channel: 'email' };
	const views: AlertView[] = [];
	for (const alert of alertsForFindings(input.findings, ctx, input.now, true)) views.push(await storeAlert(db, alert, input));
	return views;
}

export async function raiseWorryAlert(db: Executor, pupil: Actor, input: Source & { now: Date }): Promise<AlertView> {
	const [me] = await db.select({ firstName: users.firstName }).from(users).where(eq(users.id, pupil.userId));
	const [cls] = pupil.classId ? await db.select({ name: classes.name }).from(classes).where(eq(classes.id, pupil.classId)) : [];
	const ctx: AlertContext = {
		schoolId: pupil.schoolId,
		pupilId: pupil.userId,
		pupilFirstName: me?.firstName ?? 'A pupil',
		itemId: null,
		where: cls?.name ?? 'no class yet'
	};
	return storeAlert(db, alertForWorry(ctx, input.now), input);
}

/** An adult's concern about a pupil (the first named; `otherPupils` more), raised by `raisedById`. */
export async function raiseConcernAlert(
	db: Executor,
	input: Source & {
		kind: 'staff-concern' | 'parent-concern';
		schoolId: string;
		pupilId: string;
		classId: string | null;
		otherPupils: number;
		raisedById: string;
		/** An allegation about the headteacher: the alert is hidden from the head. */
		aboutHead?: boolean;
		now: Date;
	}
): Promise<AlertView> {
	const ctx = { ...(await contextFor(db, input.schoolId, input.pupilId, input.classId, null)) };
	const [cls] = input.classId ? await db.select({ name: classes.name }).from(classes).where(eq(classes.id, input.classId)) : [];
	const where = cls?.name ?? 'no class yet';
	if (input.kind === 'parent-concern') return storeAlert(db, alertForParentConcern({ ...ctx, where }, input.now), input);
	const [me] = await db.select({ firstName: users.firstName, surname: users.surname }).from(users).where(eq(users.id, input.raisedById));
	return storeAlert(
		db,
		alertForStaffConcern({ ...ctx, where }, me ? `${me.firstName} ${me.surname}` : 'A member of staff', input.otherPupils, input.now),
		input
	);
}

export async function raiseRepeatedBlockAlert(db: Executor, actor: Actor, input: Source & { classId: string | null; now: Date }): Promise<AlertView[]> {
	// The school's own threshold and window (safeguarding settings), or 3 in 7 days.
	const { threshold, windowDays } = (await loadSettings(db, actor.schoolId)).repeatedBlocks;
	const since = new Date(input.now.getTime() - 2 * windowDays * 86_400_000);
	const rows = await db
		.select({ at: blockedAttempts.createdAt, channel: blockedAttempts.channel })
		.from(blockedAttempts)
		.where(and(eq(blockedAttempts.authorId, actor.userId), gte(blockedAttempts.createdAt, since)));
	if (
		!shouldAlertRepeatedBlocks(
			rows.map((r) => r.at),
			input.now,
			threshold,
			windowDays
		)
	)
		return [];
	const recent = rows.filter((r) => input.now.getTime() - r.at.getTime() < windowDays * 86_400_000);
	// The alert names every place the attempts were made (chat, class email, shared work),
	// not only the channel of the latest.
	const places = recent.map((r) => r.channel).filter((c): c is AlertChannel => c === 'chat' || c === 'email' || c === 'work');
	const ctx = await contextFor(db, actor.schoolId, actor.userId, input.classId, null, 'chat', places);
	return [await storeAlert(db, alertForRepeatedBlocks(ctx, recent.length, windowDays, input.now), input)];
}

export async function raiseReportAlert(
	db: Executor,
	reporter: Actor,
	input: Source & { classId: string; itemId: string; now: Date; channel?: AlertChannel }
): Promise<AlertView> {
	const ctx = await contextFor(db, reporter.schoolId, reporter.userId, input.classId, input.itemId, input.channel);
	return storeAlert(db, alertForPupilReport(ctx, input.now), input);
}

export async function raiseEscalationAlert(
	db: Executor,
	teacher: Actor,
	input: Source & { pupilId: string | null; classId: string; itemId: string; now: Date; channel?: AlertChannel }
): Promise<AlertView> {
	const [me] = await db.select({ firstName: users.firstName, surname: users.surname }).from(users).where(eq(users.id, teacher.userId));
	const ctx = await contextFor(db, teacher.schoolId, input.pupilId, input.classId, input.itemId, input.channel);
	return storeAlert(db, alertForEscalation(ctx, me ? `${me.firstName} ${me.surname}` : 'A teacher', input.now), input);
}
