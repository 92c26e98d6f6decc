// Cheap tests derived from a pattern, so a detector can skip a long pattern on the
// many messages it cannot match, and widening the pattern can never make the test
// skip a message the pattern now matches (a test written by hand beside its pattern
// could). phrase-beginnings.ts does the same for phrase rules by reading how a match
// begins; both read the pattern's tree from pattern-tree.ts.
//
// Why a test is exact: whatever a pattern matches, each run of neighbouring pieces of
// its sequence matches a part of it, at the same place in the same text, so the run's
// own regex finds something in every text the pattern finds something in. The test is
// the most telling cheap run (letters count most, a class of many characters little,
// an optional piece nothing): a big alternation (a list of platforms), a look-behind or
// a wide class repeated a variable number of times splits the runs, since those are
// what make the whole pattern slow. An alternation gets one run per branch, joined; a
// piece too costly to test whole is read inside for its own best run. A pattern with
// nothing telling enough (or that the reader cannot follow) gets no test: always run.

import { readPattern, UnreadablePattern, type PatternNode } from './pattern-tree.js';

interface Candidate {
	src: string;
	score: number;
}

// A piece whose source is longer than this (a list of platforms) is read inside instead.
const COSTLY_SOURCE = 60;
// A test telling less than a letter or a class of a few characters ([:=]) is not worth its scan.
const MIN_SCORE = 0.75;
// A test longer than this (every platform's name again) costs about what the pattern does.
const MAX_TEST_SOURCE = 200;

const derived = new WeakMap<RegExp, RegExp | null>();

/** The cheap test every match of `pattern` passes, or null when it has none worth running. */
function needsOf(pattern: RegExp): RegExp | null {
	let needs = derived.get(pattern);
	if (needs !== undefined) return needs;
	needs = null;
	try {
		const tree = readPattern(pattern);
		const best = bestOfBranches(tree.source, tree.branches);
		if (best !== null && best.score >= MIN_SCORE) needs = new RegExp(best.src, pattern.flags.replace(/[gy]/g, ''));
	} catch (error) {
		if (!(error instanceof UnreadablePattern)) throw error;
	}
	derived.set(pattern, needs);
	return needs;
}

/** One test for a list of patterns: passed by every text any of them matches; null if one has none. */
export function needsOfAny(patterns: readonly RegExp[]): RegExp | null {
	const tests = patterns.map(needsOf);
	const flags = tests[0]?.flags;
	if (tests.some((t) => t === null || t.flags !== flags)) return null;
	return new RegExp(tests.map((t) => (t as RegExp).source).join('|'), flags);
}

/** True unless the derived test proves `pattern` cannot match `text`. */
export function mayMatch(pattern: RegExp, text: string): boolean {
	const needs = needsOf(pattern);
	return needs === null || needs.test(text);
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * Every match of a global `pattern` in `text`, after its cheap test. The same matches
 * `text.matchAll(pattern)` gives, found with the pattern itself: matchAll first copies the
 * pattern, which for a long one (every platform's name) cost more than its scan of a message.
 * Its lastIndex is read and put back as matchAll leaves it, and the matches are all found
 * before the caller reads one, so nothing the caller does can change them.
 */
export function matchesOf(pattern: RegExp, text: string): Iterable<RegExpExecArray> {
	if (!mayMatch(pattern, text)) return NO_MATCHES;
	if (!pattern.global) return text.matchAll(pattern);
	const unicode = pattern.unicode || pattern.unicodeSets;
	const kept = pattern.lastIndex;
	const found: RegExpExecArray[] = [];
	try {
		for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
			found.push(m);
			// An empty match moves on by one character (a whole code point when the pattern reads them), as matchAll does.
			if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, unicode);
		}
	} finally {
		pattern.lastIndex = kept;
	}
	return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
	if (!unicode || index + 1 >= text.length) return index + 1;
	const first = text.charCodeAt(index);
	if (first < 0xd800 || first > 0xdbff) return index + 1;
	const second = text.charCodeAt(index + 1);
	return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}

// ---- Choosing the run ----
// Each function takes the pattern's source, `src`, to cut a node's own text out of it.

function bestOfBranches(src: string, branches: readonly PatternNode[][]): Candidate | null {
	const picks: Candidate[] = [];
	for (const branch of branches) {
		const pick = bestOfSequence(src, branch);
		if (pick === null) return null;
		picks.push(pick);
	}
	if (picks.length === 1) return picks[0] as Candidate;
	return { src: `(?:${picks.map((p) => p.src).join('|')})`, score: Math.min(...picks.map((p) => p.score)) };
}

