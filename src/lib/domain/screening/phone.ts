// Phone numbers. Owns rules: phone.uk-mobile, phone.uk-landline,
// phone.uk-international, phone.international, phone.spelled-digits,
// phone.look-alike, phone.with-cue, phone.partial ("my phone number ends in 4421").
// A UK-shaped run of digits is blocked whether or not the number is valid or
// allocated: a mistyped or drama-range number still tells a stranger how to
// ring a child.

import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { joinPieces, numberFacts, parseNumericToken, type DigitPiece, type ParsedToken } from './number-words.js';
import { originalSpan, type MappedText } from './normalise.js';
import { maskProtectedNumbers } from './protected-numbers.js';
import type { RawFinding } from './types.js';

interface NumericToken {
	start: number;
	end: number;
	parsed: ParsedToken;
}

interface DigitRun {
	tokens: NumericToken[];
	digits: string;
	plus: boolean;
	/** Indexes of the tokens that follow a word bridging two parts ("07812 and then 554 193"). */
	bridges: number[];
}

// Characters that may sit between the parts of one number: "077-009 00.123", line breaks.
const GAP_CHARS = new Set([...' \n\t-.,/()[]_*|~\'"#']);

// "+" joins parts only of a number that began with a 0 ("07700 + 900 + 745"): in "3 + 4" it is a sum.
function isGap(text: string, from: number, to: number, plusJoins = false): boolean {
	if (to - from > 6) return false;
	for (let k = from; k < to; k += 1) if (!GAP_CHARS.has(text[k] as string) && !(plusJoins && text[k] === '+')) return false;
	return true;
}
// Words children put between parts of a number they are splitting up ("077 (space) 229").
const FILLERS = new Set(['and', 'then', 'n', 'next', 'space']);
// Longer bridges between the halves of a number begun with a 0 and not yet whole: "07812 and then
// the rest is 554 193", "oh seven seven three four. the second bit is nine one two".
const BRIDGE_WORDS = new Set([
	...['and', 'then', 'n', 'next', 'the', 'rest', 'is', 'its', 'second', 'last', 'other', 'bit', 'part', 'half', 'after', 'that', 'followed', 'by'],
	...['space', 'end', 'start', 'first', 'beginning', 'front']
]);
const MAX_BRIDGE = 6;
// Words nearby that say "this is a number to contact me on".
const CUE_BEFORE = /\b(?:call|ring|text|txt|phone|fone|mobile|mob|tel|telephone|whatsapp|facetime|number|num|numba|no|digits)\b[^.!?\n]{0,25}$/;
// A games console's friend code ("friend code: SW-0093-5521-8847") is a handle, told by social.ts.
const FRIEND_CODE_BEFORE = /\b(?:friend|switch|trainer|player)\s*(?:code|id)\b[^.!?\n]{0,15}$|\bsw-$/;
const NOT_A_CUE = /\b(?:favourite|fave|lucky|house|door|page|question|room|bus|shirt|flat|team|the|a)\s+(?:number|no|num)\b[^.!?\n]{0,25}$/;

/** Find phone numbers in normalised text, however they are spelled or split. */
export function findPhoneNumbers(mt: MappedText): RawFinding[] {
	// Most messages hold no digit 2-9 and no word for one, and so no number to ring.
	if (!numberFacts(mt, mt.text).dialable) return [];
	const findings: RawFinding[] = [];
	for (const whole of collectRuns(mt.text)) {
		// Parts joined by words that turn out to make no number are read again on their own.
		for (const run of classifyRun(whole, mt.text) === null && whole.bridges.length > 0 ? splitAtBridges(whole, mt.text) : [whole]) {
			const rule = classifyRun(run, mt.text);
			if (rule === null) continue;
			const first = run.tokens[0] as NumericToken;
			const last = run.tokens[run.tokens.length - 1] as NumericToken;
			const span = originalSpan(mt, run.plus ? first.start - 1 : first.start, last.end);
			findings.push({ kind: 'phone', start: span.start, end: span.end, rule });
		}
	}
	if (PARTIAL_CUE.test(mt.text)) findPartialNumbers(mt, findings);
	return findings;
}

