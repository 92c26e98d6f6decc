// Grooming told by the child as what "he" does to draw them away from their family, in the
// shapes the phrase lists do not hold. Adds to rules:
//   grooming.closeness — someone from a game or online turning the child against their parents
//     ("he says my mum and dad don't understand me like he does", "if i really loved him i'd stop
//     listening to her"), or who is "the only one who gets me";
//   grooming.gift — a gift that leaves a debt ("he sent me robux and said i owe him now");
//   grooming.trust — a lie or a false age asked for ("he wants me to use a fake birthday so it lets
//     me on", "i told mum i won it in a competition because he said to", "pretend he's my cousin
//     so my mum doesn't ask");
//   grooming.private-app — a move to another app with a reason to hide it ("he said to come on
//     whatsapp and not tell my parents", the app "with disappearing messages", "not on the family
//     computer, just on your tablet in your room");
//   grooming.alone — someone online asking where the child lives or plays, their age and real
//     name, or whether a parent comes with them;
//   grooming.photo — a question about underwear, or rude pictures or jokes sent to the child.
// Each reading needs someone from outside the family (a game, an app, "online", a man or a lady,
// or the "like he does" of the words themselves); a message that starts with the family doing it,
// lesson talk, a story and an exercise pass, as the other grooming lists do.

import type { WordView } from './normalise.js';
import { frames, type Speaking } from './speaking.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const TOLD_OF = frames('lesson', 'exercise', 'story', 'advice');
const TOLD_OF_WORDS = /\b(?:lesson|example|the villain|miss said|sir said|in the story|the character|if (?:someone|anyone|a stranger|a grown up))\b/;
const FAMILY_START =
	/^(?:my|our|me) (?:mum|mam|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunty|uncle|sister|brother|cousin|step ?mum|step ?dad)\b/;

// Someone outside the family: met in a game or online, or a grown-up the child names as a stranger.
const OUTSIDER =
	/\b(?:online|on here|on (?:roblox|fortnite|minecraft|discord|snap ?chat|tik ?tok|insta(?:gram)?|whats ?app|youtube|twitch|xbox|ps5|playstation|the game|the app|animal crossing)|roblox|fortnite|minecraft|discord|gaming|(?:a|the|this|some) (?:game|app)|(?:game|gaming|online|xbox|playstation|ps5|switch|roblox|fortnite|minecraft|discord|tiktok|snap ?chat) (?:friend|mate|buddy|pal)s?|from the game|a (?:man|lady|woman|guy|lad|grown up|stranger|person) (?:i|who|from|on|in)|(?:the|this|a|some) (?:man|lady|woman|guy|lad|stranger)|people|ppl|someone|somebody|(?:hes|shes|he is|she is) (?:1[5-9]|[2-5]\d|older|a grown up|an adult))\b/;
const PARENT = '(?:mum|mam|mom|mummy|dad|daddy|parents|mum and dad|mum n dad|family|nan|carer|foster carer)';
const THIRD = '(?:he|she|they|him|her|them)';

// Turning the child against the parents, or being the only one who understands them. Said of a
// parent by anyone it may be a sibling's or a friend's grumble, so it needs the outsider.
const AGAINST_PARENTS = new RegExp(
	`\\b(?:says|said|tells me|told me|keeps saying|thinks|reckons)(?: that)? (?:my|me|ur|your) ${PARENT} (?:dont|doesnt|do not|does not|never|wont|cant|dont even|doesnt even) (?:really |even |actually )?(?:love|understand|get|care about|care|listen to|trust|deserve|want) (?:me|you|u)\\b|\\b(?:says|said|tells me|told me|keeps saying)(?: that)? (?:my|ur|your) ${PARENT} (?:is|are|was|were|s) (?:just |only )?(?:too strict|so strict|way too strict|mean to (?:me|you)|jealous)|\\bis the only (?:one|person)(?: [a-z]+){0,2} (?:who|that) (?:really |actually )?(?:gets|understands|loves|cares about|listens to) me\\b`
);
// Strong on its own: love for him set against obeying the parents, or the parents called controlling.
const LOVE_OVER_PARENTS = new RegExp(
	`\\bif (?:i|you|u) (?:really |actually |truly )?(?:loved|liked|trusted|cared about) ${THIRD}\\b[a-z ]{0,40}\\b(?:i|you|u)(?: would| d|d) (?:stop|not|send|do|delete|come|meet|tell|leave)|\\b(?:hes|shes|he is|she is|theyre|they are) the only (?:one|person)(?: [a-z]+){0,2} (?:who|that) (?:really |actually )?(?:gets|understands|loves|cares about|listens to) me\\b|\\b(?:understand|understands|gets|get|loves|love|cares about) me (?:like|the way|better than) (?:he|she|they) (?:does|do|can)\\b|\\bstop listening to (?:my |me )?(?:mum|mam|mom|dad|parents|her|him|them)\\b|\\b(?:says|said|tells me|told me|keeps saying)(?: that)? (?:my|ur|your) ${PARENT} (?:is|are|s) (?:just |only )?(?:trying to control|controlling)`
);

