// Normalisation with an offset map. Owns: folding case, look-alike letters
// (Cyrillic, Greek, full-width, accented), dropping zero-width characters, and
// the "word view" detectors match phrases against. Every character produced
// remembers the span of original text it came from, so findings can always
// point at what the child actually typed.

import { AFTER_MARK, TYPED_WITH_APOSTROPHE, readDialect } from './dialect.js';

export interface MappedText {
	readonly text: string;
	/** starts[i]: original offset where normalised char i begins. */
	readonly starts: ArrayLike<number>;
	/** ends[i]: original offset just after normalised char i. */
	readonly ends: ArrayLike<number>;
}

export interface WordToken {
	readonly text: string;
	/** Span in the word view's text. */
	readonly start: number;
	readonly end: number;
	/** The token had digits or symbols standing in for letters (sh1t, $tupid). */
	readonly leet: boolean;
	/** The token was typed one letter at a time (s h i t) and joined back up. */
	readonly spaced?: boolean;
}

export interface WordView extends MappedText {
	readonly tokens: readonly WordToken[];
}

// Letters that look like Latin ones; a child (or a copy-paste) can swap them in.
const LOOK_ALIKES: Record<string, string> = {
	а: 'a',
	в: 'b',
	е: 'e',
	ё: 'e',
	к: 'k',
	м: 'm',
	н: 'h',
	о: 'o',
	р: 'p',
	с: 'c',
	т: 't',
	у: 'y',
	х: 'x',
	і: 'i',
	ї: 'i',
	ј: 'j',
	ѕ: 's',
	ԁ: 'd',
	ԛ: 'q',
	ԝ: 'w',
	ӏ: 'l',
	ь: 'b',
	А: 'a',
	В: 'b',
	Е: 'e',
	К: 'k',
	М: 'm',
	Н: 'h',
	О: 'o',
	Р: 'p',
	С: 'c',
	Т: 't',
	У: 'y',
	Х: 'x',
	І: 'i',
	Ј: 'j',
	Ѕ: 's',
	α: 'a',
	β: 'b',
	ε: 'e',
	ι: 'i',
	κ: 'k',
	ν: 'v',
	ο: 'o',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x',
	γ: 'y',
	η: 'n',
	ω: 'w',
	Α: 'a',
	Β: 'b',
	Ε: 'e',
	Η: 'h',
	Ι: 'i',
	Κ: 'k',
	Μ: 'm',
	Ν: 'n',
	Ο: 'o',
	Ρ: 'p',
	Τ: 't',
	Υ: 'y',
	Χ: 'x',
	Ζ: 'z',
	'‘': "'",
	'’': "'",
	ʼ: "'",
	'`': "'",
	'´': "'",
	ı: 'i',
	ȷ: 'j',
	'–': '-',
	'—': '-',
	'‐': '-',
	'‑': '-',
	'−': '-',
	'＠': '@',
	'×': 'x'
};

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFE00-\uFE0F\uFEFF]/;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\t\r\v\f]/;
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;

// The flag letters 🇦 to 🇿 (regional indicators) spell a word or a code past a filter ("🇶 🇹").
const REGIONAL_A = 0x1f1e6;
const isRegionalIndicator = (ch: string): boolean => {
	const code = ch.codePointAt(0) as number;
	return code >= REGIONAL_A && code <= REGIONAL_A + 25;
};

const foldCache = new Map<string, string>();

function foldNonAscii(ch: string): string {
	const cached = foldCache.get(ch);
	if (cached !== undefined) return cached;
	let out: string;
	if (INVISIBLE.test(ch)) out = '';
	else if (ODD_SPACE.test(ch)) out = ' ';
	else if (LOOK_ALIKES[ch] !== undefined) out = LOOK_ALIKES[ch];
	else if (isRegionalIndicator(ch)) out = String.fromCharCode(97 + (ch.codePointAt(0) as number) - REGIONAL_A);
	else {
		out = ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
		if (out.length === 1) out = LOOK_ALIKES[out] ?? out;
	}
	if (foldCache.size < 5000) foldCache.set(ch, out);
	return out;
}

