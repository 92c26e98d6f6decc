// Roster full names as children actually type them, when the exact rule in
// fullname.ts finds nothing. Owns rules:
// - fullname.variant: a first name or its nickname beside the surname, in
//   either order, with doubled letters ("Priyaa Dhillonn"), a -y/-ie ending
//   ("rubie"), spaced or dotted letters ("Z A C Holloway") or one slip of the
//   keyboard ("Ruby Fenwik", "Milo Grnat");
// - fullname.joined: both run together ("rubyfenwick", "miloGrant");
// - fullname.initial: an initial and a full stop before the surname ("E. Parker");
// - fullname.told: a message that says which is the surname ("Zac's other name
//   is Holloway", "First name Ellie, last name Parker").
// One slip is allowed per name, and only where the slip keeps the surname's
// first and last letters and length of five or more, so an ordinary word one
// letter away ("Ellie parked her bike") does not become a surname. A surname
// that is an everyday word (Brown, Hill) still needs its capital letter.

import type { WordToken, WordView } from './normalise.js';
import type { RawFinding } from './types.js';

export interface VariantEntry {
	/** Keys of the first name and its nicknames (see nameKey). */
	firstKeys: ReadonlySet<string>;
	surnameKey: string;
	surnameIsWord: boolean;
	/** The first name's own key, for a slip in it ("Prya"). */
	firstKey: string;
}

export interface VariantIndex {
	byFirst: Map<string, VariantEntry[]>;
	/** Roster first names by first letter, for a slip in the first name. */
	byInitial: Map<string, VariantEntry[]>;
	joined: Map<string, VariantEntry>;
	bySurname: Map<string, VariantEntry[]>;
	/** What each word seen so far may be of this roster (see factsOf). */
	known: Map<string, WordFacts>;
}

/** What one typed word may be: a name run together, and the roster first names it may be. */
interface WordFacts {
	joined: VariantEntry | undefined;
	firsts: readonly { entry: VariantEntry; slips: number }[];
}

// Common given names and the short forms British children use for each other.
// A roster keeps only the registered name; the class uses these.
const NICKNAME_GROUPS: readonly string[] = [
	'thomas tom tommy thom',
	'zachary zac zach zack zak',
	'eleanor elinor ellie elly el els nell nellie',
	'ruby rubes roo',
	'priya pri',
	'william will billy liam',
	'james jim jimmy jamie',
	'alexander alex xander',
	'alexandra alex lexi',
	'samuel sam sammy',
	'samantha sam sammy',
	'benjamin ben benny',
	'charlotte lottie charlie',
	'charles charlie',
	'elizabeth liz lizzie beth eliza',
	'katherine kate katie kat',
	'catherine cat cath katie',
	'jessica jess jessie',
	'daniel dan danny',
	'matthew matt matty',
	'joseph joe joey',
	'oliver ollie olly',
	'henry harry hal',
	'harrison harry',
	'amelia millie mia',
	'isabella bella izzy issy',
	'isabelle bella izzy issy',
	'olivia liv livvy',
	'sophia sophie soph',
	'gabriel gabe gabby',
	'nathaniel nathan nat',
	'christopher chris',
	'nicholas nick nicky',
	'jonathan jon jonny',
	'edward ed eddie ted',
	'frederick freddie fred',
	'theodore theo teddy',
	'rebecca becky becca',
	'abigail abbie abi',
	'victoria vicky tori',
	'mohammed mo',
	'muhammad mo',
	'alfie alf',
	'archibald archie'
];

/** A name as compared: no doubled letters, and a -y, -ie or -ey ending read alike. */
export function nameKey(word: string): string {
	return remembered(nameKeys, word, nameKeyOf);
}

function nameKeyOf(word: string): string {
	return surnameKeyOf(word).replace(/(?:ie|ey|i)$/, 'y');
}

const surnameKeyOf = (word: string): string => remembered(surnameKeys, word, collapseDoubles);

