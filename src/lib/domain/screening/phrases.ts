// Shared matcher for phrase rules (meeting, secrecy, unkind, chain). Phrases
// are written against the word view, so apostrophes are gone ("dont",
// "youre") and punctuation is a single space.
//
// Speed: each rule's pattern is read once to list how its match can begin (its
// first word, up to three letters), and a message tries only the rules whose
// beginnings occur among its words' beginnings. That is exact, not a guess: the
// word view is words of [a-z0-9] joined by single spaces, and every pattern
// starts with `(?<![a-z0-9])`, so a match always begins at the start of a word.

import type { WordView } from './normalise.js';
import type { FindingKind, RawFinding } from './types.js';

export interface PhraseRule {
	rule: string;
	pattern: RegExp;
	/** If this matches the words around the phrase, it is innocent ("nice to meet you"). */
	unless?: RegExp;
	/** A cheap test every match needs; skips the full pattern for most messages. */
	needs?: RegExp;
}

/** Shorthand children use for "you", "you're", "are"; spliced into patterns. */
export const YOU = '(?:you|u|ya|yu|yoo)';
export const YOURE = '(?:youre|you are|u are|u r|you r|yr|you re|ure|u re|youse)';
export const ILL = '(?:ill|i will|i ll|im going to|im gonna|i am going to|i am gonna|imma|ima|im gunna|i wil|il)';

const WORD_START = '(?<![a-z0-9])';

/**
 * Turn source text into a global, word-bounded regex for the word view. When every
 * match begins with a letter or digit, `\b` says the same as the look-behind there
 * (the view has no other characters) and lets the regex engine skip ahead far faster.
 */
export function phrase(source: string): RegExp {
	const pattern = new RegExp(`${WORD_START}(?:${source})(?![a-z0-9])`, 'g');
	return beginsWithWordChar(pattern) ? new RegExp(`\\b(?:${source})(?![a-z0-9])`, 'g') : pattern;
}

/** Every match of every rule, as findings of one kind. */
export function matchPhrases(view: WordView, rules: readonly PhraseRule[], kind: FindingKind): RawFinding[] {
	const findings: RawFinding[] = [];
	const text = view.text;
	const candidates = candidatesFor(view, indexOf(rules));
	for (let r = 0; r < rules.length; r += 1) {
		if (candidates !== null && (candidates & (1 << r)) === 0) continue;
		const { rule, pattern, unless, needs } = rules[r] as PhraseRule;
		if (needs !== undefined && !needs.test(text)) continue;
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
			if (unless !== undefined) {
				const window = text.slice(Math.max(0, m.index - 40), Math.min(text.length, m.index + m[0].length + 40));
				if (unless.test(window)) continue;
			}
			const end = m.index + m[0].length;
			findings.push({ kind, start: view.starts[m.index] ?? 0, end: view.ends[end - 1] ?? 0, rule });
		}
	}
	return findings;
}

// How many letters of a word a beginning holds.
const DEPTH = 3;
// A beginning of one to three letters or digits as a number: base 37, 0 for "no letter".
const BASE = 37;

function letterCode(c: number): number {
	if (c >= 97 && c <= 122) return c - 96;
	if (c >= 48 && c <= 57) return c - 48 + 27;
	return -1;
}

function beginningKey(s: string): number {
	let key = 0;
	for (let k = s.length - 1; k >= 0; k -= 1) key = key * BASE + letterCode(s.charCodeAt(k));
	return key;
}

interface RuleIndex {
	/** Which list this is in the shared index. */
	id: number;
	/** Rules tried on every message (their beginning could not be read). */
	always: number;
}

// One index shared by every list of rules, so a message's words are looked up once for all
// of them: beginning -> pairs of (list id, the rules of that list it may set off, one bit each).
const shared = new Map<number, number[]>();
let lists = 0;
const indexCache = new WeakMap<readonly PhraseRule[], RuleIndex | null>();

/** The rules' beginnings, read once per list; null (no index) for a list too long for one bit each. */
function indexOf(rules: readonly PhraseRule[]): RuleIndex | null {
	let index = indexCache.get(rules);
	if (index !== undefined) return index;
	index = rules.length > 31 ? null : { id: lists, always: 0 };
	if (index !== null) {
		lists += 1;
		for (let r = 0; r < rules.length; r += 1) {
			const beginnings = patternBeginnings((rules[r] as PhraseRule).pattern);
			if (beginnings === null) index.always |= 1 << r;
			else
				for (const b of beginnings) {
					const key = beginningKey(b);
					const entry = shared.get(key) ?? [];
					if (entry[entry.length - 2] === index.id) entry[entry.length - 1] = (entry[entry.length - 1] as number) | (1 << r);
					else entry.push(index.id, 1 << r);
					shared.set(key, entry);
				}
		}
	}
	indexCache.set(rules, index);
	return index;
}