// Plain ASCII (most messages) maps one to one: the offsets are shared views of
// two tables that grow as needed, so a message allocates no offset arrays.
let IDENTITY = new Int32Array(0);
let IDENTITY_NEXT = new Int32Array(0);
const NOT_PLAIN = /[^\x00-\x7f]/;
const TAB_OR_CR = /[\t\r]/g;

function identityMap(n: number): { starts: Int32Array; ends: Int32Array } {
	if (IDENTITY.length < n) {
		const size = Math.max(n, IDENTITY.length * 2, 1024);
		IDENTITY = new Int32Array(size);
		IDENTITY_NEXT = new Int32Array(size);
		for (let i = 0; i < size; i += 1) {
			IDENTITY[i] = i;
			IDENTITY_NEXT[i] = i + 1;
		}
	}
	return { starts: IDENTITY.subarray(0, n), ends: IDENTITY_NEXT.subarray(0, n) };
}

/** Lower-cased, look-alike-folded text with zero-width characters removed. */
export function normaliseText(text: string): MappedText {
	if (!NOT_PLAIN.test(text)) return { text: text.toLowerCase().replace(TAB_OR_CR, ' '), ...identityMap(text.length) };
	// Runs of ASCII are copied whole (lower case maps them one to one) and the offsets go into
	// typed arrays: a character at a time, a long message built a string and two arrays in
	// hundreds of small steps, garbage that brought the next minor collection closer.
	const map = new OffsetBuilder(text.length);
	let out = '';
	for (let i = 0; i < text.length;) {
		const code = text.charCodeAt(i);
		if (code < 128) {
			let j = i + 1;
			while (j < text.length && text.charCodeAt(j) < 128) j += 1;
			out += text.slice(i, j).toLowerCase().replace(TAB_OR_CR, ' ');
			for (let k = i; k < j; k += 1) map.add(k, k + 1);
			i = j;
			continue;
		}
		const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
		const folded = foldNonAscii(text.slice(i, i + width));
		for (let k = 0; k < folded.length; k += 1) map.add(i, i + width);
		out += folded;
		i += width;
	}
	return { text: out, starts: map.starts.subarray(0, map.length), ends: map.ends.subarray(0, map.length) };
}

/** Offsets appended one character at a time into typed arrays that double when full. */
class OffsetBuilder {
	starts: Int32Array;
	ends: Int32Array;
	length = 0;

	constructor(capacity: number) {
		this.starts = new Int32Array(Math.max(capacity, 16));
		this.ends = new Int32Array(Math.max(capacity, 16));
	}

	add(start: number, end: number): void {
		if (this.length === this.starts.length) {
			const starts = new Int32Array(this.length * 2);
			const ends = new Int32Array(this.length * 2);
			starts.set(this.starts);
			ends.set(this.ends);
			this.starts = starts;
			this.ends = ends;
		}
		this.starts[this.length] = start;
		this.ends[this.length] = end;
		this.length += 1;
	}
}

/** Original span for normalised span [s, e). */
export function originalSpan(mt: MappedText, s: number, e: number): { start: number; end: number } {
	const last = Math.max(s, e - 1);
	return { start: mt.starts[s] ?? 0, end: mt.ends[last] ?? mt.starts[s] ?? 0 };
}

/**
 * Replace every match of a global regex, keeping the map: each replacement
 * character points at the whole span it replaced.
 */
export function rewrite(mt: MappedText, pattern: RegExp, replacement: string): MappedText {
	const src = mt.text;
	pattern.lastIndex = 0;
	let m = pattern.exec(src);
	if (m === null) return mt;
	// The matches first (the pattern is global and may not be run while the text is rebuilt).
	const spans: number[] = [];
	for (; m !== null; m = pattern.exec(src)) {
		if (m[0].length === 0) {
			pattern.lastIndex += 1;
			continue;
		}
		spans.push(m.index, m.index + m[0].length);
	}
	// Plain arrays, written in order: a typed array the length of a message is allocated outside
	// the heap, which cost three times the rest of this function (a CPU profile of the corpus).
	const starts: number[] = [];
	const ends: number[] = [];
	let out = '';
	let from = 0;
	let at = 0;
	for (let k = 0; k < spans.length; k += 2) {
		const index = spans[k] as number;
		const end = spans[k + 1] as number;
		copyRange(mt, from, index, starts, ends, at);
		at += index - from;
		out += src.slice(from, index);
		const span = originalSpan(mt, index, end);
		for (let r = 0; r < replacement.length; r += 1) {
			starts.push(span.start);
			ends.push(span.end);
		}
		at += replacement.length;
		out += replacement;
		from = end;
	}
	copyRange(mt, from, src.length, starts, ends, at);
	out += src.slice(from);
	return { text: out, starts, ends };
}

