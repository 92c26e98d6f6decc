// Self-harm said sideways: the child names a way to die, a hurt kept hidden, a meal
// hidden, or a goodbye, without the plain words the rules in selfharm.ts list. Adds to
// rules: selfharm.plain (a way to die thought about or asked about: "I keep thinking
// about running in front of a car", "my mind keeps telling me to jump off the bridge",
// "if I let go would it be quick", "how many pills it takes"; slang and masked words:
// "kms", "s*icide", "i want 2 die"; "it never gets better so I'm done"),
// selfharm.on-purpose (a hurt with its reason or its hiding: "so nobody sees", "it makes
// the bad feeling go", "till it bled", a blade as "my way of coping"),
// selfharm.not-eating (not eating with a goal: thin, smaller, "until someone notices",
// "it's working", hidden food "every day since Christmas") and selfharm.farewell (a last
// message with a bequest or "don't try to find me", "when I'm gone please tell…",
// "if I disappear you can have my…", "you were my best friend, remember that after tomorrow").
// Games, stories, lessons, swimming and trips pass, as in the other self-harm rules.

import { AWAY_INNOCENTLY } from './selfharm-farewell.js';
import { phrase, type PhraseRule } from './phrases.js';

// Play, stories and lessons: a dive, a ride, a character or a joke is not the child.
const PLAY_OR_STORY =
	/\b(?:game|level|minecraft|fortnite|roblox|character|story|film|movie|book|lesson|learn|learned|learnt|lol|haha|jk|joke|joking(?! (?:fr|for real))|diving|dive|pool|swimming|trampoline|parachute|bungee|skydiv[a-z]*|zip wire|rollercoaster|ride|hide and seek|hide n seek|science|experiment)\b/;

const THINKING =
	'(?:i (?:keep |kept |always |sometimes |often |still )?(?:thinking|thought|think|dream|dreamt|dreaming) (?:about|of)|my (?:mind|head|brain|thoughts) (?:keeps? |keep on |is |are |keeps on )?(?:telling|tell|tells|saying|says) me (?:to|i should)|(?:the )?voices? (?:in my head )?(?:keeps? |keep on |is |are )?(?:telling|tell|tells|saying|says) me (?:to|i should))';
const DANGER =
	'(?:just )?(?:(?:running|run|stepping|step|walking|walk|jumping|jump|throwing myself|throw myself) (?:out )?in front of (?:a|the) (?:car|cars|bus|lorry|train|van|traffic)|(?:jumping|jump|throwing myself|throw myself|falling|fall|stepping|step) (?:off|from|out of|down) (?:the |a |our |my )?(?:top of the )?(?:bridge|roof|cliff|window|stairs|balcony|building|flats|multi storey|tower)|(?:walking|walk|running|run) (?:into|onto) (?:the )?(?:sea|river|road|traffic|train tracks?|railway))';
const BODY = '(?:my (?:arms?|legs?|wrists?|hands?|skin|face|tummy|thighs?|knees?|fingers?|nails|hair|head|lips?|self)|myself)';
const HURTING =
	'(?:pinch|pinched|pinching|scratch|scratched|scratching|scrape|scraped|scraping|pull|pulled|pulling|pick|picked|picking|bite|bit|biting|hit|hitting|punch|punched|punching|squeeze|squeezed|dig|digging|dug|burn|burnt|burned|burning|cut|cutting|rub|rubbed|rubbing|stab|stabbed|poke|poked)';
// Why a hurt was done, or how it was hidden: the words that make it deliberate.
const HURT_REASON =
	'(?:on purpose|deliberately|so (?:nobody|no one|noone|no1) (?:sees|can see|will see|notices|knows)|when (?:nobody|no one|noone|no1) (?:is|s) (?:looking|watching|around)|where (?:nobody|no one|noone) (?:can see|sees|will see)|(?:it|that) (?:makes|helps|make) (?:the |my )?(?:bad|sad|horrible|angry) (?:feelings?|thoughts?) (?:go|stop|quiet|better|away)|(?:it|that) feels better than crying|(?:my )?(?:secret )?way (?:of coping|to cope)|helps me cope|so i (?:can )?feel something|(?:kind of |really |just )?wanted it to hurt|(?:theres|there is) a bald (?:patch|bit|spot)|(?:till|until) (?:it|they) (?:bled|bleeds|bleed|was bleeding|were bleeding))';
