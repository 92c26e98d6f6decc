// Leave-one-writer-out evaluation of the screen's word model (classifier.ts): how well it holds
// self-harm and grooming written by someone whose sentences it never saw.
//
// The development files' own figures cannot say this: the phrase rules were written from them, so
// their recall is an upper bound, and the blind sets may not be looked into. Every training and
// development file was written by one writer, so each writer in turn is held out:
//
// - a writer the model trains on (the tuning corpus, tuning-2/, each training/ file but those named
//   with --without, and the training-next/ files named with --with) is left out of the training
//   and scored; a training-side writer not trained on is scored by the model trained on the rest;
// - a development file (scripts/lib/dev-files.ts, one writer a row) is never trained on, so it
//   is scored by the model trained on every training writer.
//
// Each model is scored as the screen scores a message (its best window or clause, the model's
// stand-downs counted as missed) by the very trainer the committed model comes from
// (train-model.ts), and compared at a fixed innocent-flag allowance: its line is set where it
// flags that share (--allow, default 0.5 % and 1 %, the first near the committed lines) of the development files' innocent messages, which no
// model here trains on. Per writer it prints recall for self-harm and grooming (writers with at
// least MIN_POSITIVES of the kind) and the share of the writer's own innocent messages flagged;
// then the mean and the worst writer. The model alone is scored, never the rules.
//
// Usage: npx tsx scripts/screen-writers.ts [--kinds all] [--with own-9] [--without own-8,own-11] [--rep screen|char[+senses2][+vectors]]
//        [--l2 0.0002] [--allow 0.005,0.01] [--judge DIR]
// --judge DIR scores a fresh held-out file (every *.jsonl in DIR) by aggregate figures only, with
// the model trained on every training writer and the whole screen: never a text or an id.
// The last line is key=value for every figure.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { contextFromJson } from '../src/lib/domain/screening/context-json.js';
import { MODEL_KINDS, type ModelKind } from '../src/lib/domain/screening/classifier.js';
import { createScreener } from '../src/lib/domain/screening/index.js';
import { parseCorpus, scoreCorpus, type CorpusItem } from '../src/lib/domain/screening/scoring.js';
import { fit, ITERATIONS, L2, score, SCREEN_REPRESENTATION, vectorise, type Doc, type Representation } from '../src/lib/domain/screening/train-model.js';
import { DEV_FILES, DEV_FOLDER } from './lib/dev-files.js';
import { charGrams, loadVectors, senses, withVectors } from './lib/model-variants.js';

const FIXTURES = new URL('../tests/fixtures/screening/', import.meta.url);
const CORPUS_FILES = ['personal.jsonl', 'teacher.jsonl', 'innocent.jsonl'];
/** The kinds scored: self-harm and grooming, or every kind with --kinds all. */
const KINDS: readonly ModelKind[] = process.argv.includes('all') ? MODEL_KINDS : ['selfharm', 'grooming'];
/** A writer's recall of a kind counts in the mean and worst only with this many messages of it. */
const MIN_POSITIVES = 20;

interface Writer {
	name: string;
	items: CorpusItem[];
	/** Trained on (but for its own fold); otherwise only ever scored. */
	trains: boolean;
	/** A development file (never trained on, its innocent messages set the line), or a training-side writer. */
	dev: boolean;
}

const argument = (name: string): string | undefined => {
	const at = process.argv.indexOf(name);
	return at < 0 ? undefined : process.argv[at + 1];
};

function read(folder: URL, names: readonly string[]): CorpusItem[] {
	return names.filter((n) => existsSync(new URL(n, folder))).flatMap((n) => parseCorpus(readFileSync(new URL(n, folder), 'utf8'), n));
}