function splitAtBridges(run: DigitRun, text: string): DigitRun[] {
	const cuts = [0, ...run.bridges, run.tokens.length];
	const parts: DigitRun[] = [];
	for (let k = 0; k + 1 < cuts.length; k += 1) parts.push(makeRun(run.tokens.slice(cuts[k], cuts[k + 1]), text));
	return parts;
}

// Part of a number, told with the word for a phone: "my phone number ends in 4421", "the last
// four digits of my mobile are 5 5 1 9". Enough, with a provider's usual start, to ring.
const PARTIAL_CUE = /\b(?:ends?|ending|finishes|last)\b/;
const PARTIAL_DIGITS = '\\s*(?:\\d[\\s-]?){3,6}(?!\\d)';
const PARTIALS: readonly RegExp[] = [
	new RegExp(
		`\\b(?:phone|mobile|mob|fone|cell)\\s*(?:number|no|num|numba|nummber|digits)\\b[^.!?\\n]{0,30}?\\b(?:(?:ends?|ending|finishes)\\s+(?:in|with)|last\\s+(?:\\d|three|four|few)\\s+(?:digits|numbers)\\s+(?:are|is))${PARTIAL_DIGITS}`,
		'g'
	),
	new RegExp(
		`\\blast\\s+(?:\\d|three|four|few)\\s+(?:digits|numbers)\\s+of\\s+[a-z' ]{0,15}?\\b(?:phone|mobile|mob|fone)\\b[^.!?\\n]{0,15}?\\b(?:are|is)${PARTIAL_DIGITS}`,
		'g'
	)
];

function findPartialNumbers(mt: MappedText, out: RawFinding[]): void {
	for (const pattern of PARTIALS) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(mt.text); m !== null; m = pattern.exec(mt.text)) {
			const span = originalSpan(mt, m.index, m.index + m[0].trimEnd().length);
			out.push({ kind: 'phone', start: span.start, end: span.end, rule: 'phone.partial' });
		}
	}
}

