// A phone number told in pieces the reader puts back together: the usual mobile start named
// rather than written ("its the normal mobile start then nine hundred then one two three"), the
// parts scattered between other words ("oh seven seven, double oh. then nine oh oh. then 58 and a
// 1"), or only its end when the rest is known ("my phone ends in 3 9 1"). Owns rule
// phone.in-parts. phone.ts reads numbers whose digits run together; this reads the message whole.
// A UK mobile is eleven digits and the start is shared by nearly all of them, so the start
// (written, or named as "the mobile bit") and most of the rest is a number a stranger can ring.

import { joinPieces, parseNumericToken } from './number-words.js';
import type { WordView } from './normalise.js';
import { wordTest } from './phrases.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const PHONE_WORD = /\b(?:number|num|no|mobile|mob|phone|fone|landline|ring|call|text|txt|msg|message|whatsapp|digits)\b/;
// The start every UK mobile shares, named instead of written; worth five digits to the reader.
const NAMED_START =
	/\b(?:(?:usual|normal|same|mobile|phone) (?:start|beginning|front|bit)|what every (?:mobile|phone|number) starts with|every (?:mobile|phone|number) starts|(?:mobile|phone) (?:start|bit))\b/;
// "seven seven oh oh at the start after the zero": the leading zero named, worth one digit.
const AFTER_THE_ZERO = /\bafter the (?:zero|oh|0|nought)\b/;
// A mobile's start written in figures or words ("07…", "oh seven", "0 7"): needed before the runs are read.
const WRITTEN_START = /07|\b(?:oh|zero|nought|o|0) seven\b|\b0 7\b/;
// The end of a number, told where the rest is known: "ends in 3 9 1", "the end is 4 1 9".
const ENDS_WITH = /\b(?:ends? (?:in|with|is|are)|the end is|last (?:two|three|four|few|bit) (?:is|are|numbers are|digits are))\s+((?:[0-9] ?){3,})/;
// A number just before or after these is a time, a price or an age, not part of a phone number.
const NOT_PART_BEFORE = /\b(?:at|after|before|till|until|til|by|from|around|about|age|aged|im|i m|level|score|year|page|times|x|take away|add)$/;
const NOT_PART_AFTER = /^(?:pm|am|oclock|o clock|mins?|minutes|hours?|years?|yrs|days?|weeks?|pounds?|p|quid|percent|times|x|th|st|nd|rd)\b/;
// Fillers children put between the parts of one number.
const FILLERS = new Set(['and', 'then', 'n', 'space', 'dash']);

/** Every digit told in the message, in runs of number words and figures. */
function digitsTold(view: WordView): { runs: string[] } {
	const runs: string[] = [];
	const tokens = view.tokens;
	let current: string[] = [];
	const close = (): void => {
		const digits = current.join('');
		if (digits.length > 0) runs.push(digits);
		current = [];
	};
	for (let k = 0; k < tokens.length; k += 1) {
		const token = tokens[k];
		if (token === undefined) continue;
		const parsed = parseNumericToken(token.text);
		if (parsed === null) {
			if (!(current.length > 0 && FILLERS.has(token.text))) close();
			continue;
		}
		const before = view.text.slice(Math.max(0, token.start - 12), token.start).trimEnd();
		const after = view.text.slice(token.end).trimStart();
		if (current.length === 0 && (NOT_PART_BEFORE.test(before) || NOT_PART_AFTER.test(after))) continue;
		if (current.length === 0 && !parsed.realDigit && !parsed.strongWord) {
			// "oh" or "o" starts a run only before another number word: "oh seven".
			const next = tokens[k + 1];
			if (next === undefined || parseNumericToken(next.text) === null) continue;
		}
		// A lone "one" is a word ("the one on the fridge") far more often than a digit.
		if (current.length === 0 && token.text === 'one' && (tokens[k + 1] === undefined || parseNumericToken(tokens[k + 1]?.text ?? '') === null)) continue;
		current.push(joinPieces(parsed.pieces));
	}
	close();
	return { runs };
}

// Sums and decimals ("0 + 7 + 7 = 14", "0.7 + 0.08"), read in what the child typed: the word view drops the signs.
const ARITHMETIC = /\d\s*[+=×÷*/]\s*\d|\d\.\d/;

// The tests every message meets, asked through the phrase index (phrases.ts wordTest): the same
// answers as the plain tests, found at the few words that can begin them ("07" inside a word is
// still looked for over the text).
const PHONE_WORD_TEST = wordTest(PHONE_WORD);
const WRITTEN_START_TEST = wordTest(WRITTEN_START);
const NAMED_START_TEST = wordTest(NAMED_START);
const AFTER_THE_ZERO_TEST = wordTest(AFTER_THE_ZERO);

/** phone.in-parts where a number is told in pieces the reader can join, else nothing. */
export function findPhoneInParts(view: WordView, original: string): RawFinding[] {
	const text = view.text;
	if (ARITHMETIC.test(original)) return [];
	const phoneTalk = PHONE_WORD_TEST.test(view);
	let found = phoneTalk && ENDS_WITH.test(text);
	// Most messages hold no mobile start, written or named: they are passed over before any word is parsed.
	if (!found && (WRITTEN_START_TEST.test(view) || NAMED_START_TEST.test(view) || AFTER_THE_ZERO_TEST.test(view))) {
		const { runs } = digitsTold(view);
		// The start written ("07700", "oh seven seven") or named ("the normal mobile start").
		const written = runs.some((r) => /^07[1-9]/.test(r));
		const named = NAMED_START_TEST.test(view) ? 5 : AFTER_THE_ZERO_TEST.test(view) ? 1 : 0;
		const total = runs.reduce((n, r) => n + r.length, 0) + named;
		// Without a word for a phone, only a number that is nearly whole.
		found = (written || named > 0) && total >= (phoneTalk ? 8 : 10);
	}
	if (!found) return [];
	return [wholeMessage(view, 'phone', 'phone.in-parts')];
}
