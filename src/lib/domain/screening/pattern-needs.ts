// Cheap tests derived from a pattern, so a detector can skip a long pattern on the
// many messages it cannot match, and widening the pattern can never make the test
// skip a message the pattern now matches (a test written by hand beside its pattern
// could). phrases.ts does the same for phrase rules by reading how a match begins.
//
// Why a test is exact: whatever a pattern matches, each run of neighbouring pieces of
// its sequence matches a part of it, at the same place in the same text, so the run's
// own regex finds something in every text the pattern finds something in. The test is
// the most telling cheap run (letters count most, a class of many characters little,
// an optional piece nothing): a big alternation (a list of platforms), a look-behind or
// a wide class repeated a variable number of times splits the runs, since those are
// what make the whole pattern slow. An alternation gets one run per branch, joined; a
// piece too costly to test whole is read inside for its own best run. A pattern with
// nothing telling enough (or that this reader cannot follow) gets no test: always run.

type Piece =
	/** One character, a class or an escape; `score` says how telling it is. */
	| { t: 'atom'; src: string; score: number; wideClass: boolean }
	/** Look-arounds, \b, ^, $: they match no characters, so a run may leave them out. */
	| { t: 'zero'; src: string; keep: boolean; branches: Piece[][] | null }
	| { t: 'group'; src: string; inner: string; branches: Piece[][] }
	| { t: 'rep'; src: string; piece: Piece; min: number; max: number };

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

class Unreadable extends Error {}

const derived = new WeakMap<RegExp, RegExp | null>();

