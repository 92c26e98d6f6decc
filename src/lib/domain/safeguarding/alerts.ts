/**
 * Alerts for the designated safeguarding lead (DSL).
 *
 * Rules owned here:
 * - a pupil's report and a teacher's escalation alert the DSL at once;
 * - repeated blocked attempts to share personal details alert once the pupil
 *   reaches the school's threshold within its window (3 in 7 days unless the
 *   school changes it), and only once per window, so the DSL is not flooded;
 * - screened messages alert as the screen's severity says (screening/severity.ts):
 *   urgent for self-harm, grooming, and a meeting or whereabouts with secrecy or an
 *   unknown adult; high for secrecy or a meeting on their own, and for self-harm the
 *   screen's word model is unsure of (the teacher holds it, the DSL still hears);
 *   otherwise no alert;
 * - each alert carries a one-line summary for staff, naming pupils by first name only, and
 *   says what the words were (a chat message, an email, a piece of work), never "a message"
 *   for everything.
 */
import type { ScreenFinding } from '../moderation/types';
import { isWeakFinding, severityOf } from '../screening/severity';
import type { Severity } from '../screening/types';

export type AlertKind =
	| 'pupil-report'
	| 'teacher-escalation'
	| 'repeated-blocked-details'
	| 'secrecy-request'
	| 'meeting-request'
	| 'self-harm'
	| 'grooming-signs'
	| 'pupil-worried'
	| 'staff-concern'
	| 'parent-concern';

export type AlertSeverity = 'high' | 'urgent';

export const ALERT_SEVERITY: Readonly<Record<AlertKind, AlertSeverity>> = {
	'pupil-report': 'high',
	'teacher-escalation': 'high',
	'repeated-blocked-details': 'high',
	// On their own these can wait for the day; with each other or an unknown adult the
	// screen's severity makes them urgent (see alertsForFindings).
	'secrecy-request': 'high',
	'meeting-request': 'high',
	'self-harm': 'urgent',
	'grooming-signs': 'urgent',
	// A child asking for help is answered first.
	'pupil-worried': 'urgent',
	// An adult's concern is read the same day (the urgency rule emails it at once); the DSL
	// judges from the words how quickly to act.
	'staff-concern': 'high',
	'parent-concern': 'high'
};

/** What caused an alert, as it was when the alert was raised (copied, never a reference only). */
export interface AlertEvidence {
	/** What the words were: a chat message, a class email, shared work, a blocked attempt… */
	readonly targetType: string;
	readonly targetId: string;
	/** The review item, when the words went to the queue. */
	readonly itemId: string | null;
	readonly authorName: string;
	readonly place: string;
	readonly title: string | null;
	readonly body: string;
	readonly findings: readonly ScreenFinding[];
	/** ISO time the words were written. */
	readonly at: string;
}

/** Where the words were written: class chat, class email or work shared with families. */
export type AlertChannel = 'chat' | 'email' | 'work';

const CHANNEL_WORDS: Readonly<Record<AlertChannel, { noun: string; article: string; place: string }>> = {
	chat: { noun: 'message', article: 'a', place: 'chat' },
	email: { noun: 'email', article: 'an', place: 'class email' },
	work: { noun: 'piece of work', article: 'a', place: 'shared work' }
};

/**
 * The staff-facing place for an alert, such as "5 Oak chat" or "5 Oak class email". Several
 * channels (a pupil's blocked attempts in chat and in email) are named together, in a fixed
 * order: "5 Oak chat and class email".
 */
export function alertPlace(className: string | null, channel: AlertChannel | readonly AlertChannel[] = 'chat'): string {
	const channels = typeof channel === 'string' ? [channel] : CHANNEL_ORDER.filter((c) => channel.includes(c));
	const places = (channels.length ? channels : (['chat'] as const)).map((c) => CHANNEL_WORDS[c].place);
	const named = places.length > 1 ? `${places.slice(0, -1).join(', ')} and ${places.at(-1)}` : places[0]!;
	return `${className ?? 'class'} ${named}`;
}

