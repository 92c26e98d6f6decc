// Micro-benchmark of the word model alone (classifyHolds in classifier.ts) on the tuning corpus
// (tests/fixtures/screening/*.jsonl and tuning-2/): each message's word view and reading of who is
// speaking are made before the clock starts, so only the model's own cost per message is timed.
// Prints the median of several rounds, in microseconds a message. Usage: npx tsx scripts/bench-model.ts

import { readFileSync } from 'node:fs';
import { classifyHolds } from '../src/lib/domain/screening/classifier.js';
import { buildWordView, normaliseText } from '../src/lib/domain/screening/normalise.js';
import { parseCorpus } from '../src/lib/domain/screening/scoring.js';
import { readSpeaking } from '../src/lib/domain/screening/speaking.js';

const FIXTURES = new URL('../tests/fixtures/screening/', import.meta.url);
const FILES = ['personal.jsonl', 'teacher.jsonl', 'innocent.jsonl'];
const ROUNDS = 15;
const PASSES = 20;

const texts = [FIXTURES, new URL('tuning-2/', FIXTURES)].flatMap((folder) =>
	FILES.flatMap((name) => parseCorpus(readFileSync(new URL(name, folder), 'utf8'), name).map((item) => item.text))
);
const prepared = texts.map((text) => {
	const view = buildWordView(normaliseText(text));
	return { text, view, speaking: readSpeaking(view.text) };
});
const none = new Set<string>();

let found = 0;
const run = (): void => {
	for (const { text, view, speaking } of prepared) found += classifyHolds(view, text, none, speaking).length;
};
// Warm up: the word caches fill and the JIT settles.
for (let i = 0; i < 5; i += 1) run();
const perMessage: number[] = [];
for (let r = 0; r < ROUNDS; r += 1) {
	const started = process.hrtime.bigint();
	for (let p = 0; p < PASSES; p += 1) run();
	perMessage.push(Number(process.hrtime.bigint() - started) / 1000 / (PASSES * prepared.length));
}
perMessage.sort((a, b) => a - b);
const median = perMessage[Math.floor(ROUNDS / 2)] as number;
console.log(
	`${prepared.length} messages, ${ROUNDS} rounds of ${PASSES} passes: median ${median.toFixed(2)} µs a message (fastest ${(perMessage[0] as number).toFixed(2)}, slowest ${(perMessage[ROUNDS - 1] as number).toFixed(2)}); ${found} findings`
);
