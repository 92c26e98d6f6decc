// Signs of grooming: an older person testing and flattering a child, offering
// gifts, asking for pictures, moving the chat somewhere private. Owns rules:
// grooming.age (age questions with a grown-up's follow-up, "mature for your age"),
// grooming.flattery-secret (compliments paired with secrecy; a bare "just you and me" is read in
// just-us.ts), grooming.gift
// (gifts, money, game currency offered), grooming.photo (photos, what they are
// wearing), grooming.private-app ("let's talk on WhatsApp instead"), grooming.trust
// ("you can trust me", "I'm not like other adults"), grooming.alone (is anyone
// home, do your parents check your phone), grooming.bedroom (which room is yours,
// what they wear to bed), grooming.closeness ("you're the only one who understands
// me", "you can tell me anything, I won't judge you", "I'm a friend of your dad's"),
// grooming.boyfriend ("do you have a boyfriend yet?" with an age or "you should"),
// grooming.kiss ("have you ever kissed anyone"), grooming.fame ("I can make you famous"),
// grooming.mature-for ("so mature for a year 5"), the reported signs in grooming-signs.ts,
// and the pairings: affection or a compliment together with secrecy, an age
// question or a pet name anywhere in the same message.
// Each is held for the teacher and is urgent for the DSL, so every rule wants a
// phrase an adult would use, not a playground question: "how old is your dog"
// and "send me the homework" pass.

