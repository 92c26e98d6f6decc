// Shared matcher for phrase rules (meeting, secrecy, unkind, chain). Phrases
// are written against the word view, so apostrophes are gone ("dont",
// "youre") and punctuation is a single space.
//
// Speed: each rule's pattern is read once to list how its match can begin (its
// first letters, up to eight and across a space: phrase-beginnings.ts), and a
// message tries only the rules whose beginnings occur among its words'
// beginnings. That is exact, not a guess: the word view is words of [a-z0-9]
// joined by single spaces, and every pattern starts with `(?<![a-z0-9])` (or
// `\b` where that says the same), so a match always begins at the start of a word.

import type { WordToken, WordView } from './normalise.js';
import { BEGINNING_DEPTH, beginsWithWordChar, patternBeginnings } from './phrase-beginnings.js';
import { readPattern, UnreadablePattern, type PatternNode } from './pattern-tree.js';
import { readSpeaking, type FrameSet, type Speaking } from './speaking.js';
import type { FindingKind, RawFinding } from './types.js';

export interface PhraseRule {
	rule: string;
	pattern: RegExp;
	/** If this matches the words around the phrase, it is innocent ("nice to meet you"). */
	unless?: RegExp;
	/** Frames (speaking.ts) that make the phrase innocent when one of their cues is among the words around it. */
	standsDownIn?: FrameSet;
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

/**
 * Every match of every rule, as findings of one kind. `speaking` is the message's reading
 * (speaking.ts), asked by rules with `standsDownIn`; without one it is read when first needed.
 */
export function matchPhrases(view: WordView, rules: readonly PhraseRule[], kind: FindingKind, speaking?: Speaking): RawFinding[] {
	const findings: RawFinding[] = [];
	const reading: ReadingOf = { view, speaking };
	const text = view.text;
	const index = indexOf(rules);
	const words = index === null ? null : wordsOf(view);
	const candidates = index === null || words === null ? null : index.always | (words.masks[index.id] as number);
	for (let r = 0; r < rules.length; r += 1) {
		if (candidates !== null) {
			// Straight to the next rule this message may set off: the lowest of its bits from r on, so
			// the rules are still tried in their order (and their findings come in that order).
			const rest = candidates & ~((1 << r) - 1);
			if (rest === 0) break;
			r = 31 - Math.clz32(rest & -rest);
		}
		const bit = 1 << r;
		const { rule, pattern, unless, needs, standsDownIn } = rules[r] as PhraseRule;
		const indexed = index !== null && words !== null && (index.always & bit) === 0;
		// A rule tried only at a few words asks its cheap test at its first match instead of first:
		// the test scans the whole text, which cost more than those tries (15 tests against 27
		// tries a long message), and most tries find nothing. Only a test that keeps no state
		// (no g or y flag) is moved, so asking it later, or not at all, cannot change its answer.
		const askLater = indexed && needs !== undefined && !needs.global && !needs.sticky;
		if (needs !== undefined && !askLater && !needs.test(text)) continue;
		if (indexed) {
			// Only the words that may begin a match are tried, in order, each with the sticky copy
			// of the pattern: the same matches a scan of the whole text finds, since every match
			// begins at one of them, and the next is looked for from where the last one ended.
			const sticky = (index.sticky[r] ??= stickyOf(pattern));
			const hits = words.hits[index.id] as number[];
			let from = 0;
			let asked = false;
			for (let h = 0; h < hits.length; h += 2) {
				if (((hits[h + 1] as number) & bit) === 0) continue;
				const at = (view.tokens[hits[h] as number] as WordToken).start;
				if (at < from) continue;
				sticky.lastIndex = at;
				const m = sticky.exec(text);
				if (m === null) continue;
				if (askLater && !asked) {
					if (!(needs as RegExp).test(text)) break;
					asked = true;
				}
				from = at + m[0].length;
				addMatch(m, unless, standsDownIn, reading, kind, rule, findings);
			}
			continue;
		}
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) addMatch(m, unless, standsDownIn, reading, kind, rule, findings);
	}
	return findings;
}

