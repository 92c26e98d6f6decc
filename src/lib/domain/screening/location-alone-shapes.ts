// More ways a child tells a stranger they are alone, or where they are, right now; read
// after location.ts's rules find nothing. Owns no new rule ids: each shape adds to
// location.alone, location.here-now or location.pin.
// - "home alone" as children type it ("hom aloan", "home alon 2moro", "m home alone rn",
//   "left @ home alone"), said of themselves, not of a film or a story;
// - the only one home ("its basically just me", "im the only one at home this weekend");
// - left somewhere by a grown-up who is busy now ("dad left me in the car outside Morrisons
//   while he gets the shopping");
// - a walk alone the child does at a set time ("every Wednesday I walk … by myself … at 4");
// - out alone told without "I'm", nobody else where the child is, or waiting out for a grown-up
//   who is not back;
// - letting themselves in with a key; live location switched on; coordinates with N and W.
// Still more shapes (alone somewhere out, an empty house, nobody back until a time) are in
// location-alone-told.ts, read when these find nothing, and a child out with no grown-up minding
// them in location-unattended.ts, read last.

import { wordTest } from './phrases.js';
import { aloneToldRule } from './location-alone-told.js';
import { unattendedRule } from './location-unattended.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

// "home alone" typed the ways children type it.
const HOME_ALONE = /\b(?:home|hom|hoem|hme|ome) (?:alone|alon|aloan|aloen|alown|allone|alonee|aloone)\b|\balone (?:at |@ )?(?:home|hom|mine|my house)\b/;
// Said of the child: at the start ("home alon 2moro"), or after "I'm" or "left" ("m home alone").
const OF_ME_NOW =
	/^(?:left )?(?:home|hom|hoem|hme|ome|alone)\b|\b(?:im|i m|m|i am|am|me|left|been left|stuck|whos|who s)(?: at)? (?:home|hom|hoem|hme|ome|alone)\b/;
// A film, a book, the past or someone else.
const STORY_OR_PAST =
	/\b(?:film|movie|films|watch|watched|watching|kevin|tv|telly|netflix|disney|story|book|chapter|character|game|was|when i was|yesterday|last (?:week|night|year|time)|pretend|imagine|robot|the (?:boy|girl)|he is|she is|his|her)\b/;
// Advice about being alone rather than being alone.
const ADVICE =
	/\b(?:never|shouldnt|should not|if|lesson|why|allowed|old enough)\b|\bdont (?:say|post|share|put|tell (?:anyone|anybody|people|strangers|someone))\b/;
const NOT_ME_NOW = { test: (view: WordView): boolean => STORY_OR_PAST_TEST.test(view) || ADVICE_TEST.test(view) };

// Nobody else at home: "so its basically just me", "im the only one at home this weekend".
const ONLY_ME =
	/\b(?:its|it s|so its|so it s) (?:basically |literally |only |really )?just me\b|\b(?:im|i am) the only one (?:at home|home|in|in the house|here|left|at the)\b|\b(?:its|it s) only me (?:in|at|here|home)\b/;
const ONLY_ME_WHY =
	/\b(?:away|out|at work|working|on nights|gone|went|never in|not in|not home|not back|staying with nobody|everyones gone|everyone s gone|till|until|weekend|tonight|leaves at|back at|havent come|yet)\b/;

// A grown-up left the child somewhere out and is busy now: "left me in the car outside Morrisons
// while he gets the shopping", "left me at the bench by the river so im just sat here".
const LEFT_ME = /\b(?:left|leaves|dropped|drops|dumped) me (?:off )?(?:at|in|outside|by|near|on)\b/;
const LEFT_PLACE =
	/\b(?:car|park|skate ?park|shop|shops|tesco|tescos|asda|aldi|lidl|sainsburys|morrisons|co op|coop|spar|mcdonalds|bus stop|station|rec|field|woods|canal|river|lake|beach|bench|town|shopping centre|precinct|car park|garage|chippy|pub|swings|playground)\b/;
const LEFT_NOW =
	/\b(?:while (?:he|she|they|mum|dad|my (?:mum|dad|nan|gran))|so im|so i m|im just|i m just|just sat|sat here|leaves me there|still here|till|until|rn|right now|now|for ages|for hours)\b/;
const LEFT_NOT_NOW =
	/\b(?:yesterday|last (?:week|night|year|time)|once|when i was|was|got|had|did|with (?:my )?(?:friends|mates|cousins?|brother|sister|auntie|uncle)|story|book|chapter|film|game|school|nursery|breakfast club|brownies|cubs|scouts|never|if)\b/;

