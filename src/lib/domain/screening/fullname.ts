// Full names from the school's roster. Owns rules: fullname.roster ("Amira
// Khan", "grace o'neill", "Grace O Neill") and fullname.roster-reversed
// ("Khan, Amira"). A first name alone is how children talk about each other
// and passes. Surnames that are everyday words (Brown, Hill, Rose) only count
// with a capital letter, so "Oliver brown bear" is not a pupil. A name told as a
// famous person's ("Mohammed Ali was a famous boxer", "the explorer Ernest
// Shackleton") is topic work, not a pupil, even when a pupil shares the name.

import { buildWordView, normaliseText, type WordToken, type WordView } from './normalise.js';
import type { RawFinding, RosterName } from './types.js';
import { compileVariants, findNameVariants, type VariantIndex } from './fullname-variants.js';

interface RosterEntry {
	first: string[];
	surname: string;
	surnameIsWord: boolean;
}

export type CompiledRoster = Map<string, RosterEntry[]>;

// Every prefix of every surname, so most words are rejected with one lookup.
const SURNAME_PREFIXES = Symbol('surname prefixes');
// The index of the forms children type (fullname-variants.ts), read when the exact rules find nothing.
const VARIANTS = Symbol('name variants');
type RosterWithPrefixes = CompiledRoster & { [SURNAME_PREFIXES]?: Set<string>; [VARIANTS]?: VariantIndex };

const WORD_SURNAMES = new Set(
	(
		'brown green white black gray grey wood woods hill hills king young bird fox rose hall wall bell lord little long ' +
		'short price cook baker mason fisher hunter page marsh moss ball bishop banks march may day lamb lane park ' +
		'rich sharp stone swift wise north west east south field fields gold hope joy love pope reed rice ward cross ' +
		'dean hart hay head holly house hunt mills moon pike pool ray read ridge sands snow spring street summer ' +
		'sweet thorn waters wells wild winter wolf wren miles bush castle chance church clay coles cotton frost ' +
		'gardner glass golden good hand heath holmes key knight land mark marshall meadows mill nice oak palmer ' +
		'parsons penny pound power rivers robin rock rose sage salt shepherd silver smart sparrow steel storm taylor ' +
		'tree turner walker wall ware weaver wells wood worth bloom bright brook brooks carter crow dove eagle ' +
		'finch free friend hawk heart jolly joyce kind lake star stock strong true'
	).split(' ')
);

// Words around a name that make it a famous person's, read in the word view.
const FAMOUS_AFTER =
	/^ (?:(?:was|were) (?:a |an |the |one of the )?(?:very |most )?(?:famous|world famous|well known|legendary|greatest|first|historical|historic)|is (?:a |an |one of the )?(?:very |most )?(?:famous|world famous|well known|legendary|historical)|(?:was born|died|invented|discovered|won (?:a |an |the )?(?:olympic|world|nobel|gold))(?![a-z]))/;
const FAMOUS_BEFORE =
	/(?:famous|legendary|historical|world champion|the (?:boxer|footballer|scientist|inventor|author|writer|poet|artist|painter|singer|explorer|astronaut|engineer|athlete|king|queen|prime minister|president)|sir|dame|king|queen) $/;

function isFamous(view: WordView, tokens: readonly WordToken[], first: number, last: number): boolean {
	return isFamousSpan(view, (tokens[first] as WordToken).start, (tokens[last] as WordToken).end);
}

/** Whether the words around a span of the word view make it a famous person's name. */
function isFamousSpan(view: WordView, from: number, to: number): boolean {
	return FAMOUS_AFTER.test(view.text.slice(to, to + 60)) || FAMOUS_BEFORE.test(view.text.slice(Math.max(0, from - 30), from));
}

const keyTokens = (name: string): string[] => buildWordView(normaliseText(name)).tokens.map((t) => t.text);

