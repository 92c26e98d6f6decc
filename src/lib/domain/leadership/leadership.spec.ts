import { describe, expect, it } from 'vitest';
import { diffRisk, heatMapCells, isReviewOverdue, riskBand, riskRating } from './risks';
import { checkBreachDecision, icoDeadline, icoStatus } from './breaches';

describe('risk rating', () => {
	it('multiplies likelihood by impact and bands the result on the 5 × 5 matrix', () => {
		expect(riskRating(1, 1)).toBe(1);
		expect(riskRating(5, 5)).toBe(25);
		expect([4, 5, 9, 10, 15, 16, 25].map(riskBand)).toEqual(['low', 'medium', 'medium', 'high', 'high', 'severe', 'severe']);
	});

	it('is overdue only after the review day has passed', () => {
		expect(isReviewOverdue('2026-11-29', '2026-11-30')).toBe(true);
		expect(isReviewOverdue('2026-11-30', '2026-11-30')).toBe(false);
	});

	it('counts risks into impact rows and likelihood columns', () => {
		const cells = heatMapCells([
			{ likelihood: 2, impact: 5 },
			{ likelihood: 2, impact: 5 },
			{ likelihood: 1, impact: 1 }
		]);
		expect(cells[4]![1]).toBe(2);
		expect(cells[0]![0]).toBe(1);
		expect(cells.flat().reduce((a, b) => a + b, 0)).toBe(3);
	});

	it('lists exactly the fields that changed', () => {
		const base = {
			title: 'T',
			description: 'D',
			category: 'contact' as const,
			likelihood: 3,
			impact: 4,
			ownerId: 'o',
			mitigations: 'M',
			reviewOn: '2027-01-01'
		};
		expect(diffRisk(base, { ...base, likelihood: 2, reviewOn: '2027-02-01' })).toEqual([
			{ field: 'likelihood', from: '3', to: '2' },
			{ field: 'reviewOn', from: '2027-01-01', to: '2027-02-01' }
		]);
		expect(diffRisk(base, { ...base })).toEqual([]);
	});
});

describe('the ICO 72-hour rule', () => {
	const found = new Date('2026-11-02T09:00:00Z');

	it('sets the deadline 72 hours after the breach was found', () => {
		expect(icoDeadline(found).toISOString()).toBe('2026-11-05T09:00:00.000Z');
	});

	it('says how long is left, or how late it is', () => {
		expect(icoStatus({ discoveredAt: found, icoDecision: 'undecided', icoToldAt: null }, new Date('2026-11-03T09:00:00Z'))).toEqual({
			kind: 'due',
			hoursLeft: 48
		});
		expect(icoStatus({ discoveredAt: found, icoDecision: 'undecided', icoToldAt: null }, new Date('2026-11-05T12:00:00Z'))).toEqual({
			kind: 'overdue',
			hoursLate: 3
		});
		expect(icoStatus({ discoveredAt: found, icoDecision: 'told', icoToldAt: new Date('2026-11-04T09:00:00Z') }, new Date())).toEqual({ kind: 'told-in-time' });
		expect(icoStatus({ discoveredAt: found, icoDecision: 'told', icoToldAt: new Date('2026-11-06T09:00:00Z') }, new Date())).toEqual({
			kind: 'told-late',
			hoursLate: 24
		});
		expect(icoStatus({ discoveredAt: found, icoDecision: 'not-needed', icoToldAt: null }, new Date())).toEqual({ kind: 'not-needed' });
	});

	it('needs a date when told, a reason when not, and dates in order', () => {
		const now = new Date('2026-11-10T09:00:00Z');
		const base = { discoveredAt: found, occurredAt: null, icoToldAt: null, icoReason: '' };
		expect(checkBreachDecision({ ...base, icoDecision: 'told' }, now)?.field).toBe('icoToldAt');
		expect(checkBreachDecision({ ...base, icoDecision: 'not-needed' }, now)?.field).toBe('icoReason');
		expect(checkBreachDecision({ ...base, icoDecision: 'not-needed', icoReason: 'Encrypted laptop, key not lost' }, now)).toBeNull();
		expect(checkBreachDecision({ ...base, icoDecision: 'undecided', discoveredAt: new Date('2026-12-01T00:00:00Z') }, now)?.field).toBe('discoveredAt');
		expect(checkBreachDecision({ ...base, icoDecision: 'undecided', occurredAt: new Date('2026-11-03T00:00:00Z') }, now)?.field).toBe('occurredAt');
		expect(checkBreachDecision({ ...base, icoDecision: 'told', icoToldAt: new Date('2026-11-01T00:00:00Z') }, now)?.field).toBe('icoToldAt');
	});
});
