// Benchmark the screen against bare `bad-words` on the labelled corpus.
// Prints precision/recall per kind, the false-positive rate, throughput of
// both side by side, and p99 latency for 500-character messages. The last
// line is machine-readable and its shape must not change.

import { readFileSync } from 'node:fs';
import { Filter } from 'bad-words';
import { createScreener, type ScreeningContext } from '../src/lib/domain/screening/index.js';
import { parseCorpus, scoreCorpus, type CorpusItem } from '../src/lib/domain/screening/scoring.js';

const FIXTURES = new URL('../tests/fixtures/screening/', import.meta.url);
const CORPUS_FILES = ['personal.jsonl', 'teacher.jsonl', 'innocent.jsonl'];
const RUN_MS = 2500;

function loadCorpus(): CorpusItem[] {
	return CORPUS_FILES.flatMap((name) => parseCorpus(readFileSync(new URL(name, FIXTURES), 'utf8'), name));
}

function throughput(texts: readonly string[], fn: (text: string) => unknown): number {
	for (let i = 0; i < 2000; i += 1) fn(texts[i % texts.length] as string); // warm up the JIT
	let count = 0;
	const started = performance.now();
	let elapsed = 0;
	while (elapsed < RUN_MS) {
		for (let i = 0; i < texts.length; i += 1) fn(texts[i] as string);
		count += texts.length;
		elapsed = performance.now() - started;
	}
	return Math.round(count / (elapsed / 1000));
}

function longMessages(texts: readonly string[], n: number): string[] {
	const out: string[] = [];
	for (let k = 0; out.length < n; k += 7) {
		let message = '';
		for (let j = k; message.length < 500; j += 1) message += texts[j % texts.length] + ' ';
		out.push(message.slice(0, 500));
	}
	return out;
}

function p99Ms(texts: readonly string[], fn: (text: string) => unknown): number {
	for (const text of texts) fn(text);
	const times: number[] = [];
	for (let round = 0; round < 5; round += 1) {
		for (const text of texts) {
			const t0 = performance.now();
			fn(text);
			times.push(performance.now() - t0);
		}
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length * 0.99)] ?? 0;
}

function main(): void {
	const items = loadCorpus();
	const context = JSON.parse(readFileSync(new URL('context.json', FIXTURES), 'utf8')) as ScreeningContext;
	const screener = createScreener(context);
	const score = scoreCorpus(items, screener.screen);
	console.log(`corpus: ${items.length} items (${score.counts.personal} personal, ${score.counts.teacher} teacher, ${score.counts.innocent} innocent)`);
	console.log('kind        precision  recall   tp  fp  fn');
	for (const k of score.perKind) {
		console.log(`${k.kind.padEnd(11)} ${k.precision.toFixed(3).padStart(9)} ${k.recall.toFixed(3).padStart(7)} ${String(k.truePositives).padStart(4)} ${String(k.falsePositives).padStart(3)} ${String(k.falseNegatives).padStart(3)}`);
	}
	console.log(`personal recall: plain=${score.plainRecall.toFixed(3)} disguised=${score.disguisedRecall.toFixed(3)}`);
	console.log(`innocent false-positive rate: ${score.allowFpr.toFixed(4)}`);
	for (const miss of score.misses) console.log(`  miss ${miss.item.id} (${miss.item.category}): ${JSON.stringify(miss.item.text)} -> ${miss.result.verdict}`);

	const texts = items.map((item) => item.text);
	const filter = new Filter();
	const screenRate = throughput(texts, (t) => screener.screen(t));
	const badWordsRate = throughput(texts, (t) => filter.isProfane(t));
	console.log(`throughput (msgs/s, ${RUN_MS} ms each): screen=${screenRate} bad-words isProfane=${badWordsRate} ratio=${(screenRate / badWordsRate).toFixed(1)}x`);
	const p99 = p99Ms(longMessages(texts, 400), (t) => screener.screen(t));
	console.log(`p99 latency for 500-character messages: ${p99.toFixed(3)} ms`);
	console.log(
		`block_recall=${score.blockRecall.toFixed(3)} hold_recall=${score.holdRecall.toFixed(3)} allow_fpr=${score.allowFpr.toFixed(3)} msgs_per_s=${screenRate} badwords_msgs_per_s=${badWordsRate} p99_ms=${p99.toFixed(2)}`
	);
}

main();
