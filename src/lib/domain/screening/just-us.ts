// "Just you and me": the two of them alone together, or only the two of them invited. Owns the
// bare reading of grooming.flattery-secret ("one day we'll meet up and it'll be amazing, just you
// and me", "just you and me at the canal after dark"), which pages the DSL on its own, so it is
// read narrowly:
// - never when the two are the subject of what they did or like ("only you and me got full marks",
//   "just you and me remembered our pe kits") or a third comes after ("just you and me and my
//   little sister");
// - never when a grown-up of the family takes, drives, brings or comes along, or arranges it
//   ("my dad said he will drive us to the cinema tonight at 7, just you and me", "ellies mum is
//   driving us", "my mum booked the climbing wall"), nor inside the school day, a school event, a
//   club or a team ("on the school trip coach", "in the three legged race on sports day"),
//   unless the same message keeps it secret (a kind surprise the family is in on apart), asks for
//   the reader alone, names a grown-up by age or by word ("the man from the match"), someone from
//   online or a grown-up's car: then nothing clears it.
// Beside silence kept from the grown-ups, "just us two", "just the two of us" and "just u n me"
// count as well ("just us two at maccies saturday, dont tell ur mum and dad").
// FAMILY_TAKES_US (a grown-up of the family taking the two of them) is read by meeting.ts too,
// where "just you" then means only the reader is invited and no longer spoils a known grown-up's plan.

