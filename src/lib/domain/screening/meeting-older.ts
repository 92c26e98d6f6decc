// A meet-up with someone else, not the reader, told with what makes them a risk: a grown-up's age,
// being from online, or a "dont tell". Owns rule meeting.someone-older ("meet him at the station,
// hes 17", "my boyfriend from roblox said meet him outside the station tomorrow", "im meeting him
// at the park tonight, dont tell"). The meeting rules of meeting.ts read a meet-up with the
// reader; meeting someone else at the station is mostly a grandad off the train, so it is read
// only with one of those signs, and never when the one met or the one whose age is given is
// family ("we're meeting my cousin at the station, hes 17", "grandad is 70 today, we're meeting
// him off the train"), unless they are from online. Read by meeting.ts where its own rules found
// nothing, so its filters still apply (a lesson, a story, a grown-up along, a meet-up in school);
// with the age or the online origin, unknown-adult.ts then finds the grown-up and the meeting is
// urgent (severity.ts).

import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { BARE_SILENCE, FAMILY_ALONG } from './meeting-kept.js';
import { isKindSurprise } from './secrecy.js';

const FAMILY =
	'(?:great grandad|great grandpa|great grandma|great granny|great nan|great gran|grandad|grandpa|grandma|granny|grandparents|nan|nana|nanna|gran|uncle|auntie|aunty|aunt|cousin|cousins|brother|sister|bro|sis|dad|daddy|mum|mummy|mom|stepdad|stepmum|step dad|step mum|godmother|godfather|godparents)';
const PLACE =
	'(?:(?:the|a|his|her|their|my|your|ur|that) )?(?:(?:big|old|little|new|train|bus|tube|railway) )?(?:park|skate ?park|shops?|station|bus stop|corner|field|woods?|rec|car park|cinema|mcdonalds|maccies|maccys|kfc|greggs|tesco|tescos|asda|co op|spar|alley|bridge|beach|lake|river|canal|swings|town|high street|shopping centre|mall|arcade|leisure centre|pool|chippy|garages|flat|house|place|car|van|forest|path|underpass|cafe|library|hotel)';
// The writer or the reader to meet someone at a place: "meet him at the station", "im meeting
// this boy from snapchat at the bus stop", "me n him r meeting at the train station", "im seeing
// my online bf at the station".
const MEET_SOMEONE = new RegExp(
	`\\b(?:meet|meat|meeting|meetin|meet up with|meeting up with|(?:see|seeing) (?:him|her|them|me|us|my (?:online )?(?:bf|gf|boyfriend|girlfriend)|this (?:boy|girl|guy|lad)))(?: [a-z0-9]+){0,5}? (?:(?:at|by|outside|near|behind|in|round|under|on|down) ${PLACE}|(?=the )${PLACE})\\b`
);
// Someone else doing the meeting, unless it is the writer or reader they meet: "my sister, shes 16,
// is meeting her friends in town", not "hes 17 and hes meeting us at the station".
const OTHER_MEETS = new RegExp(
	`\\b(?:he|she|they|${FAMILY}|my (?:big |little |older )?${FAMILY})(?: is| s| are| r| was| were| will| will be| ll| wants to| is going to| s going to| are going to| is gonna| s gonna)? $`
);
const MEETS_US = /^(?:meet|meat|meeting|meetin|see|seeing)(?: up with)? (?:me|us|you|u|ya)\b/;
const MEET_AND_GREET = /\bmeet (?:and|n|&) greet\b/;
// Someone else to be met, named: a "dont tell" alone needs one ("im meeting him at the park tonight,
// dont tell"), since "we are meeting at the canal for the sponsored walk, dont tell" names nobody.
const SOMEONE_ELSE =
	/\b(?:(?:meet|meat|meeting|meetin)(?: up with)? (?:him|her|them|someone|somebody|some1|a (?:boy|girl|man|lady|guy|lad|bloke)|this (?:boy|girl|man|lady|guy|lad|bloke)|my (?:bf|gf|boyfriend|girlfriend))|(?:me|i) (?:and|n|&) (?:him|her) (?:are|r|will be|were) meeting)\b/;

