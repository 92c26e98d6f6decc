// Training for the screen's word model (classifier.ts): pure, no I/O, so the
// script that writes classifier-model.json (scripts/train-screen.ts) and a test
// that checks training is deterministic share it. Never imported by the screen.
//
// One L2-regularised logistic regression per kind (one against the rest), fitted
// by full-batch gradient descent with AdaGrad steps in a fixed order, so the same
// input always gives the same model. Each kind's threshold is chosen by five-fold
// cross-validation, run over SPLITS ways of splitting (folds by a hash of each message's id,
// no randomness) and averaged: the lowest score at which
// the held-out innocent messages raise no more than the kind's allowance, and above
// every innocent training message, plus a margin for text nobody has seen. A second, higher line per
// kind (`strong`) is chosen the same way against every held-out message NOT of the kind
// (innocent or another hold kind): a score above it is one no such message reached in
// cross-validation. Only a finding over that line may raise a DSL alert (severity.ts);
// one between the two lines is held for the teacher alone. Messages the screen's model
// stands down on (lesson talk for grooming and secrecy, games for threats: see
// modelStandsDown) are left out of both choices and count as missed.

import {
	clauseEnds,
	featuresAt,
	MODEL_KINDS,
	modelStandsDown,
	SHORT_WINDOW,
	SHORT_WINDOW_KINDS,
	WINDOW,
	type ClassifierModel,
	type ModelKind
} from './classifier.js';
import { buildWordView, normaliseText, type WordToken, type WordView } from './normalise.js';
import type { CorpusItem } from './scoring.js';
import { readSpeaking } from './speaking.js';

// Regularisation and length of training, chosen by the cross-validated recall below
// (L2 0.002 / 0.001 / 0.0005 / 0.0002 / 0.0001 / 0.00005 tried on the 3,602 messages of version 3.2:
// 0.0002 and below held about an eighth more in cross-validation than 0.0005, chosen at 2,724; 0.0002 is the
// least change that gets it, and keeps the file small).
export const L2 = 0.0002;
export const ITERATIONS = 300;
const STEP = 0.5;
const FOLDS = 5;
/**
 * Ways of splitting the messages into FOLDS folds; each line is the mean of the splits' lines.
 * One split's line rests on the three or four highest held-out innocent scores, and which hard twin
 * lands in which fold moves those a lot: over six splits of the 4,652 messages of version 3.4,
 * grooming's line ran from 1.81 to 2.60 and self-harm's from 3.45 to 4.49, so retraining with a few
 * sentences more could move a line by half a logit. The mean of four moves about half as much.
 * A message's fold is a hash of its id, not its place in the list: by place, a file added or a few
 * sentences taken out in the middle moved every later message to another fold (own-10.jsonl sorts
 * before own-5.jsonl). Taking every 50th of the project's own sentences out moved the lines by
 * +0.41, -0.37, -0.14, -0.62 and +0.34 with one split by place, and by +0.02, -0.42, -0.01, +0.06
 * and +0.05 with these four (self-harm's fell because own-677, one of the four innocent sentences
 * that set it, was among those taken out: the data moved it, not the folds).
 */
const SPLITS = 4;
/** A feature must appear in this many training messages to be kept. */
const MIN_DOCS = 2;
/**
 * Held-out innocent messages a kind may raise, as a rate: one in every INNOCENT_PER_ALLOWED[kind]
 * (0.2 % when it was one rate; at least one), so 2 of 1,110 innocent training messages then, many written
 * to be hard ("i want to die my hair blue", "i'll get you next time" at Uno). It was a
 * fixed count of one, which made the line stricter every time innocent sentences were
 * added: the 271 block and innocent lines of version 3.1 moved self-harm's line from 2.40
 * to 3.77 (the second-highest of more held-out innocents is higher), and the model alone
 * held a third fewer self-harm messages. A rate keeps the same false-alarm budget as the
 * sets grow. Grooming and self-harm get the same rate as the rest because an urgent alert
 * needs the stricter `strong` line, which no held-out message of another kind reached; a
 * finding between the two lines is held for the teacher with no DSL alert.
 *
 * Since own-7 (534 hard innocent sentences) the kinds differ: a missed self-harm or grooming
 * message leaves a child at risk, so those two keep more allowance than unkind, threat and secrecy,
 * which are the teacher's to judge and have phrase rules that know their innocent twins.
 *
 * Since the lines became the mean of SPLITS splits (version 3.5), the rate is read between ranks
 * (innocentBar) and the rates were set again, on the development files: one split had put grooming's
 * line low (2.12) and unkind's, threat's and secrecy's high (2.91, 2.84, 2.68), and their mean over
 * splits at the old rates (one in 500 and 750) held four fewer dev9 grooming messages and flagged
 * four more dev7 innocent ones. Grooming one in 400, self-harm one in 540 and threat and secrecy one
 * in 1,500 put the steady lines where those were (2.10, 3.75, 2.69, 2.63 on the 4,652 messages of
 * version 3.4; self-harm at one in 500, 3.52, held a brother 'like having a shadow' on dev7). Unkind's old line (2.91) had passed a compliment twin ("your drawing is like a real
 * artist did it", 2.80-2.85) by a hair; even one held-out innocent allowed put it at 2.61, so unkind
 * allows half of one, one in 4,000 (read between the highest and the second-highest: 2.93).
 */
