// A child's home told the way people give directions, not the way an envelope does; read
// after address.ts finds nothing. Owns rule address.described:
// - a home on a named street by how it looks or where it stands ("ours is the cottage by
//   the bridge on Mill Lane", "we're the third house on Sedbergh Road", "the house with the
//   flag in the window on Stramongate, that's my bedroom", "we're the farm off the A6");
// - a label and a number ("aDDress = 5 Greenside, kendal");
// - a flat and a number ("flat 2, 18 Highgate");
// - "house number 6" typed as it sounds ("hoose nummer 6 on the green").
// A street is named when the child typed it with a capital and it has a street word after it
// or ends the way English street names do (High*gate*, Green*side*), or is a numbered road.
// When none of these fits, a home placed by a landmark with no street at all, or claimed in a
// badly typed line, is read by address-landmark.ts and address-claimed.ts.

import { wordTest } from './phrases.js';
import { findLandmarkHomes } from './address-landmark.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

// The child's own home: "ours is", "we're", "I live there too", "that's my bedroom".
const OWN_HOME =
	/\b(?:ours is|our house is|my house is|our home is|my home is|were|we re|we are|i live|we live|i live there|thats my (?:bedroom|house|home|room)|that s my (?:bedroom|house|home|room)|thats (?:mine|ours|us)|that s (?:mine|ours|us)|is (?:mine|ours))\b/;
// A home, or which one in a row it is.
const DWELLING =
	/\b(?:house|bungalow|cottage|flat|farm|farmhouse|maisonette|caravan)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th)) (?:house|door|one|bungalow|cottage)\b/;
// "on Mill Lane", "of Sedbergh Road", "on Highgate", "off the A6". Group 1 is the name's first word.
// The word after the name is only looked at, so "up the lane off the A6" is read at "lane" and at "A6".
const PLACED = /\b(?:on|off|of|along|in|up) (?:the )?([a-z][a-z0-9]*)\b(?=(?: ([a-z]+))?)/g;
const STREET_WORD =
	/^(?:road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|grove|place|gardens|terrace|court|mews|square|hill|walk|row|view|rise|parade|green|vale|croft|fold|wynd|brow)$/;
// Street names with no street word: Highgate, Stramongate, Greenside, Sandylands, Kirkbarrow.
const STREET_ENDING = /(?:gate|side|garth|garths|bank|croft|lands|holme|thwaite|barrow|wynd|fold|ings)$/;
const ROAD_NUMBER = /^[ab]\d{1,4}$/;
const ROAD_NUMBER_TYPED = /\b(?:on|off|along|up|of) the [ab]\d{1,4}\b/i;
// Stories, made-up places and the past are topic work, not a child's home.
const NOT_HOME =
	/\b(?:story|once upon a time|chapter|character|made up|pretend|imaginary|planet|game|minecraft|roblox|lived|was born|grew up|history|museum|trip|visit|visited|visiting|going to|off to|with school|holidays?|never|if someone|lesson|downing street|baker street|privet drive|prime minister|north pole)\b/;

/** True when the words after "on", "off" or "of" are a street the child typed with a capital. */
function namesAStreet(view: WordView, original: string): boolean {
	// A numbered road is read in the original: the word view reads "a591" as letters.
	if (ROAD_NUMBER_TYPED.test(original)) return true;
	const text = view.text;
	for (const m of text.matchAll(PLACED)) {
		const first = m[1] as string;
		if (ROAD_NUMBER.test(first)) return true;
		const at = (m.index ?? 0) + m[0].length - first.length;
		const typed = original[view.starts[at] ?? 0] ?? '';
		if (typed === typed.toLowerCase()) continue;
		if ((m[2] !== undefined && STREET_WORD.test(m[2])) || (first.length >= 6 && STREET_ENDING.test(first))) return true;
	}
	return false;
}

// "address 5 greenside", "my addy is 4 riverside view": a label, a house number and a name.
const LABELLED =
	/\b(?:add?ress?|adress|addres|adres|addy)(?: is| =)? (?:number |no |flat )?\d{1,4}[a-z]? (?!(?:stars?|points?|out of|times?|pages?|words?|letters?|lines?|years?|days?|mins?|minutes?|likes?|views?)\b)(?:the )?[a-z]{3,}/;
const NOT_A_HOME_LABEL = /\b(?:email|e mail|web|website|ip|mac|book)\s(?:add?ress?|adress|addres|adres|addy)\b/;
// "flat 2 18 highgate": a flat and the building's number.
const FLAT_NUMBER = /\bflat (?:\d{1,3}|[a-z]) \d{1,4}[a-z]? [a-z]{3,}/;
// "hoose nummer 6 on the green": house number as it sounds, with where it is.
const HOUSE_NUMBER_SAID =
	/\b(?:house|hoose|hous|howse|hse|door) (?:number|nummer|numba|numbr|numer|num|no) (?:is )?(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?= (?:on|by|near|off|next to|opposite|(?:in|at) (?!the\b)))/;

// Whole-text tests asked through the phrase rules' index of beginnings (phrases.ts wordTest): the
// same answers, found at the few words that can begin each instead of by a scan of the text.
const DWELLING_TEST = wordTest(DWELLING);
const FLAT_NUMBER_TEST = wordTest(FLAT_NUMBER);
const HOUSE_NUMBER_SAID_TEST = wordTest(HOUSE_NUMBER_SAID);
const LABELLED_TEST = wordTest(LABELLED);
const NOT_A_HOME_LABEL_TEST = wordTest(NOT_A_HOME_LABEL);
const NOT_HOME_TEST = wordTest(NOT_HOME);
const OWN_HOME_TEST = wordTest(OWN_HOME);

/** A child's home told by how it looks, a label, a flat or a number said as it sounds. */
export function findDescribedAddresses(view: WordView, original: string): RawFinding[] {
	if (NOT_HOME_TEST.test(view)) return [];
	const labelled = LABELLED_TEST.test(view) && !NOT_A_HOME_LABEL_TEST.test(view);
	const described = OWN_HOME_TEST.test(view) && DWELLING_TEST.test(view) && namesAStreet(view, original);
	if (!labelled && !described && !FLAT_NUMBER_TEST.test(view) && !HOUSE_NUMBER_SAID_TEST.test(view)) return findLandmarkHomes(view);
	return [wholeMessage(view, 'address', 'address.described')];
}
