/**
 * Alerts for the designated safeguarding lead (DSL).
 *
 * Rules owned here:
 * - a pupil's report and a teacher's escalation alert the DSL at once;
 * - repeated blocked attempts to share personal details alert once the pupil
 *   reaches the school's threshold within its window (3 in 7 days unless the
 *   school changes it), and only once per window, so the DSL is not flooded;
 * - a message asking for secrecy or to meet alerts straight away: both are
 *   common signs of grooming, so they rank above the others;
 * - each alert carries a one-line summary for staff, naming pupils by first name only.
 */
import type { ScreenFinding } from '../moderation/types';

export type AlertKind =
	| 'pupil-report'
	| 'teacher-escalation'
	| 'repeated-blocked-details'
	| 'secrecy-request'
	| 'meeting-request'
	| 'pupil-worried'
	| 'grooming-concern'
	| 'self-harm-concern';

export type AlertSeverity = 'high' | 'urgent';

export const ALERT_SEVERITY: Readonly<Record<AlertKind, AlertSeverity>> = {
	'pupil-report': 'high',
	'teacher-escalation': 'high',
	'repeated-blocked-details': 'high',
	'secrecy-request': 'urgent',
	'meeting-request': 'urgent',
	// A child asking for help is answered first.
	'pupil-worried': 'urgent',
	'grooming-concern': 'urgent',
	'self-harm-concern': 'urgent'
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

/** Where the alert comes from; `where` is a staff-facing place such as "5 Oak chat". */
export interface AlertContext {
	readonly schoolId: string;
	/** The pupil it is about; null for mail from outside the school. */
	readonly pupilId: string | null;
	readonly pupilFirstName: string;
	readonly itemId: string | null;
	readonly where: string;
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

function makeAlert(kind: AlertKind, summary: string, ctx: AlertContext, now: Date): SafeguardingAlert {
	return {
		kind,
		severity: ALERT_SEVERITY[kind],
		summary,
		schoolId: ctx.schoolId,
		pupilId: ctx.pupilId,
		itemId: ctx.itemId,
		raisedAt: now
	};
}

export function alertForPupilReport(ctx: AlertContext, now: Date): SafeguardingAlert {
	return makeAlert('pupil-report', `${ctx.pupilFirstName} reported a message in ${ctx.where}.`, ctx, now);
}

/**
 * `ctx` names the pupil who wrote the escalated item. The teacher's note stays out of the
 * summary (summaries may travel by email; the note may quote a child) and is shown with the item.
 */
export function alertForEscalation(ctx: AlertContext, teacherName: string, now: Date): SafeguardingAlert {
	const summary = `${teacherName} escalated a message by ${ctx.pupilFirstName} in ${ctx.where}.`;
	return makeAlert('teacher-escalation', summary, ctx, now);
}

/** A pupil pressed "I'm worried". The summary never carries their words (summaries may be emailed). */
export function alertForWorry(ctx: AlertContext, now: Date): SafeguardingAlert {
	return makeAlert('pupil-worried', `${ctx.pupilFirstName} pressed “I’m worried” (${ctx.where}).`, ctx, now);
}

export function alertForRepeatedBlocks(ctx: AlertContext, count: number, windowDays: number, now: Date): SafeguardingAlert {
	const summary = `${ctx.pupilFirstName} tried to share personal details ${count} times in ${windowDays} days (${ctx.where}).`;
	return makeAlert('repeated-blocked-details', summary, ctx, now);
}

type FindingAlertKind = 'secrecy-request' | 'meeting-request' | 'grooming-concern' | 'self-harm-concern';

// Finding kinds (or rule families) from the screen that signal secrecy, a meeting, grooming
// or self-harm: each alerts the DSL at once, whoever wrote the words (a pupil or mail from outside).
const FINDING_ALERTS: Readonly<Record<string, FindingAlertKind>> = {
	secrecy: 'secrecy-request',
	'keep-secret': 'secrecy-request',
	meeting: 'meeting-request',
	meet: 'meeting-request',
	'meet-up': 'meeting-request',
	grooming: 'grooming-concern',
	selfharm: 'self-harm-concern',
	'self-harm': 'self-harm-concern'
};

const FINDING_ALERT_WORDS: Readonly<Record<FindingAlertKind, string>> = {
	'secrecy-request': 'asks to keep something secret',
	'meeting-request': 'talks about meeting up',
	'grooming-concern': 'has signs of grooming',
	'self-harm-concern': 'talks about self-harm'
};

/** The alert a finding calls for, matched on its kind, then on its rule's family prefix. */
export function alertKindForFinding(finding: ScreenFinding): FindingAlertKind | null {
	const family = finding.rule.split(/[.:/]/)[0] ?? '';
	return FINDING_ALERTS[finding.kind] ?? FINDING_ALERTS[family] ?? null;
}

/**
 * One alert per kind found in a message, secrecy first. `ctx.pupilFirstName` names the writer
 * ("Maya"); for mail from outside it is null and the summary says so instead.
 */
export function alertsForFindings(findings: readonly ScreenFinding[], ctx: AlertContext, now: Date, fromOutside = false): SafeguardingAlert[] {
	const kinds = new Set(findings.map(alertKindForFinding));
	const what = fromOutside ? `An email from an outside contact to ${ctx.where}` : `A message by ${ctx.pupilFirstName} in ${ctx.where}`;
	return (Object.keys(FINDING_ALERT_WORDS) as FindingAlertKind[])
		.filter((kind) => kinds.has(kind))
		.map((kind) => makeAlert(kind, `${what} ${FINDING_ALERT_WORDS[kind]}.`, ctx, now));
}

export type { RepeatedBlockSettings } from './repeated-blocks';
export {
	DEFAULT_REPEATED_BLOCK_SETTINGS,
	REPEATED_BLOCK_BOUNDS,
	shouldAlertRepeatedBlocks,
	validateRepeatedBlockSettings
} from './repeated-blocks';
