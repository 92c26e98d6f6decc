// A child's home placed by what stands next to it, with no street name at all: "ours is the
// house next to the post box on the hill", "we're the second house after the bridge", "the
// bakery on the corner, we live on top of it", "zac lives in the house right behind mine". Read
// by address-described.ts when nothing else found a home; it reads address-claimed.ts in turn.
// Adds to rule address.described.
// Three things must meet: whose home it is, a home (or "the one"), and where it stands against a
// landmark. A story, a book, the past or a lesson is topic work, so it passes.

import { wordTest } from './phrases.js';
import { findClaimedHomes } from './address-claimed.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

// Whose home: the child's, a classmate's or "ours". "Miss Honey lives in a cottage" is a book's
// grown-up, so a title before "lives" is not a classmate.
const WHOSE_HOME = new RegExp(
	[
		'(?:my|our|ur|your|his|her|[a-z]+s) (?:house|home|hous|flat|farm|cottage|bungalow|caravan) (?:is|s)',
		'(?:is|its|thats|that s) (?:ours|mine|my (?:house|home|nans|grans|dads|mums))',
		'(?:thats|that s|this is|its) where (?:i|we) live',
		'(?<!(?:mr|mrs|miss|ms|dr|sir) )(?:i|we|[a-z]+) (?:live|lives|living) (?:in|on top of|above|over|next to|next door to|behind|opposite)',
		'we (?:r|are) (?:the|in)',
		'^were the',
		// "…and we're the white cottage", "im in the house right behind": typed without the apostrophe, "were" is
		// the past only after someone ("they were the", "we were in the").
		// "im the man of the house" is a part the child plays at home, not which house.
		'(?<!(?:they|you|u|we|there|who|which|that|these|those) )(?:were|we re|im|i m|i am) (?:the|in the) (?!(?:man|lady|woman|boss|king|queen|baby|oldest|youngest|eldest) of the)(?:[a-z0-9]+ ){0,3}(?:house|cottage|bungalow|flat|farm|caravan|one)',
		'(?:come|its|party|sleepover) (?:round )?at ours',
		// "its the farm after the garden centre": directions to a home the child is giving.
		'(?:its|it s) the (?:[a-z]+ ){0,2}(?:farm|house|bungalow|cottage|flat|flats) (?:on|after|past|next|opposite|behind|at)'
	]
		.map((shape) => `\\b${shape}\\b`)
		.join('|')
);
const A_HOME = /\b(?:house|flat|flats|farm|cottage|bungalow|semi|narrowboat|barge|caravan|door|one|maisonette|it)\b/;
// Where it stands against something a stranger could find.
const BY_A_LANDMARK =
	/\b(?:next to|next door to|opposite|opp|behind|above|on top of|past|after|at the (?:end|bottom|top) of|round the corner from|across (?:the road )?from|on the corner|on the way to|down the lane|on the (?:left|right)|turn (?:left|right)|turns (?:left|right)|moored by|on our (?:road|street|lane)|at the very (?:back|end|top|bottom))\b/;
// A numbered flat placed by what it is above: "flat 4b above the launderette".
const NUMBERED_FLAT_BY = /\b(?:flat|apartment) \d{1,3}[a-z]? (?:above|over|next to|next door to|opposite|behind|on top of)\b/;
// Stories, films, the past, games and lessons about staying safe.
const TOPIC_WORK =
	/\b(?:story|once upon a time|chapter|character|made up|pretend|imaginary|planet|game|minecraft|roblox|lived|was born|grew up|history|museum|trip|film|book|never|if someone|lesson|downing street|prime minister|north pole|dream)\b/;

// Whole-text tests asked through the phrase rules' index of beginnings (phrases.ts wordTest): the
// same answers, found at the few words that can begin each instead of by a scan of the text.
const A_HOME_TEST = wordTest(A_HOME);
const BY_A_LANDMARK_TEST = wordTest(BY_A_LANDMARK);
const NUMBERED_FLAT_BY_TEST = wordTest(NUMBERED_FLAT_BY);
const TOPIC_WORK_TEST = wordTest(TOPIC_WORK);
const WHOSE_HOME_TEST = wordTest(WHOSE_HOME);

/** A home placed by a landmark, else one the child claims (address-claimed.ts), or nothing. */
export function findLandmarkHomes(view: WordView): RawFinding[] {
	// Most messages place nothing by a landmark: that one test comes first.
	const placed = BY_A_LANDMARK_TEST.test(view) && (NUMBERED_FLAT_BY_TEST.test(view) || (WHOSE_HOME_TEST.test(view) && A_HOME_TEST.test(view)));
	if (!placed) return findClaimedHomes(view);
	if (TOPIC_WORK_TEST.test(view)) return [];
	return [wholeMessage(view, 'address', 'address.described')];
}
