/**
 * The teacher's home as a to-do list: one line per thing waiting for them, each saying what
 * and where to act.
 *
 * Rules owned here:
 * - items waiting in their review queue, with the oldest's age, come first;
 * - for the safeguarding lead (and head), open alerts, urgent ones named;
 * - per class, pupils whose chat, email and sharing are closed, each with why (in staff words);
 * - per class, pupils behind on e-safety minutes this term (at risk or short) and by how much;
 * - nothing waiting is said plainly, never as an empty list.
 */
import type { GateReasonCode } from '../agreements/types';
import type { ProgressStatus } from '../curriculum/types';

export interface TodoLine {
	kind: 'queue' | 'alerts' | 'gate' | 'minutes';
	/** The class it is about, shown before the link (so a class's own link stays the only one named by it). */
	where: string | null;
	/** The link's words. */
	text: string;
	/** Where to act. */
	href: string;
	/** Finer points under the line (a pupil and why their gate is closed). */
	details: string[];
}

export interface TodoInput {
	now: Date;
	queue: { count: number; oldestAt: Date | null };
	/** Null for staff who do not read alerts. */
	alerts: { open: number; urgent: number } | null;
	classes: {
		classId: string;
		className: string;
		closed: { name: string; missing: readonly GateReasonCode[] }[];
		minutes: { status: ProgressStatus; remainingMinutes: number }[] | null;
		termLabel: string | null;
	}[];
}

const WHY: Readonly<Record<GateReasonCode, string>> = {
	'pupil-agreement': 'has not signed the pupil agreement',
	'parent-agreement': 'no parent or carer has signed the family agreement',
	'parent-consent': 'no yes to messaging from home',
	paused: 'messaging is paused'
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "4 minutes", "2 hours", "3 days": how long something has waited, rounded down. */
export function waitedFor(since: Date, now: Date): string {
	const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
	if (minutes < 60) return plural(minutes, 'minute', 'minutes');
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return plural(hours, 'hour', 'hours');
	return plural(Math.floor(hours / 24), 'day', 'days');
}

export function buildTodo(input: TodoInput): TodoLine[] {
	const lines: TodoLine[] = [];
	if (input.queue.count > 0) {
		const oldest = input.queue.oldestAt ? `; the oldest has waited ${waitedFor(input.queue.oldestAt, input.now)}` : '';
		lines.push({
			kind: 'queue',
			where: null,
			text: `${plural(input.queue.count, 'item waits', 'items wait')} in your review queue${oldest}.`,
			href: '/staff/moderation',
			details: []
		});
	}
	if (input.alerts && input.alerts.open > 0) {
		const urgent = input.alerts.urgent > 0 ? ` (${input.alerts.urgent} urgent)` : '';
		lines.push({
			kind: 'alerts',
			where: null,
			text: `${plural(input.alerts.open, 'safeguarding alert is', 'safeguarding alerts are')} open${urgent}.`,
			href: '/staff/alerts',
			details: []
		});
	}
	for (const c of input.classes) {
		if (c.closed.length) {
			lines.push({
				kind: 'gate',
				where: c.className,
				text: `${plural(c.closed.length, 'pupil cannot', 'pupils cannot')} use chat, email or sharing yet.`,
				href: `/staff/agreements/classes/${c.classId}`,
				details: c.closed.map((p) => `${p.name}: ${p.missing.map((m) => WHY[m]).join('; ') || 'agreements not complete'}`)
			});
		}
		const behind = (c.minutes ?? []).filter((m) => m.status === 'at-risk' || m.status === 'short');
		if (behind.length) {
			const short = behind.reduce((sum, m) => sum + m.remainingMinutes, 0);
			lines.push({
				kind: 'minutes',
				where: c.className,
				text: `${plural(behind.length, 'pupil is', 'pupils are')} behind on e-safety lesson minutes${c.termLabel ? ` this ${c.termLabel} term` : ' this term'} (${plural(short, 'minute', 'minutes')} short in all).`,
				href: `/staff/progress/${c.classId}`,
				details: []
			});
		}
	}
	return lines;
}