// A gift that leaves the child owing.
const GIFTED =
	/\b(?:sent|gave|gifted|gifts|bought|buys|got|sends|gives) me\b[a-z0-9 ]{0,40}\b(?:robux|vbucks|v bucks|v bux|vbux|skins?|gems|coins|minecoins|gift ?cards?|vouchers?|battle ?pass|money|cash|airpods|a phone|an iphone|a present|presents|a game|games|emotes?)\b|\bfree (?:robux|vbucks|v bucks|v bux|vbux|skins?|gems|coins|gift ?cards?|battle ?pass)\b/;
// A present promised for something the child tells, sends or does: "she'd send me a puppy if i tell her my address".
const GIFT_IF = /\b(?:send|give|buy|get|gift)(?:s|ing)? me\b[a-z0-9 ]{0,40}\bif i (?:tell|send|give|show|meet|add|come|do|video|call|turn)\b/;
const OWING = new RegExp(
	`\\b(?:i owe ${THIRD}|owe ${THIRD} (?:one|a favour|something|now|back)|pay ${THIRD} back|(?:wants|want|wanted|asked for|asks for) something (?:back|in return)|in return|(?:do|does|did) (?:him|her|them) a favour)\\b`
);

// A lie or a false age asked for by the outsider.
const FALSE_AGE =
	/\b(?:said|says|told me|tells me|wants me|wanted me|asked me|keeps asking me|said i should|says i should)\b(?: [a-z]+){0,14} (?:a fake (?:age|birthday|b ?day|bday|date of birth|dob)|fake (?:my|ur|your) (?:age|birthday)|lie about (?:my|ur|your) age|(?:say|pretend) (?:im|i am|ur|youre|you are) (?:13|14|15|16|thirteen|fourteen|fifteen|sixteen|older))\b/;
const LIE_FOR_THEM = new RegExp(
	`\\bif i (?:tell|told) (?:my |me )?(?:${PARENT}|anyone|anybody|a teacher)\\b[a-z ]{0,20}\\b(?:he|she|they)(?:ll| will| would|d) (?:be|get|feel) (?:so |really |very )?(?:sad|upset|angry|cross|hurt|in trouble)\\b|\\bi (?:told|tell|said to) (?:my )?${PARENT}\\b[a-z ]{0,50}\\b(?:because|cos|coz|cause|cuz|as) ${THIRD} (?:said to|told me to|asked me to|wanted me to|said i should|said i had to)\\b|\\bpretend (?:hes|shes|he is|she is|theyre|they are) (?:my|a|me) (?:cousin|uncle|auntie|aunty|brother|sister|friend|family friend|mates dad|friends dad|friends mum|tutor|coach)\\b[a-z ]{0,40}\\bso (?:my )?(?:${PARENT}|nobody|no one|noone)`
);

// A move to another app, with a reason that hides it.
const MOVE_APP =
	/\b(?:said|says|wants|wanted|told me|tells me|asked|asks|keeps asking)(?: me)?(?: to)? (?:come|go|move|talk|chat|text|message|speak|add (?:him|her|them)|get|join)(?: him| her| them)?(?: on| to| onto| over to| over on| instead on)? (?:whats ?app|snap ?chat|snap|insta(?:gram)?|kik|telegram|discord|signal|another app|a different app|the other (?:one|app)|his number|her number|a private|private)\b|\b(?:add|message|text|find|follow|dm) me on (?:the other|another|a different|my other|my private|my second)\b|\b(?:text|message|call|ring|add) (?:him|her|them|me) instead\b|\blets (?:go|move|talk|chat) (?:to|on|onto) (?:the |a )?(?:[a-z]+ )?app\b/;
const HIDING_REASON =
	/\b(?:instead|better for us|safer for us|private|just us|only us|us two|nobody|no one|noone|not tell|dont tell|without (?:my|ur|your)|disappearing|fake|secret|(?:mums?|dads?|parents) (?:dont|doesnt|wont|cant|never) (?:check|read|see|look)|(?:mums?|dads?|parents|nobodys mum) (?:check|checks|read|reads|see|sees))\b/;
const VANISHING_MESSAGES =
	/\b(?:(?:disappearing|vanishing|self destructing) (?:messages|chats?|mode)|messages (?:that )?(?:disappear|vanish|delete themselves))\b/;
const HIDDEN_DEVICE =
	/\b(?:not|dont|do not|never) (?:use|put (?:it|the app|the game|this)|go|talk|chat) on the family (?:computer|laptop|ipad|tablet|pc)\b|\bjust on (?:your|ur|my) (?:own )?(?:tablet|phone|ipad|laptop) in (?:your|ur|my) (?:bed)?room\b/;

