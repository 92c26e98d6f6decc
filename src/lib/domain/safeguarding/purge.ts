/**
 * Planning a purge: for each row, remove or keep, and why.
 *
 * Rules owned here: the order of the checks. A hold beats everything; then a
 * safeguarding record follows the pupil's age; every other row follows its
 * category's period counted from when it was created. Nothing is deleted here:
 * the plan is handed to the service that deletes and logs.
 */
import type { RetentionCategory, RetentionSettings } from './retention';

export interface RetentionRow {
	readonly id: string;
	readonly category: RetentionCategory;
	readonly createdAt: Date;
	/** Needed for safeguarding records; the pupil the record is about. */
	readonly pupilDateOfBirth?: Date | null;
	/** Set while the police, the local authority or a court needs the record. */
	readonly onHold?: boolean;
}

export type PurgeReason = 'expired' | 'within-retention' | 'on-hold' | 'date-of-birth-unknown';

export interface PurgeDecision {
	readonly id: string;
	readonly category: RetentionCategory;
	readonly reason: PurgeReason;
	/** When the row becomes due; null when that cannot be known. */
	readonly keepUntil: Date | null;
}

export interface PurgePlan {
	readonly remove: readonly PurgeDecision[];
	readonly keep: readonly PurgeDecision[];
}

const DAY_MS = 86_400_000;

const PERIOD_DAYS: Readonly<Record<Exclude<RetentionCategory, 'safeguarding-record'>, keyof RetentionSettings>> = {
	'chat-message': 'chatMessageDays',
	'class-email': 'classEmailDays',
	'blocked-attempt': 'blockedAttemptDays',
	'audit-entry': 'auditDays'
};

function addYears(date: Date, years: number): Date {
	const result = new Date(date.getTime());
	result.setUTCFullYear(result.getUTCFullYear() + years);
	return result;
}

function dueDate(row: RetentionRow, settings: RetentionSettings): Date | null {
	if (row.category === 'safeguarding-record') {
		const dob = row.pupilDateOfBirth;
		return dob instanceof Date && !Number.isNaN(dob.getTime()) ? addYears(dob, settings.safeguardingUntilAge) : null;
	}
	return new Date(row.createdAt.getTime() + settings[PERIOD_DAYS[row.category]] * DAY_MS);
}

function decideRow(row: RetentionRow, settings: RetentionSettings, now: Date): PurgeDecision & { remove: boolean } {
	const keepUntil = dueDate(row, settings);
	const base = { id: row.id, category: row.category, keepUntil };
	if (row.onHold === true) return { ...base, reason: 'on-hold', remove: false };
	if (keepUntil === null) return { ...base, reason: 'date-of-birth-unknown', remove: false };
	if (now.getTime() >= keepUntil.getTime()) return { ...base, reason: 'expired', remove: true };
	return { ...base, reason: 'within-retention', remove: false };
}

export function planPurge(rows: readonly RetentionRow[], settings: RetentionSettings, now: Date): PurgePlan {
	const remove: PurgeDecision[] = [];
	const keep: PurgeDecision[] = [];
	for (const row of rows) {
		const { remove: shouldRemove, ...decision } = decideRow(row, settings, now);
		(shouldRemove ? remove : keep).push(decision);
	}
	return { remove, keep };
}