/** Index roster names by the first word of the first name. */
export function compileRoster(names: readonly RosterName[]): CompiledRoster {
	const roster: RosterWithPrefixes = new Map();
	const prefixes = new Set<string>();
	roster[SURNAME_PREFIXES] = prefixes;
	const entries: RosterEntry[] = [];
	for (const name of names) {
		const first = keyTokens(name.firstName);
		const surname = keyTokens(name.surname).join('');
		if (first.length === 0 || surname.length === 0) continue;
		const entry = { first, surname, surnameIsWord: WORD_SURNAMES.has(surname) };
		entries.push(entry);
		const list = roster.get(first[0] as string) ?? [];
		list.push(entry);
		roster.set(first[0] as string, list);
		for (let k = 1; k <= surname.length; k += 1) prefixes.add(surname.slice(0, k));
		const surnameKey = `surname:${surname}`;
		const reversed = roster.get(surnameKey) ?? [];
		reversed.push(entry);
		roster.set(surnameKey, reversed);
	}
	roster[VARIANTS] = compileVariants(entries);
	return roster;
}

/** Roster full names in the word view. */
export function findFullNames(view: WordView, original: string, roster: CompiledRoster): RawFinding[] {
	if (roster.size === 0) return [];
	const findings: RawFinding[] = [];
	const tokens = view.tokens;
	for (let i = 0; i < tokens.length; i += 1) {
		const text = (tokens[i] as WordToken).text;
		for (const entry of roster.get(text) ?? []) {
			const afterFirst = matchSequence(tokens, i, entry.first);
			const end = afterFirst < 0 ? -1 : matchSurname(tokens, afterFirst, entry, view, original);
			if (end >= 0 && !isFamous(view, tokens, i, end)) findings.push(span(view, tokens, i, end, 'fullname.roster'));
		}
		for (const entry of surnameStarts(roster, tokens, i)) {
			const end = matchSequence(tokens, entry.next, entry.entry.first);
			const gap = original.slice(view.ends[(tokens[entry.next - 1] as WordToken).end - 1], view.starts[(tokens[entry.next] as WordToken).start]);
			if (end >= 0 && gap.includes(',') && !isFamous(view, tokens, i, end - 1)) findings.push(span(view, tokens, i, end - 1, 'fullname.roster-reversed'));
		}
	}
	const variants = (roster as RosterWithPrefixes)[VARIANTS];
	if (findings.length > 0 || variants === undefined) return findings;
	return findNameVariants(view, original, variants, (from, to) => isFamousSpan(view, from, to));
}

function span(view: WordView, tokens: readonly WordToken[], first: number, last: number, rule: string): RawFinding {
	return { kind: 'fullname', start: view.starts[(tokens[first] as WordToken).start] ?? 0, end: view.ends[(tokens[last] as WordToken).end - 1] ?? 0, rule };
}

/** Index just after the matched words, or -1. */
function matchSequence(tokens: readonly WordToken[], from: number, words: readonly string[]): number {
	for (let k = 0; k < words.length; k += 1) if (tokens[from + k]?.text !== words[k]) return -1;
	return from + words.length;
}

/** Index of the last surname token, allowing "o neill" for "O'Neill" and a possessive s. */
function matchSurname(tokens: readonly WordToken[], from: number, entry: RosterEntry, view: WordView, original: string): number {
	let joined = '';
	for (let k = from; k < tokens.length && k < from + 3; k += 1) {
		joined += (tokens[k] as WordToken).text;
		if (joined === entry.surname || joined === entry.surname + 's') {
			if (!entry.surnameIsWord) return k;
			const firstChar = original[view.starts[(tokens[from] as WordToken).start] ?? 0] ?? '';
			return firstChar !== firstChar.toLowerCase() ? k : -1;
		}
		if (!entry.surname.startsWith(joined)) return -1;
	}
	return -1;
}

function surnameStarts(roster: CompiledRoster, tokens: readonly WordToken[], i: number): { entry: RosterEntry; next: number }[] {
	const out: { entry: RosterEntry; next: number }[] = [];
	const prefixes = (roster as RosterWithPrefixes)[SURNAME_PREFIXES];
	let joined = '';
	for (let k = i; k < tokens.length && k < i + 3; k += 1) {
		joined += (tokens[k] as WordToken).text;
		if (prefixes !== undefined && !prefixes.has(joined)) break;
		for (const entry of roster.get(`surname:${joined}`) ?? []) if (k + 1 < tokens.length) out.push({ entry, next: k + 1 });
	}
	return out;
}