const INNOCENT_PER_ALLOWED: Readonly<Record<ModelKind, number>> = { grooming: 400, selfharm: 540, unkind: 4000, threat: 1500, secrecy: 1500 };
/** Added to every threshold chosen by cross-validation, in logit units, for text nobody has seen. */
const MARGIN = 0.25;

export interface TrainOptions {
	l2: number;
	iterations: number;
}

/**
 * What the model reads at each word position. The screen's is `featuresAt` (classifier.ts); the
 * writers' evaluation (scripts/screen-writers.ts) tries others through the same trainer, so a
 * representation is judged by the very fitting and scoring the committed model gets.
 */
export interface Representation {
	/** The sparse features at word i (each counts 1). */
	featuresAt(words: readonly string[], i: number, out: string[]): void;
	/** Dense values at word i (e.g. a word vector), added as features `~0`, `~1`…; undefined for none. */
	denseAt?(words: readonly string[], i: number): ArrayLike<number> | undefined;
	/** The number of dense values denseAt gives. */
	denseSize?: number;
}

export const SCREEN_REPRESENTATION: Representation = { featuresAt };

export interface Doc {
	item: CorpusItem;
	/** Per kind: the screen's model leaves this message to the rules (modelStandsDown). */
	standsDown: boolean[];
	/** The kept features in the message and how often each occurs, in first-seen order (a fixed order keeps training deterministic). */
	featureIds: Int32Array;
	featureCounts: Float64Array;
	labels: boolean[];
	/** The kept features at each word position (the word, its pieces, the pair it starts): what the screen adds up. */
	positions: number[][];
	/** The value of each of those features, where a representation gives values other than 1 (dense ones). */
	values: (number[] | undefined)[];
	/** The runs of words the screen scores (windows and clauses, as classifyHolds reads them), as [from, to) pairs. */
	runs: number[];
	/** The short windows classifyHolds reads as well for SHORT_WINDOW_KINDS, as [from, to) pairs. */
	shortRuns: number[];
}

/**
 * The runs classifyHolds reads in a message: every WINDOW words, sliding a word at a time,
 * and, in a message longer than a window, each clause shorter than that. A message is scored
 * as the screen scores it (its best run), so a line chosen here is the line the screen applies.
 */
function runsOf(view: WordView, original: string): number[] {
	const tokens = view.tokens;
	const n = tokens.length;
	const runs: number[] = [];
	const width = Math.min(n, WINDOW);
	for (let start = 0; start + width <= n; start += 1) runs.push(start, start + width);
	let clause = 0;
	for (let i = 1; i <= n && n > WINDOW; i += 1) {
		if (i < n && !clauseEnds(original, view.ends[(tokens[i - 1] as WordToken).end - 1] ?? 0, view.starts[(tokens[i] as WordToken).start] ?? 0)) continue;
		if (i - clause < width) runs.push(clause, i);
		clause = i;
	}
	return runs;
}

/** The short windows read as well for SHORT_WINDOW_KINDS in a message longer than a window. */
function shortRunsOf(view: WordView): number[] {
	const n = view.tokens.length;
	const runs: number[] = [];
	for (let start = 0; n > WINDOW && start + SHORT_WINDOW <= n; start += 1) runs.push(start, start + SHORT_WINDOW);
	return runs;
}

/**
 * The messages as the trainer reads them: kept features (in at least MIN_DOCS messages), counts and
 * runs. `countsFeatures` says which messages count towards MIN_DOCS (all by default): an evaluation
 * that holds messages out counts only the ones it trains on, as the committed model would.
 */
