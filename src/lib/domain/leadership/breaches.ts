// The data-breach log. UK GDPR asks a controller to record every personal-data breach, and
// to tell the ICO within 72 hours of becoming aware of one unless it is unlikely to result
// in a risk to people's rights and freedoms. The log keeps that decision and its reason;
// these pure rules work out the deadline and check what is typed.

// UK GDPR Article 33(1): "without undue delay and, where feasible, not later than 72 hours".
export const ICO_DEADLINE_HOURS = 72;

export type IcoDecision = 'told' | 'not-needed' | 'undecided';

export const ICO_DECISION_LABELS: Record<IcoDecision, string> = {
	told: 'The ICO was told',
	'not-needed': 'Not reported: unlikely to put anyone at risk',
	undecided: 'Not decided yet'
};

export function icoDeadline(discoveredAt: Date): Date {
	return new Date(discoveredAt.getTime() + ICO_DEADLINE_HOURS * 3600_000);
}

export type IcoStatus =
	| { kind: 'told-in-time' }
	| { kind: 'told-late'; hoursLate: number }
	| { kind: 'not-needed' }
	| { kind: 'due'; hoursLeft: number }
	| { kind: 'overdue'; hoursLate: number };

/** Where a breach stands against the 72-hour rule. */
export function icoStatus(breach: { discoveredAt: Date; icoDecision: IcoDecision; icoToldAt: Date | null }, now: Date): IcoStatus {
	const deadline = icoDeadline(breach.discoveredAt).getTime();
	if (breach.icoDecision === 'not-needed') return { kind: 'not-needed' };
	if (breach.icoDecision === 'told' && breach.icoToldAt) {
		const late = breach.icoToldAt.getTime() - deadline;
		return late <= 0 ? { kind: 'told-in-time' } : { kind: 'told-late', hoursLate: Math.ceil(late / 3600_000) };
	}
	const left = deadline - now.getTime();
	return left >= 0 ? { kind: 'due', hoursLeft: Math.floor(left / 3600_000) } : { kind: 'overdue', hoursLate: Math.ceil(-left / 3600_000) };
}

export interface BreachDecisionInput {
	icoDecision: IcoDecision;
	icoToldAt: Date | null;
	icoReason: string;
	discoveredAt: Date;
	occurredAt: Date | null;
}

/** Cross-field rules the schema alone cannot say; returns a field and a message, or null. */
export function checkBreachDecision(input: BreachDecisionInput, now: Date): { field: string; message: string } | null {
	if (input.discoveredAt.getTime() > now.getTime()) return { field: 'discoveredAt', message: 'The date it was found cannot be in the future.' };
	if (input.occurredAt && input.occurredAt.getTime() > input.discoveredAt.getTime())
		return { field: 'occurredAt', message: 'It cannot have happened after it was found.' };
	if (input.icoDecision === 'told' && !input.icoToldAt) return { field: 'icoToldAt', message: 'Say when the ICO was told.' };
	if (input.icoDecision !== 'told' && input.icoToldAt) return { field: 'icoToldAt', message: 'Only give a date when the ICO was told.' };
	if (input.icoToldAt && input.icoToldAt.getTime() < input.discoveredAt.getTime())
		return { field: 'icoToldAt', message: 'The ICO cannot have been told before the breach was found.' };
	if (input.icoDecision === 'not-needed' && input.icoReason.trim().length < 10)
		return { field: 'icoReason', message: 'Say why the ICO did not need to be told (the log must show the reason).' };
	return null;
}
