// Street addresses. Owns rules: address.street (a house number and a street,
// "14 Elm Road"), address.lives-on (where someone lives, "I live on Elm
// Road"), address.house-number ("my house number is 12", "flat 12", "number
// nineteen" with words about where a home is), address.home-street (a street
// named with words that make it home: "our house is the one at the end of
// Nettle Lane", "Oakleigh Farm on Long Lane, that's where I live"). address.lives-on
// also takes a home told by its number whatever follows ("i live at 22 the paddock"), by a
// landmark on a street ("we live above the chip shop on the high street") and "we're on
// Kestrel Avenue, the house with the blue gate". Famous and
// story-book addresses (10 Downing Street, 221B Baker Street, 4 Privet Drive)
// and past-tense history ("Dickens lived at 48 Doughty Street") are topic
// work, not a child's home, so they pass.

import { findDescribedAddresses } from './address-described.js';
import type { WordView } from './normalise.js';
import { matchesOf } from './pattern-needs.js';
import { wordTest } from './phrases.js';
import type { RawFinding } from './types.js';

const SUFFIX =
	'(?:road|rd|street|st|avenue|ave|av|lane|ln|close|cl|drive|dr|way|wy|crescent|cres|grove|gr|place|pl|gardens|gdns|terrace|tce|ter|court|ct|crt|mews|square|sq|hill|walk|row|view|rise|parade|pde|park|green|vale|meadow|meadows|croft|fold|wynd|brow|chase|end|gate|cls|grn|wlk)';
// Street endings that are also everyday words ("3 little pigs walk"): these need a
// capital letter or a nearby word about home before they count.
const EVERYDAY_SUFFIX = /\b(?:close|drive|way|place|court|hill|walk|row|view|rise|park|green|vale|fold|brow|chase|end|gate|square|meadows?)$/;
const HOME_CUE = /\b(?:live|lives|living|house|home|address|come|round|mine|flat|stay|staying)\b/;
// Words that never appear in a street name but do sit between a number and "road" in a sentence
// (or before "St" for a saint: "we won 4-2 against St Marys").
const FILLER =
	'(?!(?:the|a|an|and|or|of|to|on|in|at|by|down|up|along|across|over|past|from|into|onto|against|versus|vs|than|with|about|our|my|your|his|her|their|this|that|miles?|metres?|meters?|km|minutes?|mins?|hours?|times?|more|other|houses?|cars?|buses|people|children|kids|steps|doors|roads|streets|we|i|you|they|he|she|it|is|was|were|are|go|goes|went|lives?|lived|busy|long|big|small|old|new)\\b)';
const NAME_WORD = `${FILLER}[a-z][a-z]*`;
// What follows a number that is a count, a score or a time, never a street.
const NOT_A_PLACE =
	'(?:different|diffrent|separate|places?|homes?|points?|percent|subscribers?|followers?|likes?|views?|coins?|stars?|levels?|degrees?|laps?|pages?|words?|questions?|seconds?|days?|weeks?|months?|years?|o clock|oclock|am|pm|pence|pounds?|quid|goals?|wins?|rooms?|bedrooms?|beds?|bed room|floors?|storeys?|friends?|people|kids|minutes?|mins?|miles?|hours?|times?|houses?|out)';
const NUMBER =
	'(?:\\d{1,4}[a-z]?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)';