export function vectorise(
	items: readonly CorpusItem[],
	representation: Representation = SCREEN_REPRESENTATION,
	countsFeatures?: (index: number) => boolean
): { docs: Doc[]; vocabulary: string[] } {
	const views = items.map((item) => buildWordView(normaliseText(item.text)));
	const rawPositions = views.map((view) => {
		const words = view.tokens.map((t) => t.text);
		return words.map((_, i) => {
			const out: string[] = [];
			representation.featuresAt(words, i, out);
			return out;
		});
	});
	const raw = rawPositions.map((positions) => positions.flat());
	const docCount = new Map<string, number>();
	raw.forEach((features, d) => {
		if (countsFeatures === undefined || countsFeatures(d)) for (const f of new Set(features)) docCount.set(f, (docCount.get(f) ?? 0) + 1);
	});
	const sparse = [...docCount.entries()]
		.filter(([, n]) => n >= MIN_DOCS)
		.map(([f]) => f)
		.sort();
	const denseSize = representation.denseAt === undefined ? 0 : (representation.denseSize ?? 0);
	const vocabulary = [...sparse, ...Array.from({ length: denseSize }, (_, j) => `~${j}`)];
	const index = new Map(sparse.map((f, i) => [f, i]));
	const docs = items.map((item, d) => {
		const features = new Map<number, number>();
		for (const f of raw[d] as string[]) {
			const i = index.get(f);
			if (i !== undefined) features.set(i, (features.get(i) ?? 0) + 1);
		}
		const view = views[d] as WordView;
		const speaking = readSpeaking(view.text);
		const positions = (rawPositions[d] as string[][]).map((fs) => fs.map((f) => index.get(f)).filter((i) => i !== undefined));
		const values: (number[] | undefined)[] = positions.map(() => undefined);
		if (denseSize > 0) {
			const words = view.tokens.map((t) => t.text);
			words.forEach((_, i) => {
				const dense = representation.denseAt?.(words, i);
				if (dense === undefined) return;
				const ids = positions[i] as number[];
				const vals = ids.map(() => 1);
				for (let j = 0; j < denseSize; j += 1) {
					const v = dense[j] as number;
					if (v === 0) continue;
					ids.push(sparse.length + j);
					vals.push(v);
					features.set(sparse.length + j, (features.get(sparse.length + j) ?? 0) + v);
				}
				values[i] = vals;
			});
		}
		return {
			item,
			standsDown: MODEL_KINDS.map((k) => modelStandsDown(k, view.text, speaking)),
			featureIds: Int32Array.from(features.keys()),
			featureCounts: Float64Array.from(features.values()),
			labels: MODEL_KINDS.map((k) => item.kinds.includes(k)),
			positions,
			values,
			runs: runsOf(view, item.text),
			shortRuns: shortRunsOf(view)
		};
	});
	return { docs, vocabulary };
}

/** Fit one kind: returns [bias, ...weights]. */
export function fit(docs: readonly Doc[], c: number, size: number, options: TrainOptions): Float64Array {
	const w = new Float64Array(size + 1);
	const g2 = new Float64Array(size + 1);
	const grad = new Float64Array(size + 1);
	const positives = docs.filter((d) => d.labels[c]).length;
	// Positives are rare; weigh them up (by the square root of the imbalance) so the model attends to them.
	const posWeight = Math.sqrt(Math.max(1, (docs.length - positives) / Math.max(1, positives)));
	for (let it = 0; it < options.iterations; it += 1) {
		grad.fill(0);
		for (const doc of docs) {
			const ids = doc.featureIds;
			const counts = doc.featureCounts;
			let z = w[0] as number;
			for (let f = 0; f < ids.length; f += 1) z += (w[(ids[f] as number) + 1] as number) * (counts[f] as number);
			const p = 1 / (1 + Math.exp(-z));
			const y = doc.labels[c] ? 1 : 0;
			const err = (p - y) * (y === 1 ? posWeight : 1);
			grad[0] = (grad[0] as number) + err;
			for (let f = 0; f < ids.length; f += 1) grad[(ids[f] as number) + 1] = (grad[(ids[f] as number) + 1] as number) + err * (counts[f] as number);
		}
		for (let j = 0; j <= size; j += 1) {
			const gj = (grad[j] as number) / docs.length + (j === 0 ? 0 : options.l2 * (w[j] as number));
			g2[j] = (g2[j] as number) + gj * gj;
			w[j] = (w[j] as number) - (STEP * gj) / (Math.sqrt(g2[j] as number) + 1e-8);
		}
	}
	return w;
}

