// Score the screen on the hold-side dev set (tests/fixtures/screening/dev/*.jsonl):
// sentences written to measure the hold kinds, with hard innocent look-alikes, that
// nothing trains on (scripts/train-screen.ts reads only training/ and the tuning sets)
// and no rule was written from. Prints the figures by kind and every miss, so a change
// can be judged on sentences it was not fitted to. Usage: npx tsx scripts/screen-dev.ts
//
// The files marked 'apart' in scripts/lib/dev-files.ts (innocent-2.jsonl: hard innocent
// look-alikes in children's voices, with real hold/block messages close to them) are each
// scored apart, with the dev school's context.json, because their approved links and school
// name only read as innocent for that school.

import { readFileSync } from 'node:fs';
import { contextFromJson } from '../src/lib/domain/screening/context-json.js';
import { createScreener } from '../src/lib/domain/screening/index.js';
import { parseCorpus, scoreCorpus } from '../src/lib/domain/screening/scoring.js';
import { DEV_FOLDER, screenDevFiles } from './lib/dev-files.js';

// The files this script has always scored, pooled, so its figures stay comparable; later dev
// files are scored by the benchmark alone (dev4_* onwards), from the same table.
const FILES = screenDevFiles('pooled');

const items = FILES.flatMap((name) => parseCorpus(readFileSync(new URL(name, DEV_FOLDER), 'utf8'), name));
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

const devContext = contextFromJson(JSON.parse(readFileSync(new URL('context.json', DEV_FOLDER), 'utf8')));
for (const name of screenDevFiles('apart')) {
	const apart = parseCorpus(readFileSync(new URL(name, DEV_FOLDER), 'utf8'), name);
	const apartScore = scoreCorpus(apart, createScreener(devContext).screen);
	console.log(`\n== ${name} (dev school context)`);
	for (const miss of apartScore.misses) {
		const found = miss.result.findings.map((f) => f.rule).join(',');
		console.log(`miss ${miss.item.id}: ${JSON.stringify(miss.item.text)} -> ${miss.result.verdict} ${found}`);
	}
	const apartFlagged = Math.round(apartScore.allowFpr * apartScore.counts.innocent);
	console.log(
		`held: ${apartScore.holdRecall.toFixed(3)} of ${apartScore.counts.teacher}; blocked: ${apartScore.blockRecall.toFixed(3)} of ${apartScore.counts.personal}`
	);
	console.log(
		`innocent flagged: ${apartFlagged} of ${apartScore.counts.innocent} (${(apartScore.allowFpr * 100).toFixed(1)} %); urgent on innocent: ${apartScore.urgentOnInnocent}`
	);
}