function collapseDoubles(word: string): string {
	let out = '';
	for (const ch of word) if (ch !== out[out.length - 1]) out += ch;
	return out;
}

// Every word of every message is keyed (most words recur), so the keys are remembered;
// each map is emptied when it grows past the limit, so it cannot grow without end.
const KEY_CACHE_LIMIT = 20_000;
const nameKeys = new Map<string, string>();
const surnameKeys = new Map<string, string>();

function remembered(cache: Map<string, string>, word: string, keyOf: (word: string) => string): string {
	let key = cache.get(word);
	if (key === undefined) {
		key = keyOf(word);
		if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
		cache.set(word, key);
	}
	return key;
}

// Every name in a group, keyed by each of its members (Alex is both Alexander's and Alexandra's).
const NICKNAMES = new Map<string, string[]>();
for (const group of NICKNAME_GROUPS.map((g) => g.split(' '))) for (const name of group) NICKNAMES.set(name, [...(NICKNAMES.get(name) ?? []), ...group]);

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
	const list = map.get(key);
	if (list === undefined) map.set(key, [value]);
	else list.push(value);
};

/** Index one-word first names and surnames; longer names are left to the exact rule. */
export function compileVariants(names: readonly { first: readonly string[]; surname: string; surnameIsWord: boolean }[]): VariantIndex {
	const index: VariantIndex = { byFirst: new Map(), byInitial: new Map(), joined: new Map(), bySurname: new Map(), known: new Map() };
	for (const name of names) {
		if (name.first.length !== 1) continue;
		const first = name.first[0] as string;
		const forms = new Set([first, ...(NICKNAMES.get(first) ?? [])].map(nameKey));
		const entry: VariantEntry = { firstKeys: forms, surnameKey: surnameKeyOf(name.surname), surnameIsWord: name.surnameIsWord, firstKey: nameKey(first) };
		for (const form of forms) {
			push(index.byFirst, form, entry);
			push(index.byFirst, `${form}s`, entry);
			// Run together, an everyday-word surname has no capital to tell it apart ("rubybrown").
			if (!entry.surnameIsWord) index.joined.set(form + entry.surnameKey, entry);
		}
		push(index.byInitial, first[0] as string, entry);
		push(index.bySurname, entry.surnameKey, entry);
	}
	return index;
}