function bestOfSequence(src: string, seq: readonly PatternNode[]): Candidate | null {
	let best: Candidate | null = null;
	const consider = (c: Candidate | null): void => {
		if (c !== null && c.src.length <= MAX_TEST_SOURCE && (best === null || c.score > best.score || (c.score === best.score && c.src.length < best.src.length)))
			best = c;
	};
	let run: PatternNode[] = [];
	const closeRun = (): void => {
		consider(candidateOfRun(src, run));
		run = [];
	};
	for (const node of seq) {
		if (matchesNothing(node)) {
			// A cheap look-ahead that must match is kept in the run; what any other look-around
			// must match is a test of its own, and \b, ^, $ and negative ones are left out.
			const must = mustMatch(node);
			if (isCheap(src, node)) run.push(node);
			else if (must !== null) {
				closeRun();
				consider(bestOfBranches(src, must));
			}
			continue;
		}
		if (isCheap(src, node)) {
			run.push(node);
			continue;
		}
		closeRun();
		consider(insideOf(src, node));
	}
	closeRun();
	return best;
}

/** The best run inside a node too costly to test whole. */
function insideOf(src: string, node: PatternNode): Candidate | null {
	if (node.t === 'group' && node.kind === 'plain') return bestOfBranches(src, node.branches);
	if (node.t === 'repeat' && node.min > 0) return insideOf(src, node.node) ?? (isCheap(src, node.node) ? candidateOfRun(src, [node.node]) : null);
	return null;
}

function isCheap(src: string, node: PatternNode): boolean {
	if (node.end - node.start > COSTLY_SOURCE) return false;
	if (node.t === 'group') return (node.kind === 'plain' || node.kind === 'ahead') && node.branches.every((b) => b.every((n) => isCheap(src, n)));
	if (node.t === 'anchor') return false;
	if (node.t !== 'repeat') return true;
	// A wide class repeated a variable number of times backtracks; whitespace between words does not.
	const inner = node.node;
	if (isWide(inner) && node.min !== node.max && !/^(?:\\s| )$/.test(src.slice(inner.start, inner.end))) return false;
	return isCheap(src, inner);
}

function candidateOfRun(src: string, run: readonly PatternNode[]): Candidate | null {
	let from = 0;
	let to = run.length;
	// An optional piece or a look-ahead at either end adds nothing a match must have.
	while (from < to && minScore(run[from] as PatternNode) === 0) from += 1;
	while (to > from && minScore(run[to - 1] as PatternNode) === 0 && !matchesNothing(run[to - 1] as PatternNode)) to -= 1;
	if (from === to) return null;
	const nodes = run.slice(from, to);
	const score = nodes.reduce((sum, n) => sum + minScore(n), 0);
	// At the ends, "x+" says no more than "x".
	const srcs = nodes.map((n, i) => (i === 0 || i === nodes.length - 1 ? edgeSource(src, n) : src.slice(n.start, n.end)));
	return { src: srcs.join(''), score };
}

function edgeSource(src: string, node: PatternNode): string {
	if (node.t !== 'repeat' || node.min !== 1) return src.slice(node.start, node.end);
	const inner = node.node;
	if (inner.t === 'group') return `(?:${src.slice(inner.innerStart, inner.innerEnd)})`;
	return isAtom(inner) ? src.slice(inner.start, inner.end) : `(?:${src.slice(inner.start, inner.end)})`;
}

/** How telling the least a node must match is: a letter 1, a class of many characters 0.2. */
function minScore(node: PatternNode): number {
	if (node.t === 'char') return node.char === ' ' ? 0.5 : 1;
	if (node.t === 'any') return 0;
	if (node.t === 'set') return isWide(node) ? 0.2 : 0.75;
	if (node.t === 'repeat') return Math.min(node.min, 3) * minScore(node.node);
	const must = node.t === 'group' && node.kind !== 'behind' ? mustMatch(node) : null;
	return must === null ? 0 : Math.min(...must.map(sequenceScore));
}

function sequenceScore(seq: readonly PatternNode[]): number {
	return seq.reduce((sum, n) => sum + minScore(n), 0);
}

function isAtom(node: PatternNode): boolean {
	return node.t === 'char' || node.t === 'set' || node.t === 'any';
}

/** Anchors and look-arounds: they match no characters, so a run may leave them out. */
function matchesNothing(node: PatternNode): boolean {
	return node.t === 'anchor' || (node.t === 'group' && node.kind !== 'plain');
}

/** What a group or positive look-around must match, as alternatives; null for anything else. */
function mustMatch(node: PatternNode): PatternNode[][] | null {
	return node.t === 'group' && (node.kind === 'plain' || node.kind === 'ahead' || node.kind === 'behind') ? node.branches : null;
}

// A class of a few characters ([:=], [a@4]) tells almost as much as a letter; a wide one little.
function isWide(node: PatternNode): boolean {
	if (node.t === 'any') return true;
	if (node.t !== 'set') return false;
	return node.negated || node.shorthands !== '' || node.size > 4;
}