// Where the child lives or plays, their age and real name, or whether a parent comes along.
const ASKS_WHEREABOUTS =
	/\b(?:asks|asked|asking|keeps asking|kept asking|always asks|ask|wants to know|wanted to know)(?: me)?(?: [a-z]+){0,2} (?:where i live|where my house is|what (?:street|road|town|area) i live|what (?:park|school|club|shop) i go to|which (?:park|school|club) i go to|what time i (?:walk|get|go) home|how old i am|my age|my real name|my address|my school|what i look like)\b|\bhow (?:he|she|they) (?:knows|knew|found out|got|has got) (?:my address|where i live|my school|what school i go to|where i go to school)\b/;
// Whether a parent comes along, asked as the plan is made: strong without the outsider.
const ASKS_IF_PARENT_COMES =
	/\b(?:asks|asked|asking|keeps asking|wants to know|wanted to know)\b(?: [a-z]+){0,8} if my (?:mum|mam|mom|dad|parents|nan) (?:comes?|goes|is|are|will be) (?:with me|there|too)\b/;
// A question about the child's underwear or body, or rude pictures sent to them.
const BODY_ASK =
	/\b(?:asks|asked|asking|keeps asking|wants to know|wanted to know)(?: me)? (?:if|whether|what|what colour|which) (?:i wear|i have|ive got|my) (?:a |any )?(?:bra|bras|underwear|knickers|pants|boxers|bikini)\b|\b(?:sent|sends|showed|shows|keeps sending) me (?:a |some |this |these |loads of )?(?:rude|dirty|naughty|inappropriate|grown up|adult|private|sexy) (?:pics?|photos?|pictures?|videos?|vids?|jokes?|stuff|things|messages?|memes?)\b/;

// Flattery that puts the child among older people: "too clever to be in year 5", "you should hang out with older people like him".
const OLDER_COMPANY =
	/\btoo (?:clever|mature|grown up|smart|old|cool) (?:to be|for) (?:in )?(?:year [1-6]|yr [1-6]|y[1-6]|primary|(?:your|ur|my) (?:class|year)|kids (?:your|ur|my) age)\b|\b(?:should|could|ought to) (?:be )?(?:hang(?:ing)? out|hang(?:ing)? around|be friends|be mates|go out) with older (?:people|kids|friends|boys|girls|lads)\b/;
const HE_SAID = /\b(?:he|she|they) (?:says|said|told me|tells me|thinks|reckons)\b/;

// One cheap test before the readings: every one of them has one of these words.
const NEEDS =
	/\b(?:says|said|tells|told|thinks|reckons|loved|liked|trusted|only|understand|understands|listening|owe|if|too|older|how|return|favour|fake|lie|pretend|wants|wanted|asked|asks|asking|ask|add|message|text|find|follow|dm|disappearing|vanishing|disappear|vanish|family|just on|sent|sends|sending|showed|shows)\b/;

/** Grooming that draws a child away from their family, told as what "he" does. */
export function findDrawnAway(view: WordView, speaking: Speaking): RawFinding[] {
	const text = view.text;
	if (!NEEDS.test(text) || FAMILY_START.test(text) || TOLD_OF_WORDS.test(text) || speaking.inAny(TOLD_OF)) return [];
	const outsider = OUTSIDER.test(text);
	const rule = readingOf(text, outsider);
	return rule === null ? [] : [wholeMessage(view, 'grooming', rule)];
}

function readingOf(text: string, outsider: boolean): string | null {
	if (BODY_ASK.test(text) && outsider) return 'grooming.photo';
	if (BODY_ASK.test(text) && (outsider || /\bhe (?:asks|asked|keeps asking|wants to know|wanted to know|sent|sends|showed|shows)\b/.test(text)))
		return 'grooming.photo';
	if (LOVE_OVER_PARENTS.test(text) || (AGAINST_PARENTS.test(text) && outsider)) return 'grooming.closeness';
	if ((GIFTED.test(text) && OWING.test(text)) || (GIFT_IF.test(text) && outsider)) return 'grooming.gift';
	if (OLDER_COMPANY.test(text) && HE_SAID.test(text)) return 'grooming.age';
	if (FALSE_AGE.test(text) || LIE_FOR_THEM.test(text)) return 'grooming.trust';
	if (
		(MOVE_APP.test(text) && HIDING_REASON.test(text)) ||
		(VANISHING_MESSAGES.test(text) && /\b(?:he|she|they|us|him|her)\b/.test(text)) ||
		HIDDEN_DEVICE.test(text)
	)
		return 'grooming.private-app';
	if ((ASKS_WHEREABOUTS.test(text) && outsider) || ASKS_IF_PARENT_COMES.test(text)) return 'grooming.alone';
	return null;
}
