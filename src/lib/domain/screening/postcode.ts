// UK postcodes. Owns rules: postcode.uk (SW1A 1AA, sw1a1aa, any case, any
// spacing), postcode.spaced (s w 1 a 1 a a), postcode.told ("my postcode is L S
// one four") and postcode.spelt (letters said aloud: "em aitch four, seven cue
// tee", the army's "delta lima", "elle ay nine, five are pee", "L A 9, then 7, then G H").
// A code of the full shape counts when its area follows Royal Mail's rules
// for the letters (no Q, V or X first; no I, J or Z second), so a made-up or
// unlisted area is still seen; a one-letter area must be a real one, so "Y5 2nd"
// (a class and a place) is not a postcode. The unit may hold letters Royal Mail never
// uses (a made-up "LA9 4MR"), but not a unit of time or size ("b4 6pm", "a4 3mm").

import { originalSpan, type MappedText } from './normalise.js';
import { numberFacts } from './number-words.js';
import type { RawFinding } from './types.js';

/** Royal Mail's postcode areas, the letters a code starts with. */
export const AREAS: ReadonlySet<string> = new Set(
	(
		'ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy ' +
		'e ec eh en ex fk fy g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ' +
		'll ln ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl ' +
		'sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv yo ze'
	).split(' ')
);

// Outward code, optional gap, inward code; O and I/l typed for 0 and 1 in the digit places.
// The two halves may be joined by a word, as a child reads a code out: "LA9 then 4QT", "LA9 space 4QT".
// Slashes, dots or underscores may part them too ("LA9//7BP"), and a space may part the inward code
// ("LA9 5 BE", "LA9-5-BE"), checked in validMatch; the unit's letters are any two, since children make codes up.
const POSTCODE = /(?<![a-z0-9])([a-z]{1,2})([0-9oil][0-9a-z]?)([\s/._-]{0,5}|\s+(?:then|space|and then)\s+)([0-9oil])([\s-]?[a-z]{2})(?![a-z0-9])/g;
// Or parted by an emoji ("LA9 🤫 4DL"; normalising leaves only symbols outside ASCII), looked for
// only in the few messages with such a symbol so the common pattern stays as fast as it was.
const NOT_ASCII = /[^\x00-\x7f]/;
const EMOJI_PARTED = /(?<![a-z0-9])([a-z]{1,2})([0-9oil][0-9a-z]?)([\s-]{0,2}[^\x00-\x7f]{1,4}[\s-]{0,2})([0-9oil])([\s-]?[a-z]{2})(?![a-z0-9])/g;
const SPACED = /(?<![a-z0-9])[a-z0-9](?:[ .-][a-z0-9]){4,7}(?![a-z0-9])/g;