const STREET_WORD = new RegExp(`\\b${SUFFIX}\\b`);
const STREET = new RegExp(
	`\\b(?:(?:number|no|flat)\\s)?${NUMBER}\\s(?:${NAME_WORD}\\s){1,3}${SUFFIX}\\b|\\b(?:number|no)\\s${NUMBER}\\s(?:on|in|at)\\s(?:${NAME_WORD}\\s){1,3}${SUFFIX}\\b`,
	'g'
);
const LIVES_ON = new RegExp(
	`\\b(?:i|we|my family|my mum|my dad|my nan|my gran|my house|our house|my home|my flat)\\s(?:live|lives|living|is|are|am)\\s(?:on|at|in|down|up)\\s(?:the\\s)?(?:${NAME_WORD}\\s){1,3}${SUFFIX}\\b|^(?:were|we re|im|i m)\\s(?:on|in)\\s(?:${NAME_WORD}\\s){1,3}${SUFFIX}\\b(?=[a-z ]{0,30}\\b(?:house|home|door|gate|number|flat|bungalow)\\b)`,
	'g'
);
// "i live at 22 the paddock", "we live at 5 ashfield": a home told by its number, whatever follows.
const LIVES_AT_NUMBER = new RegExp(
	`\\b(?:i|we|my family|my mum|my dad|my nan|my gran)\\s(?:live|lives|living|stay|stays)\\sat\\s(?:(?:number|no|num|flat)\\s)?\\d{1,4}[a-z]?\\s(?:the\\s)?(?!(?:different|diffrent|separate|houses?|places?|homes?)\\b)${NAME_WORD}`,
	'g'
);
// A home told by its number with no street word after it: "im at 22 Sandylands", "we moved to 27
// Underley", "my new house is 6 Hallgarth", "i live on 9 parkside". Group 1 is a plain way to say
// where one is, which needs the name as typed with a capital; group 2 can only be a home.
const HOME_AT_NUMBER = new RegExp(
	`\\b(?:((?:come|coming)\\s(?:round\\s|over\\s)?to|(?:im|i m|i am|were|we re)\\sat|(?:im|i m|i am|were|we re)?\\s?(?:staying|stay|sleeping)\\sat)|((?:i|we|my family|my mum|my dad|my nan|my gran)\\s(?:live|lives|living)\\s(?:on|in)|(?:i|we)\\s(?:moved|ve moved|are moving|re moving|m moving)\\s(?:to|into)|(?:my|our)\\s(?:new\\s|old\\s)?(?:house|home|flat)\\s(?:is|s)))\\s(?:(?:number|no|num|flat)\\s)?(\\d{1,4}[a-z]?)\\s(?:the\\s)?(?!${NOT_A_PLACE}\\b)${NAME_WORD}`,
	'g'
);
// "we live above the chip shop on the high street": a home placed by a landmark on a named street.
const LIVES_BY = new RegExp(
	`\\b(?:i|we|my family)\\s(?:live|lives|living)\\s(?:above|over|next to|next door to|opposite|behind|across from|across the road from)\\s(?:the|a)\\s(?:[a-z]+\\s){1,3}(?:on|in)\\s(?:the\\s)?(?:${NAME_WORD}\\s){1,3}${SUFFIX}\\b`,
	'g'
);
// "we live at no. 6 the crescent": a home told with its number, whatever the street's shape.
const LIVES_AT = new RegExp(
	`\\b(?:i|we|my family|my mum|my dad|my nan|my gran)\\s(?:live|lives|living|am|are|stay|stays)\\s(?:at|in)\\s(?:(?:number|no|flat)\\s)?${NUMBER}\\s(?:the\\s)?(?:[a-z]+\\s){0,2}${SUFFIX}\\b`,
	'g'
);
const HOUSE_NUMBER = new RegExp(
	`\\b(?:my|our)\\s(?:house|door|flat|home)\\s(?:number|no)\\s(?:is\\s)?(?:\\d{1,4}[a-z]?\\b|${NUMBER}\\b)|\\b(?:my|our)\\s(?:house|flat|home)\\sis\\s(?:number\\s|no\\s)?\\d{1,4}[a-z]?\\b(?!\\s(?:minutes?|mins?|miles?|metres?|meters?|km|seconds?|secs?|hours?|doors?|houses?|streets?|roads?|stops?|times?|floors?|storeys?|years?|rooms?|bedrooms?|steps?|x|times)\\b)|\\bmy\\saddress\\sis\\b(?:\\s[a-z0-9]+){1,6}`,
	'g'
);
// "next to the big shop in Otley, number 14": a bare house number with words about where a home is.
const NUMBER_NEAR_HOME = new RegExp(`\\b(?:(?:house\\s)?number|no|flat)\\s(?:\\d{1,4}[a-z]?|${NUMBER.slice(3)}\\b`, 'g');
const WHERE_CUE = new RegExp(
	`\\b(?:next to|opposite|across from|round the corner from|near the|by the|end of|past the|live|lives|my house|our house|my home|my flat|our flat|the flats|floor|door|thats mine|its mine|street|road|lane|avenue|${SUFFIX.slice(3, -1)})\\b`
);
// Words that make a named street a child's home.
const HOME_WORDS =
	/\b(?:(?:thats|that is|its|this is|heres|here is) (?:where|were) (?:i|we|my family) (?:live|lives|stay)|(?:thats|that is|its) (?:mine|my house|our house|my home)|(?:my|our) (?:house|home|flat|bungalow|farm|cottage) is|(?:i|we) (?:live|lives|living|stay) (?:in|on|at|near|by|down|up|off))\b/;
