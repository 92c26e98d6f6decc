/**
 * Percentiles by the nearest-rank method.
 *
 * Rule owned here: the p-th percentile of n sorted values is the value at rank
 * ⌈p/100 × n⌉ (1-based), and the 0th is the smallest. Nearest rank always reports
 * a time that actually happened, which is easier to explain to governors than an
 * interpolated figure; the median is taken the same way (for an even count it is
 * the lower of the two middle values).
 */

export function percentileNearestRank(values: readonly number[], p: number): number | null {
	if (!(p >= 0 && p <= 100)) throw new RangeError(`Percentile must be between 0 and 100, got ${p}`);
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1] ?? null;
}
