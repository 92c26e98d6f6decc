/**
 * When repeated blocked attempts to share personal details should alert the DSL.
 *
 * Rules owned here:
 * - the window is rolling: an attempt counts if it is less than `windowDays` × 24 h
 *   before the attempt being judged;
 * - the alert fires on the attempt that brings the count in the window up to the
 *   threshold, and not again until a full window has passed since it fired, so a
 *   pupil who keeps trying produces one alert per window, not one per attempt;
 * - the answer depends only on the attempt history, so it is the same whichever
 *   process asks, and needs no stored "already alerted" flag.
 */

export interface RepeatedBlockSettings {
	readonly threshold: number;
	readonly windowDays: number;
}

/** Three in a week: once is a slip, twice may be a game, three times is a pattern worth a look. */
export const DEFAULT_REPEATED_BLOCK_SETTINGS: RepeatedBlockSettings = { threshold: 3, windowDays: 7 };

/** A threshold of 1 would duplicate the per-attempt log; beyond 20 or 60 days the pattern is lost. */
export const REPEATED_BLOCK_BOUNDS = { threshold: { min: 2, max: 20 }, windowDays: { min: 1, max: 60 } } as const;

const DAY_MS = 86_400_000;

export function validateRepeatedBlockSettings(
	input: RepeatedBlockSettings
): { ok: true; value: RepeatedBlockSettings } | { ok: false; errors: Partial<Record<keyof RepeatedBlockSettings, string>> } {
	const errors: Partial<Record<keyof RepeatedBlockSettings, string>> = {};
	for (const field of ['threshold', 'windowDays'] as const) {
		const { min, max } = REPEATED_BLOCK_BOUNDS[field];
		const value = input[field];
		if (!Number.isInteger(value) || value < min || value > max) errors[field] = `Choose a whole number from ${min} to ${max}.`;
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { ...input } };
}

/**
 * Call when an attempt is logged, with that attempt included in `blockedAttemptTimes`.
 * True when the latest attempt at or before `now` is the one that should alert.
 */
export function shouldAlertRepeatedBlocks(
	blockedAttemptTimes: readonly Date[],
	now: Date,
	threshold: number = DEFAULT_REPEATED_BLOCK_SETTINGS.threshold,
	windowDays: number = DEFAULT_REPEATED_BLOCK_SETTINGS.windowDays
): boolean {
	const valid = validateRepeatedBlockSettings({ threshold, windowDays });
	if (!valid.ok) throw new RangeError(`Invalid repeated-block settings: ${JSON.stringify(valid.errors)}`);
	const windowMs = windowDays * DAY_MS;
	const times = blockedAttemptTimes
		.map((d) => d.getTime())
		.filter((t) => t <= now.getTime())
		.sort((a, b) => a - b);
	let firstInWindow = 0;
	let lastAlertAt = Number.NEGATIVE_INFINITY;
	let latestAlerted = false;
	times.forEach((t, i) => {
		while (t - (times[firstInWindow] as number) >= windowMs) firstInWindow += 1;
		const count = i - firstInWindow + 1;
		latestAlerted = count >= threshold && t - lastAlertAt >= windowMs;
		if (latestAlerted) lastAlertAt = t;
	});
	const latest = times[times.length - 1];
	// An old alert is not news: only an attempt inside the current window can raise one.
	return latestAlerted && latest !== undefined && now.getTime() - latest < windowMs;
}
