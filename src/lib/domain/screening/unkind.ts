// Unkind phrases for a teacher to judge. Owns rules: unkind.insult ("you're
// stupid"), unkind.exclusion ("nobody likes you", "we're not inviting you"),
// unkind.hate ("I hate you"), unkind.identity ("go back to your own country"),
// unkind.family ("your mum is fat"), unkind.wish-harm ("kill yourself": bullying,
// not a child's own self-harm, which selfharm.ts owns). Threats are threat.ts's.
// unkind.looks (mocking glasses, hair, clothes), unkind.threat-from-others (added
// by threat.ts beside threat.sender: "my brother will get you" is bullying too),
// and pairings anywhere in one message: a third-person insult with leaving
// someone out ("don't invite her, she's weird and she smells"), an insult word
// thrown at the reader at the end ("…your party loser") or repeated.
// Version 3.2 adds plain wordings: "go back to where you came from", a family mocked for
// a job or for being poor ("your mum is a cleaner lol how embarrassing"), dress or food
// mocked ("why do you wear that thing on your head"), "not allowed in our game",
// "rubbish just like you", superlatives ("the ugliest person in the class"), "stop
// crying you big baby".
// Phrases aim at a person: "I hate broccoli" and "this maths is stupid" pass.

import { matchPhrases, phrase, YOU, YOURE, type PhraseRule, wordTest } from './phrases.js';
import type { WordView } from './normalise.js';
import { frames, type Speaking } from './speaking.js';
import { TAUNT_RULES } from './unkind-taunts.js';
import { DENIAL } from './unkind-denied.js';
import { PUT_DOWN_RULES } from './unkind-put-downs.js';
import { GANGING_UP_RULES } from './unkind-ganging-up.js';
import { LEFT_OUT_RULES } from './unkind-left-out.js';
import { teasedFondly, toldToAGrownUp } from './unkind-banter.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const INSULT =
	'(?:stupid|stoopid|stupit|dumb|dum|thick|ugly|ugli|fat|fatty|smelly|stinky|useless|pathetic|weird|a weirdo|weirdo|a loser|loser|a looser|looser|an idiot|idiot|a moron|moron|a freak|freak|a baby|a crybaby|crybaby|a nerd|rubbish|a muppet|muppet|an ugly|disgusting|gross|horrible|a pig|a fat pig|a cow|a dog|a div|div|worthless|nothing|a nobody|a waste of space|a mistake|a tramp|poor|a retard|dirty|annoying)';
const NOUN = '(?:idiot|loser|looser|freak|moron|muppet|weirdo|div|fatso|fatty|pig|cow|nerd|crybaby|tramp|stinker|dummy|numpty|plonker|wally|four eyes|goofy)';

// "your"/"ur" often stand for "you're", but "your fat cat" is kind: after these the
// insult must end the phrase or lead into more name-calling.
const INSULT_ENDS = '(?= (?:and|n|lol|haha|so|too|idiot|loser|freak|face|head|boy|girl|kid|person|because|cos|coz|innit|mate|bro|nobody|no one|go|get)\\b|$)';

// Leaving someone out for a reason that is not about them: the bell, a full team.
const NOT_EXCLUDING = /\b(?:now|today) (?:because|cos)|\b(?:bell|yet|until|till|because the|cos the|wet play|its full|is full|not true|isnt true)\b/;
// An insult denied just before it ("nobody thinks you're weird", "don't say you're stupid") is kindness.
const INSULT_DENIED = `(?<!${DENIAL} (?:that )?)`;
// "We want you in our group" is an invitation; the exclusion rule below reads "we … want you" with or without "not".
const WELCOMED = /\b(?:we|we all|everyone|we really) (?:want|would like) (?:you|u) (?:in|on|to (?:join|play|come|be))\b/;

const NAMED =
	'(?:idiot|loser|looser|freak|moron|muppet|weirdo|div|fatso|fatty|pig|cow|nerd|crybaby|baby|tramp|dummy|numpty|plonker|wally|failure|joke|disgrace|mistake|nobody|waste of space|retard)';
const LOOKS = '(?:hair|clothes|shoes|glasses|face|teeth|nose|ears|bag|coat|trainers|lunch|uniform|jumper|voice|laugh)';

