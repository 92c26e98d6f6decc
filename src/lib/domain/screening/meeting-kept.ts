// A meeting away from school that the reader is to keep quiet about or come to alone, where no
// grown-up would know or see. Owns rules:
// - secrecy.meeting-kept: a meet-up with a bare "dont tell", "tell no one", "keep it quiet" or
//   "shh" and nobody named to keep it from ("come to the old railway bridge after tea, dont
//   tell"), which the listed secrecy rules leave alone because they want a grown-up named;
// - secrecy.meeting-alone: the reader asked to come alone ("just you", "on your own", "dont
//   bring anyone"), whatever a parent is said to have allowed ("come to the woods at 9 pm
//   alone, our mums said its ok").
// Both only at night or at a lonely place (the woods, a bridge, a station, the canal, behind the
// garages, someone else's flat, house or car), and only where meeting.ts found a meeting, so a
// lesson, a story and a meet-up in the school day have already stood down. A school event or a
// club a grown-up runs (the disco, the fair, the nativity, Scouts), a surprise and an outing with
// the family clear a bare "dont tell"; nothing but a grown-up coming along clears being alone.
// With the meeting, either finding makes the message urgent (severity.ts: a meeting with secrecy):
// a wrong page costs the DSL's trust in the next one, so the reading is kept this narrow.
// meeting-older.ts reads the same bare silence and family outing for a meeting with someone else.

