// Arrangements to meet told without the word "meet", read in the word view. Owns rules:
// - meeting.telegram: a short message that is only a place and a time, with a word to the
//   reader ("half 4 by the big tree in the park. dont be late", "the shop. 4. u know the
//   one", "park 2morro 11am yes or no");
// - meeting.party-invite: the writer's party or sleepover with a day or time and a call to
//   come ("sleepova @ mine sat pls", "halloween party in my garage friday 6 till 8").
// The filters in meeting.ts (lessons, stories, a grown-up's plan, in-school) still apply.

import type { WordToken, WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const PLACE =
	/\b(?:park|skate ?park|shop|shops|mine|my house|ours|station|bus stop|corner|field|woods|den|rec|green|bench|bandstand|swings|bridge|tree|pub|garage|alley|canal|river|beach|chippy|same place|usual place|the usual)\b/;
// Times typed in a hurry as well as in full: "half 4", "2pm", "4 o'clock", "2morro", "fri".
const TIME =
	/\b(?:half (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,2} ?(?:am|pm|oclock|o clock)|at \d{1,2}|after (?:school|tea|dinner)|tonight|2nite|2moro+w?|2mor+ow|2mrw|2mrow|2moz|tmrw?|tomoz|tomorrow|l8r|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|thurs|fri|sat|sun|this weekend|wkend)\b/;
// A word to the reader that makes a place and a time an arrangement.
const TO_READER_CUE =
	/\b(?:dont be late|don t be late|dont b (?:late|l8|lb)|be there|b there|(?:bring|brng|bring) (?:the|ur|your|a|some)|(?:r|are) (?:u|you) free|dont tell (?:ur|your|anyone|any1|nobody)|(?:u|you) know (?:where|the one|the place)|yes or no|y or n|(?:u|you) coming|who s coming|whos coming|come|cum|just (?:u|you))\b/;
const BARE_NUMBER = /(?:^| )\d{1,2}(?: |$)/;
// Said about what happened, or a lesson or school timetable: no plan with the reader.
const NOT_A_PLAN =
	/\b(?:was|were|went|had|did|yesterday|last (?:week|time|night|year)|school|class|assembly|lesson|trip|club|mr|mrs|miss|teacher|maths|question)\b/;
// A home told, not a place to come to: "my house is 12 Highgate", "no ones in at mine till 9".
const HOME_TOLD = /\b(?:my house is|our house is|house number|house points|address|live|lives|nobody|nobodys|no ones|noones|no one s|in yr|year)\b/;

const AFTER_SCHOOL = /\bafter (?:school|skool|skl)\b/g;
// "… the park k": a one-letter "ok?" at the end asks the reader.
const OK_AT_END = /\b(?:k|kk|ok|okay)$/;
const DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|2moro+w?|2mrw|tonight|2nite)\b/;
const HOUR =
	/\b(?:\d{1,2} ?(?:am|pm|oclock|o clock)|half (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|after (?:school|skool|skl|tea))\b/;
// Someone in the note makes it a diary, not a summons: "on sunday at 10 we go to the park".
const SOMEONE = /\b(?:i|im|we|were|my|our|he|she|they|mum|dad|his|her|their|us)\b/;
const isDayAndHourNote = (text: string): boolean => DAY.test(text) && HOUR.test(text) && !SOMEONE.test(text);

const PARTY = /\b(?:sle+p+ ?o+v(?:e+r+|a+|r+)|party|partie|halloween party|birthday party)\b/;
const PARTY_HOST =
	/\b(?:at|in|round|2|@) (?:mine|myne|ours|my (?:house|garage|garden|flat|nans|place)|[a-z]+s)\b|\b(?:im|i am|were|we are) having\b|^(?:sle+p+ ?o+v(?:e+r+|a+|r+)|party) (?:mine|ours)\b/;
const PARTY_CALL =
	/\b(?:who s coming|whos coming|wanna come|want to come|u coming|you coming|can (?:u|you) come|come|pls|please|dress up|bring|tell (?:ur|your) (?:mum|dad|mom|parents))\b/;
const PARTY_TIME =
	/\b(?:tonight|tomorrow|2moro+w?|this weekend|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|fri|sat|sun|\d{1,2} (?:till|til|to|-) \d{1,2}|at \d{1,2})\b/;

const whole = (view: WordView, rule: string): RawFinding[] => [wholeMessage(view, 'meeting', rule)];

/** Meet-ups told as a bare place and time, or as an invitation to the writer's party. */
export function findMeetingShapes(view: WordView, text: string): RawFinding[] {
	const words = view.tokens.length;
	// "after school" is a time outside school, not a lesson's.
	if (words <= 14 && PLACE.test(text) && !NOT_A_PLAN.test(text.replace(AFTER_SCHOOL, ' ')) && !HOME_TOLD.test(text)) {
		// A bare number is a time only beside a word to the reader; a short place-and-time note needs none,
		// and nor does a note of a day and an hour with no one in it ("friday after school, the big tree in the park").
		const cue = TO_READER_CUE.test(text) || OK_AT_END.test(text);
		if ((cue && (TIME.test(text) || BARE_NUMBER.test(text))) || (words <= 7 && TIME.test(text)) || (words <= 12 && isDayAndHourNote(text)))
			return whole(view, 'meeting.telegram');
	}
	if (PARTY.test(text) && PARTY_HOST.test(text) && PARTY_CALL.test(text) && PARTY_TIME.test(text) && !NOT_A_PLAN.test(text))
		return whole(view, 'meeting.party-invite');
	return [];
}

/**
 * The view's text with runs of single letters joined ("m e e t a t t h e park" ->
 * "meet at the park"), for a message typed a letter at a time with gaps the word
 * view keeps apart; null when the message has no such run.
 */
export function lettersJoined(view: WordView): string | null {
	const tokens = view.tokens;
	let singles = 0;
	for (const token of tokens) if (token.text.length === 1) singles += 1;
	if (singles < 4 || !tokens.some((t) => t.spaced === true)) return null;
	const out: string[] = [];
	let run = '';
	let previous: WordToken | undefined;
	for (const token of tokens as readonly WordToken[]) {
		// A wider gap than one character ends the word being spelt ("a t   t h e").
		const gap = previous === undefined ? 0 : (view.starts[token.start] ?? 0) - (view.ends[previous.end - 1] ?? 0);
		previous = token;
		if (token.text.length === 1) {
			if (gap > 1 && run !== '') {
				out.push(run);
				run = '';
			}
			run += token.text;
		} else {
			if (run !== '') out.push(run);
			run = '';
			out.push(token.text);
		}
	}
	if (run !== '') out.push(run);
	return out.join(' ');
}