/** Append the offsets of normalised characters [from, to) to the arrays (which hold `at` already). */
function copyRange(mt: MappedText, from: number, to: number, starts: number[], ends: number[], at: number): void {
	for (let i = from; i < to; i += 1) {
		starts[at + i - from] = mt.starts[i] ?? 0;
		ends[at + i - from] = mt.ends[i] ?? 0;
	}
}

// Digits and symbols children use in place of letters, only inside words.
const LEET: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'8': 'b',
	'@': 'a',
	$: 's',
	'!': 'i',
	'|': 'l',
	'€': 'e',
	'+': 't'
};

function isLetterCode(c: number): boolean {
	return c >= 97 && c <= 122;
}

// Character classes for the word view, for the ASCII range.
const LETTER = 1;
const DIGIT = 2;
const SYMBOL = 3;
const APOSTROPHE = 4;
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c += 1) CLASS[c] = LETTER;
for (let c = 48; c <= 57; c += 1) CLASS[c] = DIGIT;
for (const ch of ['@', '$', '!', '|', '+']) CLASS[ch.charCodeAt(0)] = SYMBOL;
CLASS[39] = APOSTROPHE;

const classOf = (src: string, k: number): number => {
	const c = src.charCodeAt(k);
	return c < 128 ? (CLASS[c] as number) : c === 0x20ac ? SYMBOL : 0;
};

/**
 * Words only: apostrophes vanish (you're -> youre, O'Neill -> oneill), every
 * other run of punctuation or space becomes one space, and digits or symbols
 * inside a word that also has letters are read as the letters they imitate.
 */