import { matchPhrases, phrase, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { isKindSurprise } from './secrecy.js';

/** Lonely places: out of sight, or someone else's home or car. */
const LONELY_PLACE =
	/\b(?:woods?|forest|bridge|railway|railway line|train tracks|railway tracks|train line|canal|river|riverbank|lake|quarry|underpass|(?<!bowling )alley|alleyway|ginnel|snicket|garages|car park|multi storey|building site|abandoned [a-z]+|empty house|derelict [a-z]+|(?:old|empty) (?:factory|barn|mill|warehouse|hospital|building|garages)|warehouse|cemetery|graveyard|churchyard|station|bus station|train station|the flats|(?:behind|back of|round the side of|round the back of) (?:the|a|that|them) [a-z]+|(?:his|her|their|a mans|the mans|a ladys|that mans) (?:house|flat|place|home|car|van|caravan|garage|shed)|(?:a|his|her|their|the|my|that) (?:car|van|caravan)|hotel)\b/;
/** Late: dark, midnight, 8 pm or after, or while the grown-ups sleep. */
const LATE =
	/\b(?:at night|in the night|after dark|in the dark|when (?:its|it is|it gets|it s) dark|midnight|midnite|late at night|(?:at |about |around )?(?:8|9|10|11|12|eight|nine|ten|eleven|twelve)(?: ?30)? ?(?:pm|at night|oclock at night|tonight|tonite|2nite)|half (?:8|9|10|11|eight|nine|ten|eleven) ?(?:pm|at night|tonight)|when (?:everyone|every1|ur mum|your mum|ur parents|your parents|they)(?: is| are|s)? (?:asleep|in bed))\b/;
/** Night: late, or tonight. */
const TONIGHT = /\b(?:tonight|tonite|2nite)\b/;
// Out of doors, away from home: at night, alone or kept quiet, that is as far from a grown-up as a lonely place.
const OUT_PLACE =
	/\b(?:park|skate ?park|rec|field|playing field|green|swings|shops?|corner shop|town|high street|shopping centre|beach|bus stop|chippy|mcdonalds|maccies|maccys|kfc|greggs|tesco|tescos|asda|co op|spar|arcade|corner|end of (?:my|your|ur|the) (?:road|street)|top of (?:my|your|ur|the) (?:road|street)|path)\b/;

// A school event or a club a grown-up runs, named as where the meeting is: "see you at the school
// disco tonight at 7", "come to scouts tonight". "After" one is only a time ("after cubs").
const EVENT =
	'(?:(?:school|class|christmas|summer|winter|easter|leavers|halloween) (?:disco|fair|fayre|fete|concert|play|show|party|trip|service|assembly)|disco|discos|fair|fayre|fete|concert|nativity|carol service|carol concert|carols|church service|sunday school|panto|pantomime|school play|rehearsal|parents evening|sports day|school trip|residential|club|scouts|cubs|beavers|brownies|guides|rainbows|explorers|youth group|choir|orchestra|band practice|(?:football|netball|rugby|cricket|swimming|dance|karate|judo|gymnastics|drama|cadets) (?:training|practice|lessons?|class|match|gala|show)|night hike|torch walk|bat walk|stargazing|the leaders|our leaders)';
const GROWN_UPS_EVENT = new RegExp(`\\b${EVENT}\\b`);
const AFTER_EVENT = new RegExp(`\\bafter (?:the |my |your |ur |our )?(?:[a-z]+ )?${EVENT}\\b`, 'g');
// A grown-up of the family coming along: "with my mum and dad", "my dad is taking us"; not the
// writer's relative taking the reader alone ("my uncle is taking you to the woods at 10pm, just you").
// Read narrowly on purpose: it clears being alone. just-us.ts reads a wider family outing, where
// only "just you and me" is at stake.
export const FAMILY_ALONG =
	/\b(?:with (?:me and |us and )?(?:my|our|your|ur) (?:mum|dad|mom|mam|nan|gran|grandma|grandad|grandpa|parents|family|auntie|aunt|uncle|carer|grown ups|mum and dad|big sister|big brother)|(?:my|our|your|ur) (?:mum|dad|mom|mam|nan|gran|grandma|grandad|grandpa|parents|auntie|aunt|uncle|carer|mum and dad)(?: is| are| will| ll| s|s| can| could)? (?:be )?(?:(?:taking|take|driving|drive|bringing|bring)(?! (?:you|u|ya)\b(?! (?:and|n) me\b))|coming|come with|walking (?:us|you|u|me)|walk (?:us|you|u|me)|be there|staying|stay with))\b/;

// Silence asked with nobody named to keep it from; the rules of secrecy.ts take it when a grown-up is named.
const SILENCE_PHRASES =
	'(?:dont|do not|dnt|don t|never|dont you|dont u) (?:tell|tel|say|snitch|grass)(?: (?:anything|owt|nowt|nothing|nuthin|nothin|nufin|a soul|a word|it|this|that))?|(?:tell|say) (?:no one|noone|nobody|no1|no body)|(?:keep|kep) (?:it|this) (?:quiet|hush|hushed|shush|schtum|zipped)|sh+h+';
// What may follow a bare silence and leave it bare: the end, a filler, or the start of another clause.
const BARE_AFTER =
	'(?=$| (?:ok|okay|k|kk|x+|lol|yeah|yh|ye|yea|yes|right|pls|please|plz|tho|though|but|and|or|its|cos|coz|because|so|then|alright|innit|promise|sh+h+|just|babe|hun|m8|mate|bro|sis)\\b)';
const SILENCE = `(?:${SILENCE_PHRASES})${BARE_AFTER}`;

/** A bare "dont tell", "tell no one" or "shh": silence asked with nobody named. */
export const BARE_SILENCE = new RegExp(`\\b${SILENCE}`);

// The reader to come alone, or to bring nobody; not when being alone is ruled out ("you wont be on your own").
// Alone in so many words, or told to bring nobody.
const ALONE =
	'alone|on (?:your|ur|yer|yor|ya) own|by (?:yourself|urself|ya self|yaself|ur self|your self)|(?:dont|do not|dnt|don t) bring (?:anyone|anybody|any1|no one|nobody|noone|your mates|ur mates|friends|a friend)';
// "Just you" is as often "only you are invited" ("come to the park tonight, just u cos my mum says
// only one friend"): it counts only late at night or somewhere lonely.
const JUST_YOU = 'just (?:you|u|ya)(?! (?:and|n|&) (?!me\\b))|just me (?:and|n|&) (?:you|u)|just (?:us two|the two of us|us 2)';
// Being alone ruled out, or said of someone else: "you wont be alone", "dont come on your own", "leave me alone".
const NOT_ALONE =
	/\b(?:(?:dont|do not|never|not|wont|will not|wont be|dont have to|you dont need to) (?:come |go |walk |be |get there )?(?:alone|on (?:your|ur) own|by (?:yourself|urself))|leave (?:me|him|her|us|them|it) alone|home alone|left alone|bring (?:your|ur|a) (?:mum|dad|mom|grown up|adult|parents|carer|nan|gran)|with (?:your|ur) (?:mum|dad|mom|parents|grown up|carer|nan|gran))\b/;

const KEPT_RULE: PhraseRule = { rule: 'secrecy.meeting-kept', pattern: phrase(SILENCE), needs: /tel|say|snitch|grass|keep|kep|sh/ };
const ALONE_RULE: PhraseRule = { rule: 'secrecy.meeting-alone', pattern: phrase(ALONE), needs: /alone|own|self|bring/ };
const JUST_YOU_RULE: PhraseRule = { rule: 'secrecy.meeting-alone', pattern: phrase(JUST_YOU), needs: /just/ };
/** Tonight somewhere out. */
const AT_NIGHT_RULES: readonly PhraseRule[] = [KEPT_RULE, ALONE_RULE];
/** Late at night somewhere out, or anywhere lonely. */
const OUT_OF_REACH_RULES: readonly PhraseRule[] = [KEPT_RULE, ALONE_RULE, JUST_YOU_RULE];

function atGrownUpsEvent(text: string): boolean {
	return GROWN_UPS_EVENT.test(text) && GROWN_UPS_EVENT.test(text.replace(AFTER_EVENT, ' '));
}

/**
 * The secrecy a meeting carries when it is kept quiet or made for the reader alone at night or at
 * a lonely place; asked by screen.ts only of a message with a meeting and no other secrecy.
 */
export function findKeptMeetings(view: WordView): RawFinding[] {
	const text = view.text;
	const lonely = LONELY_PLACE.test(text);
	const out = !lonely && OUT_PLACE.test(text);
	const late = out && LATE.test(text);
	if (!lonely && !late && !(out && TONIGHT.test(text))) return [];
	const found = matchPhrases(view, lonely || late ? OUT_OF_REACH_RULES : AT_NIGHT_RULES, 'secrecy');
	if (found.length === 0) return found;
	const alone = found.filter((f) => f.rule === 'secrecy.meeting-alone');
	// A grown-up's event or club is no meeting alone, and a grown-up along means the reader is not alone.
	const event = atGrownUpsEvent(text);
	if (alone.length > 0 && !event && !NOT_ALONE.test(text) && !FAMILY_ALONG.test(text)) return alone;
	// A bare "dont tell" keeps a surprise or a family's outing as often as a meeting: only the rest page.
	if (event || FAMILY_ALONG.test(text) || isKindSurprise(text)) return [];
	return found.filter((f) => f.rule === 'secrecy.meeting-kept');
}