import { GROOMING_REPORTED_RULES } from './grooming-reported.js';
import { GROOMING_SIGN_RULES } from './grooming-signs.js';
import { FAMILY_NEWS } from './grooming-sideways.js';
import { findJustUs } from './just-us.js';
import { matchPhrases, phrase, YOU, YOURE, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import { frames, type Speaking } from './speaking.js';
import type { RawFinding } from './types.js';
import { markDoubtful } from './urgent-doubt.js';
import { findDrawnAway } from './grooming-drawn-away.js';
import { wholeMessage } from './whole-message.js';

// Lesson talk, safety advice, an exercise or a story tell of these same asks (speaking.ts), and
// so does a sentence with the word "lesson", an example or the villain near the ask.
const GROOMING_TOLD_OF = frames('lesson', 'advice', 'exercise', 'story');
const TOLD_OF_WORDS = /\b(?:lesson|example|the villain|miss said|sir said)\b/;
// A parent's, carer's or teacher's reassurance quoted by the child ("my mum always says you can
// tell me anything and i won't be cross", "my foster carer says you can trust me"): the words a
// groomer borrows, said by the grown-ups whose they are. Not an uncle, a cousin or mum's boyfriend,
// and not when the secret rules find a secret beside it.
const REASSURED_BY =
	/\b(?:my|our) (?:mum|mam|mom|mummy|dad|daddy|parents|mum and dad|nan|nana|gran|granny|grandma|grandad|grandpa|foster (?:carer|mum|dad|parents)|carer|teacher|class teacher)(?: always| keeps| often| sometimes)? (?:says|said|tells me|told me|tells us|told us)\b/;
const TOLD_OF_OR_REASSURED = new RegExp(`${TOLD_OF_WORDS.source}|${REASSURED_BY.source}`);
const PRIVATE_APP =
	'(?:snap ?chat|snap|whats ?app|whatsapp|insta(?:gram)?|kik|telegram|discord|signal|messenger|facetime|skype|tiktok|dms?|private chat|another app|a different app|somewhere else|somewhere private|private messages?|my (?:private |secret |other |2nd |second )?(?:number|account|server))';
// A number at the start of a prize: \d+, written as classes of four digits or fewer so the
// phrase index can read a match's first character (phrase-beginnings.ts; \d alone is too wide to read,
// and the whole rule was tried on every message).
const NUMBER = '(?:[0-3]|[4-7]|[89])\\d*';
// Things an adult offers to win a child over; an ordinary present needs a condition ("if you…").
const PRIZE = `(?:(?:a |an )?(?:£ ?\\d+|${NUMBER} (?:pound|quid)) (?:voucher|gift card|amazon voucher|steam card)|robux|vbucks|v bucks|gems|coins|skins?|a skin|money|cash|£ ?\\d+|${NUMBER} (?:pounds|quid)|a new phone|a phone|an iphone|an ipad|a gift card|gift cards|a voucher|vouchers|minecoins|a switch|a ps5|an xbox|battle pass|a battle pass)`;
const GIFT = `(?:${PRIZE}|a present|presents|a gift|gifts|sweets|a treat|treats|a game|games)`;

const RULES: readonly PhraseRule[] = [
	{
		rule: 'grooming.age',
		pattern: phrase(
			`(?:so |very |really |quite |well |dead |proper |pure |right )?(?:mature|grown up|grownup|old|clever|smart|sensible) for ${YOU}r age|(?:pretty|beautiful|gorgeous|sexy|hot|fit|cute|developed) for (?:a |an )?(?:\\d+ year old|\\d+|nine|ten|eleven|twelve|year [3-7]|yr [3-7]|(?:a )?kid|(?:a )?girl ${YOU}r age|(?:a )?boy ${YOU}r age)|(?:${YOU} (?:seem|look|act|sound|talk|are|r)|${YOURE}) (?:(?:so|very|really|much|way|a lot|loads) ){0,2}(?:older|more grown up|mature|more mature) than|${YOU} (?:look|looks|seem) older in ${YOU}r (?:pic|picture|photo|pics|pictures|photos|profile)|^(?:hey |hi |hiya |oi )?(?:how old (?:are|r) ${YOU}|whats ${YOU}r age|what age (?:are|r) ${YOU})(?: now| btw)?$|(?:forget|cant believe|cant tell) ${YOURE} (?:(?:only|just) (?:\\d+|nine|ten|eleven|twelve|a kid)|a kid|a child|so young)|${YOURE} (?:so |really |very |such a )?(?:mature|grown up)[a-z ]{0,30} (?:only|just) (?:\\d+|nine|ten|eleven|twelve)|how old (?:are|r) ${YOU} (?:really|actually|exactly|in real life|irl)|(?:asl|a s l)|what (?:age|year) (?:are|r) ${YOU} (?:really|actually)|${YOU} dont (?:look|seem|sound|type|talk|text|write|act) (?:\\d+|ten|eleven|nine|twelve|like (?:a|an) (?:kid|child|(?:\\d+|nine|ten|eleven|twelve) year old))|age is (?:just|only) a number|(?:im|i am) (?:actually |really |only )?(?:1[6-9]|[2-5][0-9]|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?: years old| yrs| yo)? (?:but|btw|and i (?:play|like|love|talk))|how old (?:are|r) ${YOU}(?: btw)?,? (?:i|im)(?: am)? (?:\\d\\d|a bit older|older|an adult|a grown up)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /age|than|old|asl|a s l|really|actually|look|seem|sound|only|just|pretty|beautiful|gorgeous|sexy|hot|fit|cute|developed|forget|im |i am /
	},
	{
		rule: 'grooming.private-app',
		pattern: phrase(
			`(?:lets|let us|we should|can we|shall we|we could|why dont we) (?:move|go|switch|talk|chat|speak)(?: to| on| onto| over to| over on) ${PRIVATE_APP}(?=[a-z ]{0,60}(?:teachers?|parents|mum|dad|read|see|watch|private|boring|nobody|no one|noone|secret|check))`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /teacher|parent|mum|dad|read|see|watch|private|boring|nobody|no one|noone|secret|check/
	},
	{
		rule: 'grooming.bedroom',
		pattern: phrase(
			`(?:which|what) (?:bed)?room is (?:yours|urs)|(?:do|have) ${YOU} (?:have|got) (?:a |an )?(?:tv|telly|lock|camera|computer|laptop|phone|ipad|tablet) in ${YOU}r (?:bed)?room|(?:a lock|a key) (?:on|for) ${YOU}r (?:bed)?(?:room )?door|(?:wear|wearing|sleep in|put on) (?:to|in|for|4|2) bed|what (?:do|does) ${YOU} (?:wear|sleep in)(?: at night| in bed)?`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /room|bed|wear|sleep/
	},
	{
		rule: 'grooming.closeness',
		pattern: phrase(
			`${YOURE} the only (?:one|person) (?:who|that) (?:really )?(?:understands|gets|listens to|cares about) me|i (?:think about|dream about|cant stop thinking about) ${YOU} (?:a lot|all the time|every day|loads|constantly|every night)|i know ${YOU} better than (?:your|ur|the|any)|${YOU} can (?:always )?tell me anything|i (?:wont|will not|would never|dont) judge ${YOU}|(?:im|i am) a (?:friend|mate|colleague) of (?:your|ur) (?:dad|mum|mom|parents|family|uncle|aunt)s?`
		),
		unless: TOLD_OF_OR_REASSURED,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /only|think|dream|know|tell me|judge|friend|mate|colleague/
	},
	{
		rule: 'grooming.boyfriend',
		pattern: phrase(
			`(?:do|have) ${YOU} (?:have|got) a (?:boyfriend|girlfriend|bf|gf) yet|(?:im|i am) (?:\\d+|ten|eleven|twelve|thirteen) (?:too|as well)[a-z ]{0,30} (?:girlfriend|boyfriend|gf|bf)|(?:girlfriend|boyfriend|gf|bf)[a-z ]{0,30} (?:im|i am) (?:\\d+|ten|eleven|twelve|thirteen) too`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /friend|bf|gf/
	},
	{
		rule: 'grooming.flattery-secret',
		pattern: phrase(
			`${YOURE} (?:so |really |very |the most )?(?:pretty|beautiful|gorgeous|cute|hot|sexy|special|lovely|fit|perfect|different)(?:[a-z ]{0,40}) (?:dont|do not|no need to) (?:tell|show)|(?:our|a) (?:special|little) (?:friendship|secret)|${YOURE} (?:my|our) (?:special|favourite|little) (?:girl|boy|friend|one)|${YOURE} (?:so |really |very )?special to me`
		),
		// Thanks between friends ("thank you for being my friend, you're special to me") is not an adult's flattery.
		unless: new RegExp(
			`\\b(?:lesson|example|the villain|miss said|sir said|thank you|thanks|for being my (?:best )?friend|best friends?|bff)\\b|${FAMILY_NEWS.source}`
		),
		standsDownIn: GROOMING_TOLD_OF,
		needs: /tell|show|special|little|favourite|only|just|between|secret/
	},
	{
		rule: 'grooming.gift',
		pattern: phrase(
			`(?:ill|i will|i can|i could|i ll|i wil|im going to|im gonna|i am going to|want me to|shall i|let me) (?:buy|get|give|send|gift) (?:${YOU} )?(?:some |free |lots of |a load of |loads of |\\d+ |a hundred |a thousand )?${PRIZE}(?! for (?:your|ur) birthday)|(?:free|want(?: some)?|do ${YOU} want) ${GIFT} (?:if|when|for) ${YOU}|(?:${PRIZE}|want \\d+)[a-z0-9 ]{0,30} (?:dont|do not|never) tell|(?:dont|do not|never) tell[a-z0-9 ]{0,30} (?:${PRIZE})|${GIFT} if ${YOU} (?:send|show|add|tell|meet|come|do)|if ${YOU} (?:do|did) (?:something|a favour|me a favour|some(?:thing)? for me|what i (?:say|ask))|i(?:ve| have) got (?:a |an |some )?(?:present|presents|surprise|gift|something) for ${YOU}[a-z ]{0,40} (?:next time i see ${YOU}|when i see ${YOU}|when we meet|dont tell|our secret|if ${YOU})`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /buy|get|give|send|gift|free|want|robux|bucks|money|cash|pound|quid|present|tell|favour|something|surprise/
	},
	{
		rule: 'grooming.photo',
		pattern: phrase(
			`(?:send|show|give) (?:me )?(?:a |some |another |more )?(?:photo|photos|pic|pics|picture|pictures|pik|piks|selfie|selfies|vid|video|videos)(?: of ${YOU}(?:rself|r self|r face|r body)?| in ${YOU}r| without| wearing| just for me| for me|(?: [a-z]+){0,6} (?:(?:a |be a )?model(?! (?:of|volcano|car|plane|boat|house|village|castle|ship|train|rocket|heart|eye|ear|solar))|modelling|modeling|famous|a star|an influencer)(?<!(?:science|lego|clay|junk|class|our|my|your|ur|his|her|the) model))|(?:talent scout|model(?:ling)? agency|modeling agency|scout for)(?: [a-z]+){0,8} (?:photos?|pics?|pictures?|selfies?)|send (?:me )?(?:one|some|a few|more) of ${YOU}(?:rself)? (?:in|without|wearing)|send (?:me )?(?:a )?selfie|(?:what|wat|wot|wut) (?:are|r) ${YOU} wearing(?! (?:for|to|on|at|tomorrow|today|next|this))|what ${YOU} wearing(?! (?:for|to|on|at|tomorrow|today|next|this))|show me what ${YOURE} wearing(?! (?:for|to|on|at|tomorrow|next))|show me (?:your|ur) (?:bedroom|room|body|face|feet|legs|pyjamas|bed)(?! (?:tidy|design|drawing|picture|model|plan))|(?:turn|put) (?:on )?(?:your|ur) (?:camera|cam)(?: on)?|(?:show|let) me see (?:you|u|your|ur)(?! (?:drawing|work|picture|lego|model|homework|story|book))|take (?:a |some )?(?:photos?|pics?) (?:of ${YOU}rself|in ${YOU}r)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /photo|pic|selfie|vid|wearing|cam|show|see|take|of (?:you|u)/
	},
	{
		rule: 'grooming.private-app',
		pattern: phrase(
			`(?:lets|let us|we should|can we|shall we|we could|why dont we|come|move|go|talk|chat|message me|text me|add me) (?:talk |chat |go |move |speak )?(?:on|to|in|over on|onto|over to) ${PRIVATE_APP}(?: instead| its (?:more )?private| where (?:no one|nobody) can see| so (?:no one|nobody|your|ur|teachers?))|(?:this|here) (?:isnt|is not|aint) private|(?:lets|let us|we can|we could|shall we) (?:text|message|msg|call|ring|facetime|video call|chat|talk)(?: on the phone| on (?:your|ur) phone)? instead|(?:teachers?|grown ups|adults|they|your parents|ur parents) (?:can|cant|could|will|wont) (?:see|read) (?:this|these|our) (?:chat|messages?)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF
	},
	{
		rule: 'grooming.trust',
		pattern: phrase(
			`${YOU} can (?:always )?trust me(?! to )|i (?:wont|will not|would never|promise not to) tell (?:your|ur) (?:parents|mum|mom|dad|teachers?|family|carer)|trust me,? i (?:wont|will not|would never) tell|im not like (?:other|the other|most) (?:adults|grown ups|people|teachers)|(?:i|only i) (?:understand|get) ${YOU} (?:better )?(?:than|more than|like no one|like nobody)|(?:your|ur) (?:parents|mum|dad|teachers?) (?:dont|do not|wont|will not) (?:understand|get) ${YOU}(?: like i do)?|i(?: am|m) ${YOU}r (?:real |only |best |secret |special )?friend not (?:them|like)|(?:no one|nobody) (?:else )?(?:has|needs) to know about (?:us|this|our)`
		),
		unless: TOLD_OF_OR_REASSURED,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /trust|tell|like|understand|get|friend|know/
	},
	{
		// An adult's measure of a child against their year or age, not a friend's "mature for my age".
		rule: 'grooming.age',
		pattern: phrase(
			`(?:${YOURE}|ur|your|${YOU} (?:are|r|seem|look|act|sound|talk)) (?:so |very |really |quite |well |super |soo+ |dead |proper |pure |right )?(?:mature|grown up|grownup|developed) for (?:a |an )?(?:\\d+ year old|\\d+|eight|nine|ten|eleven|twelve|year [3-7]|yr [3-7]|y[3-7]|kid|girl|boy|child|primary (?:school )?(?:kid|girl|boy))`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /mature|grown|developed/
	},
	{
		rule: 'grooming.kiss',
		pattern: phrase(
			`(?:have|did|has) ${YOU} (?:ever )?(?:kissed|snogged|french kissed) (?:anyone|anybody|someone|a boy|a girl|before)|${YOU} (?:ever )?been kissed|(?:do|would) ${YOU} (?:want|wanna|like) (?:to )?(?:kiss|snog) me|(?:can|could|will) i (?:kiss|snog) ${YOU}|have ${YOU} (?:ever )?had a (?:kiss|snog)`
		),
		unless: /\b(?:frog|frogs|story|lesson|nan|grandma|granny|grandad|mum|dad|baby|puppy|dog|cat|fairy tale|princess and the|film|movie)\b/,
		needs: /kiss|snog/
	},
	{
		rule: 'grooming.fame',
		pattern: phrase(
			`(?:i|we) (?:can|could|will|ll|would) make ${YOU} (?:famous|a (?:model|star|youtuber|youtube star|tiktok star|celebrity|singer)(?! (?:out of|from|with|shape))|an influencer|rich|popular)|(?:i|we) (?:work for|run|own|am from|m from) (?:a )?(?:model(?:ling)?|modeling|talent) (?:agency|company|scout)|(?:i used to be|im|i am) (?:a |an )?(?:talent scout|model scout|modelling agent|photographer)[a-z ]{0,30} ${YOU}`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /make|agency|company|scout|agent|photographer/
	},
	{
		// Only the adult knows the child, or the child should talk somewhere the grown-ups cannot see.
		rule: 'grooming.trust',
		pattern: phrase(
			`only i (?:really |truly )?(?:understand|get|know|care about|listen to) ${YOU}|(?:no one|nobody|noone) (?:else )?(?:understands|gets|cares about|loves|listens to) ${YOU} (?:like|the way) (?:i do|me)|(?:im|i am) the only one who (?:really )?(?:understands|gets|cares about|listens to) ${YOU}|(?:text|message|msg|call|ring|add|dm|find) me on my (?:private|secret) (?:number|phone|account|insta|snap|page)|(?:text|message|msg|call|ring) me on my other (?:number|phone) (?:so (?:nobody|no one|noone|they|your|ur)|dont tell|instead)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /only|like|way|private|secret|other/
	},
	{
		rule: 'grooming.alone',
		pattern: phrase(
			`are ${YOU} (?:home alone|on ${YOU}r own(?: at home)?|by ${YOU}rself|alone(?: right now| now| at home| in (?:your|ur) room)?)|(?:is|are) (?:your|ur) (?:mum (?:and|n|or) dad|mum|dad|parents|mom|family) (?:home|in|out|there|around|watching|nearby)(?! (?:for|with) (?:tea|dinner|the party|christmas|the holidays))|^(?:your|ur) (?:mum|dad|parents|mom) (?:home|in|out)$|(?:when|what time) (?:is|are|do|does) (?:your|ur) (?:mum|dad|parents|mom|family) (?:out|away|at work|go out|leave|go to bed|go to sleep|fall asleep)|(?:do|does) (?:your|ur) (?:mum|dad|parents|mom) (?:check|look at|read|see) (?:your|ur) (?:phone|tablet|ipad|messages|chats)|is (?:anyone|any1|anybody) (?:else )?(?:home|with ${YOU}|in (?:your|ur) room)|where (?:do|does) ${YOU} sleep|(?:which|what) (?:is )?(?:your|ur) bedroom`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: GROOMING_TOLD_OF,
		needs: /alone|own|self|mum|dad|parent|mom|family|anyone|any1|anybody|sleep|bedroom/
	},
	...GROOMING_SIGN_RULES
];

// Pairings anywhere in one message: warmth or a compliment with secrecy, an age
// question or a pet name; on its own each is ordinary between classmates.
const WARMTH = new RegExp(
	`\\b(?:i love (?:talking|chatting|speaking) to ${YOU}|(?:${YOURE}|ur) (?:my )?(?:favourite|special)|(?:${YOURE}|ur) (?:so |really |very |such a |dead |proper |well |pure )?(?:pretty|beautiful|gorgeous|stunning|cute|hot|sexy|mature|grown up)|(?:our|these) (?:chats|talks|messages) are (?:special|private|ours)|hey (?:sweetie|sweetheart|cutie|gorgeous|beautiful|babe|darling|princess|hun)|(?:ok|okay|k|thanks|thank you|night|nite|bye|love you|good girl|good boy) (?:sweetie|sweetheart|cutie|babe|darling|princess|hun|angel|baby girl|gorgeous)|(?:sweetie|sweetheart|cutie|babe|darling|princess|hun|baby girl)$)\\b`
);
const PAIRED_WITH = new RegExp(
	`\\b(?:dont tell|do not tell|not tell|wont tell|dont show|doesnt know|dont know about|dont let|delete|deleat|secret|between us|nobody needs to know|doesnt get upset|has anyone (?:ever )?told ${YOU}|anyone ever told ${YOU}|how old|whats ${YOU}r age|what age|what year (?:are|r) ${YOU} in|boyfriend|girlfriend|send (?:me )?(?:a )?(?:pic|photo|selfie|picture))\\b`
);
// A pairing is read across the whole message, so any story, film or book in it is enough, and
// so is the start of a safety rule ("if someone...").
const PAIR_TOLD_OF = frames('lesson', 'story');
const PAIR_STORY_WORD = /\b(?:lesson|story|character|film|book|panto|if (?:someone|anyone|a stranger))\b/;

/** Phrases an adult uses to draw a child in. */
export function findGrooming(view: WordView, speaking: Speaking): RawFinding[] {
	const found = matchPhrases(view, RULES, 'grooming', speaking);
	// A second list: one list holds at most 31 rules (a bit each in the phrase index).
	if (found.length === 0) found.push(...matchPhrases(view, GROOMING_REPORTED_RULES, 'grooming', speaking));
	// A bare "just you and me", only where no grown-up's outing, school or team clears it (just-us.ts).
	if (found.length === 0) found.push(...findJustUs(view, speaking));
	// Told as what "he" does to draw the child away from the family (grooming-drawn-away.ts).
	if (found.length === 0) found.push(...findDrawnAway(view, speaking));
	const text = view.text;
	if (found.length === 0 && WARMTH.test(text) && PAIRED_WITH.test(text) && !speaking.inAny(PAIR_TOLD_OF) && !PAIR_STORY_WORD.test(text)) {
		found.push(wholeMessage(view, 'grooming', 'grooming.flattery-secret'));
	}
	return markDoubtful(found, text);
}