/**
 * A yes-or-no test of the word view's whole text (a filter such as "said in school"), asked
 * through the same index of beginnings as the phrase rules: only at the words that can begin
 * a match, and not at all in the many messages where no word can. Exact for the same reason:
 * every match of such a pattern begins at the start of a word (each of its alternatives opens
 * with \b, ^ or (?<![a-z0-9]) and then takes a letter or digit). A pattern with some
 * alternatives the index cannot take (one that opens with a digit or [a-z]) is split: those
 * are run over the text, the rest go through the index, and the test passes if either does,
 * as a pattern matches somewhere exactly when one of its alternatives does. A pattern that
 * cannot be read so, or keeps state (g or y), is simply run over the text.
 */
export class WordTest {
	/** The index of `rules` and the sticky copy of their pattern, found on first asking (no lookup by the rule list after). */
	index: RuleIndex | null | undefined;
	sticky: RegExp | undefined;

	constructor(
		readonly pattern: RegExp,
		/** The alternatives the index takes, as a one-rule list for it; null when the pattern is run whole. */
		readonly rules: readonly PhraseRule[] | null,
		/** The alternatives it cannot take, run over the text; null when there are none. */
		readonly rest: RegExp | null
	) {}

	/**
	 * `pattern.test(text)`, where `text` is the word view's own text unless another is given
	 * (a copy with a phrase taken out): through the index for the view's text, run over any other.
	 */
	test(view: WordView, text: string = view.text): boolean {
		return text === view.text ? passesWordTest(view, this) : this.pattern.test(text);
	}
}

export function wordTest(pattern: RegExp): WordTest {
	if (pattern.global || pattern.sticky) return new WordTest(pattern, null, null);
	const whole = indexedCopy(pattern);
	if (whole !== null) return new WordTest(pattern, [{ rule: '', pattern: whole }], null);
	const split = alternativesOf(pattern);
	if (split === null) return new WordTest(pattern, null, null);
	const { before, after, alternatives } = split;
	const join = (list: readonly string[]): RegExp => new RegExp(`${before}(?:${list.join('|')})${after}`, pattern.flags);
	const taken = alternatives.filter((a) => indexedCopy(join([a])) !== null);
	const indexed = taken.length > 0 ? indexedCopy(join(taken)) : null;
	if (indexed === null) return new WordTest(pattern, null, null);
	const left = alternatives.filter((a) => !taken.includes(a));
	return new WordTest(pattern, [{ rule: '', pattern: indexed }], left.length > 0 ? join(left) : null);
}

/** The same answer as `test.pattern.test(view.text)`. */
export function passesWordTest(view: WordView, test: WordTest): boolean {
	const rules = test.rules;
	const text = view.text;
	if (rules === null) return test.pattern.test(text);
	if (test.index === undefined) test.index = indexOf(rules);
	const index = test.index;
	if (index === null || index.always !== 0) return test.pattern.test(text);
	const words = wordsOf(view);
	if (((words.masks[index.id] as number) & 1) !== 0) {
		const sticky = (test.sticky ??= stickyOf((rules[0] as PhraseRule).pattern));
		const hits = words.hits[index.id] as number[];
		for (let h = 0; h < hits.length; h += 2) {
			sticky.lastIndex = (view.tokens[hits[h] as number] as WordToken).start;
			if (sticky.test(text)) return true;
		}
	}
	return test.rest !== null && test.rest.test(text);
}

/**
 * The pattern behind the look-behind the index asks for, when every match begins at a word (so
 * the look-behind says nothing new) and the beginnings can be listed; otherwise null.
 */
function indexedCopy(pattern: RegExp): RegExp | null {
	if (!beginsAtWords(pattern)) return null;
	const copy = new RegExp(`${WORD_START}(?:${pattern.source})`, pattern.flags);
	return wordBounded(copy) && patternBeginnings(copy) !== null ? copy : null;
}