const RULES: readonly PhraseRule[] = [
	{
		rule: 'unkind.insult',
		pattern: phrase(
			`(?:your|ur|ya|yor) (?:such |just |proper |a proper |an absolute |a total )?(?:a|an) (?:(?:big|little|fat|ugly|stupid|smelly|massive|total|absolute|dirty|weird) )?${NAMED}|(?:your|ur) (?:so|such a|really|well|proper) ${INSULT}|(?:ew+|yuck|urgh|ugh) (?:dont|do not) (?:touch|sit next to|come near) me`
		)
	},
	{
		rule: 'unkind.looks',
		pattern: phrase(
			`look at (?:her|his|your|ur|their|him|them) ${LOOKS}|(?:your|ur|her|his) ${LOOKS} (?:looks?|is|are) like (?:a|an|something)|(?:with|and) (?:your|ur|her|his) (?:weird|stupid|ugly|smelly|massive|big|fat|goofy|funny|disgusting|horrible|cheap|old) ${LOOKS}`
		),
		needs: /look|with|and/
	},
	{
		rule: 'unkind.family',
		pattern: phrase(
			`(?:your|ur) (?:real )?(?:mum|dad|mom|parents|brother)s? (?:is |are |s )?in (?:prison|jail)|(?:your|ur) (?:dad|mum|mom) left (?:cos|because|coz|cuz) of ${YOU}|wheres (?:your|ur) (?:real )?(?:mum|dad|mom)|${YOU} (?:havent|havnt|have not|haven t|dont have|do not have|aint) got (?:one|a (?:mum|dad|mom|real (?:mum|dad|family)))|not a real (?:family|mum|dad|brother|sister)|${YOURE} adopted|(?:ha ha|haha|hahaha|lol|lmao) (?:your|ur) (?:mum|dad|mom|nan|family|brother|sister) (?:is|s|are|works|has) (?:a|an|on|so|poor|fat|old|only)`
		),
		needs: /mum|dad|mom|parent|brother|sister|family|nan|got one|adopted/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`${YOU}(?:re| are| r)? (?:out of|kicked out of|not in|banned from) (?:the|our|my) (?:club|group|gang|team|game|chat|group chat)|(?:ur|your|youre|you are|u r|you r) not in it|(?:nobody|no one|noone) (?:is going to|will|gonna|is gonna|wants to) (?:come to|go to) ${YOU}r (?:party|house|birthday)|(?:i|we) (?:wish|hope) ${YOU} (?:would |will |wd )?(?:move (?:schools|school|away)|leave|left|go away|went away|werent here|were not here|never came|get expelled)|(?:they all|everyone|every1|everybody|the whole class) (?:laughed|laughs|is laughing|were laughing|was laughing) at ${YOU}|(?:we all|everyone) voted`
		),
		unless: NOT_EXCLUDING
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`${YOU} only (?:got|get|were|was) (?:picked|chosen|in the team|invited|the part) (?:cos|because|coz|cuz)|(?:everyone|they|the teacher|miss|sir) (?:only )?feels? sorry for ${YOU}`
		),
		needs: /only|sorry/
	},
	{
		rule: 'unkind.identity',
		pattern: phrase(`(?:cant|can not|cannot|can t) (?:speak|talk|read) (?:english|properly)(?=[a-z ]*$)`),
		unless: /\b(?:my|our|his|her) (?:nan|gran|grandma|grandad|mum|dad|cousin|baby)\b|\b(?:learning|help|helping|translate|new to)\b/,
		needs: /english|properly/
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(`${INSULT_DENIED}${YOURE} (?:so |such |really |very |well |proper |just |a |an |an absolute |the most |such a |soo+ )?${INSULT}`),
		unless: /\b(?:not|arent|isnt|never) (?:so |a |an )?(?:stupid|dumb|ugly|fat|useless|weird|a loser|an idiot)\b/
	},
	{ rule: 'unkind.insult', pattern: phrase(`(?:your|ur|ya|yor) (?:so |such |really |very |well |proper |just |a |an |such a )?${INSULT}${INSULT_ENDS}`) },
	{
		rule: 'unkind.insult',
		pattern: phrase(`(?:${YOU}|shut up|go away|get lost|bye) (?:(?:stupid|fat|ugly|smelly|little|big|dumb|silly) )?${NOUN}s?`),
		unless: /\b(?:thank|love|miss) (?:you|u)\b/
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(`${YOU} (?:smell|stink|smel|stinks|smells)|(?:go away|get lost|shut up|nobody asked)(?: ${YOU})? (?:loser|idiot|freak|weirdo|looser)`),
		unless:
			/\b(?:can|could|do|did|will|would|if|when) (?:you|u) (?:smell|stink)|(?:smell|smells) (?:nice|lovely|good|great|amazing|like (?:flowers|roses|strawberries))/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:nobody|no one|noone|no1) (?:likes|wants|loves|cares about) ${YOU}|(?:everyone|every1|everybody|the whole class) (?:hates|h8s) ${YOU}|${YOU} (?:have|got|ve got|have got) no (?:friends|mates)|(?:nobody|no one|noone) wants to (?:play|sit|be friends) with ${YOU}|${YOU} (?:cant|can not|cannot) (?:play|sit|come) with us|(?:${YOU}(?:re| are| r)?|your|ur) not (?:my friend|our friend|my mate|my best friend|invited|allowed to play)(?: (?:anymore|any more))?|(?:go|get) away (?:nobody|no one) wants ${YOU}|${YOU} (?:dont|do not) belong here|everyone (?:laughs|laughed) at ${YOU}`
		),
		unless: NOT_EXCLUDING,
		needs: /like|want|hate|h8|love|care|friend|mate|play|sit|come|invit|belong|laugh/
	},
	{ rule: 'unkind.insult', pattern: phrase(`(?:stupid|ugly|fat|dumb|smelly|thick) (?:idiot|loser|looser|freak|pig|cow|moron|weirdo|baby)`) },
	{
		rule: 'unkind.hate',
		pattern: phrase(
			`i (?:hate|h8|detest|cant stand) ${YOU}|(?:we|we all|we both|all of us) (?:hate|h8|detest|cant stand) ${YOU}(?! (?:too|as well|lol|haha|jk|at|in|when))|i (?:really |so |just )(?:hate|h8) ${YOU}|${YOU} (?:are|r) (?:hated|a disgrace)`
		),
		needs: /hate|h8|detest|stand|disgrace/
	},
	{
		rule: 'unkind.identity',
		pattern: phrase(
			`go back to (?:your|ur) (?:own )?(?:country|home country|where ${YOU} came from)|(?:${YOURE}|your|ur) (?:so |such a |a )?(?:gay|gay boy|lesbian|paki|terrorist|immigrant|foreigner|refugee|gypo|gyppo|pikey|chav|spastic|spaz|mong|tranny|retard|retarded)(?![a-z])|${YOU} (?:cant|can not|dont|do not) (?:play|join in|be in|come)(?: with us| in our (?:game|team|group))? (?:because|cos|coz|cuz|as) ${YOURE} (?:a girl|a boy|black|brown|fat|poor|disabled|foreign|gay|different|adopted|from)|(?:${YOU} |your |ur )(?:speak|talk|smell|dress|look) (?:funny|weird|strange|different|like a (?:foreigner|girl|baby|tramp))|(?:your|ur) (?:skin|hair|clothes|food|lunch|accent|religion|family|god|church|mosque|culture|language) (?:is|looks|smells|sounds) (?:so |really )?(?:disgusting|dirty|gross|weird|disgustin|horrible|rank|minging|stupid|fake|made up|rubbish|a joke)|${YOU} (?:cant|can not|cannot) (?:play|join in|be in (?:it|the game|our (?:game|team|group))|come)[a-z ]{0,20} (?:because|cos|coz|cuz) ${YOU} (?:wear|wears|have|eat|pray|talk|speak) (?:a |an )?(?:headscarf|hijab|turban|patka|kippah|hearing aids?|a wheelchair|funny|different|weird|halal|foreign)|(?:people like ${YOU}|${YOU}r (?:kind|lot)) (?:dont|do not|shouldnt|should not) (?:belong|be here|come here|live here|be in (?:our|this|my) (?:school|class|country|team|street))|(?:your|ur) (?:sort|kind|type) (?:isnt|is not|arent|are not) welcome`
		)
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(`${YOURE} (?:too|to) (?:fat|slow|small|weird|stupid|poor|little|ugly|dumb|smelly|rubbish|useless|thick) to (?:play|join|come|be|sit|go)`)
	},
	{
		rule: 'unkind.family',
		pattern: phrase(
			`(?:your|ur|yo) (?:mum|mom|mam|mama|dad|nan|family|sister|brother) (?:is|s|are|r|was) (?:so |a |an |such a )?(?:fat|ugly|poor|stupid|dumb|thick|smelly|a tramp|tramp|tramps|a loser|loser|losers|a drunk|drunk|on benefits|a joke|rubbish|broke|skint|weird|a cow|a pig|disgusting|scroungers|a scrounger|chavs|a chav)|(?:your|ur) (?:dad|mum|mom) (?:left|doesnt love|does not love|hates|dont love|didnt want) ${YOU}|(?:even )?(?:your|ur) (?:own )?(?:mum|mom|dad|parents|family) (?:hates|h8s|doesnt like|does not like|dont like|doesnt want|dont want) ${YOU}|${YOU} (?:dont|do not|havent|have not) (?:even )?(?:got|have) a (?:dad|mum|mom|real family|proper house)|${YOU} live in a (?:dump|tip|bin|council flat|caravan)|(?:your|ur) (?:house|home|flat) (?:is|looks|smells) (?:a dump|a tip|disgusting|minging|like a bin|rank)`
		),
		needs: /mum|mom|mam|dad|nan|family|sister|brother|parent|live|house|home|flat/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:we|were|we are|we re|we all|everyone|all of us) (?:not |never |dont )?(?:inviting|invite|letting|want|playing with|sitting with|talking to) ${YOU}(?: (?:to|in|anymore|any more|at))?(?=[a-z ]{0,30}(?:anymore|any more|no more|not|never|party|game|group|team|table))|(?:${YOU}|ur|your|${YOURE}) (?:cant|can not|cannot|arent|are not|r not|not) (?:allowed to )?(?:play|sit|come|join in|be in|be on|hang)(?: with us| in our| on our| near us| to my)|(?:nobody|no one|noone|no1) wants ${YOU}(?: on| in| at| to)?|(?:leave|go away from) (?:us|our group)(?: alone)? (?:nobody|no one|we dont|you)|everyone (?:says|thinks) ${YOURE} (?:weird|annoying|a freak|a baby|a loser|gross|disgusting)|(?:i|we|im|i am|were|we are) (?:told|telling|tell) everyone (?:not to|to not) (?:play|talk|sit) (?:with|to|next to) ${YOU}|${YOU} (?:ruin|spoil) everything|(?:nobody|no one) (?:will|is going to|gonna) (?:pick|choose|play with|sit with) ${YOU}`
		),
		unless: new RegExp(`${NOT_EXCLUDING.source}|${WELCOMED.source}`)
	},
	{
		rule: 'unkind.wish-harm',
		pattern: phrase(
			`(?:kill|hurt|harm) ${YOU}rself|(?:kill|hurt) ${YOU}r self|kys|(?:go|go and|just) (?:die|jump off a (?:bridge|cliff))|i hope ${YOU} die|drop dead|${YOU} should (?:die|disappear)|${YOU}d be better off dead|nobody would care if ${YOU} (?:died|disappeared)`
		),
		// The writer's own "i could just die" (of embarrassment, of laughing) wishes harm on nobody.
		unless: /^(?!.*\b(?:you|u|ur|your|kys)\b).*\b(?:could|would|might|i|id) just die\b/
	},
	{
		rule: 'unkind.identity',
		pattern: phrase(
			`go back (?:to )?where ${YOU} (?:came|come) from|go back to (?:your|ur|ya) (?:own )?(?:country|planet|land)|why (?:do|does) (?:${YOU}|${YOU}r (?:mum|dad|mom|nan|gran|family|sister|brother)|ur (?:mum|dad|mom|nan|family|sister|brother)) (?:always )?(?:wear|eat|pray|talk|speak|dress|smell)(?: like)? (?:that|those|this|these|that thing|that stuff|that rag)[a-z ]{0,40} (?:weird|disgusting|gross|funny|stupid|strange|wrong|horrible|rank|minging)|(?:that|the|this) (?:thing|stuff|rag|tea towel|towel) on (?:${YOU}r|ur|her|his) head`
		),
		unless: /\b(?:maze|level|game|story|start|beginning|hat|crown|leaf|bug|spider|paint|glitter|lol (?:its|it s) (?:a|your) hat)\b/,
		needs: /back|why|head/
	},
	{
		rule: 'unkind.family',
		pattern: phrase(
			`(?:your|ur|yo) (?:mum|mom|mam|dad|nan|family|sister|brother|parents)s? (?:is|s|are|r|was|works|work)[a-z ]{1,30} (?:lol |haha |ha ha |lmao )?(?:how |so |thats so |that is so )(?:embarrassing|cringe|tragic|pathetic|poor|sad lol)|(?:your|ur|yo) (?:mum|mom|mam|dad|nan|family|sister|brother) (?:is|s|are|r|was) (?:a |an |such a |so )?(?:retard|retarded|spastic|spaz|mental|a psycho|psycho|mong)|(?:ha ha|haha|lol|lmao|ew) (?:your|ur) (?:trainers|clothes|shoes|coat|uniform|bag|jumper) (?:are|is|r|s|came|come) (?:from )?(?:the |a )?(?:charity shop|second hand|hand me downs|fake|cheap|pound shop|jumble sale)`
		),
		unless: /\b(?:mine too|me too|love|nice|cool|proud|hospital|ill|poorly|sorry)\b/,
		needs: /embarrassing|cringe|tragic|pathetic|poor|sad lol|retard|spastic|spaz|mental|psycho|mong|charity|second hand|hand me|fake|cheap|pound shop|jumble/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:${YOU}|ur|your|${YOURE})(?: are| r)? not allowed (?:in|on|at|near|to join) (?:our|my) (?:game|team|group|club|gang|table|party|den|side)`
		),
		unless: NOT_EXCLUDING,
		needs: /allowed/
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(
			`(?:rubbish|stupid|ugly|useless|pathetic|disgusting|smelly|weird|dumb|a joke|boring|annoying|horrible|trash|fat) (?:just )?like ${YOU}(?:rself)?(?! (?:said|say|told|thought|do|did|wanted|asked|showed))|${YOURE} (?:the )?(?:ugliest|stupidest|dumbest|fattest|smelliest|weirdest|thickest|most annoying|most stupid|most ugly|biggest loser|biggest idiot|biggest baby)|(?:stop|quit) (?:crying|whining|moaning|whinging|being)(?: like)? (?:${YOU} |a |such a )?(?:big |little |massive )?(?:baby|crybaby|wimp)|${YOU} (?:run|runs|throw|throws|kick|kicks|fight|fights|cry|cries|scream|screams|play|plays) like a (?:girl|baby|little girl)|${YOU} (?:should|need to|belong|ought to) (?:go to|be in|in) (?:the |a )?special school|like a (?:\\d|two|three|four|five) (?:year old|yr old) (?:did|wrote|drew|made|done) it|${YOURE} (?:the )?worst at everything`
		),
		unless: /\b(?:not|arent|isnt|never) (?:the|a)\b|\b(?:joke of the day|jk)\b/,
		needs: /like|special school|everything|ugliest|stupidest|dumbest|fattest|smelliest|weirdest|thickest|most|biggest|baby|wimp/
	},
	...TAUNT_RULES
];

/** A lesson about bullying or a story (speaking.ts): "in PSHE we talked about…", "in the book the boys call him…". */
const QUOTED_FRAME = frames('lesson', 'story');
/** Advice on what to do when bullied, or a book read in class: "if someone says…, tell a grown up". */
const BULLYING_ADVICE = /\b(?:we read|if (?:someone|anyone|somebody) (?:says|said|tells (?:you|u))|tell a (?:teacher|grown up|trusted adult))\b/;

const THIRD_INSULT =
	/\b(?:hes|shes|theyre|he is|she is|they are|he s|she s) (?:so |really |such a |a |an |just )?(?:rubbish|weird|stupid|ugly|fat|smelly|disgusting|a freak|a loser|an idiot|annoying|dumb|thick|useless|gross|a baby|a weirdo|horrible|minging)\b|\b(?:he|she|they|hes|shes) (?:smells|stinks|smell|stink)\b(?! (?:nice|good|lovely|great|of (?:flowers|perfume|cake)))/;
const LEAVE_OUT =
	/\b(?:dont|do not|never) (?:let|invite|pick|choose|play with|sit with|talk to|ask)\b|\b(?:nobody|no one|noone) (?:likes|plays with|wants)\b|\bnot (?:invited|allowed)\b/;
const AT_READER = /\b(?:you|u|ya|your|ur)\b/;
const LAST_WORD = /(?:^| )(?:fatty|fatso|loser|looser|idiot|freak|weirdo|crybaby|nerd|dummy|stinker|moron|muppet|numpty|saddo)$/;
const REPEATED = /\b(loser|looser|idiot|freak|weirdo|baby|nerd|fatty|fatso|smelly|stinky|ugly|crybaby)(?: \1)+\b/;
const NOT_UNKIND = /\b(?:not|arent|isnt|never|thank|thanks|love|miss|joking|jk|story|character)\b/;

// Banter taken back in the same breath with warmth: "you muppet (love you really)", "such a
// nerd, that's a compliment btw". A bare "jk" or "no offence" is left out on purpose: children
// tack those onto real put-downs.
const TAKEN_BACK_WARMLY =
	/\b(?:love (?:you|u|ya) really|(?:thats|its|that is|it is|that was|it was|its meant as) a compliment|in a good way|you know i love (?:you|u|ya))\b/;

// The whole-text tests here are asked of this message's word view through the phrase rules' index of
// beginnings (phrases.ts wordTest): the same answers, found
// at the few words that can begin each instead of by a scan of the whole text.
const BULLYING_ADVICE_TEST = wordTest(BULLYING_ADVICE);
const THIRD_INSULT_TEST = wordTest(THIRD_INSULT);
const LEAVE_OUT_TEST = wordTest(LEAVE_OUT);
const AT_READER_TEST = wordTest(AT_READER);
const LAST_WORD_TEST = wordTest(LAST_WORD);
const REPEATED_TEST = wordTest(REPEATED);
const NOT_UNKIND_TEST = wordTest(NOT_UNKIND);
const TAKEN_BACK_WARMLY_TEST = wordTest(TAKEN_BACK_WARMLY);
const SMELLS = /\b(?:smells|stinks)\b/;

/** Unkind, excluding or threatening phrases aimed at a person. */
export function findUnkindPhrases(view: WordView, speaking: Speaking): RawFinding[] {
	// Four lists, each short enough for the phrase index (one bit a rule): the older rules,
	// put-downs (unkind-put-downs.ts), ganging up (unkind-ganging-up.ts) and plans and remarks
	// about someone (unkind-left-out.ts).
	const found = matchPhrases(view, RULES, 'unkind');
	// Their wordings are also what a lesson on bullying or a story quotes, so they stand down there.
	const more = [
		...matchPhrases(view, PUT_DOWN_RULES, 'unkind'),
		...matchPhrases(view, GANGING_UP_RULES, 'unkind'),
		...matchPhrases(view, LEFT_OUT_RULES, 'unkind')
	];
	const reported = toldToAGrownUp(view.text);
	if (more.length > 0 && !reported && !BULLYING_ADVICE_TEST.test(view) && !speaking.inAny(QUOTED_FRAME)) for (const f of more) found.push(f);
	if (found.length > 0) return TAKEN_BACK_WARMLY_TEST.test(view) || teasedFondly(view.text) ? found.filter((f) => f.rule !== 'unkind.insult') : found;
	const text = view.text;
	if (reported) return found;
	// No named arrow here for the two whole-message findings: under tsx each is wrapped in a helper
	// that defines its name on every call, and this line is reached by nearly every message.
	if (THIRD_INSULT_TEST.test(view) && (LEAVE_OUT_TEST.test(view) || SMELLS.test(text))) found.push(wholeMessage(view, 'unkind', 'unkind.exclusion'));
	else if (REPEATED_TEST.test(view) || (LAST_WORD_TEST.test(view) && AT_READER_TEST.test(view) && !NOT_UNKIND_TEST.test(view)))
		found.push(wholeMessage(view, 'unkind', 'unkind.insult'));
	return found;
}
