// Grooming said sideways: the secret is about the adult and the child themselves, a meeting
// is asked for alone with a treat, a cover story is handed over, or the body is asked about
// in everyday words. Adds to rules: grooming.flattery-secret (secrecy about "us": "don't tell
// your mum about me", "don't let anyone see our chat", "if you tell anyone about our chats
// we'll never talk again", "nobody else has to know", "our lil secret", a grown-up friend
// kept from a teacher, "no need to ask your dad, it's between us"; an adult reported telling
// a child not to tell), grooming.cover-story ("if anyone asks I'm your friend from swimming",
// "if your parents ask, say you won it"), grooming.alone (come alone for a surprise, open it
// "when you're by yourself", "I know where you go… I could give you a lift", text me "when
// your mum goes out", a mum's work hours, which window is his), grooming.photo ("pic 4 pic",
// photos with no top on or in the bath, "earn some money, just send pics", a bra, pyjamas,
// weight for "modelling", "cuter in real life", "nice in your uniform" after "I saw you"),
// grooming.age (a child's age claimed then taken back, "a deep voice on the mic", the same
// age and "what school are you at", "hot for your age", "not like a kid at all"),
// grooming.trust (a child shamed out of telling: "babies tell their mum everything", "quiet
// girls are good at keeping secrets", "if you were my kid I'd let you…", a favour owed for
// robux, a phone sent "just for talking to me") and grooming.private-app (a handle asked for
// because "this site is too slow"). Lessons, stories and advice pass, as in grooming-signs.ts.

import { phrase, YOU, YOURE, type PhraseRule } from './phrases.js';
import { frames } from './speaking.js';

const LESSON_OR_STORY =
	/\b(?:never (?:send|give|share|meet|trust|talk to|add|accept|tell (?:anyone|a stranger) (?:your|ur))|shouldnt|should not|dont ever|if (?:someone|anyone|a stranger|a person|somebody) (?:says|asks|tells|sends|offers|wants)(?: [a-z]+){0,6} (?:tell|block|report|ignore|say no)|lesson|we learned|we learnt|miss said|sir said|e safety|esafety|online safety|in the story|the character|the villain|example|pretend (?:chat|message))\b/;
// A report told in a lesson, an exercise, a story or a scripture story (speaking.ts); not safety advice, whose own
// orders read like an adult's ("you shouldn't tell"), as in grooming-reported.ts.
const REPORT_TOLD_OF = frames('lesson', 'exercise', 'story', 'scripture');
// A family's happy news kept quiet for a while ("my auntie said it's our little secret that she's having a baby").
export const FAMILY_NEWS =
	/\b(?:having a baby|pregnant|new baby|(?:getting|got|is) engaged|getting married|(?:a|the) surprise party|surprise for (?:mum|dad|nan|grandad|grandma|miss|sir|(?:mr|mrs|miss|ms) [a-z]+))\b/;
const LESSON_STORY_OR_NEWS = new RegExp(`${LESSON_OR_STORY.source}|${FAMILY_NEWS.source}`);
const PARENT = '(?:mum|mom|mam|dad|parents|mum and dad|family|nan|teacher|teachers)';
const SECRET_ASK = '(?:dont|do not|never|dnt|no need to|you dont have to|dont have to|dont worry about)';
const ADULT = '(?:man|men|lady|woman|guy|adult|grown up|older (?:boy|lad|girl|man|guy|kid)|teenager|coach|stranger)';
const TREAT = '(?:surprise|suprise|present|pressie|gift|treat|sweets|film (?:you|u)|pay for|money|robux|something special)';
const PICTURE = '(?:pics?|pictures?|photos?|ph0to|selfies?|vids?|videos?)';
// "just you and me" as the two who do something ("dont tell your mum, just you and me are making her
// a cake"), not the two kept apart.
const NOT_THE_SUBJECT = '(?! (?:are|r|were|can|could|will|should|have|got|need to|know how to|and)\\b)';

