// Rude language. Owns rules: profanity.word, profanity.leetspeak (sh1t,
// $hit, and "h3ll" or "c0w", words rude only when disguised), profanity.repeated-letters
// (fuuuck), profanity.spaced-letters (s h i t, sh it, s-l-a-g), profanity.masked (f*ck,
// f***, bulls**t, h*ll, f#ck), profanity.dropped-vowels (wnker, btch), profanity.gesture (the
// middle-finger emoji), profanity.phrase (multi-word entries), profanity.school-word (a
// school's own extra words).
// The list is compiled once into sets, so screening a message is a handful of
// lookups per word instead of a regular expression per listed word.

import { normaliseText, buildWordView, type WordToken, type WordView } from './normalise.js';
import {
	ALLOWED_PHRASES,
	ALWAYS_ALLOWED,
	DROPPED_FROM_BAD_WORDS,
	INFIX_STEMS,
	PREFIX_STEMS,
	RUDE_WHEN_DISGUISED,
	SHORT_VOWELS_DROPPED,
	SPLIT_COMPOUNDS,
	UK_EXTRA_WORDS,
	VOWELS_DROPPED_FROM,
	WORD_SENSES,
	badWordsList,
	type WordSense
} from './word-lists.js';
import type { RawFinding } from './types.js';

export interface CompiledWords {
	exact: Map<string, string>;
	/** Letters squeezed to one of each run (fuuuck -> fuck), for words typed with repeats. */
	squeezed: Set<string>;
	/** l and i folded together, for words typed with 1 or | standing in for either. */
	leet: Set<string>;
	phrases: Map<string, string[][]>;
	allowed: Set<string>;
	allowedPhrases: Map<string, string[][]>;
	masked: Map<string, string[]>;
	/** Each word's answer from classifyWord, remembered (most words recur): one map per (leet, spaced) pair. */
	verdicts: Map<string, string | null>[];
	/** Some listed word has no letter in it (a school's "420"); false lets a join of digits be passed over. */
	letterlessWord: boolean;
}

const VERDICT_CACHE_LIMIT = 20_000;

const SHORT_COMMON = new Set([
	'a',
	'i',
	'an',
	'as',
	'at',
	'be',
	'by',
	'do',
	'go',
	'he',
	'if',
	'in',
	'is',
	'it',
	'me',
	'my',
	'no',
	'of',
	'on',
	'or',
	'so',
	'to',
	'up',
	'us',
	'we',
	'am',
	'oh',
	'ok',
	'hi'
]);

/** Reduce a list entry to the form tokens take in the word view. */
function wordTokens(entry: string): string[] {
	return buildWordView(normaliseText(entry.replace(/\*/g, '').replace(/;$/, ''))).tokens.map((t) => t.text);
}

// One pass instead of a loop over stems: rude at the start of a word, or anywhere for the strongest.
const STEMS = new RegExp(`^(?:${PREFIX_STEMS.join('|')})|${INFIX_STEMS.join('|')}`);
const SQUEEZED_STEMS = new RegExp(INFIX_STEMS.map((s) => s.replace(/(.)\1+/g, '$1')).join('|'));

const TRIPLE = /(.)\1\1/;
// A swear cut off but stretched ("fffuuuuu i lost again"): only ever reached for a word
// with a letter typed three times, so "kung fu" and "fu" alone are never read this way.
const CUT_OFF_SWEARS: ReadonlySet<string> = new Set(['fu', 'fuc', 'fuk']);
const HAS_LETTER = /[a-z]/;
// Every way a split compound can begin ("knob" of "knob head"), so a pair of words is joined
// and looked up only when the first could begin one: not for every word of a message.
const COMPOUND_HEADS = new Set([...SPLIT_COMPOUNDS].flatMap((compound) => Array.from({ length: compound.length - 1 }, (_, k) => compound.slice(0, k + 1))));
// True today: every stem is letters, so a join with no letter can hold none of them.
const STEMS_NEED_A_LETTER = INFIX_STEMS.every((stem) => HAS_LETTER.test(stem));
const squeeze = (w: string): string => w.replace(/(.)\1+/g, '$1');
const DISGUISED_ONLY: ReadonlySet<string> = new Set(RUDE_WHEN_DISGUISED);