const CHANNEL_ORDER: readonly AlertChannel[] = ['chat', 'email', 'work'];

const thing = (ctx: AlertContext): string => {
	const w = CHANNEL_WORDS[ctx.channel ?? 'chat'];
	return `${w.article} ${w.noun}`;
};

/** Where the alert comes from; `where` is a staff-facing place such as "5 Oak chat" (see alertPlace). */
export interface AlertContext {
	readonly schoolId: string;
	/** The pupil it is about; null for mail from outside the school. */
	readonly pupilId: string | null;
	readonly pupilFirstName: string;
	readonly itemId: string | null;
	readonly where: string;
	/** What the words were; a chat message when absent. */
	readonly channel?: AlertChannel;
}

export interface SafeguardingAlert {
	readonly kind: AlertKind;
	readonly severity: AlertSeverity;
	readonly summary: string;
	readonly schoolId: string;
	readonly pupilId: string | null;
	readonly itemId: string | null;
	readonly raisedAt: Date;
}

function makeAlert(kind: AlertKind, summary: string, ctx: AlertContext, now: Date, severity: AlertSeverity = ALERT_SEVERITY[kind]): SafeguardingAlert {
	return {
		kind,
		severity,
		summary,
		schoolId: ctx.schoolId,
		pupilId: ctx.pupilId,
		itemId: ctx.itemId,
		raisedAt: now
	};
}

export function alertForPupilReport(ctx: AlertContext, now: Date): SafeguardingAlert {
	return makeAlert('pupil-report', `${ctx.pupilFirstName} reported ${thing(ctx)} in ${ctx.where}.`, ctx, now);
}

/**
 * `ctx` names the pupil who wrote the escalated item. The teacher's note stays out of the
 * summary (summaries may travel by email; the note may quote a child) and is shown with the item.
 */
export function alertForEscalation(ctx: AlertContext, teacherName: string, now: Date): SafeguardingAlert {
	const summary = `${teacherName} escalated ${thing(ctx)} by ${ctx.pupilFirstName} in ${ctx.where}.`;
	return makeAlert('teacher-escalation', summary, ctx, now);
}

/** A pupil pressed "I'm worried". The summary never carries their words (summaries may be emailed). */
export function alertForWorry(ctx: AlertContext, now: Date): SafeguardingAlert {
	return makeAlert('pupil-worried', `${ctx.pupilFirstName} pressed “I’m worried” (${ctx.where}).`, ctx, now);
}

/** A member of staff logged a concern; `others` is how many more pupils it names. The words stay out. */
export function alertForStaffConcern(ctx: AlertContext, staffName: string, others: number, now: Date): SafeguardingAlert {
	const more = others > 0 ? ` and ${others} other pupil${others === 1 ? '' : 's'}` : '';
	return makeAlert('staff-concern', `${staffName} logged a concern about ${ctx.pupilFirstName}${more} (${ctx.where}).`, ctx, now);
}

/** A parent raised a concern about their own child. The words stay out. */
export function alertForParentConcern(ctx: AlertContext, now: Date): SafeguardingAlert {
	return makeAlert('parent-concern', `A parent raised a concern about ${ctx.pupilFirstName} (${ctx.where}).`, ctx, now);
}

export function alertForRepeatedBlocks(ctx: AlertContext, count: number, windowDays: number, now: Date): SafeguardingAlert {
	const summary = `${ctx.pupilFirstName} tried to share personal details ${count} times in ${windowDays} days (${ctx.where}).`;
	return makeAlert('repeated-blocked-details', summary, ctx, now);
}

/** True when a message's screening severity calls for a DSL alert at all. */
export function alertsDsl(severity: Severity): boolean {
	return severity === 'urgent' || severity === 'alert';
}

const has = (findings: readonly ScreenFinding[], kind: string): boolean => findings.some((f) => f.kind === kind);

