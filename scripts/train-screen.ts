// Train the screen's word model (src/lib/domain/screening/classifier.ts) and write
// its weights to src/lib/domain/screening/classifier-model.json.
//
// Trains ONLY on the tuning corpus (tests/fixtures/screening/*.jsonl), the second
// tuning set (tuning-2/) and the sentences written for the model
// (tests/fixtures/screening/training/*.jsonl); it never opens a blind* folder.
// How it trains is in src/lib/domain/screening/train-model.ts; thresholds come
// from cross-validation on these sets, never from a blind set.
//
// `--check` trains and compares with the committed file instead of writing it.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseCorpus, type CorpusItem } from '../src/lib/domain/screening/scoring.js';
import { modelJson, trainModel } from '../src/lib/domain/screening/train-model.js';

const FIXTURES = new URL('../tests/fixtures/screening/', import.meta.url);
const OUT = new URL('../src/lib/domain/screening/classifier-model.json', import.meta.url);
const CORPUS_FILES = ['personal.jsonl', 'teacher.jsonl', 'innocent.jsonl'];

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

function main(): void {
	const { model, report } = trainModel(loadItems());
	for (const line of report) console.log(line);
	const json = modelJson(model);
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