import { matchPhrases, phrase, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import { frames, type Speaking } from './speaking.js';
import type { RawFinding } from './types.js';
import { isKindSurprise } from './secrecy.js';

const GROWN_UP =
	'(?:mum|dad|mom|mam|mummy|daddy|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandparents|parents|mum and dad|auntie|aunty|aunt|uncle|carer|step ?mum|step ?dad|childminder|godmother|godfather|big sister|big brother|grown ups|family)';
// Whose grown-up: the writer's, the reader's, or a friend's ("ellies mum").
const WHOSE = '(?:my|our|your|ur|his|her|their|[a-z]+s)';
// "my dad said he will…", "mum says shell…": the grown-up's own word that they will do it.
const SAID_THEY_WILL =
	'(?:said|says) (?:(?:she|he|they)(?: will| ll| would| d| can| could| is going to| s going to| is gonna| s gonna| is| s)?|shell|hell|theyll|shed|hed)';
const WILL = `s?(?: is| are| s| will| ll| can| could| is going to| s going to| are going to| is gonna| s gonna| ${SAID_THEY_WILL})?`;
// Doing the journey with them: taking, driving, bringing or walking them; not taking the reader
// alone ("my uncle is taking you to the woods at 10pm"), nor only fetching them after (FAMILY_TAKES_US).
const ALONG_VERB =
	'(?:be )?(?:(?:taking|take|takes|driving|drive|drives|bringing|bring)(?! (?:you|u|ya)\\b(?! (?:and|n) me\\b))|coming|come with (?:us|you|u|me)|walking (?:us|you|u|me)|walk (?:us|you|u|me)|be there|staying|stay with (?:us|you|u)|giving us a lift|give us a lift)';

// A grown-up of the family along: "with my mum and dad", "my dad is taking us", "my dad said he
// will drive us", "ellies mum is driving us", "grandad is taking us fishing". Wider than
// meeting-kept.ts's FAMILY_ALONG, which clears being alone and so is kept narrow.
const FAMILY_ALONG = new RegExp(`\\b(?:with (?:me and |us and )?${WHOSE} ${GROWN_UP}|(?:${WHOSE} )?${GROWN_UP}${WILL} ${ALONG_VERB})\\b`);

// The two of them together, as the grown-up's passengers.
const BOTH = '(?:just )?(?:us|both of us|us both|us two|you and me|u and me|me and you|me and u|the two of us)';
/**
 * A grown-up of the family taking the writer and the reader together, or with them: "my mum will
 * drive us", "my dad is taking just you and me", "we are going with my mum", "my mum will drive".
 * Not the writer's relative fetching the reader alone ("my uncle will pick you up"): meeting.ts
 * keeps that one.
 */
export const FAMILY_TAKES_US = new RegExp(
	`\\b(?:with (?:me and |us and )?(?:my|our|your|ur) ${GROWN_UP}|(?:${WHOSE} )?${GROWN_UP}${WILL} (?:be )?(?:(?:taking|take|takes|driving|drive|drives|bringing|bring|walking|walk|giving|give|picking|pick|collecting|collect) ${BOTH}|(?:driving|drive)(?! (?:you|u|ya)\\b)|coming (?:too|with us|as well)))\\b`
);

// The writer's grown-up fetching the reader for an outing with the writer: "my dad will pick you up at 10 for the zoo".
const FAMILY_FETCHES_READER = new RegExp(
	`\\b(?:my|our) ${GROWN_UP}${WILL} (?:be )?(?:pick(?:ing)? (?:you|u) up|collect(?:ing)? (?:you|u)|get(?:ting)? (?:you|u) (?:from|at)|driv(?:e|ing) (?:you|u)|tak(?:e|ing) (?:you|u))\\b`
);

// A grown-up of the family arranging it or at home for it: "my mum booked the climbing wall", "my
// dad got tickets", "mum said i can take one friend", "my mum says we can have a picnic", "she will
// text your mum", "my mum is making pizza".
const FAMILY_ARRANGED = new RegExp(
	`\\b(?:(?:${WHOSE} )?${GROWN_UP}(?: has| have| is| s)? (?:booked|got (?:us )?tickets|bought (?:us )?tickets|paid|is paying|treating us|making (?:tea|dinner|pizza|pancakes|lunch)|cooking|home)|(?:my|our) ${GROWN_UP} (?:knows|know|(?:said|says) (?:we|i|you and me|u and me) can)|(?:${WHOSE} )?${GROWN_UP} (?:said|says) (?:i|we) can (?:take|bring|invite|have) (?:one|a|1|only one) (?:friend|mate)|(?:she|he|they|(?:my|our) ${GROWN_UP})(?: will| ll| is going to| s going to| has| already)? (?:text|ring|call|phone|message|ask|texted|rang|called|phoned|messaged|asked) (?:your|ur) ${GROWN_UP}|(?:my|your|ur) birthday treat)\\b`
);

// A surprise or a present for a grown-up of the family: "its a surprise for mum, just you and me
// know", "just you and me are making her a cake for her birthday". (A present for the reader is a lure: secrecy.ts.)
const FOR_THE_FAMILY = new RegExp(
	`\\b(?:(?:for|4) (?:${WHOSE} )?${GROWN_UP}|(?:mums|dads|nans|grans|grandads|grandmas|her|his) (?:birthday|present|surprise|cake|card|party)|(?:making|make|made|get|getting|buy|buying|bake|baking) (?:her|him|${WHOSE} ${GROWN_UP}) (?:a|an|some))\\b`
);

// The school day, a school event, a club or a team: the two are partners inside a grown-up's activity.
const SCHOOL_OR_TEAM =
	/\b(?:school trip|the trip|minibus|sports day|at (?:break|lunch|lunchtime|playtime|school)|in class|our class|with (?:miss|sir|mrs [a-z]+|mr [a-z]+|ms [a-z]+|our teacher|the teacher)|(?:miss|sir|mrs [a-z]+|mr [a-z]+|ms [a-z]+|our teacher) (?:said|put|picked|chose)|partners?|pairs?|team|group|project|final|race|relay|quiz|spelling|test|competition|tournament|match|club|scouts|cubs|beavers|brownies|guides|rainbows|choir|assembly|nativity|concert|disco|the only (?:ones|two|people))\b/;

// Kept from the grown-ups: no outing clears it, and with the two of them alone it pages.
const KEPT_FROM_GROWN_UPS =
	/\b(?:(?:dont|do not|dnt|never) (?:tell|say (?:anything )?to|show|let) (?:your|ur|my|anyone|anybody|any1|the teachers?|miss|sir)|(?:dont|do not|dnt|never) (?:tell|say)(?= ok| okay| k| lol| pls| please| yeah|$)|tell (?:no one|noone|nobody|no1)|secret|(?:your|ur) (?:mum|dad|mom|mam|parents|mum and dad|family|nan|gran|carer)s? (?:doesnt|dont|does not|do not|dnt) (?:need|have|want) (?:to|2) (?:know|find out)|no need to tell (?:your|ur) (?:mum|dad|mom|parents|family)|(?:no one|nobody|noone) (?:else )?(?:knows|needs to know|has to know|can know|will know))\b/;
// What else no outing clears: the reader alone, a grown-up by age or by word, someone from online,
// messages hidden, a grown-up's own car.
const ALONE_OLDER_OR_HIDDEN =
	/\b(?:on (?:your|ur) own|by (?:yourself|urself)|alone|dont bring|(?:im|hes|shes|i am|he is|she is) (?:1[6-9]|[2-9][0-9])|online|from (?:snap|snapchat|insta|instagram|tiktok|roblox|fortnite|discord|a game)|delete|private|(?:a|the|this|that|some) (?:man|men|lady|woman|guy|bloke|stranger|grown up|adult)|(?:my|his|her|their) (?:car|van))\b/;

// The two as the subject of what they did or like, or a third after them: "only you and me got full marks".
// A cheap first test: some wording of the two of them.
const TWO_OF_US = /\b(?:you and me|u and me|between us two|us two|us 2|two of us|(?:you|u) n me|me (?:and|n) (?:you|u))\b/;

const NOT_THE_TWO_ALONE =
	'(?! (?:and|n|got|get|finished|left|remembered|passed|won|scored|were|are|r|was|did|had|have|like|liked|likes|love|loved|went|made|came|sat|know (?:the|how|what|where|which|who|it))\\b)';

// Lesson talk, safety advice, an exercise or a story tell of it, as for every grooming phrase.
const TOLD_OF = frames('lesson', 'advice', 'exercise', 'story');
const THANKS_OR_TOLD_OF = /\b(?:lesson|example|the villain|miss said|sir said|thank you|thanks|for being my (?:best )?friend|best friends?|bff)\b/;
const JUST_US_RULES: readonly PhraseRule[] = [
	{
		rule: 'grooming.flattery-secret',
		pattern: phrase(`(?:only|just) (?:you and me|u and me)${NOT_THE_TWO_ALONE}|(?:only|just) between us two`),
		unless: THANKS_OR_TOLD_OF,
		standsDownIn: TOLD_OF,
		needs: /only|just/
	}
];
// The two of them alone together in other words, read only beside silence kept from the grown-ups:
// "just us two at maccies saturday, dont tell ur mum and dad", "just u n me, ur parents dont need to know".
const KEPT_US_RULES: readonly PhraseRule[] = [
	{
		rule: 'grooming.flattery-secret',
		pattern: phrase(`just (?:us two|us 2|the two of us|you n me|u n me|me and you|me and u|me n you|me n u)`),
		unless: THANKS_OR_TOLD_OF,
		standsDownIn: TOLD_OF,
		needs: /just/
	}
];

/**
 * True when a grown-up of the family comes along or arranges it, a surprise is for them, or it is
 * school, a club or a team, and nothing else is wrong: a secret clears it only when it is a kind
 * surprise and the family is in on it or it is for them.
 */
export function isGrownUpsOuting(text: string): boolean {
	const family =
		FAMILY_ALONG.test(text) ||
		FAMILY_TAKES_US.test(text) ||
		FAMILY_FETCHES_READER.test(text) ||
		FAMILY_ARRANGED.test(text) ||
		(isKindSurprise(text) && FOR_THE_FAMILY.test(text));
	if (!(family || SCHOOL_OR_TEAM.test(text)) || ALONE_OLDER_OR_HIDDEN.test(text)) return false;
	return !KEPT_FROM_GROWN_UPS.test(text) || (family && isKindSurprise(text));
}

/**
 * grooming.flattery-secret for a bare "just you and me" said to the reader, where no grown-up's
 * outing, school or team, and no subject use clears it; or for "just us two" and its like beside
 * silence kept from the grown-ups, unless it keeps a kind surprise.
 */
export function findJustUs(view: WordView, speaking: Speaking): RawFinding[] {
	const text = view.text;
	if (!TWO_OF_US.test(text) || isGrownUpsOuting(text)) return [];
	const bare = matchPhrases(view, JUST_US_RULES, 'grooming', speaking);
	if (bare.length > 0 || !KEPT_FROM_GROWN_UPS.test(text) || isKindSurprise(text)) return bare;
	return matchPhrases(view, KEPT_US_RULES, 'grooming', speaking);
}