const STREET_NAME = new RegExp(
	`\\b(?:(?!(?:the|a|an|and|or|of|to|on|in|at|by|from|past|near|my|your|our|is|was|its|thats|where|i|we)\\b)[a-z]+\\s){1,3}${SUFFIX}\\b`,
	'g'
);

const FAMOUS = [
	/\b10 downing st/,
	/\b221b? baker st/,
	/\b4 privet dr/,
	/\b12 grimmauld pl/,
	/\b62 west wallaby st/,
	/\b1600 pennsylvania av/,
	/\b32 windsor gardens/,
	/\b17 cherry tree lane/,
	/\b742 evergreen terrace/,
	/\b31 spooner st/,
	/\b124 conch st/,
	/\b11 downing st/,
	/\b1 london bridge/,
	/\b50 berkeley sq/
];
// History or stories: a past-tense "lived at" with no child of ours in the sentence.
const HISTORY = /\b(?:lived|was born|grew up|stayed|wrote|died)\s(?:at|in|on)\s$/;
const FIRST_PERSON = /\b(?:i|im|ive|me|my|we|our|us|mine|you|your|ur)\b|^were\b/;

// A function of the module, not a closure made for every message: under tsx every named arrow is
// wrapped in a helper that defines its name, which cost about a microsecond a message.
function addAddress(findings: RawFinding[], view: WordView, start: number, end: number, rule: string): void {
	findings.push({ kind: 'address', start: view.starts[start] ?? 0, end: view.ends[end - 1] ?? 0, rule });
}

// Whole-text tests asked through the phrase rules' index of beginnings (phrases.ts wordTest):
// the same answers, found at the few words that can begin each instead of by a scan of the text.
const STREET_WORD_TEST = wordTest(STREET_WORD);
const HOME_WORDS_TEST = wordTest(HOME_WORDS);

/** The message, and whether it is told as a story or in the past, worked out once on first asking. */
interface AddressReading {
	view: WordView;
	told: boolean | undefined;
}

// Cheap tests asked of every message, made once here rather than as literals in findAddresses
// (a literal in a function is a new object each time it runs).
const DIGIT = /\d/;
const NUMBER_WORD = /number|flat|\bno\b/;

/** Street addresses in the word view (punctuation already reduced to spaces). */
export function findAddresses(view: WordView, original: string): RawFinding[] {
	const text = view.text;
	const reading: AddressReading = { view, told: undefined };
	const findings: RawFinding[] = [];
	// Every street rule needs a street word; most messages have none.
	const street = STREET_WORD_TEST.test(view);
	STREET.lastIndex = 0;
	for (let m = street ? STREET.exec(text) : null; m !== null; m = STREET.exec(text)) {
		if (isTopicWork(reading, m.index, m[0])) continue;
		if (EVERYDAY_SUFFIX.test(m[0]) && !looksLikeHome(view, original, m.index, m[0])) continue;
		addAddress(findings, view, m.index, m.index + m[0].length, 'address.street');
	}
	for (const [pattern, rule] of [
		[LIVES_ON, 'address.lives-on'],
		[LIVES_BY, 'address.lives-on'],
		[LIVES_AT_NUMBER, 'address.lives-on'],
		[HOUSE_NUMBER, 'address.house-number']
	] as const) {
		pattern.lastIndex = 0;
		if ((pattern === LIVES_ON || pattern === LIVES_BY) && !street) continue;
		// Both need "live" and a digit; one cheap test before the pattern.
		if (pattern === LIVES_AT_NUMBER && !(DIGIT.test(text) && text.includes('live'))) continue;
		for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
			if (pattern === LIVES_AT_NUMBER && (findings.length > 0 || isTopicWork(reading, m.index, m[0]))) continue;
			addAddress(findings, view, m.index, m.index + m[0].length, rule);
		}
	}
	if (findings.length === 0)
		for (const m of matchesOf(HOME_AT_NUMBER, text)) {
			if (isTopicWork(reading, m.index, m[0])) continue;
			// "come to 23 Maple": only the capital the child typed makes the word a street's name.
			const nameAt = m.index + m[0].length - (m[0].match(/[a-z]+$/)?.[0].length ?? 0);
			const first = original[view.starts[nameAt] ?? 0] ?? '';
			if (m[1] !== undefined && first === first.toLowerCase()) continue;
			addAddress(findings, view, m.index, m.index + m[0].length, 'address.lives-on');
		}
	LIVES_AT.lastIndex = 0;
	for (let m = street ? LIVES_AT.exec(text) : null; m !== null; m = LIVES_AT.exec(text)) {
		// Only where the street shape above missed it ("no. 6 the crescent").
		const start = view.starts[m.index] ?? 0;
		const end = view.ends[m.index + m[0].length - 1] ?? 0;
		if (!findings.some((f) => f.start < end && start < f.end)) addAddress(findings, view, m.index, m.index + m[0].length, 'address.lives-on');
	}
	NUMBER_NEAR_HOME.lastIndex = 0;
	const story = toldAsStory(reading);
	for (let m = NUMBER_WORD.test(text) && !story ? NUMBER_NEAR_HOME.exec(text) : null; m !== null; m = NUMBER_NEAR_HOME.exec(text)) {
		const start = view.starts[m.index] ?? 0;
		if (findings.some((f) => f.start <= start && start < f.end)) continue;
		const around = text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 40);
		if ((m[0].startsWith('no ') && !/\d/.test(m[0])) || FAMOUS.some((f) => f.test(text.slice(m.index)))) continue;
		if (
			WHERE_CUE.test(around) &&
			!/\b(?:page|question|bus(?! stop| station| st?a?t?i?o?$)|room|shirt|player|step|times table|favourite|lucky|team|kit|score|level|chapter|answer|prime minister|president|king|queen|table|desk|seat|peg|tray|locker|stall)\b/.test(
				around
			)
		)
			addAddress(findings, view, m.index, m.index + m[0].length, 'address.house-number');
	}
	if (findings.length === 0 && street && !story && HOME_WORDS_TEST.test(view)) {
		STREET_NAME.lastIndex = 0;
		for (let m = STREET_NAME.exec(text); m !== null; m = STREET_NAME.exec(text)) {
			const name = m[0];
			if (FAMOUS.some((p) => p.test(name))) continue;
			// A street's name starts with a capital unless it is a plain street word ("Long Lane" vs "the lane").
			const first = original[view.starts[m.index] ?? 0] ?? '';
			if (first === first.toLowerCase() && !/\b(?:road|rd|street|st|avenue|ave|lane|ln|crescent|grove|gardens|terrace|mews|cls)$/.test(name)) continue;
			if (/^(?:the|a|our|my|this|that) /.test(name)) continue;
			addAddress(findings, view, m.index, m.index + name.length, 'address.home-street');
		}
	}
	return findings.length > 0 ? findings : findDescribedAddresses(view, original);
}