function writers(withNext: ReadonlySet<string>, without: ReadonlySet<string>): Writer[] {
	const out: Writer[] = [
		{ name: 'tuning', items: read(FIXTURES, CORPUS_FILES), trains: true, dev: false },
		{ name: 'tuning-2', items: read(new URL('tuning-2/', FIXTURES), CORPUS_FILES), trains: true, dev: false }
	];
	const training = new URL('training/', FIXTURES);
	for (const file of readdirSync(training)
		.filter((n) => n.endsWith('.jsonl'))
		.sort())
		out.push({ name: file.replace('.jsonl', ''), items: read(training, [file]), trains: !without.has(file.replace('.jsonl', '')), dev: false });
	const next = new URL('training-next/', FIXTURES);
	for (const file of readdirSync(next)
		.filter((n) => n.endsWith('.jsonl'))
		.sort()) {
		const name = file.replace('.jsonl', '');
		out.push({ name, items: read(next, [file]), trains: withNext.has(name), dev: false });
	}
	for (const dev of DEV_FILES)
		out.push({ name: dev.field ?? dev.files.join('+').replace(/\.jsonl/g, ''), items: read(DEV_FOLDER, dev.files), trains: false, dev: true });
	return out;
}

function representation(name: string): Representation {
	const [base, ...parts] = name.split('+');
	let rep: Representation = SCREEN_REPRESENTATION;
	if (base === 'char') rep = charGrams(3, 5, Number(argument('--buckets') ?? 0), false);
	else if (base === 'charx') rep = charGrams(3, 5, Number(argument('--buckets') ?? 0), true);
	else if (base !== 'screen') throw new Error(`unknown representation ${base}`);
	for (const part of parts) {
		if (part.startsWith('senses')) {
			// senses<reach>[c][=group/group…]: c keeps only class-with-class pairs.
			const [head, groups] = part.split('=');
			const pairsOnly = (head as string).endsWith('c');
			const reach = Number((head as string).slice(6).replace('c', '') || 2);
			rep = { ...rep, ...senses(reach, rep.featuresAt.bind(rep), groups?.split('/'), pairsOnly) };
		} else if (part.startsWith('vectors')) {
			const path = argument('--vectors') ?? '/tmp/model11-wink/vec100k.json';
			rep = { ...withVectors(loadVectors(path, Number(argument('--vector-words') ?? 50_000)), Number(part.slice(7) || 1), rep.featuresAt.bind(rep)) };
		} else throw new Error(`unknown part ${part}`);
	}
	return rep;
}

/** The line that flags `allow` of the calibration scores (between ranks, as the trainer reads a rate). */
function lineAt(scores: readonly number[], allow: number): number {
	const sorted = [...scores].sort((a, b) => b - a);
	const rank = Math.max(0, Math.ceil(allow * sorted.length) - 1);
	return ((sorted[rank] as number) + (sorted[rank + 1] ?? (sorted[rank] as number))) / 2;
}

interface FoldResult {
	/** Per kind: the writer's items' scores. */
	scores: Map<ModelKind, number[]>;
	/** Per allowance, per kind: the line. */
	line: Map<number, Map<ModelKind, number>>;
}