// Told as grown-up by age: "hes 17", "she is nineteen", "my boyfriend is 16", "hes in sixth form".
const GROWN_UP_AGE =
	/\b(?:hes|shes|he is|she is|theyre|they are|(?:my|a|his|her|the) (?:friend|mate|buddy|bestie|boyfriend|girlfriend|bf|gf|boy|girl|lad|guy) is)(?: actually| nearly| like| only| about)? (?:1[6-9]|[2-9][0-9]|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)\b(?! (?:minutes|mins|seconds|points|pounds|quid|percent|metres|miles|kg|cm|hours|times|pages|weeks|months|days|in dog years|dog years)\b)|\b(?:hes|shes|he is|she is) (?:in|at) (?:college|sixth form|uni|university|year (?:1[0-3]|ten|eleven|twelve|thirteen))\b/;
// From online: "my online boyfriend", "this boy from snapchat", "someone i met on roblox".
const FROM_ONLINE =
	/\b(?:online (?:friend|boyfriend|girlfriend|bf|gf|mate|buddy)|(?:from|off|on|i met on|we met on|met him on|met her on) (?:online|the internet|roblox|fortnite|minecraft|tiktok|youtube|discord|snap|snapchat|insta|instagram|whatsapp|among us|a game|the game|an app|the app)|(?:i|we) met (?:him|her|them)? ?online)\b/;
// Silence asked about it: a bare "dont tell", or a grown-up named to keep it from.
const KEPT =
	/\b(?:(?:dont|do not|dnt|never) (?:tell|say (?:anything )?to) (?:anyone|anybody|any1|nobody|no one|my mum|my dad|your mum|ur mum|your dad|ur dad|mum|dad|my parents|your parents|ur parents|the teacher|miss|sir)|(?:our|a|its a|keep it a|keep it) secret|(?:nobody|no one|noone) (?:knows|can know|must know))\b/;

// The one met is family ("meet my brother at the station", "meeting grandad off the train"), or the
// age is a relative's ("my cousin is 17", "hes my uncle"), or a relative is arriving.
const FAMILY_MET = new RegExp(
	`\\b(?:(?:meet|meeting|meet up with|pick up|picking up|collect|collecting) (?:my |our |your |ur |the )?(?:big |little |baby |older |younger )?${FAMILY}(?!s (?:friend|mate|boyfriend|girlfriend|bf|gf))\\b|(?:my|our|your|ur) (?:big |little |older |younger )?${FAMILY} (?:is|s|was|turned|turns|will be|hes|shes|he is|she is|who is) (?:\\d|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|coming|arriving|back|on the train|getting the train)|(?:hes|shes|he is|she is|theyre) (?:my|our) (?:big |little |older )?${FAMILY}\\b|${FAMILY} (?:is|s) (?:coming|arriving|getting the train|on the train))`
);

/** meeting.someone-older where the writer or reader is to meet someone older, from online or kept quiet, else nothing. */
export function findOlderMeetings(view: WordView): RawFinding[] {
	const text = view.text;
	// Read for almost every message (meeting.ts asks it last): most have no "meet" at all.
	if (!text.includes('mee') && !text.includes('meat') && !text.includes('see')) return [];
	const m = MEET_SOMEONE.exec(text);
	if (m === null || MEET_AND_GREET.test(text) || (OTHER_MEETS.test(text.slice(0, m.index)) && !MEETS_US.test(m[0]))) return [];
	const online = FROM_ONLINE.test(text);
	const older = online || GROWN_UP_AGE.test(text);
	const kept = !older && SOMEONE_ELSE.test(text) && (KEPT.test(text) || BARE_SILENCE.test(text)) && !FAMILY_ALONG.test(text) && !isKindSurprise(text);
	if (!older && !kept) return [];
	// A relative met off the train is family's business; someone from online never is.
	if (!online && FAMILY_MET.test(text)) return [];
	const end = m.index + m[0].length;
	return [{ kind: 'meeting', start: view.starts[m.index] ?? 0, end: view.ends[end - 1] ?? 0, rule: 'meeting.someone-older' }];
}

// A grown-up by word, not by age: a relative's age beside one of these still leaves a stranger in it.
const STRANGER = /\b(?:man|men|lady|woman|guy|bloke|grown up|adult|stranger|teenager|teen|boyfriend|girlfriend|bf|gf)\b/;

/**
 * True when the one met, or the one whose age is given, is family and nobody from online or
 * grown-up by word is named: "wanna meet my cousin at the station? hes 20". Asked by
 * unknown-adult.ts, whose age reading would otherwise make the relative a stranger.
 */
export function meetsFamilyOnly(text: string): boolean {
	return FAMILY_MET.test(text) && !FROM_ONLINE.test(text) && !STRANGER.test(text);
}