// A story's made-up street: "once upon a time a fox lived at number 7 Marshmallow Road".
const STORY =
	/\b(?:once upon a time|in (?:my|the|our) story|made up|imaginary|outer space|(?:my|our|this|the) (?:story|poem|comic|book|play) (?:is )?about|chapter|the (?:fox|wolf|dragon|witch|wizard|giant|villain|hero|princess|knight|troll|king|queen|monster|character|rabbit|bear|mouse|pig|detective))\b/;

// Told in the third person and the past, with no one of ours in it: "the pigs lived at
// 1, 2 and 3 Straw Street", "the captain hid the treasure at 42 Shipwreck Lane".
const PAST = /\b(?:lived|hid|was|were|had|went|found|buried|moved|built|stayed|sailed|visited)\b/;
function isNarrative(view: WordView): boolean {
	return PAST_TEST.test(view) && !FIRST_PERSON_TEST.test(view);
}

const STORY_TEST = wordTest(STORY);
const PAST_TEST = wordTest(PAST);
const FIRST_PERSON_TEST = wordTest(FIRST_PERSON);

// Asked of the whole message after every street-shaped match; the message does not change, so
// it is read once.
function toldAsStory(reading: AddressReading): boolean {
	reading.told ??= STORY_TEST.test(reading.view) || isNarrative(reading.view);
	return reading.told;
}

function isTopicWork(reading: AddressReading, index: number, match: string): boolean {
	const text = reading.view.text;
	if (FAMOUS.some((p) => p.test(match)) || toldAsStory(reading)) return true;
	const before = text.slice(Math.max(0, index - 20), index);
	const sentence = text.slice(Math.max(0, index - 60), index);
	return HISTORY.test(before) && !FIRST_PERSON.test(sentence);
}

function looksLikeHome(view: WordView, original: string, index: number, match: string): boolean {
	if (/^(?:number|no|flat)\s/.test(match)) return true;
	if (HOME_CUE.test(view.text.slice(Math.max(0, index - 40), index))) return true;
	const nameStart = match.indexOf(' ') + 1;
	const first = original[view.starts[index + nameStart] ?? 0] ?? '';
	return first !== first.toLowerCase();
}