function main(): void {
	const withNext = new Set((argument('--with') ?? '').split(',').filter((n) => n !== ''));
	const repName = argument('--rep') ?? 'screen';
	const allowances = (argument('--allow') ?? '0.005,0.01').split(',').map(Number);
	const options = { l2: Number(argument('--l2') ?? L2), iterations: Number(argument('--iterations') ?? ITERATIONS) };
	const without = new Set((argument('--without') ?? '').split(',').filter((n) => n !== ''));
	const all = writers(withNext, without);
	const judgeDir = argument('--judge');
	const judgeItems =
		judgeDir === undefined
			? []
			: readdirSync(judgeDir)
					.filter((n) => n.endsWith('.jsonl'))
					.sort()
					.flatMap((n) => parseCorpus(readFileSync(`${judgeDir}/${n}`, 'utf8'), n));

	const started = Date.now();
	const rep = representation(repName);
	const trainers = all.filter((w) => w.trains);
	const items = [...all.flatMap((w) => w.items), ...judgeItems];
	const owner = all.flatMap((w) => w.items.map(() => w));
	/**
	 * Every message read with the features a model trained without `held` keeps (those in two of its
	 * training messages, as the committed model keeps them), and the messages of each writer.
	 */
	const readWithout = (held: Writer | undefined): { docsOf: Map<Writer, Doc[]>; judgeDocs: Doc[]; size: number } => {
		const { docs, vocabulary } = vectorise(items, rep, (i) => owner[i] !== undefined && owner[i] !== held && (owner[i] as Writer).trains);
		const docsOf = new Map<Writer, Doc[]>();
		let at = 0;
		for (const w of all) {
			docsOf.set(w, docs.slice(at, at + w.items.length));
			at += w.items.length;
		}
		return { docsOf, judgeDocs: docs.slice(at), size: vocabulary.length };
	};
	const calibrationOf = (docsOf: Map<Writer, Doc[]>): Doc[] =>
		all.filter((w) => w.dev).flatMap((w) => (docsOf.get(w) as Doc[]).filter((d) => d.item.category === 'innocent'));

	const scoreWith = (weights: ReadonlyMap<ModelKind, Float64Array>, target: readonly Doc[]): Map<ModelKind, number[]> =>
		new Map(
			KINDS.map((kind) => {
				const c = MODEL_KINDS.indexOf(kind);
				const w = weights.get(kind) as Float64Array;
				return [kind, target.map((d) => (d.standsDown[c] ? -Infinity : score(w, d, kind)))];
			})
		);
	const trainOn = (train: readonly Doc[], size: number): Map<ModelKind, Float64Array> =>
		new Map(KINDS.map((kind) => [kind, fit(train, MODEL_KINDS.indexOf(kind), size, options)]));
	const lines = (weights: ReadonlyMap<ModelKind, Float64Array>, calibration: readonly Doc[]): Map<number, Map<ModelKind, number>> => {
		const cal = scoreWith(weights, calibration);
		return new Map(allowances.map((allow) => [allow, new Map(KINDS.map((kind) => [kind, lineAt(cal.get(kind) as number[], allow)]))]));
	};

	const results = new Map<Writer, FoldResult>();
	const docsOfAll = new Map<Writer, Doc[]>();
	for (const held of trainers) {
		const { docsOf, size } = readWithout(held);
		docsOfAll.set(held, docsOf.get(held) as Doc[]);
		const weights = trainOn(
			trainers.filter((w) => w !== held).flatMap((w) => docsOf.get(w) as Doc[]),
			size
		);
		results.set(held, { scores: scoreWith(weights, docsOf.get(held) as Doc[]), line: lines(weights, calibrationOf(docsOf)) });
	}
	const { docsOf, judgeDocs, size } = readWithout(undefined);
	const full = trainOn(
		trainers.flatMap((w) => docsOf.get(w) as Doc[]),
		size
	);
	const calibrationDocs = calibrationOf(docsOf);
	const fullLines = lines(full, calibrationDocs);
	for (const w of all.filter((x) => !x.trains)) {
		docsOfAll.set(w, docsOf.get(w) as Doc[]);
		results.set(w, { scores: scoreWith(full, docsOf.get(w) as Doc[]), line: fullLines });
	}
	console.log(
		`representation ${repName}, l2 ${options.l2}, ${size} features, ${items.length} messages; lines at ${allowances.map((a) => `${(a * 100).toFixed(2)} %`).join(' and ')} of ${calibrationDocs.length} development innocent messages`
	);

	const fields: string[] = [];
	const f3 = (x: number): string => x.toFixed(3);
	allowances.forEach((allow, a) => {
		// Fields of the first allowance keep plain names; later ones end in _at<per mille>.
		const suffix = a === 0 ? '' : `_at${Math.round(allow * 1000)}`;
		console.log(`\n== line at ${(allow * 100).toFixed(2)} % of the development files' innocent messages`);
		console.log(`writer          trains  ${KINDS.map((k) => `${k} held/of`.padStart(20)).join('')}   innocent flagged`);
		const perKind = new Map<ModelKind, { name: string; recall: number; dev: boolean }[]>(KINDS.map((k) => [k, []]));
		for (const w of all) {
			const r = results.get(w) as FoldResult;
			const line = r.line.get(allow) as Map<ModelKind, number>;
			const wd = docsOfAll.get(w) as Doc[];
			const cells = KINDS.map((kind) => {
				const c = MODEL_KINDS.indexOf(kind);
				const scores = r.scores.get(kind) as number[];
				const pos = wd.map((d, i) => [d, scores[i] as number] as const).filter(([d]) => d.labels[c]);
				const held = pos.filter(([, s]) => s >= (line.get(kind) as number)).length;
				if (pos.length >= MIN_POSITIVES) perKind.get(kind)?.push({ name: w.name, recall: held / pos.length, dev: w.dev });
				return pos.length === 0 ? ''.padStart(20) : `${held}/${pos.length} ${f3(held / pos.length)}`.padStart(20);
			});
			const innocent = wd.map((d, i) => [d, i] as const).filter(([d]) => d.item.category === 'innocent');
			const flagged = innocent.filter(([, i]) => KINDS.some((kind) => ((r.scores.get(kind) as number[])[i] as number) >= (line.get(kind) as number))).length;
			console.log(
				`${w.name.padEnd(15)} ${(w.trains ? 'yes' : 'no').padEnd(6)}  ${cells.join('')}   ${innocent.length === 0 ? '' : `${flagged}/${innocent.length}`}`
			);
		}
		for (const kind of KINDS) {
			const rows = perKind.get(kind) ?? [];
			const summary = (subset: typeof rows, label: string, key: string): void => {
				if (subset.length === 0) return;
				const mean = subset.reduce((sum, r) => sum + r.recall, 0) / subset.length;
				const worst = subset.reduce((x, y) => (y.recall < x.recall ? y : x));
				console.log(`${kind.padEnd(9)} ${label.padEnd(22)} mean ${f3(mean)}  worst ${f3(worst.recall)} (${worst.name}) over ${subset.length} writers`);
				fields.push(`${key}${kind}_mean${suffix}=${f3(mean)}`, `${key}${kind}_worst${suffix}=${f3(worst.recall)}`);
			};
			summary(rows, 'all writers', '');
			summary(
				rows.filter((r) => !r.dev),
				'training-side writers',
				'train_'
			);
			summary(
				rows.filter((r) => r.dev),
				'development writers',
				'dev_'
			);
		}
		const full = fullLines.get(allow) as Map<ModelKind, number>;
		console.log(`full model (every training writer): ${KINDS.map((k) => `${k} line ${f3(full.get(k) as number)}`).join(', ')}`);
	});

	if (judgeDir !== undefined) {
		const judged = scoreWith(full, judgeDocs);
		const judgeLine = fullLines.get(allowances[0] as number) as Map<ModelKind, number>;
		const cells = KINDS.map((kind) => {
			const c = MODEL_KINDS.indexOf(kind);
			const pos = judgeDocs.map((d, i) => [d, (judged.get(kind) as number[])[i] as number] as const).filter(([d]) => d.labels[c]);
			const held = pos.filter(([, s]) => s >= (judgeLine.get(kind) as number)).length;
			fields.push(`judge_model_${kind}=${f3(held / Math.max(1, pos.length))}`);
			return `${kind} ${held}/${pos.length}`;
		});
		const innocent = judgeDocs.map((d, i) => [d, i] as const).filter(([d]) => d.item.category === 'innocent');
		const flagged = innocent.filter(([, i]) => KINDS.some((kind) => ((judged.get(kind) as number[])[i] as number) >= (judgeLine.get(kind) as number))).length;
		fields.push(`judge_model_innocent_flagged=${flagged}`);
		console.log(`\njudge (${judgeItems.length} messages, model alone at the same line): ${cells.join(', ')}, innocent flagged ${flagged}/${innocent.length}`);
		// The whole screen as committed (rules and the committed model), aggregate figures only.
		const contextFile = `${judgeDir}/context.json`;
		const context = existsSync(contextFile) ? contextFromJson(JSON.parse(readFileSync(contextFile, 'utf8'))) : {};
		const whole = scoreCorpus(judgeItems, createScreener(context).screen);
		const screenFields = [
			`judge_hold_recall=${f3(whole.holdRecall)}`,
			`judge_allow_fpr=${f3(whole.allowFpr)}`,
			`judge_selfharm_held=${f3(whole.selfharmHeld)}`,
			`judge_grooming_held=${f3(whole.groomingHeld)}`,
			`judge_urgent_on_innocent=${whole.urgentOnInnocent}`
		];
		console.log(`judge, whole screen as committed: ${screenFields.join(' ')}`);
		fields.push(...screenFields);
	}
	console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
	console.log(
		`rep=${repName} l2=${options.l2} allow=${allowances.join(',')} with=${[...withNext].join(',') || 'none'} without=${[...without].join(',') || 'none'} ${fields.join(' ')}`
	);
}

main();