/** A message's score as the screen gives it: its best run of words, plus the bias. */
export function score(w: Float64Array, doc: Doc, kind: ModelKind): number {
	const sums = [0];
	doc.positions.forEach((features, p) => {
		let z = sums[sums.length - 1] as number;
		const values = doc.values[p];
		if (values === undefined) for (const i of features) z += w[i + 1] as number;
		else features.forEach((i, j) => (z += (w[i + 1] as number) * (values[j] as number)));
		sums.push(z);
	});
	let best = -Infinity;
	for (let r = 0; r < doc.runs.length; r += 2) best = Math.max(best, (sums[doc.runs[r + 1] as number] as number) - (sums[doc.runs[r] as number] as number));
	if (SHORT_WINDOW_KINDS.has(kind))
		for (let r = 0; r < doc.shortRuns.length; r += 2)
			best = Math.max(best, (sums[doc.shortRuns[r + 1] as number] as number) - (sums[doc.shortRuns[r] as number] as number));
	return (w[0] as number) + best;
}

/**
 * The score the held-out innocent messages of one split stay under but for the kind's allowance:
 * the allowance is a rate, so it is read between two ranks (3.9 of 1,952 at one in 500, not 3), and a
 * few innocent sentences more move it a little instead of a whole rank at each multiple of 500.
 */
function innocentBar(kind: ModelKind, docs: readonly Doc[], scores: readonly number[]): number {
	const innocent = scores.filter((_, i) => (docs[i] as Doc).item.category === 'innocent').sort((a, b) => b - a);
	const allowance = innocent.length / INNOCENT_PER_ALLOWED[kind];
	const rank = Math.floor(allowance);
	const above = innocent[rank] ?? -Infinity;
	const below = innocent[rank + 1] ?? above;
	const part = allowance - rank;
	return part === 0 || !Number.isFinite(below) ? above : above + part * (below - above);
}

/**
 * The mean over the splits of each split's innocent bar; above every innocent training message under
 * the final model too (they are the corpus tests' innocent items, which the screen must keep
 * passing); plus the margin.
 */
function chooseThreshold(kind: ModelKind, docs: readonly Doc[], bySplit: readonly (readonly number[])[], inSample: readonly number[]): number {
	const bar = bySplit.reduce((sum, scores) => sum + innocentBar(kind, docs, scores), 0) / bySplit.length;
	const seen = Math.max(...docs.map((d, i) => (d.item.category === 'innocent' ? (inSample[i] as number) : -Infinity)));
	return Math.max(bar, seen, 0) + MARGIN;
}

/** Above the kind's threshold and above the held-out messages not of the kind (the mean over the splits of the highest), plus the margin. */
function chooseStrong(docs: readonly Doc[], c: number, bySplit: readonly (readonly number[])[], threshold: number): number {
	// The highest over every split, not the mean: a line only an urgent alert rests on should be one
	// no held-out message of another kind reached however the folds fell. The mean let grooming's
	// line fall 5.53 -> 4.58 and paged the DSL for an e-safety poster in dev file 12.
	let high = -Infinity;
	for (const scores of bySplit)
		docs.forEach((d, i) => {
			if (!d.labels[c]) high = Math.max(high, scores[i] as number);
		});
	return Math.max(threshold, high + MARGIN);
}

/** The fold a message falls in for one split: a hash of the split and the message's id, so adding sentences elsewhere never moves it. */
function foldOf(id: string, split: number): number {
	let h = (0x811c9dc5 ^ Math.imul(split + 1, 0x9e3779b1)) >>> 0;
	for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
	// Mix the high bits down, so the fold does not depend on the hash's low bits alone.
	h ^= h >>> 15;
	h = Math.imul(h, 0x2c1b3c6d);
	h ^= h >>> 12;
	return (h >>> 0) % FOLDS;
}

/** Out-of-fold scores, per kind and message, for one way of splitting the messages into folds. */
function outOfFold(docs: readonly Doc[], size: number, options: TrainOptions, foldOfDoc: (i: number) => number): number[][] {
	const folds = docs.map((_, i) => foldOfDoc(i));
	const oof = MODEL_KINDS.map(() => new Array<number>(docs.length).fill(0));
	for (let fold = 0; fold < FOLDS; fold += 1) {
		const train = docs.filter((_, i) => folds[i] !== fold);
		for (let c = 0; c < MODEL_KINDS.length; c += 1) {
			const w = fit(train, c, size, options);
			docs.forEach((doc, i) => {
				if (folds[i] === fold) (oof[c] as number[])[i] = score(w, doc, MODEL_KINDS[c] as ModelKind);
			});
		}
	}
	return oof;
}