/** Every spelling of a listed swear with one or more of its vowels left out, of four letters or more. */
function vowelsDropped(words: readonly string[]): Set<string> {
	const out = new Set<string>(SHORT_VOWELS_DROPPED);
	for (const word of words) {
		const vowels = [...word].flatMap((c, i) => ('aeiou'.includes(c) ? [i] : []));
		for (let mask = 1; mask < 1 << vowels.length; mask += 1) {
			const dropped = new Set(vowels.filter((_, k) => (mask & (1 << k)) !== 0));
			const spelling = [...word].filter((_, i) => !dropped.has(i)).join('');
			if (spelling.length >= 4) out.add(spelling);
		}
	}
	return out;
}
const DROPPED_VOWELS = vowelsDropped(VOWELS_DROPPED_FROM);
// A child shushing ("sh sh, don't tell") types the stub "sh!+" leaves in the word view; the stub
// is a swear only when the typed word carries on in symbols: "sh!+", "sh*" (MASK_SYMBOL).
const SHUSH_STUBS: ReadonlySet<string> = new Set(['sh']);
const MASK_SYMBOL = /^[!.]*[*#$@%&+|(^~_=\\/<>[{]/;
const MIDDLE_FINGER = '\u{1F595}';
const foldL = (w: string): string => w.replace(/l/g, 'i');

/** Compile base list + UK extras + school extras, minus drops and school allows. */
export function compileWords(extraWords: readonly string[] = [], allowedWords: readonly string[] = []): CompiledWords {
	const words: CompiledWords = {
		exact: new Map(),
		squeezed: new Set(),
		leet: new Set(),
		phrases: new Map(),
		allowed: new Set(),
		allowedPhrases: new Map(),
		masked: new Map(),
		verdicts: [new Map(), new Map(), new Map(), new Map()],
		letterlessWord: false
	};
	const dropped = new Set(DROPPED_FROM_BAD_WORDS);
	const schoolAllowed = allowedWords.map((w) => wordTokens(w).join(' '));
	for (const w of [...ALWAYS_ALLOWED, ...schoolAllowed]) words.allowed.add(w);
	const add = (entry: string, rule: string): void => {
		const tokens = wordTokens(entry);
		const joined = tokens.join(' ');
		if (tokens.length === 0 || dropped.has(joined) || words.allowed.has(joined)) return;
		if (tokens.every((t) => t.length === 1)) return; // "f u c k": the spaced-letter matcher handles these
		if (tokens.length > 1) {
			const list = words.phrases.get(tokens[0] as string) ?? [];
			list.push(tokens);
			words.phrases.set(tokens[0] as string, list);
			if (tokens.join('').length >= 5) addWord(words, tokens.join(''), rule);
			return;
		}
		addWord(words, joined, rule);
	};
	for (const entry of badWordsList()) add(entry.toLowerCase(), 'profanity.word');
	for (const entry of UK_EXTRA_WORDS) add(entry, 'profanity.word');
	for (const entry of extraWords) add(entry, 'profanity.school-word');
	for (const phrase of ALLOWED_PHRASES) {
		const tokens = phrase.split(' ');
		for (const t of tokens) {
			const list = words.allowedPhrases.get(t) ?? [];
			list.push(tokens);
			words.allowedPhrases.set(t, list);
		}
	}
	return words;
}

function addWord(words: CompiledWords, word: string, rule: string): void {
	if (words.exact.has(word) && rule !== 'profanity.school-word') return;
	words.exact.set(word, rule);
	if (!HAS_LETTER.test(word)) words.letterlessWord = true;
	// "sh!+" and "Fu(*" normalise to two-letter stubs ("sh", "fu"): kept as typed, so "fu(k" is
	// still caught, but not stretched, or a child's "shhh, it's a surprise" would read as a swear.
	if (word.length >= 3) words.squeezed.add(squeeze(word));
	words.leet.add(foldL(word));
	if (word.length >= 4) {
		const key = `${word.length}:${word[0]}`;
		const list = words.masked.get(key) ?? [];
		list.push(word);
		words.masked.set(key, list);
	}
}

/** Rude words in the word view and masked words (f*ck) in the normalised text. */
export function findProfanity(
	view: WordView,
	normalised: string,
	words: CompiledWords,
	mapNormalised: (s: number, e: number) => { start: number; end: number },
	original = normalised
): RawFinding[] {
	const findings: RawFinding[] = [];
	const tokens = view.tokens;
	const add = profanityAdder(view, findings);
	for (let i = 0; i < tokens.length; i += 1) {
		const token = tokens[i] as WordToken;
		const phraseEnd = matchListedPhrase(tokens, i, words);
		if (phraseEnd > i) {
			add(token, tokens[phraseEnd] as WordToken, 'profanity.phrase');
			i = phraseEnd;
			continue;
		}
		const rule = classifyWord(token, words);
		if (rule !== null && !inAllowedPhrase(tokens, i, words) && !inEverydaySense(tokens, i) && !isShush(view, token, original)) {
			add(token, token, rule);
			continue;
		}
		const next = tokens[i + 1];
		if (next !== undefined && COMPOUND_HEADS.has(token.text) && SPLIT_COMPOUNDS.has(token.text + next.text)) {
			add(token, next, 'profanity.spaced-letters');
			i += 1;
		}
	}
	findSpacedLetters(tokens, words, add);
	findMasked(normalised, words, findings, mapNormalised);
	findGesture(original, findings);
	return findings;
}

// Made by a function rather than written as a named arrow in the detector: under tsx every named
// arrow is wrapped in a helper that defines its name, which cost about a microsecond a message.
function profanityAdder(view: WordView, findings: RawFinding[]): (first: WordToken, last: WordToken, rule: string) => void {
	return (first, last, rule) => {
		findings.push({ kind: 'profanity', start: view.starts[first.start] ?? 0, end: view.ends[last.end - 1] ?? 0, rule });
	};
}

/** "sh" on its own, or before "!!!", is a shush; "sh!+" is a swear cut short. */
function isShush(view: WordView, token: WordToken, original: string): boolean {
	if (!SHUSH_STUBS.has(token.text)) return false;
	const after = view.ends[token.end - 1] ?? 0;
	return !MASK_SYMBOL.test(original.slice(after, after + 4));
}

/** The middle-finger emoji says what the word would. */
function findGesture(original: string, out: RawFinding[]): void {
	const at = original.indexOf(MIDDLE_FINGER);
	if (at >= 0) out.push({ kind: 'profanity', start: at, end: at + MIDDLE_FINGER.length, rule: 'profanity.gesture' });
}

function classifyWord(token: WordToken, words: CompiledWords): string | null {
	// The answer depends only on the word, its two flags and the school's lists.
	const cache = words.verdicts[(token.leet ? 1 : 0) + (token.spaced === true ? 2 : 0)] as Map<string, string | null>;
	const known = cache.get(token.text);
	if (known !== undefined) return known;
	const verdict = classifyUncached(token, words);
	if (cache.size >= VERDICT_CACHE_LIMIT) cache.clear();
	cache.set(token.text, verdict);
	return verdict;
}

function classifyUncached(token: WordToken, words: CompiledWords): string | null {
	const w = token.text;
	if (w.length < 2 || words.allowed.has(w)) return null;
	const rule = classifyLetters(token, words);
	return rule !== null && token.spaced === true && rule !== 'profanity.school-word' ? 'profanity.spaced-letters' : rule;
}

function classifyLetters(token: WordToken, words: CompiledWords): string | null {
	const w = token.text;
	const exact = words.exact.get(w) ?? (w.endsWith('s') ? words.exact.get(w.slice(0, -1)) : undefined);
	if (exact !== undefined) return token.leet && exact === 'profanity.word' ? 'profanity.leetspeak' : exact;
	if (token.leet && (words.leet.has(foldL(w)) || DISGUISED_ONLY.has(w))) return 'profanity.leetspeak';
	if (DROPPED_VOWELS.has(w)) return 'profanity.dropped-vowels';
	if (STEMS.test(w)) return token.leet ? 'profanity.leetspeak' : 'profanity.word';
	if (!TRIPLE.test(w)) return null;
	const squeezedWord = squeeze(w);
	return words.squeezed.has(squeezedWord) || SQUEEZED_STEMS.test(squeezedWord) || CUT_OFF_SWEARS.has(squeezedWord) ? 'profanity.repeated-letters' : null;
}

function matchListedPhrase(tokens: readonly WordToken[], i: number, words: CompiledWords): number {
	const candidates = words.phrases.get((tokens[i] as WordToken).text);
	if (candidates === undefined) return -1;
	for (const phrase of candidates) {
		if (phrase.every((p, k) => tokens[i + k]?.text === p)) return i + phrase.length - 1;
	}
	return -1;
}

function inAllowedPhrase(tokens: readonly WordToken[], i: number, words: CompiledWords): boolean {
	const w = (tokens[i] as WordToken).text;
	const phrases = words.allowedPhrases.get(w) ?? words.allowedPhrases.get(w.replace(/s$/, ''));
	if (phrases === undefined) return false;
	return phrases.some((phrase) =>
		phrase.some(
			(p, k) =>
				(p === w || p + 's' === w) &&
				phrase.every((q, j) => {
					const t = tokens[i - k + j]?.text;
					return t === q || (j === k && t === w);
				})
		)
	);
}

const SENSES_OF = new Map<string, WordSense[]>();
for (const sense of WORD_SENSES) for (const w of sense.words) SENSES_OF.set(w, [...(SENSES_OF.get(w) ?? []), sense]);
/** Words of context read on each side of a word with an everyday sense. */
const SENSE_REACH = 4;

/** True when a listed word's neighbours give it its everyday sense (word-lists.ts WORD_SENSES) and nothing aims it at a person. */
function inEverydaySense(tokens: readonly WordToken[], i: number): boolean {
	const senses = SENSES_OF.get((tokens[i] as WordToken).text);
	if (senses === undefined) return false;
	const before = tokens
		.slice(Math.max(0, i - SENSE_REACH), i)
		.map((t) => t.text)
		.join(' ');
	const after = tokens
		.slice(i + 1, i + 1 + SENSE_REACH)
		.map((t) => t.text)
		.join(' ');
	return senses.some((s) => !(s.aimed?.test(before) ?? false) && ((s.before?.test(before) ?? false) || (s.after?.test(after) ?? false)));
}

// "s h i t", "f.u.c.k", "sh it": short pieces that only make a word when joined.
// Every short word starts a join of up to eight pieces, so a message of numbers or short
// words ("7 x 8 = 56") asks hundreds of times: each question is kept to a lookup or two.
function findSpacedLetters(tokens: readonly WordToken[], words: CompiledWords, add: (a: WordToken, b: WordToken, rule: string) => void): void {
	for (let i = 0; i < tokens.length; i += 1) {
		if ((tokens[i] as WordToken).text.length > 3) continue;
		let joined = '';
		let allSingles = true;
		let hasOddPiece = false;
		let triple = false;
		let letter = false;
		for (let j = i; j < tokens.length && j < i + 8; j += 1) {
			const piece = (tokens[j] as WordToken).text;
			if (piece.length > 3) break;
			letter ||= HAS_LETTER.test(piece);
			const before = joined.length;
			joined += piece;
			// Only a run of three ending in the new piece can be new.
			triple ||= tripleFrom(joined, before);
			if (piece.length > 1) allSingles = false;
			if (piece.length <= 2 && !SHORT_COMMON.has(piece)) hasOddPiece = true;
			if (j === i || joined.length < 3) continue;
			// Ordinary short words side by side ("is it", "at a") are not a split-up word.
			if (!allSingles && !hasOddPiece) continue;
			// Numbers side by side ("2 4 6 8") make no listed word and hold no stem.
			if (!letter && STEMS_NEED_A_LETTER && !words.letterlessWord) continue;
			if (isRude(joined, words, allSingles, triple)) {
				add(tokens[i] as WordToken, tokens[j] as WordToken, 'profanity.spaced-letters');
				i = j;
				break;
			}
		}
	}
}

/** True when three equal characters in a row end at or after `from`. */
function tripleFrom(text: string, from: number): boolean {
	for (let k = Math.max(2, from); k < text.length; k += 1) {
		const c = text.charCodeAt(k);
		if (c === text.charCodeAt(k - 1) && c === text.charCodeAt(k - 2)) return true;
	}
	return false;
}

// The allowed list is asked last: it only ever turns a rude answer into an innocent one.
function isRude(joined: string, words: CompiledWords, allSingles: boolean, triple: boolean): boolean {
	const rude =
		((allSingles || joined.length >= 4) && words.exact.has(joined)) ||
		(triple && words.squeezed.has(squeeze(joined))) ||
		(allSingles && joined.length >= 4 && containsInfixStem(joined));
	return rude && !words.allowed.has(joined);
}

function containsInfixStem(text: string): boolean {
	for (const stem of INFIX_STEMS) if (text.includes(stem)) return true;
	return false;
}

// A word with stars for some letters: "f*ck", "f***" (only its first letter shown), "bulls**t".
// A hash or an underscore masks a letter too ("f#ck", "f_ck"), but only in a listed word: an
// underscore also joins a username's words ("fish_tank" must not read as a stem).
const MASKED = /(?<![a-z0-9*#_])[a-z][a-z*#_]*[*#_][a-z*#_]*(?![a-z0-9*#_])/g;
const MASK_CHARACTER = /[*#_]/;
// Words rude only when disguised are masked as well ("h*ll"), and so are the stems rude inside a word.
const MASKED_EXTRA = [...RUDE_WHEN_DISGUISED].filter((w) => w.length >= 4);

function findMasked(text: string, words: CompiledWords, out: RawFinding[], map: (s: number, e: number) => { start: number; end: number }): void {
	if (!MASK_CHARACTER.test(text)) return;
	MASKED.lastIndex = 0;
	for (let m = MASKED.exec(text); m !== null; m = MASKED.exec(text)) {
		const typed = m[0];
		if (typed.length < 4 || words.allowed.has(typed)) continue;
		const shape = typed.replace(/[#_]/g, '*');
		const starred = typed.includes('*');
		const fits = (w: string, at = 0): boolean => [...w].every((c, k) => shape[at + k] === '*' || shape[at + k] === c);
		const candidates = words.masked.get(`${shape.length}:${shape[0]}`) ?? [];
		const hit =
			candidates.some((w) => fits(w)) ||
			(starred && MASKED_EXTRA.some((w) => w.length === shape.length && fits(w))) ||
			(starred && INFIX_STEMS.some((stem) => maskedStemAt(shape, stem, fits)));
		if (hit) out.push({ kind: 'profanity', ...map(m.index, m.index + shape.length), rule: 'profanity.masked' });
	}
}

/**
 * True when a stem fits the shape somewhere with some of its letters starred and some shown
 * ("bulls**t"): all stars fit any stem, and "pa******" is a password, not a swear.
 */
function maskedStemAt(shape: string, stem: string, fits: (w: string, at: number) => boolean): boolean {
	for (let at = 0; at + stem.length <= shape.length; at += 1) {
		const window = shape.slice(at, at + stem.length);
		if (window.includes('*') && HAS_LETTER.test(window) && fits(stem, at)) return true;
	}
	return false;
}
