// The school's e-safety risk log. The policies ask leaders to rate each risk by how likely it
// is and how much harm it would do (each 1 to 5), to name an owner and mitigations, and to
// review it on a date. These rules are pure: the rating, its band, when a review is overdue,
// the heat map's cells and the checks on what a leader types.

export const RISK_CATEGORIES = ['content', 'contact', 'conduct', 'commerce', 'data', 'technical', 'other'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
	content: 'Content: what children may see',
	contact: 'Contact: who children may meet',
	conduct: 'Conduct: how people behave online',
	commerce: 'Commerce: scams, gambling, purchases',
	data: 'Personal data',
	technical: 'Systems and filtering',
	other: 'Other'
};

export type RiskBand = 'low' | 'medium' | 'high' | 'severe';

/** Likelihood × impact, 1 to 25. */
export function riskRating(likelihood: number, impact: number): number {
	return likelihood * impact;
}

// The usual 5 × 5 matrix bands: 1–4 low, 5–9 medium, 10–15 high, 16–25 severe. The
// boundaries follow the common HSE-style matrix, so a leader reading it elsewhere sees the same.
export function riskBand(rating: number): RiskBand {
	if (rating >= 16) return 'severe';
	if (rating >= 10) return 'high';
	if (rating >= 5) return 'medium';
	return 'low';
}

export const RISK_BAND_LABELS: Record<RiskBand, string> = { low: 'Low', medium: 'Medium', high: 'High', severe: 'Severe' };

/** A review date that has passed (compared as London calendar dates, yyyy-mm-dd). */
export function isReviewOverdue(reviewOn: string, today: string): boolean {
	return reviewOn < today;
}

export interface RiskForHeatMap {
	likelihood: number;
	impact: number;
}

/** Counts per cell: cells[impact - 1][likelihood - 1], impact rows from 1 to 5. */
export function heatMapCells(risks: readonly RiskForHeatMap[]): number[][] {
	const cells = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
	for (const r of risks) {
		const row = cells[r.impact - 1];
		if (row && r.likelihood >= 1 && r.likelihood <= 5) row[r.likelihood - 1] = (row[r.likelihood - 1] ?? 0) + 1;
	}
	return cells;
}

export interface RiskChange {
	field: string;
	from: string;
	to: string;
}

export interface RiskFields {
	title: string;
	description: string;
	category: RiskCategory;
	likelihood: number;
	impact: number;
	ownerId: string;
	mitigations: string;
	reviewOn: string;
}

/** What changed between two versions of a risk, for its history. */
export function diffRisk(before: RiskFields, after: RiskFields): RiskChange[] {
	const keys: (keyof RiskFields)[] = ['title', 'description', 'category', 'likelihood', 'impact', 'ownerId', 'mitigations', 'reviewOn'];
	return keys.filter((k) => String(before[k]) !== String(after[k])).map((k) => ({ field: k, from: String(before[k]), to: String(after[k]) }));
}