/**
 * The alerts a screened message raises, with the severity the screen gives it
 * (severityOf): urgent only for self-harm, grooming, and a meeting or a child's
 * whereabouts together with secrecy or an unknown adult; a meeting or secrecy on
 * its own is a high alert; anything else raises none and stays in the teacher's queue.
 */
export function alertsForFindings(allFindings: readonly ScreenFinding[], ctx: AlertContext, now: Date, fromOutside = false): SafeguardingAlert[] {
	// A word-model finding the model is unsure of holds the message for the teacher but
	// is no evidence for an alert (severity.ts), so it names no alert either.
	const findings = allFindings.filter((f) => !isWeakFinding(f));
	// Mail from an outside contact is an adult the pupils do not know in person: asking a
	// class for secrecy or a meeting is the unknown-adult case the severity rule makes urgent.
	const fromUnknownAdult = fromOutside && (has(findings, 'secrecy') || has(findings, 'meeting') || has(findings, 'location'));
	const severity = fromUnknownAdult ? 'urgent' : severityOf(findings);
	// Mail from an outside contact names no pupil as its writer.
	const who = fromOutside
		? `An email from an outside contact to ${ctx.where}`
		: `${ctx.pupilFirstName}'s ${CHANNEL_WORDS[ctx.channel ?? 'chat'].noun} in ${ctx.where}`;
	// Any sign that a child may want to hurt themselves reaches the DSL, even when only
	// the unsure word model saw it: high, not urgent, so it never pages anyone for an
	// innocent message, but the DSL hears of it the same day as well as the teacher.
	const unsureSelfHarm = !has(findings, 'selfharm') && allFindings.some((f) => f.kind === 'selfharm');
	const unsureAlert = unsureSelfHarm
		? [
				makeAlert(
					'self-harm',
					`${who} may suggest they want to hurt themselves, though the screen is not sure. It is held for the teacher, and they were shown Childline's number (0800 1111). Please check with the teacher today.`,
					ctx,
					now,
					'high'
				)
			]
		: [];
	if (!alertsDsl(severity)) return unsureAlert;
	const alerts: SafeguardingAlert[] = [...unsureAlert];
	if (has(findings, 'selfharm')) {
		alerts.push(
			makeAlert(
				'self-harm',
				`Urgent: ${who} suggests they may want to hurt themselves. They were shown Childline's number (0800 1111). Please check on them today.`,
				ctx,
				now,
				'urgent'
			)
		);
	}
	if (has(findings, 'grooming')) {
		alerts.push(
			makeAlert(
				'grooming-signs',
				`Urgent: ${who} contains language typical of grooming (age questions, flattery, gifts, photos or moving to a private app). Please review it today.`,
				ctx,
				now,
				'urgent'
			)
		);
	}
	const whereabouts = has(findings, 'meeting') || has(findings, 'location');
	const onlyUnsure = alerts.length === unsureAlert.length;
	if (whereabouts && severity === 'urgent' && onlyUnsure) {
		const why = has(findings, 'secrecy') ? 'with a request to keep it secret' : 'involving an adult or online contact the pupil may not know';
		alerts.push(
			makeAlert('meeting-request', `Urgent: ${who} arranges a meeting or says where the pupil is, ${why}. Please review it today.`, ctx, now, 'urgent')
		);
	} else if (onlyUnsure) {
		const level = severity === 'urgent' ? 'urgent' : undefined;
		if (has(findings, 'secrecy'))
			alerts.push(makeAlert('secrecy-request', `${who} asks to keep something from grown-ups. The teacher is reviewing it.`, ctx, now, level));
		if (has(findings, 'meeting')) alerts.push(makeAlert('meeting-request', `${who} talks about meeting up away from school. It was not delivered.`, ctx, now));
	}
	return alerts;
}

export type { RepeatedBlockSettings } from './repeated-blocks';
export { DEFAULT_REPEATED_BLOCK_SETTINGS, REPEATED_BLOCK_BOUNDS, shouldAlertRepeatedBlocks, validateRepeatedBlockSettings } from './repeated-blocks';
