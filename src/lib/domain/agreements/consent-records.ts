/**
 * Parent consents: what is in force now.
 *
 * Owns: consents are given or refused per pupil and per kind; a record is
 * never changed, so withdrawing is a newer record and the latest record
 * wins; with no record the answer is "not asked yet", which is not a yes
 * (schools may not assume consent from a form that never came back); only
 * records made by one of the pupil's own parents, in the pupil's school,
 * count; records dated after `now` are ignored. When two parents disagree,
 * the most recent answer stands.
 */
import type { ConsentKind, ConsentRecord } from './types';
import { CONSENT_KINDS } from './types';

export type ConsentState = 'given' | 'refused' | 'not-asked';

export interface ConsentStanding {
	kind: ConsentKind;
	state: ConsentState;
	/** The record that decided it, when there is one. */
	record: ConsentRecord | null;
}

export interface ConsentScope {
	schoolId: string;
	pupilId: string;
	/** The pupil's linked parents and carers; records by anyone else are ignored. */
	parentIds: readonly string[];
	now: Date;
}

/** The record that currently decides one consent for one pupil, or null. */
export function latestConsent(records: readonly ConsentRecord[], kind: ConsentKind, scope: ConsentScope): ConsentRecord | null {
	const parents = new Set(scope.parentIds);
	let latest: ConsentRecord | null = null;
	for (const record of records) {
		if (record.kind !== kind || record.pupilId !== scope.pupilId || record.schoolId !== scope.schoolId) continue;
		if (!parents.has(record.parentId)) continue;
		if (record.recordedAt.getTime() > scope.now.getTime()) continue;
		// `>=` so that, at the same instant, the record stored later wins.
		if (!latest || record.recordedAt.getTime() >= latest.recordedAt.getTime()) latest = record;
	}
	return latest;
}

/** Where one consent stands. */
export function consentStanding(records: readonly ConsentRecord[], kind: ConsentKind, scope: ConsentScope): ConsentStanding {
	const record = latestConsent(records, kind, scope);
	return { kind, state: record ? record.decision : 'not-asked', record };
}

/** True only when the latest answer is "given". */
export function isConsentInForce(records: readonly ConsentRecord[], kind: ConsentKind, scope: ConsentScope): boolean {
	return consentStanding(records, kind, scope).state === 'given';
}

/** Every consent's standing for one pupil. */
export function consentStandings(records: readonly ConsentRecord[], scope: ConsentScope): Record<ConsentKind, ConsentStanding> {
	const entries = CONSENT_KINDS.map((kind) => [kind, consentStanding(records, kind, scope)] as const);
	return Object.fromEntries(entries) as Record<ConsentKind, ConsentStanding>;
}
