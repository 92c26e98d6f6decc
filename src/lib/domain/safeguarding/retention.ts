/**
 * How long each kind of record is kept, per school, and which rows are due to go.
 *
 * Rules owned here:
 * - defaults, each with its reason below; a school may change them only within
 *   bounds, so nobody can keep children's chat for ever or erase safeguarding
 *   records early;
 * - a row under a hold (for example a police investigation) is always kept;
 * - a safeguarding record whose pupil's date of birth is unknown is kept and
 *   flagged for the DSL, because deleting it wrongly cannot be undone;
 * - each row comes back with a reason, so the purge job can log what it did and why.
 */

export type RetentionCategory = 'chat-message' | 'class-email' | 'blocked-attempt' | 'audit-entry' | 'safeguarding-record';

export interface RetentionSettings {
	/** Ordinary class chat: a school year is long enough for any concern to surface and be reported. */
	readonly chatMessageDays: number;
	/** Class email: kept like chat, for the same reason. */
	readonly classEmailDays: number;
	/** Blocked attempts: a year shows patterns across terms for the governors' reports, and no more is needed. */
	readonly blockedAttemptDays: number;
	/** Audit of staff and pupil activity: two years covers a complaint or an appeal raised the following year. */
	readonly auditDays: number;
	/**
	 * Incidents, reports and sealed evidence: kept until the pupil is 25, as UK schools
	 * commonly do for child-protection files (IRMS schools toolkit: date of birth + 25 years),
	 * so records exist if a former pupil later needs them.
	 */
	readonly safeguardingUntilAge: number;
}

export const DEFAULT_RETENTION: RetentionSettings = {
	chatMessageDays: 365,
	classEmailDays: 365,
	blockedAttemptDays: 365,
	auditDays: 730,
	safeguardingUntilAge: 25
};

/**
 * Lower bounds leave time for a report and a review; upper bounds keep data minimal.
 * Safeguarding may be kept longer (some records are held to 75 under abuse-inquiry
 * guidance) but never shorter than the age of 25.
 */
export const RETENTION_BOUNDS: Readonly<Record<keyof RetentionSettings, { min: number; max: number }>> = {
	chatMessageDays: { min: 30, max: 1095 },
	classEmailDays: { min: 30, max: 1095 },
	blockedAttemptDays: { min: 60, max: 730 },
	auditDays: { min: 365, max: 2190 },
	safeguardingUntilAge: { min: 25, max: 75 }
};

export type RetentionResult =
	{ readonly ok: true; readonly value: RetentionSettings } | { readonly ok: false; readonly errors: Partial<Record<keyof RetentionSettings, string>> };

/** Fills gaps from the defaults and checks every value is a whole number within bounds. */
export function validateRetentionSettings(input: Partial<Record<keyof RetentionSettings, unknown>>): RetentionResult {
	const merged: Record<string, unknown> = { ...DEFAULT_RETENTION, ...stripUndefined(input) };
	const errors: Partial<Record<keyof RetentionSettings, string>> = {};
	for (const [field, { min, max }] of Object.entries(RETENTION_BOUNDS) as [keyof RetentionSettings, { min: number; max: number }][]) {
		const value = merged[field];
		if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
			errors[field] = `Choose a whole number from ${min} to ${max}.`;
		}
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: merged as unknown as RetentionSettings };
}

function stripUndefined(input: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

export { planPurge } from './purge';
export type { PurgeDecision, PurgePlan, PurgeReason, RetentionRow } from './purge';