// "my postcode is L S one four, two A B", "postcode: bd seven 4 nx": a postcode told, however it is spelt.
const TOLD =
	/\b(?:my|our|me|mine|the|nans|grans|house)?\s?(?:(?:post\s?[ck]ode|pstcd|post\s?cd)\b|p\.\s?c\.)\W{0,3}(?:(?:is|was|its|it's|starts(?: with)?|begins(?: with)?|ends(?: with)?)\W{0,3})?[a-z](?:\W?[a-z])?\W{0,2}(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zero|oh|nought)\b[^.!?\n]{0,30}/g;
// Letters said aloud, as children spell a code to someone ("em aitch", "cue tee", "why").
// Maps, not plain objects: a child's word is the key, and a plain object would find
// Object.prototype's "constructor" as if it were a letter name.
const LETTER_NAMES = new Map<string, string>(
	Object.entries({
		ay: 'a',
		bee: 'b',
		see: 'c',
		cee: 'c',
		dee: 'd',
		ee: 'e',
		ef: 'f',
		eff: 'f',
		gee: 'g',
		aitch: 'h',
		aych: 'h',
		haitch: 'h',
		eych: 'h',
		jay: 'j',
		kay: 'k',
		el: 'l',
		ell: 'l',
		em: 'm',
		emm: 'm',
		en: 'n',
		enn: 'n',
		pee: 'p',
		cue: 'q',
		queue: 'q',
		ar: 'r',
		arr: 'r',
		ess: 's',
		tee: 't',
		vee: 'v',
		ex: 'x',
		why: 'y',
		// W as children spell its name out: "double you", run together or misspelt.
		doubleyou: 'w',
		dubbleyou: 'w',
		dubleyou: 'w',
		doubleu: 'w',
		dubbelyou: 'w',
		dubya: 'w',
		wy: 'y',
		zed: 'z',
		zee: 'z',
		// How children write a letter's sound in full, and what "are" sounds like.
		elle: 'l',
		are: 'r',
		// The phonetic alphabet, which a parent may teach ("LA nine four delta lima").
		alpha: 'a',
		alfa: 'a',
		bravo: 'b',
		charlie: 'c',
		delta: 'd',
		echo: 'e',
		foxtrot: 'f',
		golf: 'g',
		hotel: 'h',
		india: 'i',
		juliet: 'j',
		juliett: 'j',
		kilo: 'k',
		lima: 'l',
		mike: 'm',
		november: 'n',
		oscar: 'o',
		papa: 'p',
		quebec: 'q',
		romeo: 'r',
		sierra: 's',
		tango: 't',
		uniform: 'u',
		victor: 'v',
		whiskey: 'w',
		whisky: 'w',
		xray: 'x',
		yankee: 'y',
		zulu: 'z'
	})
);
const DIGIT_NAMES = new Map<string, string>(
	Object.entries({
		zero: '0',
		oh: '0',
		nought: '0',
		one: '1',
		two: '2',
		three: '3',
		four: '4',
		five: '5',
		six: '6',
		seven: '7',
		sevn: '7',
		eight: '8',
		nine: '9',
		// Misspelt as children spell them.
		for: '4',
		foor: '4',
		fore: '4',
		fiv: '5',
		sixx: '6',
		ate: '8',
		nein: '9'
	})
);
// Words a child reads between the pieces of a code ("L A 9, then 7, then G H"): skipped, never a piece.
const JOINERS = new Set(['then', 'and', 'space', 'dash', 'comma']);
const SPELT_CUE = new RegExp(`\\b(?:${[...LETTER_NAMES.keys()].join('|')})\\b`, 'g');
// Worth reading letter by letter only with two letter names, or one and a word about a postcode.
function spelt(text: string): boolean {
	SPELT_CUE.lastIndex = 0;
	if (!SPELT_CUE.test(text)) return false;
	return SPELT_CUE.test(text) || /post|code|live|house|address/.test(text);
}

// A code typed in four or more pieces ("MH 4 7 Q T", "M H 3 - 6 N D", "LA9 – 4 – D – L", "l(a)9 4dl",
// "L A nine, seven Q H"), maybe with a word between them ("L A 9, then 7, then G H").
const SPLIT_PIECE = '(?:[a-z]{1,2}\\d{0,2}|\\d{1,2}[a-z]{0,2}|zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)';
// Every such code has two single letters or digits side by side ("a 9", "4 - d"): a cheap scan first.
const TWO_SINGLES = /\b[a-z0-9]\W{1,3}(?:(?:then|and|space)\W{1,3})?[a-z0-9]\b/;
const SPLIT_CODE = new RegExp(`\\b${SPLIT_PIECE}(?:\\W{1,3}(?:(?:and then|then|and|space)\\W{1,3})?${SPLIT_PIECE}){3}\\b`);
// What the told rule needs before it is run (made once, not as a literal in findPostcodes).
const TOLD_CUE = /post|pstcd|p\.\s?c\./;
const TOLD_NOT = /\b(?:your|ur|a|what|whats|whats your|if|never|ask|asks|asked|lesson|learn|learned|learnt|helps?|means|map|maps|game)\b/;

/** Postcodes in normalised text, written together, apart or letter by letter. */
export function findPostcodes(mt: MappedText): RawFinding[] {
	const findings: RawFinding[] = [];
	// Every rule but the told one needs a digit, typed or (for a spelt code) said as a word.
	const facts = numberFacts(mt, mt.text);
	if (facts.digit) collect(mt.text, POSTCODE, 'postcode.uk', mt, findings);
	if (facts.digit && NOT_ASCII.test(mt.text)) collect(mt.text, EMOJI_PARTED, 'postcode.uk', mt, findings);
	TOLD.lastIndex = 0;
	for (let m = TOLD_CUE.test(mt.text) ? TOLD.exec(mt.text) : null; m !== null; m = TOLD.exec(mt.text)) {
		if (TOLD_NOT.test(mt.text.slice(Math.max(0, m.index - 25), m.index + 14)) || quotesLandmark(m[0], mt.text) || noSuchArea(m[0])) continue;
		const span = originalSpan(mt, m.index, m.index + m[0].trimEnd().length);
		findings.push({ kind: 'postcode', start: span.start, end: span.end, rule: 'postcode.told' });
	}
	SPACED.lastIndex = 0;
	for (let m = facts.digit ? SPACED.exec(mt.text) : null; m !== null; m = SPACED.exec(mt.text)) {
		const squashed = m[0].replace(/[ .-]/g, '');
		if (isPostcode(squashed + ' ', 0) && !landmark(squashed, mt.text)) {
			const span = originalSpan(mt, m.index, m.index + m[0].length);
			findings.push({ kind: 'postcode', start: span.start, end: span.end, rule: 'postcode.spaced' });
		}
	}
	if (findings.length === 0 && (facts.digit || facts.digitWord) && (spelt(mt.text) || (TWO_SINGLES.test(mt.text) && SPLIT_CODE.test(mt.text))))
		findSpelt(mt, findings);
	return findings;
}

const SHORT_PIECE = /^(?:[a-z]{1,2}\d{0,2}|\d{1,2}[a-z]{0,2})$/;

// The words of the text being read (runs of [a-z0-9]): their bounds, their piece of a code
// (undefined when they are none) and whether they are a letter said aloud. Kept from call to
// call and read by character code: a match object per word made a long message's garbage.
const wordStarts: number[] = [];
const wordEnds: number[] = [];
const wordPieces: (string | undefined)[] = [];
const wordIsLetterName: boolean[] = [];
const wordIsJoiner: boolean[] = [];
// A word longer than this is no letter name, digit name or short piece, so it is never cut out.
const LONGEST_PIECE = Math.max(4, ...[...LETTER_NAMES.keys(), ...DIGIT_NAMES.keys()].map((name) => name.length));

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

function readWords(text: string): number {
	let count = 0;
	for (let start = 0; start < text.length;) {
		if (!isWordCode(text.charCodeAt(start))) {
			start += 1;
			continue;
		}
		let end = start + 1;
		while (end < text.length && isWordCode(text.charCodeAt(end))) end += 1;
		const w = end - start <= LONGEST_PIECE ? text.slice(start, end) : undefined;
		wordStarts[count] = start;
		wordEnds[count] = end;
		wordIsLetterName[count] = w !== undefined && LETTER_NAMES.has(w);
		wordIsJoiner[count] = w !== undefined && JOINERS.has(w);
		wordPieces[count] = w === undefined ? undefined : (LETTER_NAMES.get(w) ?? DIGIT_NAMES.get(w) ?? (w.length <= 4 && SHORT_PIECE.test(w) ? w : undefined));
		count += 1;
		start = end;
	}
	return count;
}

// Read runs of letter names, digit words, short letter and digit pieces as one code.
function findSpelt(mt: MappedText, out: RawFinding[]): void {
	const count = readWords(mt.text);
	for (let i = 0; i < count; i += 1) {
		if (wordIsJoiner[i] === true) continue;
		let code = '';
		let spelt = 0;
		let pieces = 0;
		for (let j = i; j < count && j < i + 12; j += 1) {
			if (wordIsJoiner[j] === true) continue;
			const piece = wordPieces[j];
			if (piece === undefined) break;
			if (wordIsLetterName[j] === true) spelt += 1;
			code += piece;
			pieces += 1;
			if ((spelt > 0 || pieces >= 4) && code.length >= 5 && code.length <= 7 && isSpeltPostcode(code) && (j + 1 >= count || wordIsLetterName[j + 1] !== true)) {
				const span = originalSpan(mt, wordStarts[i] as number, wordEnds[j] as number);
				out.push({ kind: 'postcode', start: span.start, end: span.end, rule: 'postcode.spelt' });
				i = j;
				break;
			}
		}
	}
}

// Postcodes of famous public buildings, quoted with the building's name or in a lesson: no child
// lives at Parliament, Buckingham Palace, 10 Downing Street or Santa's grotto (XM4 5HQ, Royal Mail's own). Bare ("my postcode is SW1A 1AA")
// they are still blocked, since a child may give one as a test of the screen.
const LANDMARKS = new Set(['sw1a0aa', 'sw1a1aa', 'sw1a2aa', 'xm45hq']);
const LANDMARK_TALK =
	/\b(?:palace|parliament|downing|big ben|westminster|king|queen|prime minister|santa|santas|father christmas|north pole|reindeer|geography|history|lesson|project|topic)\b/;
const landmark = (code: string, text: string): boolean => LANDMARKS.has(code.replace(/[^a-z0-9]/g, '')) && LANDMARK_TALK.test(text);
// "the postcode is XM4 5HQ, we wrote letters": a told code that is one of them, quoted in its talk.
const quotesLandmark = (told: string, text: string): boolean => {
	const squashed = told.replace(/[^a-z0-9]/g, '');
	return [...LANDMARKS].some((code) => squashed.includes(code)) && LANDMARK_TALK.test(text);
};

function collect(text: string, pattern: RegExp, rule: string, mt: MappedText, out: RawFinding[]): void {
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
		if (!validMatch(m)) continue;
		if (landmark(`${m[1]}${m[2]}${m[4]}${m[5]}`, text)) continue;
		const span = originalSpan(mt, m.index, m.index + m[0].length);
		out.push({ kind: 'postcode', start: span.start, end: span.end, rule });
	}
}

// Pieces read together are held to more than a code typed whole, since short words are pieces
// too: real digits (the "i" of "at 6, I'll" is no 1) and an area that is no everyday word ("my
// answer is 9 4 a b" is no IS9 4AB). An area that is a word and a real one (ME, SO, ST) still counts.
const SPELT_SHAPE = /^([a-z]{1,2})(\d[0-9a-z]?)(\d)([abd-hjlnp-uw-z]{2})$/;
const WORD_AREAS = new Set('is at in on to my we up go it if do am an as by of or us no he be hi oh ok ur im id ya yo uh um'.split(' '));
function isSpeltPostcode(code: string): boolean {
	const m = SPELT_SHAPE.exec(code);
	return m !== null && !WORD_AREAS.has(m[1] as string) && validParts(m[1] as string, m[2] as string, m[3] as string, m[4] as string);
}

function isPostcode(text: string, from: number): boolean {
	POSTCODE.lastIndex = from;
	const m = POSTCODE.exec(text);
	return m !== null && m.index === 0 && validMatch(m);
}

// A match of POSTCODE or EMOJI_PARTED: area, district, the gap, sector, unit. An inward code
// parted by a space ("LA9 5 BE") is read only in a code of three parts on one line, with an
// outward code of three characters or more and a real digit in its district: "B12 is", "all 6 of",
// "no1 hs" and "in s2", then "5 ab", are words.
function validMatch(m: RegExpExecArray): boolean {
	const district = m[2] as string;
	const unit = m[5] as string;
	const gap = m[3] as string;
	if (unit.length > 2 && (gap.length === 0 || gap.includes('\n') || !/[0-9]/.test(district) || (m[1] as string).length + district.length < 3)) return false;
	return validParts(m[1] as string, district, m[4] as string, unit);
}

// A code told whole whose area no UK code can have (Santa's "XM4 5HQ", a made-up "QV1 2AB") is
// a code from a story or a lesson, not a home.
const FULL_SHAPE = /\b([a-z]{1,2})(\d[0-9a-z]?)\s?(\d)(\s?[a-z]{2})\b/;
function noSuchArea(told: string): boolean {
	const m = FULL_SHAPE.exec(told.replace(/^.*?post\s?[ck]ode|^.*?pstcd|^.*?post\s?cd/, ''));
	return m !== null && (m[1] as string).length === 2 && !possibleArea(m[1] as string);
}

// Royal Mail's rules for an area's letters: no Q, V or X first, no I, J or Z second; one letter only if a real area.
const possibleArea = (area: string): boolean => AREAS.has(area) || (area.length === 2 && !/^[qvx]|^.[ijz]$/.test(area));

// Royal Mail never puts C, I, K, M, O or V in the unit; a child making a code up does ("LA9 4MR"),
// but "b4 6pm", "a4 3mm" and "m8 own" are times, sizes and chat, so those letters need a real digit
// before them and no unit of measure or time. A space inside the inward code ("5 BE") needs the same.
const RARE_UNIT_LETTER = /[cikmov]/;
const UNIT_NOT = new Set('am pm cm mm km kg kb mb gb ml mg oz ok mi ms mo cc vs'.split(' '));

function validParts(area: string, district: string, sectorDigit: string, spacedUnit: string): boolean {
	const unit = spacedUnit.slice(-2);
	if ((unit.length < spacedUnit.length || RARE_UNIT_LETTER.test(unit)) && (!/[0-9]/.test(sectorDigit) || UNIT_NOT.has(unit))) return false;
	if (!possibleArea(area)) return false;
	const first = district[0] as string;
	// The district must contain a real digit unless a look-alike sits between real digits.
	if (!/[0-9]/.test(first) && !/[0-9]/.test(district + sectorDigit)) return false;
	// "b4 its", "m8 own": after a one-letter, one-digit code (chat's b4, m8, l8) a letter read as the
	// sector's digit is far likelier a word than a code.
	if (!/[0-9]/.test(sectorDigit) && area.length + district.length <= 2) return false;
	// "3rd", "2nd", "1st": an ordinal after a one-letter code is far likelier than a postcode.
	if (/^(?:st|nd|rd|th)$/.test(unit) && area.length + district.length <= 2) return false;
	return true;
}