// Whatever the word for it: a fast ("fasting for ramadan… so im skinny") is not eating too, and
// the goal decides, not the word.
const NOT_EATING =
	'(?:fasting|(?:on|doing|do) (?:a|the) fast|starving myself|going without (?:food|eating|meals)|(?:skip|skipping|skipped|stop|stopped|stopping|not|dont|wont|never|hide|hiding|hid|hidden|bin|binning|binned|throw|throwing|threw|giving|gave|get rid of|getting rid of|got rid of) (?:going to |gonna |away )?(?:eating|eat|my (?:food|lunch|dinner|tea|breakfast|meals?)|meals|lunch|dinner|tea|breakfast))';
// What not eating is for: to shrink, to be noticed, and that it is hidden or "working".
const EATING_GOAL =
	'(?:(?:i (?:will|ll|can|could|might|would)|so (?:that )?i(?: can| will| could| might)?|to) (?:be|get|look|go|become|stay) (?:thin|thinner|skinny|skinnier|smaller|lighter|tiny)|so (?:that )?(?:im|i m|i am|i stay|i look) (?:thin|thinner|skinny|skinnier|smaller|lighter|tiny)|(?:until|till|til) (?:someone|somebody|anyone|people|mum|dad|they|everyone) (?:notices|notice|cares|care|sees|see)|(?:its|it is) working|(?:my )?(?:trousers|clothes|skirt|jeans|uniform) (?:are|is|feel|feels) (?:loose|baggy|too big)|(?:i )?(?:just )?(?:say|said|tell them|told them|tell everyone|told everyone|tell mum|told mum) (?:im|i was|i m) (?:full|not hungry)|so (?:nobody|no one|noone) (?:knows|sees|notices)|every day (?:since|for))';
const GONE_SOON = '(?:disappear|dissapear|disapear|die|died|am gone|m gone|was gone|dont come back|never come back|am not here|m not here)';
const RELATIVE = '(?:grandad|grandpa|granddad|grampa|nan|nana|nanna|grandma|granny|gran|uncle|auntie|aunt|dad|mum|brother|sister|cousin)';

// Being with a grandparent in heaven "one day when i'm really old": the wish is set at the end of a
// long life, not now. "Not when i'm old", "now" or "soon" beside it undo that.
const WHEN_OLD =
	'^(?![\\s\\S]*\\b(?:now|tonight|today|soon|already|cant wait|can not wait|dont want to wait|not wait)\\b)[\\s\\S]*(?<!not )\\b(?:(?:one day )?when (?:im|i am|i m|i get|i grow|ive grown|i have grown) (?:really |very |super |so |really really )?(?:old|older|an old (?:lady|man|woman)|a (?:grandma|grandad|nan|nana|granny|grandpa)|a hundred|100)|after a (?:long|happy) life)\\b';
// Being where a living relative is: "i want to be where my dad is, he works in dubai".
const LIVING_ELSEWHERE =
	'\\b(?:he|she|they|hes|shes|theyre)(?: is| are| s)? (?:works|work|working|lives|live|living|moved|staying|stays|on holiday|at work|in hospital|abroad|away|in the army|in the navy|in prison)\\b|\\b(?:works|lives|living|working) (?:in|at|abroad|away)\\b';
const PLAY_OR_STORY_OR_WHEN_OLD = new RegExp(`${PLAY_OR_STORY.source}|${WHEN_OLD}|${LIVING_ELSEWHERE}`);