const round = (x: number, places: number): number => Number(x.toFixed(places));

/** Train on labelled messages; `report` says, per kind, the threshold and its cross-validated recall. */
export function trainModel(
	items: readonly CorpusItem[],
	options: TrainOptions = { l2: L2, iterations: ITERATIONS }
): { model: ClassifierModel; report: string[] } {
	const report: string[] = [];
	const { docs, vocabulary } = vectorise(items);
	const size = vocabulary.length;
	report.push(`${items.length} training messages, ${size} features`);

	// Out-of-fold scores, per split, kind and message, to choose the lines and report honest recall.
	// A message the screen's model stands down on is never judged by it: it sets no line and counts as missed.
	const oof: number[][][] = [];
	for (let split = 0; split < SPLITS; split += 1)
		oof.push(
			outOfFold(docs, size, options, (i) => foldOf((docs[i] as Doc).item.id, split)).map((scores, c) =>
				scores.map((s, i) => ((docs[i] as Doc).standsDown[c] ? -Infinity : s))
			)
		);

	const thresholds: number[] = [];
	const strong: number[] = [];
	const final = MODEL_KINDS.map((_, c) => fit(docs, c, size, options));
	MODEL_KINDS.forEach((kind, c) => {
		const bySplit = oof.map((scores) => scores[c] as number[]);
		const t = chooseThreshold(
			kind,
			docs,
			bySplit,
			docs.map((d) => (d.standsDown[c] ? -Infinity : score(final[c] as Float64Array, d, kind)))
		);
		thresholds.push(t);
		const high = chooseStrong(docs, c, bySplit, t);
		strong.push(high);
		// Counts are the mean over the splits, so they move as little as the lines do.
		const meanCount = (test: (d: Doc, s: number) => boolean): number =>
			bySplit.reduce((sum, scores) => sum + docs.filter((d, i) => test(d, scores[i] as number)).length, 0) / SPLITS;
		const positives = docs.filter((d) => d.labels[c]).length;
		const hit = meanCount((d, s) => (d.labels[c] as boolean) && s >= t);
		const sure = meanCount((d, s) => (d.labels[c] as boolean) && s >= high);
		const innocentHit = meanCount((d, s) => d.item.category === 'innocent' && s >= t);
		const otherHit = meanCount((d, s) => d.item.category !== 'innocent' && !d.labels[c] && s >= t);
		// The held-out innocent messages nearest the line (first split), so whoever adds sentences can see what sets it.
		const nearest = docs
			.map((d, i) => ({ d, s: (bySplit[0] as number[])[i] as number }))
			.filter(({ d, s }) => d.item.category === 'innocent' && Number.isFinite(s))
			.sort((a, b) => b.s - a.s)
			.slice(0, 3)
			.map(({ d, s }) => `${d.item.id} ${s.toFixed(2)}`)
			.join(', ');
		report.push(
			`${kind.padEnd(9)} threshold ${t.toFixed(2)}  cross-validated recall ${hit.toFixed(1)}/${positives} (${(hit / Math.max(1, positives)).toFixed(3)})  innocent raised ${innocentHit.toFixed(1)}  other kinds raised ${otherHit.toFixed(1)}  strong ${high.toFixed(2)} (${sure.toFixed(1)} over it)  nearest innocent ${nearest}`
		);
	});

	const weights: Record<string, number[]> = {};
	vocabulary.forEach((f, j) => {
		const row = final.map((w) => round(w[j + 1] as number, 3));
		if (row.some((x) => Math.abs(x) >= 0.01)) weights[f] = row;
	});
	const model: ClassifierModel = {
		kinds: [...MODEL_KINDS],
		bias: final.map((w) => round(w[0] as number, 3)),
		thresholds: thresholds.map((t) => round(t, 3)),
		strong: strong.map((t) => round(t, 3)),
		weights
	};
	return { model, report };
}

/** The model as the committed file holds it: one line of JSON. */
export function modelJson(model: ClassifierModel): string {
	return JSON.stringify(model) + '\n';
}
