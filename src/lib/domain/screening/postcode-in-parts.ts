// A home postcode told a piece at a time, with the pieces scattered among other words: "put our
// postcode, its the kendal start everyone has, then a four, then R T", "our post code ends 7 W
// P", "the end bit of our postcode is 6 then B then X and the front is L A 9", or a whole code read
// out with its pieces as words: "LA nine space seven HQ", "L-A-niner fower-H-R". Owns rule
// postcode.in-parts. postcode.ts reads codes whose pieces sit together; this reads the message
// whole, so it needs the word "postcode" said of the child's own home and the pieces themselves
// (a number and letters), or a whole code in order. "our postcode starts with LA like lancaster"
// and "whats the postcode for the castle" tell no home.

import { joinPieces, parseNumericToken } from './number-words.js';
import type { WordToken, WordView } from './normalise.js';
import { wordTest } from './phrases.js';
import { AREAS } from './postcode.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const POSTCODE_WORD = /\b(?:post ?codes?|postcode|post cod|pc)\b/;
// The child's own home, not the school's or the castle's.
const OWN = /\b(?:our|ours|my|mine|me|we|us|home)\b/;
// A lesson about postcodes, or another place's.
const NOT_OURS =
	/\b(?:geography|lesson|learned|learnt|example|made up|pretend|never|dont|shouldnt|what is|whats|(?:post ?codes?|postcode) (?:for|of) the (?:school|castle|museum|library|park|zoo|church))\b/;
// The end of a code told without the word "postcode", said of home: "ours has 6 F H at the end",
// "the end bit is 6 D Q". The letters of a postcode's end are never C, I, K, M, O or V.
const DIGIT = '(?:[0-9]|one|two|three|four|five|six|seven|eight|nine)';
const UNIT = `${DIGIT}(?: then| and)? [abd-hjlnp-uw-z](?: then| and)? [abd-hjlnp-uw-z]`;
const END_OF_CODE = new RegExp(
	`\\b(?:end bit|the end|ends|second half|last three|bit after the gap)(?: is| are| with| in)? ${UNIT}\\b|\\b${UNIT} at the end\\b`
);
const HOME_OWN = /\b(?:ours|our house|our home|we live|mine|my house)\b/;
// A district written as one word: "la9", "ls14".
const DISTRICT = /^[a-z]{1,2}[0-9]{1,2}$/;
// Digits as children say them in codes, beyond the ones number-words.ts reads.
const SAID_DIGITS: ReadonlyMap<string, string> = new Map([
	['niner', '9'],
	['fower', '4'],
	['fife', '5'],
	['tree', '3']
]);
// Words between the pieces of a code that carry none of it.
const FILLERS = new Set(['then', 'and', 'space', 'the', 'gap', 'a', 'its', 'is', 'after', 'dash', 'n', 'letter', 'letters']);
const MAX_PIECES = 8;
const WHOLE_CODE = /^[a-z]{1,2}[0-9][a-z0-9]?[0-9][a-z]{2}$/;
// Letters and pairs that are words children type ("i", "u" for you, "is", "at"), not pieces of a code.
const WORD_LETTERS = new Set(
	'i u is it at on in to go so no up ok me my we he be do an or as of by am pm us hi yo ya oh ur im id ah eh uh ha xd gg'.split(' ')
);

// One or two letters, a piece of a code; a piece's leading letters, its area.
const LETTERS = /^[a-z]{1,2}$/;
const AREA_LETTERS = /^[a-z]+/;

type Piece = { t: 'digits' | 'letters' | 'district'; v: string } | null;

function pieceOf(word: string): Piece {
	if (DISTRICT.test(word)) return { t: 'district', v: word };
	const said = SAID_DIGITS.get(word);
	if (said !== undefined) return { t: 'digits', v: said };
	const parsed = parseNumericToken(word);
	// "o" and "oh" are zeros only in a run of digits, which a postcode's pieces never are.
	if (parsed !== null && (parsed.realDigit || parsed.strongWord)) {
		const digits = joinPieces(parsed.pieces);
		return digits.length <= 2 ? { t: 'digits', v: digits } : null;
	}
	if (LETTERS.test(word) && !WORD_LETTERS.has(word)) return { t: 'letters', v: word };
	return null;
}

