// Score the screen on the hold-side dev set (tests/fixtures/screening/dev/*.jsonl):
// sentences written to measure the hold kinds, with hard innocent look-alikes, that
// nothing trains on (scripts/train-screen.ts reads only training/ and the tuning sets)
// and no rule was written from. Prints the figures by kind and every miss, so a change
// can be judged on sentences it was not fitted to. Usage: npx tsx scripts/screen-dev.ts
//
// innocent-2.jsonl (hard innocent look-alikes in children's voices, with real hold/block
// messages close to them) is scored apart, with the dev school's context.json, because its
// approved links and school name only read as innocent for that school.

import { readFileSync } from 'node:fs';
import { contextFromJson } from '../src/lib/domain/screening/context-json.js';
import { createScreener } from '../src/lib/domain/screening/index.js';
import { parseCorpus, scoreCorpus } from '../src/lib/domain/screening/scoring.js';

const DEV = new URL('../tests/fixtures/screening/dev/', import.meta.url);
const LOOKALIKES = 'innocent-2.jsonl';

// The files this script has always scored, so its figures stay comparable; later dev files
// (block-4 with innocent-4, hold-4 with innocent-3) are scored by the benchmark as dev4_* and dev5_*.
const FILES = ['block.jsonl', 'block-2.jsonl', 'block-3.jsonl', 'hold.jsonl', 'hold-3.jsonl'];

const items = FILES.flatMap((name) => parseCorpus(readFileSync(new URL(name, DEV), 'utf8'), name));
const screener = createScreener();
const score = scoreCorpus(items, screener.screen);
const byKind = new Map<string, { hit: number; total: number }>();
for (const item of items) {
	if (item.category !== 'teacher') continue;
	const kind = item.kinds[0] ?? '';
	const tally = byKind.get(kind) ?? { hit: 0, total: 0 };
	tally.total += 1;
	if (!score.misses.some((m) => m.item === item)) tally.hit += 1;
	byKind.set(kind, tally);
}
for (const miss of score.misses) {
	const found = miss.result.findings.map((f) => f.rule).join(',');
	console.log(`miss ${miss.item.id}: ${JSON.stringify(miss.item.text)} -> ${miss.result.verdict} ${found}`);
}
console.log(`\nheld: ${score.holdRecall.toFixed(3)} of ${score.counts.teacher}; ${[...byKind].map(([k, t]) => `${k} ${t.hit}/${t.total}`).join(', ')}`);
const flagged = Math.round(score.allowFpr * score.counts.innocent);
console.log(`innocent flagged: ${flagged} of ${score.counts.innocent} (${(score.allowFpr * 100).toFixed(1)} %); urgent on innocent: ${score.urgentOnInnocent}`);

const lookalikes = parseCorpus(readFileSync(new URL(LOOKALIKES, DEV), 'utf8'), LOOKALIKES);
const devContext = contextFromJson(JSON.parse(readFileSync(new URL('context.json', DEV), 'utf8')));
const second = scoreCorpus(lookalikes, createScreener(devContext).screen);
console.log(`\n== ${LOOKALIKES} (dev school context)`);
for (const miss of second.misses) {
	const found = miss.result.findings.map((f) => f.rule).join(',');
	console.log(`miss ${miss.item.id}: ${JSON.stringify(miss.item.text)} -> ${miss.result.verdict} ${found}`);
}
const flagged2 = Math.round(second.allowFpr * second.counts.innocent);
console.log(`held: ${second.holdRecall.toFixed(3)} of ${second.counts.teacher}; blocked: ${second.blockRecall.toFixed(3)} of ${second.counts.personal}`);
console.log(
	`innocent flagged: ${flagged2} of ${second.counts.innocent} (${(second.allowFpr * 100).toFixed(1)} %); urgent on innocent: ${second.urgentOnInnocent}`
);