// Each top-level alternative opens with a word-start anchor, and every match takes a letter or digit first.
function beginsAtWords(pattern: RegExp): boolean {
	if (pattern.global || pattern.sticky || pattern.ignoreCase || pattern.multiline || pattern.unicode || pattern.flags.includes('v')) return false;
	try {
		const tree = readPattern(pattern);
		for (const branch of tree.branches) {
			const first = branch[0];
			if (first === undefined) return false;
			const opening = tree.source.slice(first.start, first.end);
			if (opening !== '\\b' && opening !== '^' && opening !== WORD_START) return false;
		}
	} catch (error) {
		if (error instanceof UnreadablePattern) return false;
		throw error;
	}
	return beginsWithWordChar(pattern);
}

/**
 * A pattern as its alternatives, each to be tried as `before(?:alternative)after`: the top-level
 * ones, or those of the first group with more than one when there is a single top-level one
 * (`\b(?:a|b|c)\b`). Null when it has no alternatives or cannot be read.
 */
function alternativesOf(pattern: RegExp): { before: string; after: string; alternatives: string[] } | null {
	try {
		const tree = readPattern(pattern);
		const src = tree.source;
		const sourcesOf = (branches: readonly PatternNode[][]): string[] | null => {
			const out: string[] = [];
			for (const branch of branches) {
				const first = branch[0];
				const last = branch[branch.length - 1];
				if (first === undefined || last === undefined) return null;
				out.push(src.slice(first.start, last.end));
			}
			return out;
		};
		if (tree.branches.length > 1) {
			const alternatives = sourcesOf(tree.branches);
			return alternatives === null ? null : { before: '', after: '', alternatives };
		}
		for (const node of tree.branches[0] ?? []) {
			if (node.t !== 'group' || node.kind !== 'plain' || node.branches.length < 2) continue;
			const alternatives = sourcesOf(node.branches);
			return alternatives === null ? null : { before: src.slice(0, node.start), after: src.slice(node.end), alternatives };
		}
		return null;
	} catch (error) {
		if (error instanceof UnreadablePattern) return null;
		throw error;
	}
}

// The words around a match: 40 letters either side.
const AROUND = 40;

/** The message being matched and its reading, read on first need when the caller gave none. */
interface ReadingOf {
	view: WordView;
	speaking: Speaking | undefined;
}

function addMatch(
	m: RegExpExecArray,
	unless: RegExp | undefined,
	standsDownIn: FrameSet | undefined,
	reading: ReadingOf,
	kind: FindingKind,
	rule: string,
	findings: RawFinding[]
): void {
	const view = reading.view;
	const text = view.text;
	if (unless !== undefined || standsDownIn !== undefined) {
		const from = Math.max(0, m.index - AROUND);
		const to = Math.min(text.length, m.index + m[0].length + AROUND);
		if (unless !== undefined && unless.test(text.slice(from, to))) return;
		if (standsDownIn !== undefined && (reading.speaking ??= readSpeaking(text)).near(standsDownIn, from, to)) return;
	}
	const end = m.index + m[0].length;
	findings.push({ kind, start: view.starts[m.index] ?? 0, end: view.ends[end - 1] ?? 0, rule });
}

// A pattern's sticky twin: tried at one position only, where the global pattern scans on.
const stickyCache = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
	let sticky = stickyCache.get(pattern);
	if (sticky === undefined) {
		sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
		stickyCache.set(pattern, sticky);
	}
	return sticky;
}

// Read every word of every message: a constant of this module, as it was before the
// beginnings moved out, rather than an imported binding looked up on each step.
const DEPTH = BEGINNING_DEPTH;
// A beginning of letters, digits and spaces as a number: base 38, 0 for "no character".
const BASE = 38;

function viewCode(c: number): number {
	if (c >= 97 && c <= 122) return c - 96;
	if (c >= 48 && c <= 57) return c - 48 + 27;
	if (c === 32) return 37;
	return -1;
}

