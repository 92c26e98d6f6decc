// The one reader of regular-expression source in the screen. Two analyses are written over
// the tree it builds: pattern-needs.ts (a cheap test every match of a long pattern passes)
// and phrase-beginnings.ts (how a phrase rule's match can begin). Each node keeps where it
// stands in the source, so an analysis can cut a piece's own text out again.
//
// It reads the syntax the detectors write: literals, escapes, character classes, groups,
// look-arounds, anchors and quantifiers. Anything else (back-references, named groups,
// \u{…}, \p{…}, the v flag, a quantified assertion) throws UnreadablePattern, and the
// analyses then give no shortcut: the whole pattern is run, which is always right.
//
// A hand-written reader rather than a parser from npm: the screen runs in the browser,
// where regjsparser (78 kB) or @eslint-community/regexpp (110 kB; it also validates every
// feature, and took about twice as long to read these patterns the first time) would
// outweigh the analyses they serve, and the screen reads every pattern it uses as it starts.

export type GroupKind = 'plain' | 'ahead' | 'not-ahead' | 'behind' | 'not-behind';

interface Span {
	/** Where the node's source begins and ends: `source.slice(start, end)`. */
	start: number;
	end: number;
}

/**
 * A node without children: one character ('char'), a class ('set': in brackets, or \d \w
 * \s and their capitals), `.` ('any'), or ^ $ \b \B ('anchor', matching no characters).
 * All four have every field, in one order, so code reading nodes meets three shapes in
 * all: reading a node of one of many shapes is slow until the code is optimised, and the
 * screen reads its patterns as it starts.
 */
export interface Leaf extends Span {
	t: 'char' | 'set' | 'any' | 'anchor';
	/** The character, for 'char'. */
	char: string;
	/** For 'set', as the rest: whether written [^…]. */
	negated: boolean;
	/** Characters and ranges, as pairs of inclusive code points. */
	ranges: number[];
	/** How many characters `ranges` holds. */
	size: number;
	/** The \d \D \w \W \s \S letters it holds. */
	shorthands: string;
}

export type PatternNode =
	| Leaf
	| (Span & { t: 'group'; kind: GroupKind; branches: PatternNode[][]; innerStart: number; innerEnd: number })
	| (Span & { t: 'repeat'; node: PatternNode; min: number; max: number });

// Shared by every leaf that lists no characters; nothing writes to a tree once read.
const NO_RANGES: number[] = [];

function leaf(t: Leaf['t'], start: number, end: number, char = '', negated = false, ranges = NO_RANGES, size = 0, shorthands = ''): Leaf {
	return { t, start, end, char, negated, ranges, size, shorthands };
}

export interface PatternTree {
	source: string;
	/** The top-level alternatives, each a sequence of nodes. */
	branches: PatternNode[][];
}

export class UnreadablePattern extends Error {}

/** Read `pattern` into its tree; throws UnreadablePattern for syntax outside the reader's. */
export function readPattern(pattern: RegExp): PatternTree {
	if (pattern.flags.includes('v')) throw new UnreadablePattern();
	const reader: Reader = { src: pattern.source, at: 0, unicode: pattern.unicode };
	const branches = readBranches(reader);
	if (reader.at !== reader.src.length) throw new UnreadablePattern();
	return { source: reader.src, branches };
}

interface Reader {
	src: string;
	at: number;
	/** u flag: a character is a whole code point, and a lone brace is not a literal. */
	unicode: boolean;
}

const SHORTHANDS = 'dDwWsS';
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };

function readBranches(r: Reader): PatternNode[][] {
	const branches = [readSequence(r)];
	while (r.src[r.at] === '|') {
		r.at += 1;
		branches.push(readSequence(r));
	}
	return branches;
}

function readSequence(r: Reader): PatternNode[] {
	const seq: PatternNode[] = [];
	while (r.at < r.src.length && r.src[r.at] !== '|' && r.src[r.at] !== ')') {
		const atom = readAtom(r);
		const next = r.src[r.at];
		seq.push(next === '?' || next === '*' || next === '+' || next === '{' ? readQuantified(r, atom) : atom);
	}
	return seq;
}

// Patterns are mostly plain letters, read as the screen starts, before its code is
// optimised: one table lookup sends them the shortest way through.
const NOT_PLAIN = new Uint8Array(128);
for (const c of '()[*+?{^$.\\') NOT_PLAIN[c.charCodeAt(0)] = 1;

function readAtom(r: Reader): PatternNode {
	const start = r.at;
	const ch = r.src[r.at] as string;
	const code = r.src.charCodeAt(r.at);
	if (!r.unicode && (code >= 128 || NOT_PLAIN[code] === 0)) {
		r.at += 1;
		return leaf('char', start, r.at, ch);
	}
	if (ch === '(') return readGroup(r);
	if (ch === '[') return readClass(r);
	if (ch === '*' || ch === '+' || ch === '?' || ch === ')' || (ch === '{' && (r.unicode || quantifierAt(r) !== null))) throw new UnreadablePattern();
	if (ch === '^' || ch === '$' || ch === '.') {
		r.at += 1;
		return leaf(ch === '.' ? 'any' : 'anchor', start, r.at);
	}
	if (ch !== '\\') {
		const char = readChar(r);
		return leaf('char', start, r.at, char);
	}
	const escaped = r.src[r.at + 1] ?? '';
	if (escaped === 'b' || escaped === 'B') {
		r.at += 2;
		return leaf('anchor', start, r.at);
	}
	const item = readEscape(r);
	return typeof item === 'string' ? leaf('char', start, r.at, item) : leaf('set', start, r.at, '', false, NO_RANGES, 0, item.shorthand);
}