/** postcode.in-parts where the pieces of a home postcode are told, else nothing. */
export function findPostcodeInParts(view: WordView): RawFinding[] {
	if (!told(view)) return [];
	return [wholeMessage(view, 'postcode', 'postcode.in-parts')];
}

// A code has a number in it, in figures or words: a message with none is passed over at once.
const ANY_DIGIT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|zero|nought|niner|fower|fife|tree)\b/;
// Asked through the phrase index (phrases.ts wordTest): the number words at the words that can
// begin them, "\d" over the text; the same answer as the plain test.
const ANY_DIGIT_TEST = wordTest(ANY_DIGIT);

function told(view: WordView): boolean {
	if (!ANY_DIGIT_TEST.test(view)) return false;
	if (mayStartCode(view.tokens) && wholeCodeReadOut(view)) return true;
	const text = view.text;
	if (END_OF_CODE.test(text) && HOME_OWN.test(text) && !NOT_OURS.test(text)) return true;
	const said = POSTCODE_WORD.exec(text);
	if (said === null || !OWN.test(text) || NOT_OURS.test(text)) return false;
	// The pieces after the word "postcode": at least a number, and two letters or a district.
	let digits = 0;
	let letters = 0;
	let district = false;
	for (const token of view.tokens) {
		if (token.start < said.index + said[0].length) continue;
		// A lone "a" is the article ("then a four") unless it is named as a letter ("the a").
		if (token.text === 'a' && !/\b(?:the|letter) $/.test(text.slice(Math.max(0, token.start - 7), token.start))) continue;
		const piece = pieceOf(token.text);
		if (piece === null) continue;
		if (piece.t === 'district') district = true;
		else if (piece.t === 'digits') digits += 1;
		else if (piece.v.length === 1) letters += 1;
	}
	return digits >= 1 && (letters >= 2 || (district && letters >= 1));
}

/**
 * True when some word could be the first piece of a code read out: a code starts on a real area,
 * so its first piece is a word of one or two letters that is not an everyday one ("so", "me"), or
 * a district ("la9"), whose letters are an area. pieceOf keeps exactly those words as such pieces,
 * so a message with none has no whole code read out, and each of its words is passed over here
 * by its characters instead of being parsed.
 */
function mayStartCode(tokens: readonly WordToken[]): boolean {
	for (const token of tokens) {
		const word = token.text;
		if (word.length > 4) continue;
		let letters = 0;
		while (letters < word.length && word.charCodeAt(letters) >= 97 && word.charCodeAt(letters) <= 122) letters += 1;
		if (letters === 0 || letters > 2) continue;
		let digits = letters;
		while (digits < word.length && word.charCodeAt(digits) >= 48 && word.charCodeAt(digits) <= 57) digits += 1;
		if (digits !== word.length || digits - letters > 2) continue;
		if (AREAS.has(word.slice(0, letters)) && (digits > letters || !WORD_LETTERS.has(word))) return true;
	}
	return false;
}

/**
 * A whole code read out in order with fillers between: "la nine space seven hq". Each piece of the
 * code's middle is one digit and its start a real area, so sums ("24 x 60 x 60") are no code.
 */
function wholeCodeReadOut(view: WordView): boolean {
	const pieces: string[] = [];
	for (const token of view.tokens) {
		if (FILLERS.has(token.text) && pieces.length > 0) continue;
		const piece = pieceOf(token.text);
		if (piece === null || (piece.t === 'digits' && piece.v.length > 1)) {
			pieces.length = 0;
			continue;
		}
		pieces.push(piece.v);
		// A code read out is at most eight pieces ("l a 9 4 h r" and the like): only those are kept, so a
		// long run of short words ("ab ab ab …") costs no more than a short one.
		if (pieces.length > MAX_PIECES) pieces.shift();
		// Four or more pieces, starting on an area: one word of the right shape is postcode.ts's to find.
		for (let from = pieces.length - 4; from >= 0; from -= 1) {
			const area = AREA_LETTERS.exec(pieces[from] as string)?.[0];
			if (area !== undefined && AREAS.has(area) && WHOLE_CODE.test(pieces.slice(from).join(''))) return true;
		}
	}
	return false;
}
