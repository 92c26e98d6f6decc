import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextFromJson } from './context-json.js';
import { createScreener } from './screen.js';
import { parseCorpus, scoreCorpus } from './scoring.js';

// Two tuning sets, each with its own school: the first written with the rules,
// the second (tuning-2/) written by someone who never read the screen's code and
// then tuned on. The blind set (blind/) is never read here: only the benchmark
// scores it, and prints no texts.
const root = new URL('../../../../tests/fixtures/screening/', import.meta.url);

function load(folder: URL) {
	const items = ['personal.jsonl', 'teacher.jsonl', 'innocent.jsonl'].flatMap((name) => parseCorpus(readFileSync(new URL(name, folder), 'utf8'), name));
	const context = contextFromJson(JSON.parse(readFileSync(new URL('context.json', folder), 'utf8')));
	const screener = createScreener(context);
	const score = scoreCorpus(items, screener.screen);
	const misses = (): string => score.misses.map((m) => `${m.item.id}: ${m.item.text} -> ${m.result.verdict}`).join('\n');
	return { items, screener, score, misses };
}

/** Every finding of every item points at real, non-empty text in that item. */
function itGivesEveryFindingASpanInsideItsText(items: Corpus['items'], screener: Corpus['screener']): void {
	it('gives every finding a span inside its text', () => {
		for (const item of items) {
			for (const f of screener.screen(item.text).findings) {
				expect(f.start).toBeGreaterThanOrEqual(0);
				expect(f.end).toBeLessThanOrEqual(item.text.length);
				expect(f.end).toBeGreaterThan(f.start);
			}
		}
	});
}

type Corpus = ReturnType<typeof load>;

describe('labelled corpus (first tuning set)', () => {
	const { items, screener, score, misses } = load(root);

	it('has at least 600 items in every category', () => {
		expect(items.length).toBeGreaterThanOrEqual(600);
		expect(score.counts.personal).toBeGreaterThanOrEqual(250);
		expect(score.counts.teacher).toBeGreaterThanOrEqual(100);
		expect(score.counts.innocent).toBeGreaterThanOrEqual(250);
	});

	it('blocks plain personal details (recall >= 0.99)', () => {
		expect(score.plainRecall, misses()).toBeGreaterThanOrEqual(0.99);
	});

	it('blocks disguised personal details (recall >= 0.95)', () => {
		expect(score.disguisedRecall, misses()).toBeGreaterThanOrEqual(0.95);
	});

	it('holds teacher language (recall >= 0.95)', () => {
		expect(score.holdRecall, misses()).toBeGreaterThanOrEqual(0.95);
	});

	it('lets innocent messages through (false-positive rate <= 1%)', () => {
		expect(score.allowFpr, misses()).toBeLessThanOrEqual(0.01);
	});

	it('raises no urgent alert on an innocent message', () => {
		expect(score.urgentOnInnocent).toBe(0);
	});

	itGivesEveryFindingASpanInsideItsText(items, screener);
});

describe('second tuning set (tuning-2, its own school and roster)', () => {
	const { items, screener, score, misses } = load(new URL('tuning-2/', root));

	it('has its 708 items', () => {
		expect(items.length).toBe(708);
	});

	it('blocks personal details (recall >= 0.95)', () => {
		expect(score.blockRecall, misses()).toBeGreaterThanOrEqual(0.95);
	});

	it('holds teacher language (recall >= 0.95), self-harm and grooming (>= 0.9)', () => {
		expect(score.holdRecall, misses()).toBeGreaterThanOrEqual(0.95);
		expect(score.selfharmHeld, misses()).toBeGreaterThanOrEqual(0.9);
		expect(score.groomingHeld, misses()).toBeGreaterThanOrEqual(0.9);
	});

	it('lets innocent messages through (false-positive rate <= 2%) with no urgent alert', () => {
		expect(score.allowFpr, misses()).toBeLessThanOrEqual(0.02);
		expect(score.urgentOnInnocent).toBe(0);
	});

	itGivesEveryFindingASpanInsideItsText(items, screener);
});
