// Train the screen's word model (src/lib/domain/screening/classifier.ts) and write
// its weights to src/lib/domain/screening/classifier-model.json.
//
// Trains ONLY on the tuning corpus (tests/fixtures/screening/*.jsonl), the second
// tuning set (tuning-2/) and the sentences written for the model
// (tests/fixtures/screening/training/*.jsonl); it never opens a blind* folder.
// One L2-regularised logistic regression per kind (one against the rest), fitted
// by full-batch gradient descent with AdaGrad steps in a fixed order, so the same
// input always gives the same file. Each kind's threshold is chosen by five-fold
// cross-validation: the lowest score at which the held-out innocent messages raise
// no more than the kind's allowance (none for grooming and self-harm, which are
// urgent for the DSL), so no threshold is ever chosen on a blind set.
//
// `--check` trains and compares with the committed file instead of writing it.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { featuresOf, MODEL_KINDS, type ClassifierModel } from '../src/lib/domain/screening/classifier.js';
import { buildWordView, normaliseText } from '../src/lib/domain/screening/normalise.js';
import { parseCorpus, type CorpusItem } from '../src/lib/domain/screening/scoring.js';

const FIXTURES = new URL('../tests/fixtures/screening/', import.meta.url);
const OUT = new URL('../src/lib/domain/screening/classifier-model.json', import.meta.url);
const CORPUS_FILES = ['personal.jsonl', 'teacher.jsonl', 'innocent.jsonl'];

// Regularisation and length of training, chosen by the cross-validated recall below
// (L2 0.002 / 0.001 / 0.0005 / 0.0002 tried; 0.0005 held the most at the same innocent allowance).
// The environment variables are for trying others; the committed file uses the defaults.
const L2 = Number(process.env.L2 ?? 0.0005);
const ITERATIONS = 300;
const STEP = 0.5;
const FOLDS = 5;
/** A feature must appear in this many training messages to be kept. */
const MIN_DOCS = Number(process.env.MIN_DOCS ?? 2);
/** Held-out innocent messages a kind may raise (grooming and self-harm are urgent: none). */
const ALLOWANCE: Record<string, number> = { grooming: 0, selfharm: 0, unkind: 1, threat: 1, secrecy: 1 };
/** Added to every threshold chosen by cross-validation, in logit units, for text nobody has seen. */
const MARGIN = Number(process.env.MARGIN ?? 0.25);

interface Doc {
	item: CorpusItem;
	features: Map<number, number>;
	labels: boolean[];
}

function loadItems(): CorpusItem[] {
	const items: CorpusItem[] = [];
	const readFolder = (folder: URL, names: readonly string[]): void => {
		for (const name of names) if (existsSync(new URL(name, folder))) items.push(...parseCorpus(readFileSync(new URL(name, folder), 'utf8'), name));
	};
	readFolder(FIXTURES, CORPUS_FILES);
	readFolder(new URL('tuning-2/', FIXTURES), CORPUS_FILES);
	const own = new URL('training/', FIXTURES);
	if (existsSync(own))
		readFolder(
			own,
			readdirSync(own)
				.filter((n) => n.endsWith('.jsonl'))
				.sort()
		);
	return items;
}

const wordsOf = (text: string): string[] => buildWordView(normaliseText(text)).tokens.map((t) => t.text);

function vectorise(items: readonly CorpusItem[]): { docs: Doc[]; vocabulary: string[] } {
	const raw = items.map((item) => featuresOf(wordsOf(item.text)));
	const docCount = new Map<string, number>();
	for (const features of raw) for (const f of new Set(features)) docCount.set(f, (docCount.get(f) ?? 0) + 1);
	const vocabulary = [...docCount.entries()]
		.filter(([, n]) => n >= MIN_DOCS)
		.map(([f]) => f)
		.sort();
	const index = new Map(vocabulary.map((f, i) => [f, i]));
	const docs = items.map((item, d) => {
		const features = new Map<number, number>();
		for (const f of raw[d] as string[]) {
			const i = index.get(f);
			if (i !== undefined) features.set(i, (features.get(i) ?? 0) + 1);
		}
		return { item, features, labels: MODEL_KINDS.map((k) => item.kinds.includes(k)) };
	});
	return { docs, vocabulary };
}

