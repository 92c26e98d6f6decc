// Guard for speed work on the screen: runs it over every fixture set
// (tests/fixtures/screening/**/*.jsonl, blind sets included) and writes, or
// compares against, a snapshot of each message's full result (verdict,
// severity, alerts, every finding's kind, rule and span). Only results are
// stored and only ids are printed, never texts, so nothing here tunes on the
// blind sets. Each message is screened three ways: with its folder's school
// context, with the default context plus the two messages before it as the
// writer's recent ones, and as part of 500-character messages joined from its set.
//   npx tsx scripts/screen-snapshot.ts write /tmp/screen-before.json
//   npx tsx scripts/screen-snapshot.ts compare /tmp/screen-before.json

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScreener, type ScreeningResult } from '../src/lib/domain/screening/index.js';
import { contextFromJson } from '../src/lib/domain/screening/context-json.js';
import { parseCorpus } from '../src/lib/domain/screening/scoring.js';

const ROOT = new URL('../tests/fixtures/screening/', import.meta.url).pathname;

function folders(dir: string): string[] {
	const out = [dir];
	for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) out.push(...folders(join(dir, entry.name)));
	return out;
}

function summary(result: ScreeningResult): string {
	return JSON.stringify([
		result.verdict,
		result.severity,
		result.alerts,
		result.findings.map((f) => [f.kind, f.rule, f.start, f.end, f.explanation, f.forTeacher])
	]);
}

function snapshot(): Map<string, string> {
	const results = new Map<string, string>();
	const plain = createScreener();
	for (const dir of folders(ROOT)) {
		const contextFile = join(dir, 'context.json');
		const screener = createScreener(existsSync(contextFile) ? contextFromJson(JSON.parse(readFileSync(contextFile, 'utf8'))) : {});
		const label = dir.slice(ROOT.length) || '.';
		const texts: string[] = [];
		for (const file of readdirSync(dir)
			.filter((name) => name.endsWith('.jsonl'))
			.sort()) {
			const items = parseCorpus(readFileSync(join(dir, file), 'utf8'), file);
			items.forEach((item, i) => {
				const key = `${label}/${file}#${i}:${item.id}`;
				results.set(`${key}/context`, summary(screener.screen(item.text)));
				const recent = items.slice(Math.max(0, i - 2), i).map((earlier) => earlier.text);
				results.set(`${key}/recent`, summary(plain.screen(item.text, recent)));
				texts.push(item.text);
			});
		}
		for (let k = 0; k < texts.length; k += 3) {
			let message = '';
			for (let j = k; message.length < 500; j += 1) message += texts[j % texts.length] + ' ';
			results.set(`${label}/long#${k}`, summary(screener.screen(message.slice(0, 500))));
		}
	}
	return results;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || file === undefined) {
	console.error('usage: screen-snapshot.ts write|compare <file>');
	process.exit(2);
}
const now = snapshot();
if (mode === 'write') {
	writeFileSync(file, JSON.stringify(Object.fromEntries(now)));
	console.log(`wrote ${now.size} results to ${file}`);
} else {
	const before = new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
	const changed = [...now.keys()].filter((key) => before.get(key) !== now.get(key));
	const missing = [...before.keys()].filter((key) => !now.has(key));
	console.log(`compared ${now.size} results (snapshot had ${before.size}): ${changed.length} changed, ${missing.length} missing`);
	for (const key of [...changed, ...missing].slice(0, 40)) console.log(`  differs: ${key}`);
	process.exit(changed.length + missing.length === 0 ? 0 : 1);
}