/** At most one insertion, deletion, change or swap of neighbours between a and b. */
export function withinOneSlip(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How many slips a typed surname is from the roster's: 0, 1 or more (2). */
function surnameSlips(typed: string, entry: VariantEntry): number {
	let key = surnameKeyOf(typed);
	if (key !== entry.surnameKey && key.endsWith('s') && key.slice(0, -1) === entry.surnameKey) key = entry.surnameKey;
	if (key === entry.surnameKey) return 0;
	const s = entry.surnameKey;
	if (s.length < 5 || entry.surnameIsWord || key[0] !== s[0] || key[key.length - 1] !== s[s.length - 1]) return 2;
	return withinOneSlip(key, s) ? 1 : 2;
}

/** Roster entries a typed first name may be, with the slips spent on it. */
function firstNameMatches(typed: string, index: VariantIndex): readonly { entry: VariantEntry; slips: number }[] {
	const key = nameKey(typed);
	const exact = index.byFirst.get(key);
	if (exact !== undefined) return exact.map((entry) => ({ entry, slips: 0 }));
	// "mi1o" collapses to "mio": a short typed key may still be one slip from a four-letter name.
	if (key.length < 3) return NO_MATCHES;
	const initial = index.byInitial.get(key[0] as string);
	if (initial === undefined) return NO_MATCHES;
	let out: { entry: VariantEntry; slips: number }[] | undefined;
	for (const entry of initial) {
		const own = entry.firstKey;
		if (own.length >= 4 && own[own.length - 1] === key[key.length - 1] && withinOneSlip(key, own)) (out ??= []).push({ entry, slips: 1 });
	}
	return out ?? NO_MATCHES;
}

// Most words are no pupil's name: one shared empty answer, not a new array per word.
const NO_MATCHES: readonly { entry: VariantEntry; slips: number }[] = [];

const SURNAME_TOLD = /(?:^| )(?:surname|surnames|last name|other name|second name|family name)(?: |$)/;

// Every word of every message is read against the roster, and most words recur: what a word may
// be is remembered per roster, one lookup instead of the three to five its keys and the roster's
// maps cost, and emptied past the limit like the keys' own maps.
function factsOf(word: string, index: VariantIndex): WordFacts {
	let facts = index.known.get(word);
	if (facts === undefined) {
		facts = { joined: word.length >= 6 ? joinedName(word, index) : undefined, firsts: firstNameMatches(word, index) };
		if (index.known.size >= KEY_CACHE_LIMIT) index.known.clear();
		index.known.set(word, facts);
	}
	return facts;
}

/** Roster full names in forms the exact rule does not read. */
export function findNameVariants(view: WordView, original: string, index: VariantIndex, isFamous: (first: number, last: number) => boolean): RawFinding[] {
	const tokens = mergeSingleLetters(view);
	const findings: RawFinding[] = [];
	for (let i = 0; i < tokens.length; i += 1) {
		const token = tokens[i] as WordToken;
		const facts = factsOf(token.text, index);
		if (facts.joined !== undefined) findings.push(spanOf(view, token, token, 'fullname.joined'));
		for (const { entry, slips } of facts.firsts) {
			const next = tokens[afterQuotedNickname(view, original, tokens, i)];
			if (
				surnameFits(view, original, next, entry, 1 - slips) &&
				sameSentence(view, original, token, next as WordToken) &&
				!isFamous(token.start, (next as WordToken).end)
			) {
				findings.push(spanOf(view, token, next as WordToken, 'fullname.variant'));
			} else {
				// A surname typed in two halves ("zac hollow-way"), read as one word.
				const halves = twoHalves(tokens, afterQuotedNickname(view, original, tokens, i));
				if (
					halves !== undefined &&
					surnameFits(view, original, halves, entry, 1 - slips) &&
					sameSentence(view, original, token, halves) &&
					!isFamous(token.start, halves.end)
				)
					findings.push(spanOf(view, token, halves, 'fullname.variant'));
			}
			const before = tokens[i - 1];
			if (
				!entry.surnameIsWord &&
				surnameFits(view, original, before, entry, 1 - slips) &&
				sameSentence(view, original, before as WordToken, token) &&
				!isFamous((before as WordToken).start, token.end)
			) {
				findings.push(spanOf(view, before as WordToken, token, 'fullname.variant'));
			}
		}
		if (token.text.length === 1 && i + 1 < tokens.length) {
			const next = tokens[i + 1] as WordToken;
			const between = original.slice(view.ends[token.end - 1] ?? 0, view.starts[next.start] ?? 0);
			for (const entry of index.byInitial.get(token.text) ?? []) {
				if (between.includes('.') && surnameFits(view, original, next, entry, 0)) findings.push(spanOf(view, token, next, 'fullname.initial'));
			}
		}
	}
	if (findings.length === 0 && SURNAME_TOLD.test(view.text)) findings.push(...findToldSurname(view, tokens, index));
	return findings;
}

// The helpers below are functions of the module, not closures made afresh for every message.

function capitalised(view: WordView, original: string, token: WordToken): boolean {
	const ch = original[view.starts[token.start] ?? 0] ?? '';
	return ch !== ch.toLowerCase();
}

function surnameFits(view: WordView, original: string, token: WordToken | undefined, entry: VariantEntry, budget: number): boolean {
	return token !== undefined && surnameSlips(token.text, entry) <= budget && (!entry.surnameIsWord || capitalised(view, original, token));
}

/** Two words either side of a full stop belong to different sentences ("past Ashworth. Tom was sick"). */
function sameSentence(view: WordView, original: string, a: WordToken, b: WordToken): boolean {
	return !/[.!?;:]/.test(original.slice(view.ends[a.end - 1] ?? 0, view.starts[b.start] ?? 0));
}

/** The roster entry a name run together ("tomharker", "tomharkers") is, keyed once. */
function joinedName(word: string, index: VariantIndex): VariantEntry | undefined {
	const key = surnameKeyOf(word);
	return index.joined.get(key.endsWith('s') ? key.slice(0, -1) : key) ?? index.joined.get(key);
}

// A nickname in quotes between the names ("tom 'the rocket' harker") is skipped.
const QUOTED = /^\s*(['"‘“])[^'"‘’“”]{1,30}['"’”]\s*/;

/** Index of the token after the first name, past a quoted nickname if there is one. */
function afterQuotedNickname(view: WordView, original: string, tokens: readonly WordToken[], i: number): number {
	const token = tokens[i] as WordToken;
	const from = view.ends[token.end - 1] ?? 0;
	const quoted = QUOTED.exec(original.slice(from, from + 40));
	if (quoted === null) return i + 1;
	const resume = from + quoted[0].length;
	let k = i + 1;
	while (k < tokens.length && (view.starts[(tokens[k] as WordToken).start] ?? 0) < resume) k += 1;
	return k;
}

/** Two words read as one ("hollow" + "way"), for a surname typed in halves; undefined past the end. */
function twoHalves(tokens: readonly WordToken[], k: number): WordToken | undefined {
	const first = tokens[k];
	const second = tokens[k + 1];
	if (first === undefined || second === undefined) return undefined;
	return { text: first.text + second.text, start: first.start, end: second.end, leet: false };
}

/** A message that names a pupil and says which word (or pair of words, "fen-wick") is the surname. */
function findToldSurname(view: WordView, tokens: readonly WordToken[], index: VariantIndex): RawFinding[] {
	for (let i = 0; i < tokens.length; i += 1) {
		const surnameToken = tokens[i] as WordToken;
		const halves = twoHalves(tokens, i);
		const entries = [
			...(index.bySurname.get(surnameKeyOf(surnameToken.text)) ?? []),
			...(halves === undefined ? [] : (index.bySurname.get(surnameKeyOf(halves.text)) ?? []))
		];
		for (const entry of entries) {
			const firstToken = tokens.find((t) => entry.firstKeys.has(nameKey(t.text)) || entry.firstKeys.has(nameKey(t.text.replace(/s$/, ''))));
			if (firstToken !== undefined && firstToken !== surnameToken) return [spanOf(view, surnameToken, surnameToken, 'fullname.told')];
		}
	}
	return [];
}

// Letters typed one at a time ("Z A C", "t o m") are read as one word here;
// the word view joins only runs of four or more.
function mergeSingleLetters(view: WordView): WordToken[] {
	const tokens = view.tokens;
	const out: WordToken[] = [];
	for (let k = 0; k < tokens.length;) {
		let last = k;
		while ((tokens[last] as WordToken).text.length === 1 && tokens[last + 1]?.text.length === 1) last += 1;
		if (last === k) out.push(tokens[k] as WordToken);
		else {
			let text = '';
			for (let t = k; t <= last; t += 1) text += (tokens[t] as WordToken).text;
			out.push({ text, start: (tokens[k] as WordToken).start, end: (tokens[last] as WordToken).end, leet: false, spaced: true });
		}
		k = last + 1;
	}
	return out;
}

function spanOf(view: WordView, first: WordToken, last: WordToken, rule: string): RawFinding {
	return { kind: 'fullname', start: view.starts[first.start] ?? 0, end: view.ends[last.end - 1] ?? 0, rule };
}