/** Fit one kind: returns [bias, ...weights]. */
function fit(docs: readonly Doc[], c: number, size: number): Float64Array {
	const w = new Float64Array(size + 1);
	const g2 = new Float64Array(size + 1);
	const grad = new Float64Array(size + 1);
	const positives = docs.filter((d) => d.labels[c]).length;
	// Positives are rare; weigh them up (by the square root of the imbalance) so the model attends to them.
	const posWeight = Math.sqrt(Math.max(1, (docs.length - positives) / Math.max(1, positives)));
	for (let it = 0; it < ITERATIONS; it += 1) {
		grad.fill(0);
		for (const doc of docs) {
			let z = w[0] as number;
			for (const [i, v] of doc.features) z += (w[i + 1] as number) * v;
			const p = 1 / (1 + Math.exp(-z));
			const y = doc.labels[c] ? 1 : 0;
			const err = (p - y) * (y === 1 ? posWeight : 1);
			grad[0] = (grad[0] as number) + err;
			for (const [i, v] of doc.features) grad[i + 1] = (grad[i + 1] as number) + err * v;
		}
		for (let j = 0; j <= size; j += 1) {
			const gj = (grad[j] as number) / docs.length + (j === 0 ? 0 : L2 * (w[j] as number));
			g2[j] = (g2[j] as number) + gj * gj;
			w[j] = (w[j] as number) - (STEP * gj) / (Math.sqrt(g2[j] as number) + 1e-8);
		}
	}
	return w;
}

function score(w: Float64Array, doc: Doc): number {
	let z = w[0] as number;
	for (const [i, v] of doc.features) z += (w[i + 1] as number) * v;
	return z;
}

function chooseThreshold(kind: string, docs: readonly Doc[], oof: readonly number[], inSample: readonly number[]): number {
	const innocent = docs.map((d, i) => ({ d, s: oof[i] as number })).filter(({ d }) => d.item.category === 'innocent');
	innocent.sort((a, b) => b.s - a.s);
	const allowance = ALLOWANCE[kind] ?? 0;
	// The (allowance+1)-th highest held-out innocent score must stay below the threshold,
	// and so must every innocent training message under the final model (they are the
	// corpus tests' innocent items, which the screen must keep passing).
	const bar = innocent[allowance]?.s ?? -Infinity;
	const seen = Math.max(...docs.map((d, i) => (d.item.category === 'innocent' ? (inSample[i] as number) : -Infinity)));
	return Math.max(bar, seen, 0) + MARGIN;
}

const round = (x: number, places: number): number => Number(x.toFixed(places));

function main(): void {
	const items = loadItems();
	const { docs, vocabulary } = vectorise(items);
	const size = vocabulary.length;
	console.log(`${items.length} training messages, ${size} features`);

	// Out-of-fold scores for every kind, to choose thresholds and report honest recall.
	const oof = MODEL_KINDS.map(() => new Array<number>(docs.length).fill(0));
	for (let fold = 0; fold < FOLDS; fold += 1) {
		const train = docs.filter((_, i) => i % FOLDS !== fold);
		for (let c = 0; c < MODEL_KINDS.length; c += 1) {
			const w = fit(train, c, size);
			docs.forEach((doc, i) => {
				if (i % FOLDS === fold) (oof[c] as number[])[i] = score(w, doc);
			});
		}
	}

	const thresholds: number[] = [];
	const final = MODEL_KINDS.map((_, c) => fit(docs, c, size));
	MODEL_KINDS.forEach((kind, c) => {
		const scores = oof[c] as number[];
		const t = chooseThreshold(
			kind,
			docs,
			scores,
			docs.map((d) => score(final[c] as Float64Array, d))
		);
		thresholds.push(t);
		const pos = docs.map((d, i) => ({ d, s: scores[i] as number })).filter(({ d }) => d.labels[c]);
		const hit = pos.filter(({ s }) => s >= t).length;
		const innocentHit = docs.filter((d, i) => d.item.category === 'innocent' && (scores[i] as number) >= t).length;
		const otherHit = docs.filter((d, i) => d.item.category !== 'innocent' && !d.labels[c] && (scores[i] as number) >= t).length;
		if (process.env.SHOW_TOP)
			for (const { d, s } of docs
				.map((d, i) => ({ d, s: scores[i] as number }))
				.filter(({ d }) => d.item.category === 'innocent')
				.sort((a, b) => b.s - a.s)
				.slice(0, 4))
				console.log(`    innocent ${s.toFixed(2)} ${d.item.id} ${JSON.stringify(d.item.text)}`);
		console.log(
			`${kind.padEnd(9)} threshold ${t.toFixed(2)}  cross-validated recall ${hit}/${pos.length} (${(hit / Math.max(1, pos.length)).toFixed(3)})  innocent raised ${innocentHit}  other kinds raised ${otherHit}`
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
		weights
	};
	const json = JSON.stringify(model) + '\n';
	console.log(`${Object.keys(weights).length} features kept, ${(json.length / 1024).toFixed(0)} KB`);
	if (process.argv.includes('--check')) {
		const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === json;
		console.log(same ? 'classifier-model.json is up to date' : 'classifier-model.json differs: run npm run screen:train');
		process.exitCode = same ? 0 : 1;
		return;
	}
	writeFileSync(OUT, json);
	console.log(`wrote ${OUT.pathname}`);
}

main();