// Per view: the rules each list may need, worked out once from the words' beginnings
// (again if a list was added to the shared index since).
const masksCache = new WeakMap<WordView, { lists: number; masks: Int32Array }>();

function masksOf(view: WordView): Int32Array {
	const cached = masksCache.get(view);
	if (cached !== undefined && cached.lists === lists) return cached.masks;
	const masks = new Int32Array(lists);
	for (const token of view.tokens) {
		const w = token.text;
		let key = 0;
		let scale = 1;
		for (let k = 0; k < DEPTH && k < w.length; k += 1) {
			const code = letterCode(w.charCodeAt(k));
			if (code < 0) break;
			key += code * scale;
			scale *= BASE;
			const entry = shared.get(key);
			if (entry !== undefined)
				for (let e = 0; e < entry.length; e += 2) masks[entry[e] as number] = (masks[entry[e] as number] as number) | (entry[e + 1] as number);
		}
	}
	masksCache.set(view, { lists, masks });
	return masks;
}

/** The rules worth trying on a view, one bit each; null means all of them. */
function candidatesFor(view: WordView, index: RuleIndex | null): number | null {
	if (index === null) return null;
	return index.always | (masksOf(view)[index.id] as number);
}

// ---- Reading a pattern's possible beginnings ----
// A small reader for the regex syntax the rules use. It lists, for every way a
// match can start, its first letters up to DEPTH, stopping early at a space, at
// the end of the match or at a wide character class ([a-z], \d): a shorter
// beginning is a weaker test, never a wrong one. Look-arounds and anchors take
// no letters, so they are stepped over. Anything it cannot read, and any
// pattern that could begin with no letter at all, gives null: always tried.

type Node =
	/** `chars` lists a narrow class ([a@4]) and is null for a wide one; `wordOnly`: every character is [a-z0-9]. */
	{ t: 'chars'; chars: string | null; wordOnly: boolean } | { t: 'zero' } | { t: 'alt'; alts: Node[][] } | { t: 'rep'; node: Node; min: number; max: number };

class Unreadable extends Error {}

// A class with more characters than this stops the beginning there.
const NARROW = 4;
const MAX_BEGINNINGS = 400;

/** True when the pattern was made by `phrase`, so a match can only start at a word of the view. */
function wordBounded(pattern: RegExp): boolean {
	return !pattern.ignoreCase && !pattern.multiline && !pattern.unicode && (pattern.source.startsWith(WORD_START) || pattern.source.startsWith('\\b(?:'));
}

/** True when every match of a `phrase` pattern begins with a letter or a digit. */
function beginsWithWordChar(pattern: RegExp): boolean {
	try {
		const reader = { src: pattern.source, at: 0 };
		const tree = readAlternation(reader);
		if (reader.at !== reader.src.length) return false;
		const first = { wordOnly: true };
		// One letter deep: every way to begin must take a first character, and only [a-z0-9].
		const open = walk([tree], new Set(['']), new Set(), { depth: 1, first });
		return first.wordOnly && open.size === 0;
	} catch (error) {
		if (error instanceof Unreadable) return false;
		throw error;
	}
}

function patternBeginnings(pattern: RegExp): string[] | null {
	if (!wordBounded(pattern)) return null;
	try {
		const reader = { src: pattern.source, at: 0 };
		const tree = readAlternation(reader);
		if (reader.at !== reader.src.length) return null;
		const found = new Set<string>();
		const open = walk([tree], new Set(['']), found, { depth: DEPTH, first: { wordOnly: true } });
		for (const s of open) found.add(s);
		if (found.has('') || found.size > MAX_BEGINNINGS) return null;
		return [...found];
	} catch (error) {
		if (error instanceof Unreadable) return null;
		throw error;
	}
}

interface Reader {
	src: string;
	at: number;
}

function readAlternation(r: Reader): Node {
	const alts: Node[][] = [readSequence(r)];
	while (r.src[r.at] === '|') {
		r.at += 1;
		alts.push(readSequence(r));
	}
	return { t: 'alt', alts };
}

function readSequence(r: Reader): Node[] {
	const seq: Node[] = [];
	while (r.at < r.src.length && r.src[r.at] !== '|' && r.src[r.at] !== ')') seq.push(readQuantified(r, readAtom(r)));
	return seq;
}

function readAtom(r: Reader): Node {
	const ch = r.src[r.at] as string;
	if (ch === '(') {
		r.at += 1;
		// A look-around takes no letters: read it, then drop it.
		const opener = /^\?(?::|=|!|<=|<!)/.exec(r.src.slice(r.at, r.at + 3))?.[0] ?? '';
		if (opener === '' && r.src[r.at] === '?') throw new Unreadable();
		r.at += opener.length;
		const zero = opener.length > 0 && opener !== '?:';
		const inner = readAlternation(r);
		if (r.src[r.at] !== ')') throw new Unreadable();
		r.at += 1;
		return zero ? { t: 'zero' } : inner;
	}
	if (ch === '[') return readClass(r);
	r.at += 1;
	if (ch === '^' || ch === '$') return { t: 'zero' };
	if (ch === '.') return { t: 'chars', chars: null, wordOnly: false };
	if (ch === '\\') return readEscape(r);
	if (ch === '*' || ch === '+' || ch === '?' || ch === ')') throw new Unreadable();
	return literal(ch);
}

