// Phone numbers. Owns rules: phone.uk-mobile, phone.uk-landline,
// phone.uk-international, phone.international, phone.spelled-digits,
// phone.look-alike, phone.with-cue.
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
}

// Characters that may sit between the parts of one number: "077-009 00.123", line breaks, "07700 + 900 + 745".
const GAP_CHARS = new Set([...' \n\t-.,/()[]_*|~\'"#+']);

function isGap(text: string, from: number, to: number): boolean {
	if (to - from > 6) return false;
	for (let k = from; k < to; k += 1) if (!GAP_CHARS.has(text[k] as string)) return false;
	return true;
}
// Words children put between parts of a number they are splitting up ("0 7 7 (space) 2 2 9").
const FILLERS = new Set(['and', 'then', 'n', 'next', 'space']);
// Words nearby that say "this is a number to contact me on".
const CUE_BEFORE = /\b(?:call|ring|text|txt|phone|fone|mobile|mob|tel|telephone|whatsapp|facetime|number|num|numba|no|digits)\b[^.!?\n]{0,25}$/;
const NOT_A_CUE = /\b(?:favourite|fave|lucky|house|door|page|question|room|bus|shirt|flat|team|the|a)\s+(?:number|no|num)\b[^.!?\n]{0,25}$/;

/** Find phone numbers in normalised text, however they are spelled or split. */
export function findPhoneNumbers(mt: MappedText): RawFinding[] {
	// Most messages hold no digit 2-9 and no word for one, and so no number to ring.
	if (!numberFacts(mt, mt.text).dialable) return [];
	const runs = collectRuns(mt.text);
	const findings: RawFinding[] = [];
	for (const run of runs) {
		const rule = classifyRun(run, mt.text);
		if (rule === null) continue;
		const first = run.tokens[0] as NumericToken;
		const last = run.tokens[run.tokens.length - 1] as NumericToken;
		const span = originalSpan(mt, run.plus ? first.start - 1 : first.start, last.end);
		findings.push({ kind: 'phone', start: span.start, end: span.end, rule });
	}
	if (findings.length === 0 && runs.length > 1) {
		const pieces = mobileInPieces(runs);
		if (pieces !== null) findings.push({ kind: 'phone', ...originalSpan(mt, pieces.start, pieces.end), rule: 'phone.in-pieces' });
	}
	return findings;
}

// A mobile number given in two or three pieces with words between them: "the number is 07812 and
// then the rest is 554 193", "the first bit is oh seven seven three four. the second bit is nine
// one two eight two six". Pieces further apart than this are different numbers.
const PIECE_GAP = 45;
const MOBILE_START = /^07\d{1,7}$/;

/** Where a mobile number's pieces start and end in the text, or null. */
function mobileInPieces(runs: readonly DigitRun[]): { start: number; end: number } | null {
	for (let i = 0; i < runs.length; i += 1) {
		const first = runs[i] as DigitRun;
		if (!MOBILE_START.test(first.digits)) continue;
		let digits = first.digits;
		let end = (first.tokens[first.tokens.length - 1] as NumericToken).end;
		let pieces = 1;
		for (let k = i + 1; k < runs.length && digits.length < 11 && pieces < 3; k += 1) {
			const next = runs[k] as DigitRun;
			if ((next.tokens[0] as NumericToken).start - end > PIECE_GAP) break;
			digits += next.digits;
			end = (next.tokens[next.tokens.length - 1] as NumericToken).end;
			pieces += 1;
		}
		if (pieces > 1 && digits.length === 11) return { start: (first.tokens[0] as NumericToken).start, end };
	}
	return null;
}

function isWordCode(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function collectRuns(text: string): DigitRun[] {
	const mask = maskProtectedNumbers(text);
	const runs: DigitRun[] = [];
	let current: NumericToken[] = [];
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
		const gapOk = lastEnd >= 0 && isGap(text, lastEnd, start);
		if (parsed === null) {
			if (current.length > 0 && gapOk && fillers < 2 && end - start <= 5 && FILLERS.has(text.slice(start, end))) {
				fillers += 1;
				lastEnd = end;
				start = end;
				continue;
			}
			endRun(runs, current, text);
			current = [];
			fillers = 0;
			lastEnd = end;
			start = end;
			continue;
		}
		if (current.length > 0 && !gapOk) {
			endRun(runs, current, text);
			current = [];
		}
		current.push({ start, end, parsed });
		fillers = 0;
		lastEnd = end;
		start = end;
	}
	endRun(runs, current, text);
	return runs;
}

// A function of the module, not a closure made for every message: under tsx every named arrow is
// wrapped in a helper that defines its name, which cost about a microsecond a message.
/** The run read so far, kept if it holds any numbers. */
function endRun(runs: DigitRun[], current: NumericToken[], text: string): void {
	if (current.length > 0) runs.push(makeRun(current, text));
}

function makeRun(tokens: NumericToken[], text: string): DigitRun {
	const pieces: DigitPiece[] = [];
	for (const token of tokens) pieces.push(...token.parsed.pieces);
	const first = tokens[0] as NumericToken;
	const before = text.slice(Math.max(0, first.start - 3), first.start);
	const plus =
		/(?:^|[^\d\s])\s*\+$|^\+$/.test(before) ||
		(first.start === 1 && text[0] === '+') ||
		/\bplus\s$/.test(text.slice(Math.max(0, first.start - 6), first.start));
	return { tokens, digits: joinPieces(pieces), plus };
}

function classifyRun(run: DigitRun, text: string): string | null {
	const d = run.digits;
	if (d.length < 6 || looksLikeCounting(run) || /^[01]+$/.test(d) || looksLikeIsbn(run, text)) return null;
	const shape = ukShape(d, run.plus) ?? internationalShape(d, run.plus);
	if (shape !== null) return disguiseRule(run) ?? shape;
	const before = text.slice(Math.max(0, (run.tokens[0] as NumericToken).start - 40), (run.tokens[0] as NumericToken).start);
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