// A walk alone at a set time: "every Wednesday I walk to my gran's by myself along the canal path at about 4".
const WALK_ALONE =
	/\b(?:i|i always|i usually|i have to) (?:walk|cycle|bike|ride|scoot|go)\b[a-z0-9' ]{0,40}\b(?:by myself|by my self|on my own|on me own|by meself|alone)\b/;
const SET_TIME =
	/\b(?:at (?:about |around )?\d{1,2}(?: \d\d)?(?: ?(?:am|pm|oclock))?|every (?:day|morning|night|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|when i get off the bus|after school|home time)\b/;
const ROUTE = /\b(?:path|road|lane|street|alley|bridge|estate|fields?|gran s|grans|nans|nan s)\b/;
const WALK_NOT =
	/\b(?:can|could|cant|learned|learnt|learning|allowed|want|wanna|wish|was|walked|first time|yesterday|last (?:week|night|year|time|summer)|when i was|story|book|never|shouldnt|dont|if|lesson)\b/;

// Out with no grown-up, told without "I'm": "at d bus stop outside asda by meself, its freezin".
const OUT_ALONE_NO_IM = new RegExp(
	`^(?:at|outside|in|by|near|sat|sitting|waiting|stood|standing|stuck) (?:d |da |the |a )?[a-z ]{0,30}\\b${LEFT_PLACE.source.slice(2, -2)}\\b[a-z ]{0,30}\\b(?:by myself|by my self|on my own|on me own|by meself|all alone|alone)\\b`
);
// Nobody else where the child is: "im in the playground near the castle on my own, no1 else is here"; not a chat room or a class.
const NO_ONE_ELSE_HERE = /\b(?:no ?1|noi|no one|noone|nobody) else(?: is| s)? (?:here|about|around)\b/;
const IM_SOMEWHERE = /\b(?:im|i am|i m) (?:in|at|on|by|near|outside)\b/;
const ONLINE_OR_SCHOOL =
	/\b(?:chat|server|lobby|game|call|zoom|teams|class|classroom|school|assembly|hall|library|lesson|register|minecraft|roblox|fortnite)\b/;
// Somewhere out now with the grown-up not back: "im sitting on the wall outside the co op, mums not back yet".
const WAITING_OUT = new RegExp(
	`\\b(?:im|i am|i m) (?:sitting|sat|waiting|standing|stood|stuck)\\b[a-z ]{0,40}\\b(?:outside|at|by|near|in front of) (?:the )?${LEFT_PLACE.source.slice(2, -2)}\\b`
);
const GROWN_UP_NOT_BACK = /\b(?:mum|dad|mom|nan|gran|parents|grown ups?)(?: s| is| are|s)? (?:not|still not) (?:back|home|here)\b|\bforgot to pick me up\b/;

// Letting themselves into an empty house, often with where the key is kept.
const LET_MYSELF_IN = /\b(?:i )?let (?:myself|my self|meself) in\b/;
const LET_IN_WHY = /\b(?:key|nights|at work|working|till|until|after school|every day|nobody|no one)\b/;

// Live location switched on, in children's short forms.
const LIVE_ON = /\b(?:find ?my|live loc|live location|my location|snap ?maps?) (?:is |s |are )?(?:on|turned on|switched on)\b|\bcome (?:and )?see where i am\b/;
// A lesson, or a location only the child's family or an app can see.
const LIVE_NOT = /\b(?:lesson|should|shouldnt|never|dont|if|only|family|mum|dad|parents|settings|app|turn (?:it )?off)\b/;

// Coordinates written with the compass letters: "54.32N 2.74W" (the word view gives "54 32n 2 74w").
const COMPASS = /\b\d{1,2} \d{2,}[ns] \d{1,3} \d{2,}[ew]\b/;

// The whole-text tests here are asked of this message's word view through the phrase rules' index of
// beginnings (phrases.ts wordTest): the same answers, found
// at the few words that can begin each instead of by a scan of the whole text.
const HOME_ALONE_TEST = wordTest(HOME_ALONE);
const OF_ME_NOW_TEST = wordTest(OF_ME_NOW);
const STORY_OR_PAST_TEST = wordTest(STORY_OR_PAST);
const ADVICE_TEST = wordTest(ADVICE);
const ONLY_ME_TEST = wordTest(ONLY_ME);
const ONLY_ME_WHY_TEST = wordTest(ONLY_ME_WHY);
const LEFT_ME_TEST = wordTest(LEFT_ME);
const LEFT_PLACE_TEST = wordTest(LEFT_PLACE);
const LEFT_NOW_TEST = wordTest(LEFT_NOW);
const LEFT_NOT_NOW_TEST = wordTest(LEFT_NOT_NOW);
const WALK_ALONE_TEST = wordTest(WALK_ALONE);
const SET_TIME_TEST = wordTest(SET_TIME);
const ROUTE_TEST = wordTest(ROUTE);
const WALK_NOT_TEST = wordTest(WALK_NOT);
const OUT_ALONE_NO_IM_TEST = wordTest(OUT_ALONE_NO_IM);
const NO_ONE_ELSE_HERE_TEST = wordTest(NO_ONE_ELSE_HERE);
const IM_SOMEWHERE_TEST = wordTest(IM_SOMEWHERE);
const ONLINE_OR_SCHOOL_TEST = wordTest(ONLINE_OR_SCHOOL);
const WAITING_OUT_TEST = wordTest(WAITING_OUT);
const GROWN_UP_NOT_BACK_TEST = wordTest(GROWN_UP_NOT_BACK);
const LET_MYSELF_IN_TEST = wordTest(LET_MYSELF_IN);
const LET_IN_WHY_TEST = wordTest(LET_IN_WHY);
const LIVE_ON_TEST = wordTest(LIVE_ON);
const LIVE_NOT_TEST = wordTest(LIVE_NOT);
const COMPASS_TEST = wordTest(COMPASS);

/** The shapes above, each returning the location rule it adds to, or null. */
function ruleFor(view: WordView): string | null {
	const text = view.text;
	if (HOME_ALONE_TEST.test(view) && OF_ME_NOW_TEST.test(view) && !NOT_ME_NOW.test(view)) return 'location.alone';
	// "my brother is never in, so its just me": "never" here is no advice.
	if (ONLY_ME_TEST.test(view) && ONLY_ME_WHY_TEST.test(view) && !STORY_OR_PAST_TEST.test(view)) return 'location.alone';
	if (LEFT_ME_TEST.test(view) && LEFT_PLACE_TEST.test(view) && LEFT_NOW_TEST.test(view) && !LEFT_NOT_NOW_TEST.test(view)) return 'location.here-now';
	if (WALK_ALONE_TEST.test(view) && SET_TIME_TEST.test(view) && (ROUTE_TEST.test(view) || LEFT_PLACE_TEST.test(view)) && !WALK_NOT_TEST.test(view))
		return 'location.here-now';
	if (OUT_ALONE_NO_IM_TEST.test(view) && !STORY_OR_PAST_TEST.test(view)) return 'location.here-now';
	if (
		NO_ONE_ELSE_HERE_TEST.test(view) &&
		IM_SOMEWHERE_TEST.test(view) &&
		!ONLINE_OR_SCHOOL_TEST.test(view, text.replace(/\bplayground\b/g, ' ')) &&
		!NOT_ME_NOW.test(view)
	)
		return 'location.alone';
	if (WAITING_OUT_TEST.test(view) && GROWN_UP_NOT_BACK_TEST.test(view) && !NOT_ME_NOW.test(view)) return 'location.here-now';
	if (LET_MYSELF_IN_TEST.test(view) && LET_IN_WHY_TEST.test(view) && !NOT_ME_NOW.test(view)) return 'location.alone';
	if (LIVE_ON_TEST.test(view) && !LIVE_NOT_TEST.test(view)) return 'location.pin';
	if (COMPASS_TEST.test(view)) return 'location.pin';
	return null;
}

// Every shape needs one of these words, so most messages are passed over with one test.
const NEEDS =
	/alo|just me|only me|only one|else|not back|not home|not here|pick me up|me (?:off )?(?:at|in|outside|by|near|on)\b|by myself|by my self|on my own|on me own|by meself|myself in|self in|find ?my|loc|snap ?map|see where|\d[ns] /;

/** A child alone or where they are now, in the shapes location.ts's rules do not read. */
export function findMoreLocations(view: WordView): RawFinding[] {
	const text = view.text;
	const rule = (NEEDS.test(text) ? ruleFor(view) : null) ?? aloneToldRule(view) ?? unattendedRule(view);
	if (rule === null) return [];
	return [wholeMessage(view, 'location', rule)];
}