interface RuleIndex {
	/** Which list this is in the shared index. */
	id: number;
	/** Rules tried on every message (their beginning could not be read). */
	always: number;
	/** Each rule's sticky copy, made when first tried (read here, not looked up by pattern on every try). */
	sticky: (RegExp | undefined)[];
}

// One index shared by every list of rules, so a message's words are looked up once for all
// of them: a tree of the beginnings, one character a step. Each node is a small number; the
// step from a node by a character is one lookup of node * BASE + character (kept small, so
// the lookups stay on small integers), and a node lists what the beginning ending there sets
// off, as pairs of (list id, the rules of that list it may set off, one bit each).
const steps = new Map<number, number>();
const setsOff: (number[] | undefined)[] = [undefined];
/** 1 for a node some longer beginning runs on from. */
let more = new Uint8Array(64);
let lists = 0;
const indexCache = new WeakMap<readonly PhraseRule[], RuleIndex | null>();
// The same steps in an open-addressed table of small integers, read for every word of every
// message (a Map lookup costs several times more); rebuilt when a list adds steps.
let stepTable = new Int32Array(32);
let stepMask = 15;
// Every word takes its first step and most their second, so those two are read straight from
// small tables by character (the second by the first two characters) instead of the hash table.
const firstSteps = new Int32Array(BASE);
const secondSteps = new Int32Array(BASE * BASE);

function nodeAfter(node: number, code: number): number {
	const key = node * BASE + code;
	let next = steps.get(key);
	if (next === undefined) {
		next = setsOff.length;
		setsOff.push(undefined);
		steps.set(key, next);
		if (more.length <= node) {
			const grown = new Uint8Array(Math.max(node + 1, more.length * 2));
			grown.set(more);
			more = grown;
		}
		more[node] = 1;
	}
	return next;
}

function hashSlot(key: number): number {
	return Math.imul(key, 0x9e3779b1) >>> 0;
}

// A step's answer in the tables: the node, with a flag when it sets something off and one when a
// longer beginning runs on from it, so the walk reads setsOff and more only where they say anything
// (both are large arrays read at random, and most steps set nothing off).
const SETS_OFF = 1 << 30;
const RUNS_ON = 1 << 29;
const NODE = RUNS_ON - 1;

function flagged(node: number): number {
	if (node === 0) return 0;
	return node | (setsOff[node] !== undefined ? SETS_OFF : 0) | (more[node] === 1 ? RUNS_ON : 0);
}

function rebuildStepTable(): void {
	let size = 16;
	while (size < steps.size * 2) size *= 2;
	stepTable = new Int32Array(size * 2);
	stepMask = size - 1;
	for (const [key, node] of steps) {
		let slot = hashSlot(key) & stepMask;
		while (stepTable[slot * 2] !== 0) slot = (slot + 1) & stepMask;
		stepTable[slot * 2] = key + 1;
		stepTable[slot * 2 + 1] = flagged(node);
	}
	for (let first = 0; first < BASE; first += 1) {
		const node = steps.get(first) ?? 0;
		firstSteps[first] = flagged(node);
		for (let second = 0; second < BASE; second += 1) secondSteps[first * BASE + second] = node === 0 ? 0 : flagged(steps.get(node * BASE + second) ?? 0);
	}
}

/** The node one character on from `node` (flagged), or 0 when no beginning goes that way. */
function stepFrom(node: number, code: number): number {
	const key = node * BASE + code + 1;
	const table = stepTable;
	for (let slot = hashSlot(key - 1) & stepMask; ; slot = (slot + 1) & stepMask) {
		const found = table[slot * 2] as number;
		if (found === key) return table[slot * 2 + 1] as number;
		if (found === 0) return 0;
	}
}

