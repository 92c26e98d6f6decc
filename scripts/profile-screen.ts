// Where the screen's time goes, for speed work: screens the bench's messages (the tuning corpus,
// with its context, as `npm run bench:screen` does) for a while, and its 500-character messages,
// so a CPU profile (`node --cpu-prof`) or the printed CPU time per message can be compared before
// and after a change. Prints no texts.
//   npx tsx scripts/profile-screen.ts [corpus|long|both] [seconds]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/profile-screen.ts long 10

import { existsSync, readFileSync } from 'node:fs';
import { createScreener } from '../src/lib/domain/screening/index.js';
import { contextFromJson } from '../src/lib/domain/screening/context-json.js';
import { parseCorpus } from '../src/lib/domain/screening/scoring.js';
import { longMessages } from './lib/long-messages.js';

const FIXTURES = new URL('../tests/fixtures/screening/', import.meta.url);
const items = ['personal.jsonl', 'teacher.jsonl', 'innocent.jsonl']
	.filter((name) => existsSync(new URL(name, FIXTURES)))
	.flatMap((name) => parseCorpus(readFileSync(new URL(name, FIXTURES), 'utf8'), name));
const contextFile = new URL('context.json', FIXTURES);
const screener = createScreener(existsSync(contextFile) ? contextFromJson(JSON.parse(readFileSync(contextFile, 'utf8'))) : {});
const texts = items.map((item) => item.text);
const innocent = items.filter((item) => item.category === 'innocent').map((item) => item.text);

// CPU microseconds per message, best of several batches (the least disturbed by other processes).
function perMessage(set: readonly string[], seconds: number): number {
	for (let i = 0; i < 3; i += 1) for (const t of set) screener.screen(t);
	let best = Infinity;
	const until = performance.now() + seconds * 1000;
	while (performance.now() < until) {
		const t0 = process.cpuUsage();
		for (const t of set) screener.screen(t);
		const used = process.cpuUsage(t0);
		best = Math.min(best, (used.user + used.system) / set.length);
	}
	return best;
}

const what = process.argv[2] ?? 'both';
const seconds = Number(process.argv[3] ?? 6);
if (what === 'corpus' || what === 'both') console.log(`corpus message: ${perMessage(texts, seconds).toFixed(1)} µs (${texts.length} messages)`);
if (what === 'innocent' || what === 'both') console.log(`innocent message: ${perMessage(innocent, seconds).toFixed(1)} µs (${innocent.length} messages)`);
if (what === 'long' || what === 'both') console.log(`500-character message: ${perMessage(longMessages(texts, 400), seconds).toFixed(1)} µs`);