function readGroup(r: Reader): PatternNode {
	const start = r.at;
	r.at += 1;
	const kind = groupKindAt(r);
	const innerStart = r.at;
	const branches = readBranches(r);
	if (r.src[r.at] !== ')') throw new UnreadablePattern();
	const innerEnd = r.at;
	r.at += 1;
	return { t: 'group', start, end: r.at, kind, branches, innerStart, innerEnd };
}

/** Read what follows '(': ?: ?= ?! ?<= ?<! or nothing; named groups and modifiers are not read. */
function groupKindAt(r: Reader): GroupKind {
	if (r.src[r.at] !== '?') return 'plain';
	const next = r.src[r.at + 1];
	const behind = next === '<' && (r.src[r.at + 2] === '=' || r.src[r.at + 2] === '!');
	const mark = behind ? r.src[r.at + 2] : next;
	if (mark !== ':' && mark !== '=' && mark !== '!') throw new UnreadablePattern();
	r.at += behind ? 3 : 2;
	if (mark === ':') return 'plain';
	if (mark === '=') return behind ? 'behind' : 'ahead';
	return behind ? 'not-behind' : 'not-ahead';
}

function readClass(r: Reader): Leaf {
	const start = r.at;
	r.at += 1;
	const negated = r.src[r.at] === '^';
	if (negated) r.at += 1;
	const ranges: number[] = [];
	let size = 0;
	let shorthands = '';
	while (r.at < r.src.length && r.src[r.at] !== ']') {
		const from = readClassMember(r);
		if (typeof from !== 'number') {
			shorthands += from.shorthand;
			continue;
		}
		let to = from;
		// A dash between two characters makes a range; before ']' or after a shorthand it is itself.
		if (r.src[r.at] === '-' && r.at + 1 < r.src.length && r.src[r.at + 1] !== ']') {
			r.at += 1;
			const last = readClassMember(r);
			if (typeof last !== 'number') throw new UnreadablePattern();
			to = last;
		}
		ranges.push(from, to);
		size += to - from + 1;
	}
	if (r.src[r.at] !== ']') throw new UnreadablePattern();
	r.at += 1;
	return leaf('set', start, r.at, '', negated, ranges, size, shorthands);
}

/** One character of a class as its code point, or a shorthand class. */
function readClassMember(r: Reader): number | { shorthand: string } {
	if (r.src[r.at] !== '\\') {
		const code = r.unicode ? (r.src.codePointAt(r.at) as number) : r.src.charCodeAt(r.at);
		r.at += code > 0xffff ? 2 : 1;
		return code;
	}
	if (r.src[r.at + 1] === 'b') {
		r.at += 2;
		return 8; // in a class, \b is the backspace character
	}
	const item = readEscape(r);
	return typeof item === 'string' ? (item.codePointAt(0) as number) : item;
}

/** A backslash and what follows: one character, or a shorthand class. */
function readEscape(r: Reader): string | { shorthand: string } {
	r.at += 1;
	const e = r.src[r.at] ?? '';
	if (SHORTHANDS.includes(e) && e !== '') {
		r.at += 1;
		return { shorthand: e };
	}
	const control = CONTROL_ESCAPES[e];
	if (control !== undefined) {
		r.at += 1;
		return control;
	}
	const hex = e === 'x' ? /^x([0-9a-fA-F]{2})/.exec(r.src.slice(r.at)) : e === 'u' ? /^u([0-9a-fA-F]{4})/.exec(r.src.slice(r.at)) : null;
	if (hex !== null) {
		r.at += hex[0].length;
		return String.fromCharCode(parseInt(hex[1] as string, 16));
	}
	if (e === '0' && !/[0-9]/.test(r.src[r.at + 1] ?? '')) {
		r.at += 1;
		return '\0';
	}
	// Back-references, \c, \k, \p, \u{…} and the like: not used by the detectors.
	if (/[0-9a-zA-Z]/.test(e) || e === '') throw new UnreadablePattern();
	return readChar(r);
}

/** One literal character: a UTF-16 unit, or a whole code point under the u flag. */
function readChar(r: Reader): string {
	const char = r.unicode ? String.fromCodePoint(r.src.codePointAt(r.at) as number) : (r.src[r.at] as string);
	r.at += char.length;
	return char;
}

function readQuantified(r: Reader, node: PatternNode): PatternNode {
	const quantifier = quantifierAt(r);
	if (quantifier === null) return node;
	// Only a look-ahead may take one, and nothing here writes it: the tree has no node for it.
	if (node.t === 'anchor' || (node.t === 'group' && node.kind !== 'plain')) throw new UnreadablePattern();
	r.at += quantifier.length;
	if (r.src[r.at] === '?') r.at += 1; // lazy: the same strings
	return { t: 'repeat', start: node.start, end: r.at, node, min: quantifier.min, max: quantifier.max };
}

interface Quantifier {
	min: number;
	max: number;
	length: number;
}

const OPTIONAL: Quantifier = { min: 0, max: 1, length: 1 };
const ANY_NUMBER: Quantifier = { min: 0, max: Infinity, length: 1 };
const AT_LEAST_ONE: Quantifier = { min: 1, max: Infinity, length: 1 };

function quantifierAt(r: Reader): Quantifier | null {
	const ch = r.src[r.at];
	if (ch === '?') return OPTIONAL;
	if (ch === '*') return ANY_NUMBER;
	if (ch === '+') return AT_LEAST_ONE;
	if (ch !== '{') return null;
	const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.at));
	if (m === null) return null;
	const min = Number(m[1]);
	return { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]), length: m[0].length };
}
