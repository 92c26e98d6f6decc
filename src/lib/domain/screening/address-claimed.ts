// A home the child says is theirs, typed too badly for the street rules to read: "my hous is twenny
// for castel rd", "4teen kirkbie grn thats my house", "send it to 2 Fellside Cottages, Staveley,
// thats my address", "house = sixteen, road = b-e-c-k-s-i-d-e". Read by address-landmark.ts when
// nothing else found a home. Adds to rule address.described.

import { wordTest } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const HOME_WORD = /hous|howse|home|addy|adress|address|live/;
// "thats my house", "thats where we live", said after the home; "thats my address" after any
// number and name ("2 Fellside Cottages"), the others only after a street.
const CLAIMED_AFTER = /\b(?:(?:thats|that s|this is|its) (?:my|our) (?:address|addy|house|home)|(?:thats|that s) where (?:i|we) live)\b/;
const ADDRESS_CLAIMED = /\b(?:thats|that s|this is|its) (?:my|our) (?:address|addy)\b/;
// "my hous is …", said before it.
const CLAIMED_BEFORE = /\b(?:my|our) (?:house|hous|howse|home|address|adress|addy) (?:is|iz|s)\b/;
// Street words typed short: nobody writes these unless they are giving a street.
const SHORT_STREET = /\b(?:rd|grn|ave|ln|cres|gdns|tce|cl)\b/;
// A house number and a name after it.
const NUMBER_AND_NAME = /\b\d{1,4}[a-z]? [a-z]{3,}/;
// A home filled in like a form: "house = sixteen, road = beckside".
const HOUSE_FORM =
	/\bhouse(?: number| no)? (?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) (?:road|street|rd|st|lane|avenue) [a-z]{3,}/;
// Stories, films, lessons and the past are topic work.
const TOPIC_WORK = /\b(?:story|once upon a time|chapter|character|made up|pretend|game|minecraft|lived|history|film|book|never|lesson|dream)\b/;

// Whole-text tests asked through the phrase rules' index of beginnings (phrases.ts wordTest): the
// same answers, found at the few words that can begin each instead of by a scan of the text.
const ADDRESS_CLAIMED_TEST = wordTest(ADDRESS_CLAIMED);
const CLAIMED_AFTER_TEST = wordTest(CLAIMED_AFTER);
const CLAIMED_BEFORE_TEST = wordTest(CLAIMED_BEFORE);
const HOME_WORD_TEST = wordTest(HOME_WORD);
const HOUSE_FORM_TEST = wordTest(HOUSE_FORM);
const NUMBER_AND_NAME_TEST = wordTest(NUMBER_AND_NAME);
const SHORT_STREET_TEST = wordTest(SHORT_STREET);
const TOPIC_WORK_TEST = wordTest(TOPIC_WORK);

/** A home the child claims, or nothing. */
export function findClaimedHomes(view: WordView): RawFinding[] {
	// Every shape names a home or "live": most messages are passed over with this one test.
	if (!HOME_WORD_TEST.test(view)) return [];
	const claimed =
		((CLAIMED_AFTER_TEST.test(view) || CLAIMED_BEFORE_TEST.test(view)) && SHORT_STREET_TEST.test(view)) ||
		(ADDRESS_CLAIMED_TEST.test(view) && NUMBER_AND_NAME_TEST.test(view));
	if (!(claimed || HOUSE_FORM_TEST.test(view)) || TOPIC_WORK_TEST.test(view)) return [];
	return [wholeMessage(view, 'address', 'address.described')];
}
