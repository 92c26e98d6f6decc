import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScreener } from './screen.js';
import { parseCorpus, scoreCorpus } from './scoring.js';
import type { ScreeningContext } from './types.js';

const fixtures = new URL('../../../../tests/fixtures/screening/', import.meta.url);
const items = ['personal.jsonl', 'teacher.jsonl', 'innocent.jsonl'].flatMap((name) => parseCorpus(readFileSync(new URL(name, fixtures), 'utf8'), name));
const context = JSON.parse(readFileSync(new URL('context.json', fixtures), 'utf8')) as ScreeningContext;
const score = scoreCorpus(items, createScreener(context).screen);
const describeMisses = (): string => score.misses.map((m) => `${m.item.id}: ${m.item.text} -> ${m.result.verdict}`).join('\n');

describe('labelled corpus', () => {
	it('has at least 600 items in every category', () => {
		expect(items.length).toBeGreaterThanOrEqual(600);
		expect(score.counts.personal).toBeGreaterThanOrEqual(250);
		expect(score.counts.teacher).toBeGreaterThanOrEqual(100);
		expect(score.counts.innocent).toBeGreaterThanOrEqual(250);
	});

	it('blocks plain personal details (recall >= 0.99)', () => {
		expect(score.plainRecall, describeMisses()).toBeGreaterThanOrEqual(0.99);
	});

	it('blocks disguised personal details (recall >= 0.95)', () => {
		expect(score.disguisedRecall, describeMisses()).toBeGreaterThanOrEqual(0.95);
	});

	it('holds teacher language (recall >= 0.95)', () => {
		expect(score.holdRecall, describeMisses()).toBeGreaterThanOrEqual(0.95);
	});

	it('lets innocent messages through (false-positive rate <= 1%)', () => {
		expect(score.allowFpr, describeMisses()).toBeLessThanOrEqual(0.01);
	});

	it('gives every finding a span inside its text', () => {
		const screener = createScreener(context);
		for (const item of items) {
			for (const f of screener.screen(item.text).findings) {
				expect(f.start).toBeGreaterThanOrEqual(0);
				expect(f.end).toBeLessThanOrEqual(item.text.length);
				expect(f.end).toBeGreaterThan(f.start);
			}
		}
	});
});