export const SELFHARM_SIGN_RULES: readonly PhraseRule[] = [
	{
		// A way to die, thought about, or stood beside.
		rule: 'selfharm.plain',
		pattern: phrase(
			`${THINKING} ${DANGER}|(?:i )?(?:stood|stand|standing|sat|sit|sitting|was) (?:at|on|by|near) (?:the )?(?:top of the stairs|bridge|roof|cliff edge|edge of the (?:bridge|roof|cliff)|window|platform|railway|train tracks?|balcony)(?: [a-z]+){0,4} (?:and )?(?:thought|think|thinking|wondered) about (?:just )?(?:falling|jumping|letting go|stepping off|it)`
		),
		unless: PLAY_OR_STORY,
		needs: /front|off|from|out of|down|into|onto|stairs|bridge|roof|cliff|window|platform|railway|track|balcony/
	},
	{
		// Asking how a way to die would feel or work.
		rule: 'selfharm.plain',
		pattern: phrase(
			`if i (?:[a-z]+ ){0,5}(?:jumped|fell|let go|stepped off|drowned|stopped breathing|took them all|took all of them)(?: [a-z]+){0,4} would (?:it be (?:quick|painless|fast)|i (?:die|feel (?:it|anything)))|does it hurt to (?:drown|bleed to death|suffocate|overdose|hang)|how many (?:pills|tablets|paracetamol|painkillers) (?:does it take|it takes|would it take|to die|would kill|kill (?:you|u))|(?:looking up|look up|looked up|googling|googled|searching|searched) how (?:to die|to kill (?:myself|my self|yourself)|many (?:pills|tablets) (?:it takes|to die|would kill)|long it takes to die)`
		),
		unless: PLAY_OR_STORY,
		needs: /would|hurt|pills|tablets|paracetamol|painkillers|how/
	},
	{
		// Slang and masked spellings of the plainest words.
		rule: 'selfharm.plain',
		pattern: phrase(
			`(?:gonna|going to|go|wanna|want to|about to|might|could|will|ima|imma|ill|just) kms|(?:i (?:wanna|want to|want|wnt|wnt to|am going to|m going to|will|might|keep thinking about)|im (?:gonna|going to)) (?:commit )?(?:s icide|su icide|sui cide|suicde|sucide|suiside|suiscide|suicide)|i (?:want|wnt|wnat|wan|wanna|want to) (?:2|to|too) (?:die|be dead|end it(?: all)?)(?! (?:my|your|ur|her|his|it|the) (?:hair|clothes|shirt|t shirt|top))|unalive (?:myself|my self|me)|(?:never|doesnt|does not|wont|will not) gets? (?:any )?better (?:so |and )?(?:im|i am|i m) (?:done|finished|giving up)|better but it never does (?:so |and )?(?:im|i am|i m) (?:done|finished|giving up)`
		),
		unless: /\b(?:game|minecraft|fortnite|roblox|character|story|laughing|laugh|lol|haha|jk|homework|level)\b/,
		needs: /kms|icide|suic|sucid|suis|die|dead|end it|unalive|better/
	},
	{
		// A hurt done to oneself, said with why or how it was hidden.
		rule: 'selfharm.on-purpose',
		pattern: phrase(
			`${HURTING} ${BODY}(?: [a-z]+){0,6} ${HURT_REASON}|(?:on|into) my (?:arms?|legs?|hands?|wrists?|skin)(?: [a-z]+){0,5} (?:till|until) (?:it|they) (?:bled|bleeds|bleed|was bleeding|were bleeding)|(?:sharp (?:bit|end|point) of (?:my |the |a )?(?:compass|scissors|sharpener)|compass|blade|razor|pin|needle) (?:into|across|against) my (?:hands?|arms?|legs?|wrists?|skin|fingers?|thighs?)|(?:blade|razor)(?: [a-z]+){0,6} (?:(?:my )?(?:secret )?way (?:of coping|to cope)|helps me cope|at night|when (?:im|i am|i feel) (?:sad|upset|angry|bad))`
		),
		unless:
			/\b(?:by accident|accidentally|by mistake|slipped|oops|fell|tripped|in pe|football|trampoline|game|spot|scab|itch|itchy|chickenpox|nettle|mosquito|midge|splinter|doctor|nurse|vaccine|jab)\b/,
		needs:
			/purpose|deliberately|sees|see|looking|watching|around|feeling|thought|crying|coping|cope|feel something|hurt|bald|bled|bleed|into|across|against|night|sad|upset|angry|bad/
	},
	{
		// Not eating, with what it is for.
		rule: 'selfharm.not-eating',
		pattern: phrase(
			`${NOT_EATING}(?: [a-z]+){0,8} ${EATING_GOAL}|(?:only (?:had|ate|eaten)|havent eaten|have not eaten|not eaten|didnt eat|did not eat)(?: [a-z]+){0,8} (?:see|seeing|find out) how long i can (?:go|last)(?! without (?:blinking|sleep|sleeping|breathing|laughing|talking|screens?|my phone|tablet|ipad))`
		),
		unless:
			/\b(?:sweets|chocolate|crisps|meat|lent|ramadan|fasting|vegetarian|vegan|ill|poorly|bug|sick|story|character|book|caterpillar|lol|haha|diet coke)\b/,
		needs: /thin|skinny|smaller|lighter|tiny|notice|care|see|working|loose|baggy|too big|full|hungry|knows|every day|how long/
	},
	{
		// A goodbye with a bequest, or said as the last message.
		rule: 'selfharm.farewell',
		pattern: phrase(
			`(?:this is|heres|here is|its) my (?:last|final|goodbye) (?:ever )?(?:message|msg|text|letter|note)(?: [a-z]+){0,8} (?:look after|take care of|(?:please )?give my|dont (?:try (?:and |to )?)?(?:find|look for) me|remember me|sorry for everything|you can have|goodbye forever|bye forever|(?:i )?love you all)|dont (?:try (?:and |to )?(?:find|look for) me|come looking for me)(?! (?:at|in|after|before|till|until) )|when (?:im|i am|i m) (?:gone|not here (?:anymore|any more)|dead)(?! (?:to|on|for|away|out|shopping|at))(?: [a-z]+){0,2} (?:please |can you |could you )?(?:tell|look after|take care of|remember|give|you can have|keep)|(?:dont|do not|please dont) (?:be sad|cry|worry|miss me)(?: [a-z]+){0,2} when (?:im|i am|i m) (?:gone|not here|dead)(?! (?:to|on|for|away|at|out))|if i ${GONE_SOON}(?: [a-z]+){0,3} (?:you|u) can (?:have|keep|take) my|(?:you were|u were|youve been|you have been) my (?:best |bestest |only )?(?:friend|mate|bestie)(?: [a-z]+){0,3} (?:remember (?:me|that|this)(?! (?:time|day|trip|party|when))|dont forget me|never forget me|goodbye forever|bye forever)|remember (?:me|that|this) (?:after|when) (?:tomorrow|tonight|today|im gone|i m gone|i am gone)|(?:i|ive|i have) (?:wrote|written|write|writing|made|left) (?:everyone|every1|everybody|my family|all my friends|my friends|mum and dad) (?:a |some )?(?:goodbye|good bye|bye) (?:letters?|notes?)|(?:im|i am|i m) (?:just )?(?:never|not ever) (?:coming|going to come|gonna come) back(?= (?:ever|at all|for good|again)|$)|just not coming back(?! (?:to|here|in|from|till|until))`
		),
		unless: new RegExp(`${AWAY_INNOCENTLY.source}|${PLAY_OR_STORY.source}`),
		needs:
			/message|msg|text|letter|note|find me|look for me|looking for me|gone|here|dead|can have|can keep|can take|friend|mate|bestie|remember|bye|coming back|come back/
	},
	{
		// Sleep for ever, or going where a dead relative is.
		rule: 'selfharm.not-alive',
		pattern: phrase(
			`(?:go to sleep|sleep|be asleep|fall asleep) (?:forever|for ever)(?: [a-z]+){0,2} like (?:my )?${RELATIVE}|(?:i (?:want|wanna|wish i could|just want) to )(?:go (?:to )?where|be (?:with|where)) (?:my )?${RELATIVE}(?: is)?(?: in heaven| in the sky| is| went)`
		),
		unless: PLAY_OR_STORY_OR_WHEN_OLD,
		needs: /forever|for ever|where|with/
	}
];