function literal(ch: string): Node {
	return { t: 'chars', chars: ch, wordOnly: /[a-z0-9]/.test(ch) };
}

function readEscape(r: Reader): Node {
	const e = r.src[r.at] as string;
	r.at += 1;
	if (e === 'b' || e === 'B') return { t: 'zero' };
	if ('dDwWsS'.includes(e)) return { t: 'chars', chars: null, wordOnly: e === 'd' };
	if (/[0-9a-zA-Z]/.test(e)) throw new Unreadable(); // back-references, \n, \t, \u…: not used by the rules
	return literal(e);
}

function readClass(r: Reader): Node {
	r.at += 1;
	if (r.src[r.at] === '^') {
		while (r.at < r.src.length && r.src[r.at] !== ']') r.at += r.src[r.at] === '\\' ? 2 : 1;
		r.at += 1;
		return { t: 'chars', chars: null, wordOnly: false };
	}
	let chars = '';
	let wide = false;
	let wordy = true;
	while (r.at < r.src.length && r.src[r.at] !== ']') {
		let c = r.src[r.at] as string;
		r.at += 1;
		if (c === '\\') {
			const e = r.src[r.at] as string;
			r.at += 1;
			if (/[0-9a-zA-Z]/.test(e)) {
				wide = true;
				if (e !== 'd') wordy = false;
				continue;
			}
			c = e;
		}
		if (r.src[r.at] === '-' && r.src[r.at + 1] !== ']' && r.at + 1 < r.src.length) {
			const to = r.src[r.at + 1] as string;
			if (to === '\\') throw new Unreadable();
			r.at += 2;
			for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code += 1) chars += String.fromCharCode(code);
			continue;
		}
		chars += c;
	}
	if (r.src[r.at] !== ']') throw new Unreadable();
	r.at += 1;
	wordy &&= /^[a-z0-9]*$/.test(chars);
	return { t: 'chars', chars: wide || chars.length > NARROW ? null : chars, wordOnly: wordy };
}

function readQuantified(r: Reader, node: Node): Node {
	let min = 1;
	let max = 1;
	const ch = r.src[r.at];
	if (ch === '?') [min, max] = [0, 1];
	else if (ch === '*') [min, max] = [0, Infinity];
	else if (ch === '+') [min, max] = [1, Infinity];
	else if (ch === '{') {
		const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.at));
		if (m === null) return node;
		min = Number(m[1]);
		max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
		r.at += m[0].length - 1;
	} else return node;
	r.at += 1;
	if (r.src[r.at] === '?') r.at += 1; // lazy: same strings
	if (node.t === 'zero') return node;
	return { t: 'rep', node, min, max };
}

interface Walk {
	/** How many letters a beginning holds. */
	depth: number;
	/** Cleared when some match can begin with a character other than [a-z0-9]. */
	first: { wordOnly: boolean };
}

/** Carry the unfinished beginnings in `open` through a sequence; finished ones go to `found`. */
function walk(seq: readonly Node[], open: Set<string>, found: Set<string>, how: Walk): Set<string> {
	let current = open;
	for (const node of seq) {
		if (current.size === 0) break;
		current = step(node, current, found, how);
		if (found.size + current.size > MAX_BEGINNINGS * 4) throw new Unreadable();
	}
	return current;
}

function step(node: Node, open: Set<string>, found: Set<string>, how: Walk): Set<string> {
	if (node.t === 'zero') return open;
	if (node.t === 'alt') {
		const next = new Set<string>();
		for (const alt of node.alts) for (const s of walk(alt, open, found, how)) next.add(s);
		return next;
	}
	if (node.t === 'rep') {
		let current = open;
		for (let i = 0; i < node.min && current.size > 0; i += 1) current = step(node.node, current, found, how);
		const all = new Set(current);
		// Each further copy adds a letter to every beginning still open, so depth + 1 copies cover them all.
		const extra = Math.min(node.max - node.min, how.depth + 1);
		for (let i = 0; i < extra && current.size > 0; i += 1) {
			current = step(node.node, current, found, how);
			for (const s of current) all.add(s);
		}
		return all;
	}
	const next = new Set<string>();
	for (const s of open) {
		if (s.length === 0 && !node.wordOnly) how.first.wordOnly = false;
		if (node.chars === null) {
			found.add(s);
			continue;
		}
		for (const c of node.chars) {
			if (!/[a-z0-9]/.test(c)) found.add(s);
			else if (s.length + 1 >= how.depth) found.add(s + c);
			else next.add(s + c);
		}
	}
	return next;
}