export const GROOMING_SIDEWAYS_RULES: readonly PhraseRule[] = [
	{
		// The secret asked for is the adult and the child: "about me", "our chat", "we argued".
		rule: 'grooming.flattery-secret',
		pattern: phrase(
			`${SECRET_ASK} (?:tell|telling|show|let|ask|asking) (?:anyone|anybody|any1|${YOU}r ${PARENT}|the ${PARENT})(?: [a-z]+){0,2} (?:about|bout|abt) (?:me|us)(?= ok| okay| k| pls| please| or| alright| yeah|$)|${SECRET_ASK} (?:tell|telling) ${YOU}r ${PARENT}(?: [a-z]+){0,2} (?:we (?:argued|talk|talked|chat|chatted|speak|spoke|fell out|met)|about (?:our|us))|${SECRET_ASK} (?:let|show) (?:anyone|anybody|any1|${YOU}r ${PARENT}) (?:see|read|look at) (?:our|these|my) (?:chats?|messages?|convo|conversations?|texts?)|if ${YOU} tell (?:anyone|anybody|any1|${YOU}r ${PARENT})(?: about| bout)? (?:our (?:chats?|talks?|messages?|secret|friendship)|us|me)\\b|(?:nobody|no one|noone|no1|noi) (?:else )?(?:has|needs|hs|has got) (?:to|2) (?:know|kno|no)(?: (?:wat|what) we (?:talk|tlk|say|chat|do))?(?= about| abt| ok| okay|$)|our (?:lil|l il|wee|little|special|own|tiny) (?:secret|secrets)|(?:jealous|dont tell|do not tell)(?: [a-z]+){0,8} (?:grown up|grownup|adult|older) (?:friend|mate)|${SECRET_ASK} (?:ask|asking|tell|telling) ${YOU}r ${PARENT}(?: [a-z]+){0,10} (?:between us|between (?:grown ups|adults)|just (?:us|you and me)${NOT_THE_SUBJECT}|${YOURE} basically a grown up)`
		),
		unless: LESSON_STORY_OR_NEWS,
		needs: /me|us|chat|message|convo|text|know|kno|secret|friend|mate|between|grown up/
	},
	{
		// An adult the child met, reported telling them to keep it from home; a story's man told so
		// ("jesus healed the man and told him don't tell anyone") is the story's.
		rule: 'grooming.flattery-secret',
		pattern: phrase(
			`(?:(?:a|an|this|some|the|my|our|his|her) )?${ADULT}(?: [a-z0-9]+){0,20} (?:said|told (?:her|him|me|them|us))(?: [a-z0-9]+){0,16} (?:dont|not to|to not|never to|never) tell`
		),
		unless: LESSON_OR_STORY,
		standsDownIn: REPORT_TOLD_OF,
		needs: /tell/
	},
	{
		// A story to tell home, handed over by the adult.
		rule: 'grooming.cover-story',
		pattern: phrase(
			`if (?:anyone|anybody|any1|they|${YOU}r ${PARENT}) (?:ask|asks)(?: [a-z]+){0,2} (?:im|i am|i m) (?:${YOU}r|ur|just (?:a|${YOU}r)) (?:friend|mate|cousin|uncle|auntie)|(?:sent|gave|bought|got) (?:${YOU}|ur) (?:a|an|some|the)(?: [a-z]+){0,12} if ${YOU}r ${PARENT} (?:ask|asks)(?: [a-z]+){0,2} (?:say|tell them|just say)`
		),
		unless: LESSON_OR_STORY,
		needs: /ask/
	},
	{
		// Alone, for a treat; or where and when the child is out of sight.
		rule: 'grooming.alone',
		pattern: phrase(
			`(?:come|meet|go|walk|bring)(?: [a-z0-9]+){0,8} (?:on ${YOU}r own|alone|by ${YOU}rself)(?: [a-z0-9]+){0,6} ${TREAT}|${TREAT}(?: [a-z0-9]+){0,14} (?:on ${YOU}r own|by ${YOU}rself|come alone)|(?:open|look at|read|watch|use) it (?:when|wen) ${YOURE} (?:by ${YOU}rself|alone|on ${YOU}r own)|i know where ${YOU} (?:go|live|train|swim|dance|play|walk|get the bus)(?: [a-z]+){0,10} (?:lift|pick ${YOU} up|meet ${YOU}|walk ${YOU})|(?:when|wen|whn) ${YOU}r (?:mum|dad|parents|mom|family) (?:goes|go|is|are|has gone|have gone) (?:out|away|to bed|to sleep|to work|asleep|shopping)(?: [a-z]+){0,2} (?:text|message|msg|call|ring|facetime|dm|snap|add) me|(?:whats|what are|what is) ${YOU}r (?:mums|dads|parents|moms) (?:work )?(?:hours|shifts)|(?:what|which) (?:window|bedroom|room) is (?:his|hers|theirs|yours|urs)|(?:what|wat) (?:his|her|${YOU}r) (?:house|home|bedroom) looks like`
		),
		unless: LESSON_OR_STORY,
		needs: /own|alone|self|lift|pick|meet|walk|text|message|msg|call|ring|facetime|dm|snap|add|hours|shifts|window|room|looks like/
	},
	{
		// Pictures of the body asked for, or traded.
		rule: 'grooming.photo',
		pattern: phrase(
			`(?:pic|pik|photo|selfie|vid) (?:4|for) (?:pic|pik|photo|selfie|vid)|${PICTURE} (?:with|wiv) (?:no|out (?:a|my|${YOU}r)) (?:top|shirt|clothes|t shirt)|(?:without|with no) (?:a |my |${YOU}r )?(?:top|shirt|clothes|t shirt) on|${PICTURE} of (?:me|${YOU}|${YOU}rself|her|him) in (?:the |my |${YOU}r )?(?:bath|shower|bed|pjs|pyjamas|underwear|pants|swimsuit|swimming costume)|(?:earn|make|get) (?:some|sum|easy|quick|loads of)(?: [a-z]+){0,5} (?:just )?send (?:me )?(?:some )?${PICTURE}|(?:snd|sen|sned) (?:me )?(?:a |some )?${PICTURE} of ${YOU}|${PICTURE}(?: [a-z]+){0,4} (?:and )?(?:asking|asked|asks|wants|wanted) (?:me )?for more|(?:dares?|truth or dare)(?: [a-z]+){0,6} (?:with (?:no )?clothes|take (?:off|of) (?:my|your|ur|our) (?:clothes|top|shirt)|undress|no top)`
		),
		unless: LESSON_OR_STORY,
		needs: /pic|pik|photo|ph0to|selfie|vid|top|shirt|clothes|undress/
	},
	{
		// The body in everyday words: a bra, pyjamas, a bath, weight, "cuter in real life".
		rule: 'grooming.photo',
		pattern: phrase(
			`(?:do|have|did) ${YOU} (?:wear|got|started wearing|need) a bra(?: yet)?|what colou?r (?:are|is|r) ${YOU}r (?:pjs|pyjamas|pajamas|nightie|nightdress)|(?:sweetie|sweetheart|babe|baby girl|princess|darling|cutie|hun)(?: [a-z]+){0,6} (?:bath|shower|in bed|pjs|pyjamas|undressed)|how (?:much|heavy) do ${YOU} weigh(?: [a-z]+){0,6} (?:model|modelling|modeling|agency|casting|photo|shoot)|(?:whats|what are) ${YOU}r (?:measurements|chest size|waist size)|(?:even )?(?:cuter|prettier|hotter|fitter|more beautiful) in (?:real life|person|irl|rl)|i (?:saw|seen|watched|was watching) ${YOU}(?: [a-z]+){0,8} ${YOU} looked (?:really |so |very )?(?:nice|cute|pretty|hot|lovely|beautiful|good|fit) in ${YOU}r|(?:baby girl|bb gurl|bb girl|babygirl|baby gurl|bby girl)(?: [a-z]+){0,2} (?:${YOU} up|${YOU} awake|are ${YOU} up|r ${YOU} up)|(?:are|r) ${YOU} in bed (?:yet|now|already)$`
		),
		unless: new RegExp(`${LESSON_OR_STORY.source}|\\b(?:doctor|nurse|pe|sports day|baby|sister|brother|dog|cat|puppy|kitten)\\b`),
		needs: /bra|pjs|pyjamas|pajamas|nightie|nightdress|bath|shower|bed|undressed|weigh|measurements|size|real life|person|irl|rl|looked|up|awake/
	},
	{
		// A child's age claimed, then given away; the same age, then "what school".
		rule: 'grooming.age',
		pattern: phrase(
			`(?:im|i am|i m) (?:[0-9]|1[0-3]|nine|ten|eleven|twelve) (?:like ${YOU}|too|as well)(?: [a-z]+){0,3} (?:well|actually|ok|jk|really|nearly) (?:nearly |almost |like |more like )?(?:1[6-9]|[2-5][0-9])|(?:i just have|ive just got|i have|i got|its just) a (?:deep|low|grown up|old|mans|man s) voice|(?:im|i am|i m) (?:[0-9]|1[0-3]|nine|ten|eleven|twelve) (?:too|as well|like ${YOU})(?: [a-z0-9]+){0,8} (?:what|which|wat) (?:school|area|town|street|road)|i bet we live (?:close|near|nearby|near each other)|(?:hot|sexy|fit|pretty|cute|beautiful|gorgeous|developed) (?:for|4) ${YOU}r age|(?:${YOURE}|ur) (?:so |really |very |such a )?(?:grown up|grownup|mature)(?: [a-z]+){0,3} (?:${YOURE}|ur) (?:not|nt|n0t) like (?:a )?(?:kid|k1d|child|little kid)|how old (?:are|r) ${YOU}(?: [a-z]+){0,3} (?:i wont tell|wont tell|dont tell|i promise|our secret|keep it secret)`
		),
		unless: LESSON_OR_STORY,
		needs: /like|too|well|voice|school|area|town|street|road|live|age|kid|child|tell|promise|secret/
	},
	{
		// Telling shamed, parents belittled, a debt or a phone that binds the child to the adult.
		rule: 'grooming.trust',
		pattern: phrase(
			`(?:babies|little kids|only babies|little girls|little boys) tell (?:their|there) (?:mum|mom|mummy|parents|teacher|dad)|(?:girls|boys|kids)(?: [a-z]+){0,2} (?:are|r) (?:good|best) at keeping secrets|good (?:girls|boys) (?:keep|can keep) (?:secrets|quiet)|if ${YOU} (?:were|was) my (?:kid|daughter|son|child|girl)(?: [a-z]+){0,3} (?:i would|id|i d|i wd) (?:let|buy|give)|(?:robux|vbucks|v bucks|money|skins?|gems|coins|gift card|quid|pounds)(?: [a-z0-9]+){0,8} (?:now |so )?${YOU} owe me (?:a favour|one|big)|(?:phone|sim|tablet|ipad)(?: [a-z]+){0,6} (?:just |only )?for (?:talking|texting|chatting|messaging|talkin) (?:to|with) me`
		),
		unless: LESSON_OR_STORY,
		needs: /tell|secrets|quiet|kid|daughter|son|child|girl|owe|me/
	},
	{
		// A handle asked for because this site is slow or boring.
		rule: 'grooming.private-app',
		pattern: phrase(
			`(?:whats|what is|wats|give me|send me) ${YOU}r (?:snap|snapchat|insta|instagram|number|whatsapp|discord|tiktok|kik)(?: [a-z]+){0,3} (?:this|the) (?:site|app|chat|platform|place|thing) (?:is|s) (?:too |so |really )?(?:slow|boring|laggy|rubbish|bad|rubish)`
		),
		unless: LESSON_OR_STORY,
		needs: /slow|boring|laggy|rubbish|bad|rubish/
	}
];