function isWordCode(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function collectRuns(text: string): DigitRun[] {
	const mask = maskProtectedNumbers(text);
	const runs: DigitRun[] = [];
	let current: NumericToken[] = [];
	let bridges: number[] = [];
	let lastEnd = -1;
	let fillers = 0;
	// Words of [a-z0-9] read by character code and parsed in place, none cut out of the text.
	const n = text.length;
	for (let start = 0; start < n;) {
		if (!isWordCode(text.charCodeAt(start))) {
			start += 1;
			continue;
		}
		let end = start + 1;
		while (end < n && isWordCode(text.charCodeAt(end))) end += 1;
		const parsed = mask[start] === 1 ? null : parseNumericToken(text, start, end);
		const gapOk = lastEnd >= 0 && isGap(text, lastEnd, start, current.length > 0 && startsWithZero(current));
		if (parsed === null) {
			if (current.length > 0 && gapOk && end - start <= 8 && mayBridge(text.slice(start, end), fillers, current)) {
				fillers += 1;
				lastEnd = end;
				start = end;
				continue;
			}
			endRun(runs, current, text, bridges);
			current = [];
			bridges = [];
			fillers = 0;
			lastEnd = end;
			start = end;
			continue;
		}
		if (current.length > 0 && !gapOk) {
			endRun(runs, current, text, bridges);
			current = [];
			bridges = [];
		}
		if (fillers > 0 && current.length > 0) bridges.push(current.length);
		current.push({ start, end, parsed });
		fillers = 0;
		lastEnd = end;
		start = end;
	}
	endRun(runs, current, text, bridges);
	return runs;
}

// A function of the module, not a closure made for every message: under tsx every named arrow is
// wrapped in a helper that defines its name, which cost about a microsecond a message.
/** The run read so far, kept if it holds any numbers. */
function endRun(runs: DigitRun[], current: NumericToken[], text: string, bridges: number[]): void {
	if (current.length > 0) runs.push(makeRun(current, text, bridges));
}

// A filler or two between any parts; up to MAX_BRIDGE words of a bridge only after a start that
// can only be the front of a phone number (a 0 and four to nine digits).
function mayBridge(word: string, fillers: number, current: readonly NumericToken[]): boolean {
	if (fillers < 2 && FILLERS.has(word)) return true;
	if (fillers >= MAX_BRIDGE || !BRIDGE_WORDS.has(word)) return false;
	const digits = joinPieces(current.flatMap((t) => t.parsed.pieces));
	return digits.length >= 4 && digits.length <= 9 && digits[0] === '0';
}

function startsWithZero(tokens: readonly NumericToken[]): boolean {
	const first = (tokens[0] as NumericToken).parsed.pieces[0];
	return first !== undefined && first.t === 'digits' && first.v[0] === '0';
}

// A "+" or "plus" just before a run's first digits (made once: a literal in makeRun is a new object each run).
const PLUS_BEFORE = /(?:^|[^\d\s])\s*\+$|^\+$/;
const PLUS_SAID_BEFORE = /\bplus\s$/;

function makeRun(tokens: NumericToken[], text: string, bridges: number[] = []): DigitRun {
	const pieces: DigitPiece[] = [];
	for (const token of tokens) pieces.push(...token.parsed.pieces);
	const first = tokens[0] as NumericToken;
	const before = text.slice(Math.max(0, first.start - 3), first.start);
	const plus =
		PLUS_BEFORE.test(before) || (first.start === 1 && text[0] === '+') || PLUS_SAID_BEFORE.test(text.slice(Math.max(0, first.start - 6), first.start));
	return { tokens, digits: joinPieces(pieces), plus, bridges };
}

function classifyRun(run: DigitRun, text: string): string | null {
	const d = run.digits;
	if (d.length < 6 || looksLikeCounting(run) || /^[01]+$/.test(d) || looksLikeIsbn(run, text)) return null;
	const before = text.slice(Math.max(0, (run.tokens[0] as NumericToken).start - 40), (run.tokens[0] as NumericToken).start);
	if (FRIEND_CODE_BEFORE.test(before)) return null;
	const shape = ukShape(d, run.plus) ?? internationalShape(d, run.plus);
	if (shape !== null) return disguiseRule(run) ?? shape;
	if (d.length <= 13 && CUE_BEFORE.test(before) && !NOT_A_CUE.test(before)) return 'phone.with-cue';
	return null;
}

function ukShape(d: string, plus: boolean): string | null {
	if (plus && /^44(?:0?[1-9]\d{8,9})$/.test(d)) return 'phone.uk-international';
	if (/^0044(?:0?[1-9]\d{8,9})$/.test(d)) return 'phone.uk-international';
	if (!plus && /^0[1-9]\d{8,10}$/.test(d)) return d[1] === '7' ? 'phone.uk-mobile' : 'phone.uk-landline';
	// A mobile written without its leading zero: "7700 900123".
	if (!plus && /^7[1-9]\d{8}$/.test(d)) return 'phone.uk-mobile';
	return null;
}

function internationalShape(d: string, plus: boolean): string | null {
	const international = plus ? d : d.startsWith('00') ? d.slice(2) : null;
	if (international === null || international.length < 7 || international.length > 15) return null;
	const parsed = parsePhoneNumberFromString('+' + international);
	if (parsed?.isPossible() === true || international.length >= 10) return 'phone.international';
	return null;
}

function disguiseRule(run: DigitRun): string | null {
	if (run.tokens.some((t) => t.parsed.strongWord || (!t.parsed.realDigit && !t.parsed.lookAlike))) return 'phone.spelled-digits';
	if (run.tokens.some((t) => t.parsed.lookAlike)) return 'phone.look-alike';
	return null;
}

// "0 1 2 3 4 5 6 7 8 9" or "zero, five, ten, fifteen": a number line, not a phone number.
function looksLikeCounting(run: DigitRun): boolean {
	if (run.tokens.length < 4) return false;
	const values = run.tokens.map((t) => Number(joinPieces(t.parsed.pieces)));
	const step = (values[1] as number) - (values[0] as number);
	return values.every((v, i) => i === 0 || v - (values[i - 1] as number) === step);
}

function looksLikeIsbn(run: DigitRun, text: string): boolean {
	const d = run.digits;
	const raw = text.slice((run.tokens[0] as NumericToken).start, (run.tokens[run.tokens.length - 1] as NumericToken).end);
	if (!/^\d+(?:-\d+){2,4}$/.test(raw) && !/^97[89]/.test(d)) return false;
	if (d.length === 13 && /^97[89]/.test(d)) return true;
	if (d.length !== 10) return false;
	let sum = 0;
	for (let i = 0; i < 10; i += 1) sum += (10 - i) * Number(d[i]);
	return sum % 11 === 0;
}