/** The rules' beginnings, read once per list; null (no index) for a list too long for one bit each. */
function indexOf(rules: readonly PhraseRule[]): RuleIndex | null {
	let index = indexCache.get(rules);
	if (index !== undefined) return index;
	index = rules.length > 31 ? null : { id: lists, always: 0, sticky: new Array<RegExp | undefined>(rules.length).fill(undefined) };
	if (index !== null) {
		lists += 1;
		for (let r = 0; r < rules.length; r += 1) {
			const pattern = (rules[r] as PhraseRule).pattern;
			const beginnings = wordBounded(pattern) ? patternBeginnings(pattern) : null;
			if (beginnings === null) index.always |= 1 << r;
			else
				for (const b of beginnings) {
					let node = 0;
					for (let k = 0; k < b.length; k += 1) node = nodeAfter(node, viewCode(b.charCodeAt(k)));
					const rulesOf = setsOff[node] ?? [];
					setsOff[node] = rulesOf;
					if (rulesOf[rulesOf.length - 2] === index.id) rulesOf[rulesOf.length - 1] = (rulesOf[rulesOf.length - 1] as number) | (1 << r);
					else rulesOf.push(index.id, 1 << r);
				}
		}
	}
	rebuildStepTable();
	indexCache.set(rules, index);
	return index;
}

// Per view, worked out once from the words' beginnings (again if a list was added to the
// shared index since): the rules each list may need, and for each list the words that may
// begin one of its rules, as pairs of (word index, those rules' bits).
interface ViewWords {
	lists: number;
	masks: number[];
	/** Made for a list only when one of its beginnings is found: many lists find none in a message. */
	hits: (number[] | undefined)[];
}

// Every phrase detector and word test is given the same word view of a message in turn, so the
// last view's words are kept in one slot: a cache only, since each answer is worked out from the
// view it is given (another view read in between is simply read again). Not a WeakMap keyed on the view: its entries outlived minor
// collections and were promoted, so long messages grew the old generation and slowed every
// minor collection (the p99 of a 500-character message).
let lastView: WordView | undefined;
let lastWords: ViewWords | undefined;

function wordsOf(view: WordView): ViewWords {
	if (lastView === view && lastWords !== undefined && lastWords.lists === lists) return lastWords;
	// A plain array of small integers: a typed array of this size is kept outside the heap, and
	// making one for every message cost more than filling it.
	const masks = new Array<number>(lists).fill(0);
	const hits = new Array<number[] | undefined>(lists).fill(undefined);
	const tokens = view.tokens;
	const text = view.text;
	for (let t = 0; t < tokens.length; t += 1) {
		// The view's characters from this word on, read as far as some beginning goes.
		const from = (tokens[t] as WordToken).start;
		let node = 0;
		let first = 0;
		// The root runs on whenever any list has a beginning.
		let step = more[0] === 1 ? RUNS_ON : 0;
		for (let k = 0; k < DEPTH && from + k < text.length && (step & RUNS_ON) !== 0; k += 1) {
			const code = viewCode(text.charCodeAt(from + k));
			if (code < 0) break;
			if (k === 0) first = code;
			step = k === 0 ? (firstSteps[code] as number) : k === 1 ? (secondSteps[first * BASE + code] as number) : stepFrom(node, code);
			if (step === 0) break;
			node = step & NODE;
			if ((step & SETS_OFF) === 0) continue;
			const found = setsOff[node] as number[];
			for (let e = 0; e < found.length; e += 2) {
				const list = found[e] as number;
				const bits = found[e + 1] as number;
				masks[list] = (masks[list] as number) | bits;
				let listHits = hits[list];
				if (listHits === undefined) {
					listHits = [];
					hits[list] = listHits;
				}
				// One pair per word: a word's longer beginnings add their rules to the same pair.
				if (listHits[listHits.length - 2] === t) listHits[listHits.length - 1] = (listHits[listHits.length - 1] as number) | bits;
				else listHits.push(t, bits);
			}
		}
	}
	const words = { lists, masks, hits };
	lastView = view;
	lastWords = words;
	return words;
}

/** True when the pattern was made by `phrase`, so a match can only start at a word of the view. */
function wordBounded(pattern: RegExp): boolean {
	return !pattern.ignoreCase && !pattern.multiline && !pattern.unicode && (pattern.source.startsWith(WORD_START) || pattern.source.startsWith('\\b(?:'));
}