/** The cheap test every match of `pattern` passes, or null when it has none worth running. */
function needsOf(pattern: RegExp): RegExp | null {
	let needs = derived.get(pattern);
	if (needs !== undefined) return needs;
	needs = null;
	try {
		const reader = { src: pattern.source, at: 0 };
		const branches = readBranches(reader);
		if (reader.at !== reader.src.length) throw new Unreadable();
		const best = bestOfBranches(branches);
		if (best !== null && best.score >= MIN_SCORE) needs = new RegExp(best.src, pattern.flags.replace(/[gy]/g, ''));
	} catch (error) {
		if (!(error instanceof Unreadable)) throw error;
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

/** Every match of a global `pattern` in `text`, after its cheap test. */
export function matchesOf(pattern: RegExp, text: string): Iterable<RegExpExecArray> {
	return mayMatch(pattern, text) ? text.matchAll(pattern) : NO_MATCHES;
}

// ---- Choosing the run ----

function bestOfBranches(branches: readonly Piece[][]): Candidate | null {
	const picks: Candidate[] = [];
	for (const branch of branches) {
		const pick = bestOfSequence(branch);
		if (pick === null) return null;
		picks.push(pick);
	}
	if (picks.length === 1) return picks[0] as Candidate;
	return { src: `(?:${picks.map((p) => p.src).join('|')})`, score: Math.min(...picks.map((p) => p.score)) };
}

function bestOfSequence(seq: readonly Piece[]): Candidate | null {
	let best: Candidate | null = null;
	const consider = (c: Candidate | null): void => {
		if (c !== null && c.src.length <= MAX_TEST_SOURCE && (best === null || c.score > best.score || (c.score === best.score && c.src.length < best.src.length)))
			best = c;
	};
	let run: Piece[] = [];
	const closeRun = (): void => {
		consider(candidateOfRun(run));
		run = [];
	};
	for (const piece of seq) {
		if (piece.t === 'zero') {
			// A cheap look-ahead that must match is kept in the run; what any other look-around
			// must match is a test of its own, and \b, ^, $ and negative ones are left out.
			if (isCheap(piece)) run.push(piece);
			else if (piece.branches !== null) {
				closeRun();
				consider(bestOfBranches(piece.branches));
			}
			continue;
		}
		if (isCheap(piece)) {
			run.push(piece);
			continue;
		}
		closeRun();
		consider(insideOf(piece));
	}
	closeRun();
	return best;
}

/** The best run inside a piece too costly to test whole. */
function insideOf(piece: Piece): Candidate | null {
	if (piece.t === 'group') return bestOfBranches(piece.branches);
	if (piece.t === 'rep' && piece.min > 0) return insideOf(piece.piece) ?? (isCheap(piece.piece) ? candidateOfRun([piece.piece]) : null);
	return null;
}

function isCheap(piece: Piece): boolean {
	if (piece.src.length > COSTLY_SOURCE) return false;
	if (piece.t === 'atom') return true;
	if (piece.t === 'zero') return piece.keep && piece.branches !== null && piece.branches.every((b) => b.every(isCheap));
	if (piece.t === 'group') return piece.branches.every((b) => b.every(isCheap));
	// A wide class repeated a variable number of times backtracks; whitespace between words does not.
	if (piece.piece.t === 'atom' && piece.piece.wideClass && piece.min !== piece.max && !/^(?:\\s| )$/.test(piece.piece.src)) return false;
	return piece.piece.t !== 'rep' && isCheap(piece.piece);
}

function candidateOfRun(run: readonly Piece[]): Candidate | null {
	let from = 0;
	let to = run.length;
	// An optional piece or a look-ahead at either end adds nothing a match must have.
	while (from < to && minScore(run[from] as Piece) === 0) from += 1;
	while (to > from && minScore(run[to - 1] as Piece) === 0 && (run[to - 1] as Piece).t !== 'zero') to -= 1;
	if (from === to) return null;
	const pieces = run.slice(from, to);
	const score = pieces.reduce((sum, p) => sum + minScore(p), 0);
	// At the ends, "x+" says no more than "x".
	const srcs = pieces.map((p, i) => (i === 0 || i === pieces.length - 1 ? edgeSource(p) : p.src));
	return { src: srcs.join(''), score };
}

function edgeSource(piece: Piece): string {
	if (piece.t !== 'rep' || piece.min !== 1) return piece.src;
	return piece.piece.t === 'atom' ? piece.piece.src : `(?:${piece.piece.t === 'group' ? piece.piece.inner : piece.piece.src})`;
}

/** How telling the least a piece must match is: a letter 1, a class of many characters 0.2. */
function minScore(piece: Piece): number {
	if (piece.t === 'atom') return piece.score;
	if (piece.t === 'zero') return piece.keep && piece.branches !== null ? Math.min(...piece.branches.map(sequenceScore)) : 0;
	if (piece.t === 'group') return Math.min(...piece.branches.map(sequenceScore));
	return Math.min(piece.min, 3) * minScore(piece.piece);
}

function sequenceScore(seq: readonly Piece[]): number {
	return seq.reduce((sum, p) => sum + minScore(p), 0);
}

// ---- Reading the regex syntax the detectors use ----

interface Reader {
	src: string;
	at: number;
}

function readBranches(r: Reader): Piece[][] {
	const branches: Piece[][] = [readSequence(r)];
	while (r.src[r.at] === '|') {
		r.at += 1;
		branches.push(readSequence(r));
	}
	return branches;
}

function readSequence(r: Reader): Piece[] {
	const seq: Piece[] = [];
	while (r.at < r.src.length && r.src[r.at] !== '|' && r.src[r.at] !== ')') {
		const start = r.at;
		seq.push(readQuantified(r, readAtom(r), start));
	}
	return seq;
}

function readAtom(r: Reader): Piece {
	const start = r.at;
	const ch = r.src[r.at] as string;
	if (ch === '(') {
		r.at += 1;
		const opener = /^\?(?::|=|!|<=|<!)/.exec(r.src.slice(r.at, r.at + 3))?.[0] ?? '';
		if (opener === '' && r.src[r.at] === '?') throw new Unreadable(); // named groups: not used
		r.at += opener.length;
		const innerStart = r.at;
		const branches = readBranches(r);
		if (r.src[r.at] !== ')') throw new Unreadable();
		const inner = r.src.slice(innerStart, r.at);
		r.at += 1;
		const src = r.src.slice(start, r.at);
		if (opener === '?=') return { t: 'zero', src, keep: true, branches };
		if (opener === '?<=') return { t: 'zero', src, keep: false, branches };
		if (opener === '?!' || opener === '?<!') return { t: 'zero', src, keep: false, branches: null };
		return { t: 'group', src, inner, branches };
	}
	if (ch === '[') return readClass(r);
	r.at += 1;
	if (ch === '^' || ch === '$') return { t: 'zero', src: ch, keep: false, branches: null };
	if (ch === '.') return { t: 'atom', src: ch, score: 0, wideClass: true };
	if (ch === '\\') {
		const e = r.src[r.at] as string;
		r.at += 1;
		if (e === 'b' || e === 'B') return { t: 'zero', src: `\\${e}`, keep: false, branches: null };
		if ('dDwWsS'.includes(e)) return { t: 'atom', src: `\\${e}`, score: 0.2, wideClass: true };
		if (/[0-9a-zA-Z]/.test(e)) throw new Unreadable(); // back-references, \u…: not used by the detectors
		return { t: 'atom', src: `\\${e}`, score: 1, wideClass: false };
	}
	if (ch === '*' || ch === '+' || ch === '?' || ch === ')' || ch === '{') throw new Unreadable();
	return { t: 'atom', src: ch, score: ch === ' ' ? 0.5 : 1, wideClass: false };
}

// A class of a few characters ([:=], [a@4]) tells almost as much as a letter; a wide one little.
function readClass(r: Reader): Piece {
	const start = r.at;
	r.at += 1;
	const negated = r.src[r.at] === '^';
	let members = 0;
	let wide = negated;
	while (r.at < r.src.length && r.src[r.at] !== ']') {
		if (r.src[r.at] === '\\') {
			if (/[dDwWsS]/.test(r.src[r.at + 1] ?? '')) wide = true;
			r.at += 2;
		} else if (r.src[r.at + 1] === '-' && r.src[r.at + 2] !== ']' && r.at + 2 < r.src.length) {
			members += (r.src.charCodeAt(r.at + 2) - r.src.charCodeAt(r.at) || 0) + 1;
			r.at += 3;
			continue;
		} else r.at += 1;
		members += 1;
	}
	if (r.src[r.at] !== ']') throw new Unreadable();
	r.at += 1;
	wide ||= members > 4;
	return { t: 'atom', src: r.src.slice(start, r.at), score: wide ? 0.2 : 0.75, wideClass: wide };
}

function readQuantified(r: Reader, piece: Piece, start: number): Piece {
	let min = 1;
	let max = 1;
	const ch = r.src[r.at];
	if (ch === '?') [min, max] = [0, 1];
	else if (ch === '*') [min, max] = [0, Infinity];
	else if (ch === '+') [min, max] = [1, Infinity];
	else if (ch === '{') {
		const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.at));
		if (m === null) throw new Unreadable();
		min = Number(m[1]);
		max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
		r.at += m[0].length - 1;
	} else return piece;
	r.at += 1;
	if (r.src[r.at] === '?') r.at += 1; // lazy: the same strings
	if (piece.t === 'zero') return piece;
	return { t: 'rep', src: r.src.slice(start, r.at), piece, min, max };
}
