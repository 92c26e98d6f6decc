// Still more ways a child says they are alone somewhere a stranger could find them; read by
// location-alone-shapes.ts after its own shapes find nothing. Owns no new rule ids:
// - somewhere out, with nobody else ("I'm at the cafe on the retail park by myself", "u can find
//   me on the green by the memorial, alone", "guess where i am... the big tesco, on ma own",
//   "me @ the bus stop, no1 else here"), not in class, a game, a call or their own room;
// - an empty house with the grown-ups out ("tonite = me + empty house, parents out till late");
// - nobody home until a set time ("I get in at half 3 and no one is back until 6");
// - somewhere out now with an open call to come ("im at the playground near the castle now,
//   i'll be here til 4"), or a place given as the child's current location;
// - waiting out on set days until a grown-up finishes ("every tuesday i sit on the swings till my
//   dad finishes work").

import { wordTest } from './phrases.js';
import type { WordView } from './normalise.js';

// Every shape needs one of these, so most messages are passed over with one test.
const NEEDS =
	/alone|by my ?self|by meself|on m[aey] own|else|empty house|house to m|back until|back till|back til|home until|home till|be here|be there|wants to come|wanna come|current location|(?:till|until|til) my/;

// "on my own" is alone unless something the child owns follows ("on my own table", "on my own bike").
const ALONE =
	/\b(?:by myself|by my self|on m[aey] own(?! (?:table|desk|seat|chair|team|group|page|bike|scooter|key|phone|tablet|laptop|computer|room|bed|way|two feet|feet|work|project|book|money|clothes)\b)|by meself|all alone|alone|no ?1 else|noi else|no one else|noone else|nobody else)\b/;
// Where the child is: "I'm (hiding) in", "find me on", "guess where I am", "me @ the bus stop".
const SOMEWHERE =
	/\b(?:(?:im|i m|i am)(?: [a-z]+ing)? (?:at|in|on|by|near|outside|under|behind|inside)|(?:find|found) me (?:at|in|on|by|near|outside)|where i am|^me (?:at |in |on |by |near |outside )?(?:the |a |d )?(?:bus stop|park|shop|station|rec|field)|(?:current|my) location (?:is )?)\b/;
// Alone in class, in a game, on a call or in their own room is no stranger's business.
const INDOORS_OR_ONLINE =
	/\b(?:chat|server|lobby|game|call|zoom|teams|class|classroom|school|assembly|hall|library|lesson|register|reading corner|beanbag|table|desk|test|group|minecraft|roblox|fortnite|bedroom|my room|bed|bath|toilet|loo)\b/;
// A film, a story, the past, or a lesson about staying safe.
const NOT_ME_NOW =
	/\b(?:film|movie|films|watch|watched|watching|kevin|tv|telly|netflix|disney|story|book|chapter|character|game|was|when i was|yesterday|last (?:week|night|year|time)|pretend|imagine|robot|the (?:boy|girl)|he is|she is|never|if|shouldnt|lesson|dont)\b/;

const EMPTY_HOUSE = /\b(?:empty house|house to (?:myself|my self|meself))\b/;
const GROWN_UPS_OUT = /\b(?:away|out|at work|working|on nights|gone|went|not in|not home|not back|till|until|weekend|tonight|tonite)\b/;

const NOBODY_BACK_UNTIL = /\b(?:no one|noone|nobody|no1|noi)(?: is| s|s)? (?:back|home|in)(?: until| till| til)\b/;
const OF_ME = /\b(?:i|im|ive|me|my)\b/;

// "ill be here til 4", "if anyone wants to come": the reader may come to where the child is now.
const OPEN_CALL = /\bif (?:any ?one|any1|u|you) (?:wants? to|wanna) come\b/;
const COME_NOW = /\b(?:(?:ill|i ll|i will) be (?:here|there) (?:til|till|until|for))\b|\bif (?:any ?one|any1|u|you) (?:wants? to|wanna) come\b/;
// Waiting out somewhere on set days until a grown-up finishes: "every tuesday i sit on the swings at
// the park from 4 till my dad finishes work".
const WAIT_FOR_GROWN_UP =
	/\b(?:till|until|til) my (?:mum|dad|mam|nan|gran|grandad|grandma|parents)(?: s)? (?:finishes|finish|gets (?:back|home|out|off)|comes|picks me up|is done|is back)\b/;
const I_WAIT_OUT =
	/\bi (?:sit|wait|play|hang about|hang around|stay|stand)\b[a-z0-9 ]{0,40}\b(?:park|swings|rec|field|shop|shops|bus stop|station|bench|wall|river|canal|street|car park)\b/;
const SET_DAYS =
	/\b(?:every|on) (?:day|morning|night|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekday|weekdays)\b/;
const CURRENT_LOCATION = /\bcurrent location (?!(?:is )?(?:on|off|turned|switched|shared|private|settings)\b)(?:is )?[a-z]/;

// The whole-text tests here are asked of this message's word view through the phrase rules' index of
// beginnings (phrases.ts wordTest): the same answers, found
// at the few words that can begin each instead of by a scan of the whole text.
const ALONE_TEST = wordTest(ALONE);
const SOMEWHERE_TEST = wordTest(SOMEWHERE);
const INDOORS_OR_ONLINE_TEST = wordTest(INDOORS_OR_ONLINE);
const NOT_ME_NOW_TEST = wordTest(NOT_ME_NOW);
const EMPTY_HOUSE_TEST = wordTest(EMPTY_HOUSE);
const GROWN_UPS_OUT_TEST = wordTest(GROWN_UPS_OUT);
const NOBODY_BACK_UNTIL_TEST = wordTest(NOBODY_BACK_UNTIL);
const OF_ME_TEST = wordTest(OF_ME);
const COME_NOW_TEST = wordTest(COME_NOW);
const WAIT_FOR_GROWN_UP_TEST = wordTest(WAIT_FOR_GROWN_UP);
const I_WAIT_OUT_TEST = wordTest(I_WAIT_OUT);
const SET_DAYS_TEST = wordTest(SET_DAYS);
const CURRENT_LOCATION_TEST = wordTest(CURRENT_LOCATION);

/** The location rule one of the shapes above adds to, or null. */
export function aloneToldRule(view: WordView): string | null {
	const text = view.text;
	// "if anyone wants to come" is an invitation, not the "if" of a lesson.
	if (!NEEDS.test(text) || NOT_ME_NOW_TEST.test(view, text.replace(OPEN_CALL, ' '))) return null;
	if (ALONE_TEST.test(view) && SOMEWHERE_TEST.test(view) && !INDOORS_OR_ONLINE_TEST.test(view, text.replace(/\bplayground\b/g, ' ')))
		return 'location.here-now';
	if (EMPTY_HOUSE_TEST.test(view) && GROWN_UPS_OUT_TEST.test(view)) return 'location.alone';
	if (NOBODY_BACK_UNTIL_TEST.test(view) && OF_ME_TEST.test(view)) return 'location.alone';
	if (COME_NOW_TEST.test(view) && SOMEWHERE_TEST.test(view) && !INDOORS_OR_ONLINE_TEST.test(view, text.replace(/\bplayground\b/g, ' ')))
		return 'location.here-now';
	if (CURRENT_LOCATION_TEST.test(view)) return 'location.here-now';
	if (WAIT_FOR_GROWN_UP_TEST.test(view) && I_WAIT_OUT_TEST.test(view) && SET_DAYS_TEST.test(view)) return 'location.here-now';
	return null;
}
