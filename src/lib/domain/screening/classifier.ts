// A small word model for the hold kinds hand-written phrases miss: grooming,
// self-harm, unkind words, threats and secrecy said in words no rule lists.
// Owns rules: grooming.model, selfharm.model, unkind.model, threat.model,
// secrecy.model. One logistic regression per kind over the word view's words,
// word pairs and four-letter pieces of words, trained by `npm run screen:train`
// (scripts/train-screen.ts) on the two tuning sets and the sentences in
// tests/fixtures/screening/training/; its weights and thresholds (chosen by
// cross-validation on those sets) live in classifier-model.json, so the screen
// stays pure and loads no files at run time. The model only ever adds a hold:
// it never blocks and never takes a finding away, and a kind a rule has already
// found is left to the rule.
//
// A long message is read in windows of WINDOW words (the length of a training
// message), so a long story cannot add up to a finding from many faint words.

import MODEL from './classifier-model.json';
import type { WordView } from './normalise.js';
import type { HoldKind, RawFinding } from './types.js';

export const MODEL_KINDS = ['grooming', 'selfharm', 'unkind', 'threat', 'secrecy'] as const satisfies readonly HoldKind[];
export type ModelKind = (typeof MODEL_KINDS)[number];

/** Words in one window; windows overlap by half. */
export const WINDOW = 24;

export interface ClassifierModel {
	kinds: readonly string[];
	bias: readonly number[];
	thresholds: readonly number[];
	/** Feature -> one weight per kind, in `kinds` order. */
	weights: Record<string, readonly number[]>;
}

const NEGATORS = new Set(['not', 'never', 'isnt', 'arent', 'wasnt', 'werent', 'aint', 'no', 'nt']);

/**
 * The features at each word position: the word (marked when a "not" comes before it), the pair it starts and the
 * four-letter pieces of the word with its edges marked. The trainer and the
 * screen both call this, so they cannot drift apart.
 */
export function featuresAt(words: readonly string[], i: number, out: string[]): void {
	const word = words[i] as string;
	// "not stupid" is not "stupid": a word straight after a "not" is its own feature.
	out.push(i > 0 && NEGATORS.has(words[i - 1] as string) ? `!${word}` : word);
	const next = words[i + 1];
	if (next !== undefined) out.push(`${word} ${next}`);
	if (word.length >= 4) {
		const marked = `<${word}>`;
		for (let k = 0; k + 4 <= marked.length; k += 1) out.push(`#${marked.slice(k, k + 4)}`);
	}
}

/** Every feature of a whole message, counted once per position (the trainer's view). */
export function featuresOf(words: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < words.length; i += 1) featuresAt(words, i, out);
	return out;
}

interface Compiled {
	kinds: readonly ModelKind[];
	bias: Float64Array;
	thresholds: Float64Array;
	weights: Map<string, readonly number[]>;
}

function compile(model: ClassifierModel): Compiled {
	return {
		kinds: model.kinds as ModelKind[],
		bias: Float64Array.from(model.bias),
		thresholds: Float64Array.from(model.thresholds),
		weights: new Map(Object.entries(model.weights))
	};
}

let compiled: Compiled | undefined;

/**
 * Findings the model adds: one per kind, over the window that scored highest,
 * when that score passes the kind's threshold and no rule found the kind.
 */
export function classifyHolds(view: WordView, alreadyFound: ReadonlySet<string>): RawFinding[] {
	compiled ??= compile(MODEL as ClassifierModel);
	const { kinds, bias, thresholds, weights } = compiled;
	const tokens = view.tokens;
	const n = tokens.length;
	if (n === 0) return [];
	const words = tokens.map((t) => t.text);
	const k = kinds.length;
	// Per-position contribution of each kind (the word, its pair, its pieces).
	const contrib = new Float64Array(n * k);
	const features: string[] = [];
	for (let i = 0; i < n; i += 1) {
		features.length = 0;
		featuresAt(words, i, features);
		// A pair that runs past a window's end is counted in the window it starts in: close enough.
		for (const f of features) {
			const w = weights.get(f);
			if (w === undefined) continue;
			for (let c = 0; c < k; c += 1) contrib[i * k + c] += w[c] as number;
		}
	}
	const findings: RawFinding[] = [];
	const step = WINDOW / 2;
	for (let c = 0; c < k; c += 1) {
		const kind = kinds[c] as ModelKind;
		if (alreadyFound.has(kind)) continue;
		let best = -Infinity;
		let bestStart = 0;
		for (let start = 0; ; start += step) {
			let score = bias[c] as number;
			const end = Math.min(n, start + WINDOW);
			for (let i = start; i < end; i += 1) score += contrib[i * k + c] as number;
			if (score > best) {
				best = score;
				bestStart = start;
			}
			if (end === n) break;
		}
		if (best < (thresholds[c] as number)) continue;
		const first = tokens[bestStart];
		const last = tokens[Math.min(n, bestStart + WINDOW) - 1];
		if (first === undefined || last === undefined) continue;
		findings.push({ kind, start: view.starts[first.start] ?? 0, end: view.ends[last.end - 1] ?? 0, rule: `${kind}.model` });
	}
	return findings;
}