export function buildWordView(mt: MappedText): WordView {
	const src = mt.text;
	const parts = viewParts;
	parts.length = 0;
	// Plain arrays written in order, one entry per character of the view: a typed array for them
	// is allocated outside the heap when longer than 16 numbers (nearly every message), which cost
	// more than all the rest of the view (a CPU profile of the corpus: 42 % of this function).
	const starts: number[] = [];
	const ends: number[] = [];
	const tokens: WordToken[] = [];
	const tokenEnds = viewTokenEnds;
	tokenEnds.length = 0;
	if (wordMarks.length < src.length + 1) wordMarks = new Uint8Array(Math.max(src.length + 1, wordMarks.length * 2, 256));
	const marks = wordMarks;
	let length = 0;
	let i = 0;
	while (i < src.length) {
		if (!isTokenChar(src, i)) {
			i += 1;
			continue;
		}
		let j = i;
		let hasLetter = false;
		let plain = true;
		for (; j < src.length; j += 1) {
			const cls = classOf(src, j);
			if (cls === LETTER) hasLetter = true;
			else if (cls === APOSTROPHE) plain = false;
			else if (cls === DIGIT || cls === SYMBOL) {
				if (!isTokenChar(src, j)) break;
				plain = false;
			} else break;
		}
		if (!hasLetter) {
			// Numbers keep no symbols: "3+4" is two words, not one.
			if (classOf(src, i) !== DIGIT) {
				i += 1;
				continue;
			}
			j = i;
			while (j < src.length && classOf(src, j) === DIGIT) j += 1;
			plain = true;
		}
		// Digits then one or two letters ("31b", "2nd", "4pm") are a number, not leetspeak.
		if (!plain && hasLetter && HOUSE_NUMBER.test(src.slice(i, j))) plain = true;
		const word = plain ? src.slice(i, j) : foldWord(src, i, j, hasLetter);
		if (word.length === 0) {
			i = j;
			continue;
		}
		if (length > 0) {
			parts.push(' ');
			starts[length] = mt.starts[i] ?? 0;
			ends[length] = mt.starts[i] ?? 0;
			length += 1;
		}
		let at = length;
		for (let k = i; k < j; k += 1) {
			if (plain || src.charCodeAt(k) !== 39) {
				starts[at] = mt.starts[k] ?? 0;
				ends[at] = mt.ends[k] ?? 0;
				at += 1;
			}
		}
		parts.push(word);
		// A stop or other mark since the last word ends what a word's neighbours can say about it (dialect.ts).
		// For the one reading that needs them (dialect.ts): a stop or other mark since the last word, which
		// ends what a word's neighbours say about it, and a word typed with an apostrophe, kept as typed
		// ("ye'll" is "you'll", "yell" is not).
		let mark = tokenEnds.length > 0 && markBetween(src, tokenEnds[tokenEnds.length - 1] as number, i) ? AFTER_MARK : 0;
		if (!plain && hasApostrophe(src, i, j)) {
			mark |= TYPED_WITH_APOSTROPHE;
			typedWords[tokens.length] = src.slice(i, j);
		}
		marks[tokens.length] = mark;
		tokenEnds.push(j);
		tokens.push({ text: word, start: length, end: length + word.length, leet: !plain && word !== src.slice(i, j).replace(/'/g, '') });
		length += word.length;
		i = j;
	}
	const text = parts.join('');
	parts.length = 0;
	const joined = joinSpacedLetters({ text, starts, ends, tokens }, src, tokenEnds, marks);
	return readDialect(joined, marks, typedWords);
}

/** Something other than spaces, apostrophes and hyphens between two words: a stop, a comma, an emoji. */
function markBetween(src: string, from: number, to: number): boolean {
	if (to - from === 1 && src.charCodeAt(from) === 32) return false;
	for (let k = from; k < to; k += 1) {
		const c = src.charCodeAt(k);
		if (c !== 32 && c !== 39 && c !== 45) return true;
	}
	return false;
}

function hasApostrophe(src: string, from: number, to: number): boolean {
	for (let k = from; k < to; k += 1) if (src.charCodeAt(k) === 39) return true;
	return false;
}

// The word view's words and spaces before they are joined, and where each word ends in the
// normalised text, kept from message to message.
const viewParts: string[] = [];
// Per word of the view: AFTER_MARK and TYPED_WITH_APOSTROPHE (dialect.ts), and the word as typed where it
// had an apostrophe, kept from message to message.
let wordMarks = new Uint8Array(256);
const typedWords: string[] = [];
const viewTokenEnds: number[] = [];

const HOUSE_NUMBER = /^\d{1,4}[a-z]{1,2}$/;

// "any1", "ne1", "no1", "some1", "every1": the 1 says "one" and stays a digit, as the phrase rules spell
// them, not "anyi"; so "dont tell any1" reads as "dont tell anyone" would.
const ONE_WORD = /^(?:any|no|some|every|ne)1$/;

function foldWord(src: string, from: number, to: number, hasLetter: boolean): string {
	if (to - from <= 6 && ONE_WORD.test(src.slice(from, to))) return src.slice(from, to);
	let out = '';
	for (let k = from; k < to; k += 1) {
		const ch = src[k] as string;
		if (ch === "'") continue;
		out += hasLetter && classOf(src, k) !== LETTER ? (LEET[ch] ?? ch) : ch;
	}
	return out;
}

// A symbol counts as part of a word only when it sits against a letter or digit
// (so "@ss" and "$tupid" are words, but "shit!" ends before the "!").
function isTokenChar(src: string, k: number): boolean {
	const cls = classOf(src, k);
	if (cls === LETTER || cls === DIGIT) return true;
	if (cls !== SYMBOL) return false;
	const ch = src[k] as string;
	const next = classOf(src, k + 1);
	const prev = classOf(src, k - 1);
	const nextOk = next === LETTER || next === DIGIT || (next === SYMBOL && (classOf(src, k + 2) === LETTER || classOf(src, k + 2) === DIGIT));
	const prevAlnum = prev === LETTER || prev === DIGIT;
	// Inside a word "@" is a letter (w@nker) unless it is an email (sam@gmail.com).
	if (ch === '@') return nextOk && (!prevAlnum || !/^[a-z0-9]*\./.test(src.slice(k + 1, k + 40)));
	// A doubled "$" ends a word too: "pa$$", "cla$$".
	const doubledDollar = ch === '$' && src[k - 1] === '$' && (classOf(src, k - 2) === LETTER || classOf(src, k - 2) === DIGIT);
	return nextOk || (prevAlnum && (ch === '$' || ch === '+' || ch === '|')) || doubledDollar;
}

function isSingleLetter(tokens: readonly WordToken[], k: number): boolean {
	return tokens[k]?.text.length === 1 && isLetterCode(tokens[k]?.text.charCodeAt(0) ?? 0);
}

// Four or more single letters one character apart ("m e e t", "s.h.i.t") are one word
// typed to dodge a filter. Three are left alone: "u r a loser" must keep its words. A word is
// spelt out with one separator throughout, so a different one ends it: "p.u.n.c.h u" is
// "punch u" and "a s-l-a-g" is "a slag", not "punchu" and "aslag". Three letters with dots
// between are a word too ("n.o.t a w.o.r.d"), as no one writes "u.r.a" for "u r a"; and in a
// message spelt out a letter at a time with wider gaps between its words ("n o b o d y   l i k e s
// y e"), a run of two or three letters standing between those gaps is a word of it.
function joinSpacedLetters(view: WordView, src: string, tokenEnds: readonly number[], marks: Uint8Array): WordView {
	const { tokens } = view;
	let needed = false;
	for (let k = 0; k + 2 < tokens.length && !needed; k += 1)
		needed =
			isSingleLetter(tokens, k) &&
			isSingleLetter(tokens, k + 1) &&
			isSingleLetter(tokens, k + 2) &&
			(isSingleLetter(tokens, k + 3) || (src.charCodeAt(tokenEnds[k] ?? 0) === 46 && src.charCodeAt(tokenEnds[k + 1] ?? 0) === 46));
	if (!needed) return view;
	// Bound to this view's words, so made only when some letters stand alone, not for every message.
	const isLetter = (k: number): boolean => isSingleLetter(tokens, k);
	const gap = (k: number): number => (view.starts[(tokens[k + 1] as WordToken).start] ?? 0) - (view.ends[(tokens[k] as WordToken).end - 1] ?? 0);
	const adjacent = (k: number): boolean => gap(k) <= 1;
	const separator = (k: number): number => src.charCodeAt(tokenEnds[k] ?? 0);
	const runEnd = (k: number): number => {
		let last = k;
		if (isLetter(k)) while (last + 1 < tokens.length && isLetter(last + 1) && adjacent(last) && separator(last) === separator(k)) last += 1;
		return last;
	};
	// Some word spelt out in four letters or more: only then are two-letter runs between wide gaps read as words.
	let spelt = false;
	for (let k = 0; k < tokens.length && !spelt; k = runEnd(k) + 1) spelt = runEnd(k) - k >= 3;
	const wideApart = (k: number, last: number): boolean => (k === 0 || gap(k - 1) > 1) && (last === tokens.length - 1 || gap(last) > 1);
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	const joined: WordToken[] = [];
	for (let k = 0; k < tokens.length;) {
		let last = runEnd(k);
		const word = last - k >= 3 || (last - k === 2 && separator(k) === 46) || (last > k && spelt && wideApart(k, last));
		if (!word) last = k;
		if (text.length > 0) {
			text += ' ';
			starts.push(view.starts[(tokens[k] as WordToken).start] ?? 0);
			ends.push(view.starts[(tokens[k] as WordToken).start] ?? 0);
		}
		const start = text.length;
		for (let t = k; t <= last; t += 1) {
			const token = tokens[t] as WordToken;
			text += token.text;
			for (let c = token.start; c < token.end; c += 1) {
				starts.push(view.starts[c] ?? 0);
				ends.push(view.ends[c] ?? 0);
			}
		}
		let leet = false;
		for (let t = k; t <= last; t += 1) leet ||= (tokens[t] as WordToken).leet;
		// The marks follow their words: a joined word keeps its first letter's mark and had no apostrophe.
		marks[joined.length] = last > k ? (marks[k] as number) & AFTER_MARK : (marks[k] as number);
		if (last === k) typedWords[joined.length] = typedWords[k] as string;
		joined.push(last > k ? { text: text.slice(start), start, end: text.length, leet, spaced: true } : { ...(tokens[k] as WordToken), start, end: text.length });
		k = last + 1;
	}
	return { text, starts, ends, tokens: joined };
}
