// Corpus scoring shared by the corpus spec and the benchmark: parses labelled
// items and measures recall for personal details and teacher language, the
// false-positive rate on innocent messages, and precision/recall per kind.

import { BLOCK_KINDS, HOLD_KINDS, type FindingKind, type ScreeningResult, type Verdict } from './types.js';

export type CorpusCategory = 'personal' | 'teacher' | 'innocent';

export interface CorpusItem {
	id: string;
	text: string;
	category: CorpusCategory;
	verdict: Verdict;
	kinds: FindingKind[];
	/** How the detail is written; the blind sets say `disguised: true|false` instead. */
	style?: PersonalStyle;
	disguised?: boolean;
}

export type PersonalStyle = 'plain' | 'disguised' | 'subtle';

/** A personal item's style, from `style` or the blind sets' `disguised` flag; undefined when unlabelled. */
function styleOf(item: CorpusItem): PersonalStyle | undefined {
	if (item.style !== undefined) return item.style;
	if (item.disguised === undefined) return undefined;
	return item.disguised ? 'disguised' : 'plain';
}

export interface KindScore {
	kind: FindingKind;
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number;
	recall: number;
}

export interface CorpusScore {
	plainRecall: number;
	disguisedRecall: number;
	subtleRecall: number;
	/** How many personal items carry each style (a style with none has recall 1 and is not printed). */
	styleCounts: Record<PersonalStyle, number>;
	blockRecall: number;
	holdRecall: number;
	allowFpr: number;
	counts: Record<CorpusCategory, number>;
	perKind: KindScore[];
	/** Items labelled self-harm (grooming) in which the screen found that kind. */
	selfharmHeld: number;
	groomingHeld: number;
	/** Innocent items the screen would raise an urgent DSL alert for: the target is none. */
	urgentOnInnocent: number;
	misses: { item: CorpusItem; result: ScreeningResult }[];
}

const ALL_KINDS: readonly FindingKind[] = [...BLOCK_KINDS, ...HOLD_KINDS];

interface Tally {
	hit: number;
	total: number;
}

/** Parse JSON lines; throws with the line number on a malformed item. */
export function parseCorpus(jsonl: string, source = 'corpus'): CorpusItem[] {
	const items: CorpusItem[] = [];
	jsonl.split('\n').forEach((line, index) => {
		if (line.trim() === '') return;
		const item = JSON.parse(line) as CorpusItem;
		if (typeof item.id !== 'string' || typeof item.text !== 'string' || !Array.isArray(item.kinds)) {
			throw new Error(`${source}:${index + 1}: item needs id, text and kinds`);
		}
		items.push(item);
	});
	return items;
}

const ratio = (hit: number, total: number): number => (total === 0 ? 1 : hit / total);

/** Screen every item and score the results against their labels. */
export function scoreCorpus(items: readonly CorpusItem[], screen: (text: string) => ScreeningResult): CorpusScore {
	const fresh = (): Tally => ({ hit: 0, total: 0 });
	const tally = { plain: fresh(), disguised: fresh(), subtle: fresh(), personal: fresh(), teacher: fresh(), innocent: fresh() };
	const perKind = new Map(ALL_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
	const misses: CorpusScore['misses'] = [];
	const held = { selfharm: fresh(), grooming: fresh() };
	let urgentOnInnocent = 0;
	for (const item of items) {
		const result = screen(item.text);
		const found = new Set(result.findings.map((f) => f.kind));
		if (item.category === 'innocent' && result.severity === 'urgent') urgentOnInnocent += 1;
		for (const kind of ['selfharm', 'grooming'] as const) {
			if (!item.kinds.includes(kind)) continue;
			held[kind].total += 1;
			held[kind].hit += found.has(kind) ? 1 : 0;
		}
		const ok = isCorrect(item, result, found);
		if (!ok) misses.push({ item, result });
		const bucket = tally[item.category];
		bucket.hit += ok ? 1 : 0;
		bucket.total += 1;
		const style = item.category === 'personal' ? styleOf(item) : undefined;
		if (style !== undefined) {
			tally[style].hit += ok ? 1 : 0;
			tally[style].total += 1;
		}
		for (const kind of ALL_KINDS) {
			const counts = perKind.get(kind) as { tp: number; fp: number; fn: number };
			const expected = item.kinds.includes(kind);
			if (expected && found.has(kind)) counts.tp += 1;
			else if (expected) counts.fn += 1;
			else if (found.has(kind)) counts.fp += 1;
		}
	}
	return {
		plainRecall: ratio(tally.plain.hit, tally.plain.total),
		disguisedRecall: ratio(tally.disguised.hit, tally.disguised.total),
		subtleRecall: ratio(tally.subtle.hit, tally.subtle.total),
		styleCounts: { plain: tally.plain.total, disguised: tally.disguised.total, subtle: tally.subtle.total },
		blockRecall: ratio(tally.personal.hit, tally.personal.total),
		holdRecall: ratio(tally.teacher.hit, tally.teacher.total),
		allowFpr: 1 - ratio(tally.innocent.hit, tally.innocent.total),
		counts: { personal: tally.personal.total, teacher: tally.teacher.total, innocent: tally.innocent.total },
		perKind: ALL_KINDS.map((kind) => {
			const c = perKind.get(kind) as { tp: number; fp: number; fn: number };
			return { kind, truePositives: c.tp, falsePositives: c.fp, falseNegatives: c.fn, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
		}),
		selfharmHeld: ratio(held.selfharm.hit, held.selfharm.total),
		groomingHeld: ratio(held.grooming.hit, held.grooming.total),
		urgentOnInnocent,
		misses
	};
}

// Personal: blocked. Teacher: caught with one of the expected kinds (a block also
// reaches a teacher). Innocent: allowed, nothing held.
function isCorrect(item: CorpusItem, result: ScreeningResult, found: Set<FindingKind>): boolean {
	if (item.category === 'personal') return result.verdict === 'block';
	if (item.category === 'teacher') return result.verdict !== 'allow' && item.kinds.some((k) => found.has(k));
	return result.verdict === 'allow';
}
