// A child saying they want to hurt themselves, or not be here. Owns rules:
// selfharm.hurt-self ("I want to hurt myself", "I cut myself"), selfharm.not-alive
// ("I wish I was dead", "I don't want to be here any more"), selfharm.burden
// ("everyone would be better off without me", "I'm a waste of space", "nobody
// would notice if I was gone"), selfharm.not-eating, selfharm.on-purpose ("I
// punched the wall so it would hurt me", "I hurt myself when I'm sad"),
// selfharm.run-away ("run away and nobody will ever find me", "go away for ever"),
// selfharm.plain (plain words for ending a life: "I'm thinking of ending it", "I want
// to jump off the bridge", "I took loads of mum's tablets", "there's no point carrying
// on", "what's the point of me", "I hope I get hit by a car", "I've been cutting again").
// Held, never blocked: the child is shown a kind message with Childline's number
// and the DSL is alerted at once. Telling someone else to hurt themselves is
// bullying, not this (see unkind.ts); "I hurt myself on the trampoline" is an
// accident and passes.

import { matchPhrases, phrase, wordTest, type PhraseRule } from './phrases.js';
import { FAREWELL_RULES } from './selfharm-farewell.js';
import { SELFHARM_SIGN_RULES } from './selfharm-signs.js';
import { SELFHARM_MEANS_RULES } from './selfharm-means.js';
import { SELFHARM_HIDDEN_RULES } from './selfharm-hidden.js';
import { SELFHARM_TOLD_RULES } from './selfharm-told.js';
import { findMaskedSelfHarm, SELFHARM_VEILED_RULES } from './selfharm-veiled.js';
import { buildWordView, normaliseText, type WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { markDoubtful, UNSURE_SUFFIX } from './urgent-doubt.js';
import { wholeMessage } from './whole-message.js';

const I_WANT =
	'(?:i (?:want|wanna|wana|need|am going|m going|am gonna|m gonna|keep wanting|feel like i want|feel like i wanna|think i want|might|will|am ready|ll|would like|wish i could|just want|really want)(?: to)?|im (?:going|gonna|gunna|ready)(?: to)?|ima|imma|sometimes i want to|i feel like i should|i should just|i should|i think i should|maybe i should|i keep thinking about)';
const SELF = '(?:myself|my self|meself|me self|mysef|myslef)';
// Hanging from the monkey bars or a coat hook is play: "hang myself upside down like a bat".
const HANG_NOT_PLAY =
	'(?! (?:myself|my self|meself|me self) (?:upside down|by my (?:legs|knees|arms)|off the|from the (?:monkey bars|climbing frame|bars|rope)|on the (?:monkey bars|climbing frame|bars|coat|hook|peg|rope)|like a (?:bat|monkey|sloth)))';
const HARM = `(?:kill|kil|hurt|harm|cut|stab|end|punish|hit|scratch|starve|strangle|burn|drown|hang${HANG_NOT_PLAY}|suffocate|poison|overdose)`;

// Ways a child says they want to stop being here, after a wish ("I wish I could
// just…", "I want to…", "I think about…").
const WISH =
	'(?:i (?:just |really |sometimes |honestly |still )?(?:wish|want|wanna|wana|hope|feel like|think about|keep thinking about|dream about|would like)(?: that)?(?: i)?(?: could| (?:was|were))?(?: just)?(?: to)?(?: just)?)';
const GONE =
	'(?:be dead|dead|die(?! (?:my|your|ur|her|his|it|the) (?:hair|clothes|shirt|t shirt|top))|vanish|vanishing|disappear|disappearing|not (?:be|being) here|not (?:be|being) alive|not exist|not existing|stop existing|stop being alive|not wake up|not waking up|go to sleep (?:and|n) (?:not|never) wake up|be gone|end it(?: all)?|never (?:come|coming) back|never wake up)';
/** A wish to vanish into a book or game or under the covers, which the word model leaves to the rules (classifier.ts). */
export const REFUGE =
	/\b(?:disappear|vanish|escape|hide) (?:in|into|under|behind) (?:a|the|my)(?: good| new| long| big| favourite)? (?:book|books|game|story|world|film|comic|duvet|covers|blanket|bed|sofa|pillow|hoodie)\b/;
// Where a child wishes to vanish into for fun: a book, a game, under the duvet ("i wish i could
// disappear into a book and live in narnia forever").
const A_REFUGE =
	'(?! (?:in|into|from|for) (?:a|the|my)(?: good| new| long| big| favourite)? (?:book|game|story|minute|bit|second|world|film)| (?:under|into|in|behind) (?:my|the) (?:duvet|covers|blanket|bed|sofa|pillow|hoodie))';
// A day's event dreaded ("i don't want to wake up tomorrow cos it's the funeral"), not the waking.
const DAY_EVENT =
	'(?:funeral|service|burial|cremation|test|tests|sats|spelling test|maths test|exam|exams|school|monday|dentist|doctors|injection|jab|operation|swimming|first day|trip|assembly|nativity|concert)';
// A body's pain being seen to ("my tummy hurts so bad i can't take it anymore, mum's taking me to the
// doctor"): what the child cannot take is the pain, and a grown-up is already taking them for help.
const PAIN_SEEN_TO =
	/\b(?:tummy|belly|stomach|head|leg|legs|arm|tooth|teeth|ear|ears|back|knee|foot|feet|throat|chest|eczema|rash|braces|period|periods)\b[a-z ]{0,30}\b(?:hurts|hurt|hurting|aches|aching|itches|itching|itchy|sore|pain|pains|killing me)\b[\s\S]*\b(?:doctor|doctors|dentist|hospital|nurse|gp|medicine|calpol|a and e|walk in|pharmacy|chemist|physio)\b/;
const NOT_ME =
	/\b(?:game|level|minecraft|fortnite|roblox|character|story|lol|haha|jk|joke|homework|maths|bored|boring|funny|laugh|laughing|cringe|embarrass|embarrassed|embarrassing|zombie|film|movie|magic|magician|trick|hide and seek|the holidays|holiday|on holiday|dance|narnia|hogwarts|wonderland|neverland)\b|\b(?:disappear|vanish|escape) into (?:a|the|my) (?:book|books|story|film|game|painting|picture)\b/;

const NOT_ME_OR_PAIN = new RegExp(`${NOT_ME.source}|${PAIN_SEEN_TO.source}`);

const RULES: readonly PhraseRule[] = [
	{
		rule: 'selfharm.not-alive',
		pattern: phrase(
			`${WISH} ${GONE}${A_REFUGE}|i (?:feel like|think) i should (?:just )?(?:end it|die|disappear|go away for ever|go away forever)|i (?:dont|do not) want to be me (?:anymore|any more)`
		),
		unless: NOT_ME,
		needs: /dead|die|vanish|disappear|here|alive|exist|wake|gone|end it|come back|coming back|be me/
	},
	{
		rule: 'selfharm.burden',
		pattern: phrase(
			`(?:im|i am|i m) (?:just |such |so |only )?(?:a waste of space|worthless|a burden|a mistake|nothing to anyone)|(?:nobody|no one|noone|no1) (?:would |will |wd )?(?:even )?(?:notice|care|cares|miss me|care about me)(?: about me)? if i (?:was|were|am|died|disappeared|was dead|wasnt here|left|live or die|lived or died|was gone|went)`
		),
		unless: NOT_ME,
		needs: /waste|worthless|burden|mistake|nothing|notice|care|miss/
	},
	{
		rule: 'selfharm.on-purpose',
		pattern: phrase(
			`(?:on purpose|deliberately) (?:so (?:it|that it) (?:would|will|could|might) hurt|to hurt) (?:me|myself)|(?:hurt|hurting|hit|hitting|punch|punching|scratch|scratching|cut|cutting|bite|biting|pinch|pinching|burn|burning) (?:my (?:arms?|legs?|wrists?|hands?|skin|face|head|tummy) )?(?:on purpose|deliberately)|(?:hurt|hit|punch|scratch|cut|bite|pinch|burn) (?:myself|my self|me) (?:on purpose|deliberately|when (?:im|i am|i feel|i get) (?:sad|angry|upset|cross|lonely|bad)|because (?:im|i am) (?:sad|angry|upset)|cos (?:im|i am) (?:sad|angry|upset))|i (?:sometimes |often |keep |always )?hurt (?:myself|my self) (?:when|because|cos|if)(?! i (?:fall|fell|trip|tripped))`
		),
		unless: /\b(?:by accident|accidentally|fell|tripped|in pe|football|trampoline|game)\b/,
		needs: /purpose|deliberately|myself|my self|me when|me because|me cos/
	},
	{
		rule: 'selfharm.run-away',
		pattern: phrase(
			`run(?:ning)? away (?:and )?(?:for ever|forever|and never (?:come|coming) (?:back|home)|(?:and )?nobody will (?:ever )?find me|where (?:nobody|no one) (?:can|will) find me)|i (?:want|wanna|feel like|am going|m going|im going) to (?:go away|run away|leave) (?:for ever|forever)|nobody will (?:ever )?find me`
		),
		unless: NOT_ME,
		needs: /forever|for ever|never|find me/
	},
	{
		rule: 'selfharm.hurt-self',
		pattern: phrase(
			`i (?:sometimes |often |keep |always )?(?:think|thought|keep thinking|have been thinking|ve been thinking|dream|dreamt) about (?:hurting|killing|harming|cutting|ending|hitting|starving) ${SELF}|${I_WANT} ${HARM} ${SELF}|i (?:have been |ve been |keep |sometimes |secretly |still )?(?:cut|cutting|hurting|harming|hit|hitting|scratching|burning|punishing|starving) ${SELF}(?! (?:by accident|accidentally|on|when i fell|when i tripped|playing|in pe|at football))|i (?:have been |ve been |keep |sometimes )?(?:cut|cutting|scratch|scratching|hurt|hurting|burn|burning|hit|hitting) my (?:arms?|legs?|wrists?|skin|self|tummy|head)(?! (?:on(?! purpose)|when|playing|in pe|at|falling|by accident))|kill ${SELF}|end (?:it all|my life|everything)|self harm(?:ing)?|i (?:take|took|want to take|have taken|ve taken) (?:all |some of |all of )?(?:the |my mums |my dads )?(?:pills|tablets)`
		),
		unless:
			/\b(?:by accident|accidentally|never (?:do|try)|shouldnt|should not|if (?:someone|a friend|anyone|you)|lesson|learn|learned|learnt|story|character|pretend|joke|jk|lol|haha|laughing|nearly|almost|tripped|fell|itchy|itch|itches|eczema|rash|chickenpox|chicken pox|bites)\b/,
		needs: /self|cut|end (?:it|my|every)|pills|tablets|arm|leg|wrist|skin|tummy|head/
	},
	{
		rule: 'selfharm.not-alive',
		pattern: phrase(
			`i (?:wish|want|wanna|want to|hope)(?: that)? (?:i (?:was|were|could be) )?(?:dead|die(?! (?:my|your|ur|her|his|it|the) (?:hair|clothes|shirt|t shirt|top))|to die(?! (?:my|your|ur|her|his|it|the) (?:hair|clothes|shirt|t shirt|top))|i was never born|i wasnt born|i could disappear${A_REFUGE}|i could just disappear${A_REFUGE}|to disappear forever|i was gone|to not wake up|i didnt wake up|i wasnt here)|i (?:dont|do not|dnt) (?:want|wanna) (?:to )?(?:be alive|live(?! (?:in|at|with|near|on|next to|by|round|abroad)(?! (?:this |the |my )?(?:world|life|body|pain)\\b| like this))|be here(?! (?:at|for|in) (?:the|this|his|her|my|our|[a-z]+s) (?:funeral|service|wake|cremation|burial|memorial))|exist|wake up(?! (?:early|earlier|at [0-9a-z]+ (?:am|oclock|in)|for school|so early|before|in the morning|this early|till|until)| tomorrow (?:cos|coz|because|as) (?:its|it is|theres|there is|we have|i have|ive got|weve got|we got|i got) (?:the |my |a |our |grandads |nans )?${DAY_EVENT}))(?: anymore| any more)?|(?:i|id) (?:would|wd) (?:rather|be better off) (?:be )?dead|(?:im|i am) (?:better off|going to be better off) dead|no (?:point|reason) (?:in |to )?(?:living|being alive|me being here|me being alive)|whats the point (?:of|in) (?:me|living|being alive|anything)|i (?:want|wanna) it (?:all )?to (?:stop|end)(?: forever)?|i (?:cant|can not) (?:do|take) (?:this|it) anymore(?: i want)?|i (?:want|wanna) to go to sleep (?:and|n) never wake up|i wish i (?:never existed|didnt exist|did not exist|wasnt alive|was not alive)|(?:im|i am) (?:so |just )?(?:tired|sick) of (?:living|being alive|life|being me)(?! (?:in|at|with|near|next|on|here in))|i (?:dont|do not|cant) see the point (?:any ?more|in (?:anything|living|life|going on|being here))|i (?:keep|cant stop|can not stop|have been|ve been|been|always|am always|m always) (?:thinking|think) (?:about|of) (?:dying|death|being dead|killing myself|ending it|not being here)`
		),
		// The same stories, games and tricks as the first not-alive rule ("disappear like a magician").
		unless: NOT_ME_OR_PAIN,
		needs: /dead|die|dying|death|killing|born|alive|live|here|exist|wake|disappear|gone|point|stop|end|anymore|any more|take|living|life|being me/
	},
	{
		rule: 'selfharm.burden',
		pattern: phrase(
			`(?:everyone|every1|everybody|my family|my mum|my dad|they|people|the world) (?:would|will|wd) be (?:better|happier) (?:off )?without me|(?:nobody|no one|noone|no1) (?:would|will) (?:miss|care about|notice) me if i (?:was|were|am) gone|(?:nobody|no one|noone) would (?:care|notice|miss me) if i (?:died|disappeared|was dead|wasnt here)|i (?:hate|h8) (?:myself|my self|my life|being alive) (?:so much )?(?:i want|and want|i wanna)|i (?:hate|h8) myself(?! for (?:forgetting|losing|missing))`
		),
		unless: /\b(?:lol|haha|jk|story|character|game)\b/,
		needs: /without me|miss me|notice|care|gone|died|disappeared|dead|myself|my self|my life|being alive/
	},
	{
		// Deserving pain, a life with no point: said of oneself, not of a game or a lesson.
		rule: 'selfharm.burden',
		pattern: phrase(
			`i (?:deserve|deserved) (?:to (?:feel pain|be hurt|hurt|die|suffer|be dead|be punished)|pain|to not be here|to not exist)|my life (?:is|feels) (?:pointless|worthless|not worth (?:living|it)|over)|(?:nobody|no one|noone|no1) (?:would|will|wd) (?:even )?(?:miss me|notice (?:if )?i(?:m| was)? gone)$`
		),
		unless: NOT_ME,
		needs: /deserve|pointless|worthless|worth|over|miss me|gone/
	},
	{
		// Plain words for ending a life, said of oneself: no wish word needed.
		rule: 'selfharm.plain',
		pattern: phrase(
			`(?:im |i am |i m |i keep |i have been |ive been |i was |i )?(?:thinking|thought|think) (?:of|about) (?:ending it(?=$| (?:all|tonight|today|now|i |im |cos|because|nobody|no one|everyone|for good))|ending (?:my life|it all)|ending everything|killing myself|suicide|taking my (?:own )?life)|(?:im|i am|i feel|i felt|i was|feeling) (?:so |really |a bit |kind of )?suicidal|(?:i (?:want|wanna|might|could|will|am going|m going|feel like|keep wanting)|im (?:going|gonna))(?: to)? (?:jump|throw myself|step) (?:off|in front of|from|out of) (?:a |the |my |our )?(?:bridge|building|roof|cliff|car|train|bus|window|lorry|flats?|multi storey)|i (?:hope|wish) (?:i (?:get|got|would get|could get|will get)|a car (?:hits|would hit|runs over)) (?:hit by a (?:car|bus|train|lorry)|run over|killed)|i (?:took|swallowed|have taken|ve taken|want to take|wanna take|am going to take) (?:loads|lots|a lot|a load|a handful|too many|the whole packet|a whole packet|a packet|heaps)(?: of)? (?:the |my |my mums |my dads |mums |dads |my nans |[a-z]+s )?(?:pills|tablets|medicine|paracetamol|painkillers)|(?:theres|there is|there s) no point (?:in )?(?:carrying on|going on|living|trying any ?more|me being here|being here|being alive)(?: any ?more)?(?= (?:i |im |cos|because|nobody|no one|everyone|my )|$)|(?:whats|what is|what s) (?:even )?the point (?:of|in) (?:me|my life|living|being alive|carrying on|going on|being me)(?: any ?more)?(?= (?:i |im |cos|because|nobody|no one|everyone)|$)|i (?:give up|gave up|have given up|ve given up) on (?:everything|life|living|myself)|(?:cutting|hurting myself|harming myself) (?:myself )?again(?= (?:dont|and|i |please|nobody|no one|cos|because|last|this)|$)|(?:life|my life) is (?:too hard|not worth (?:it|living)|pointless)(?! (?:in|at|on) )|why (?:am i|do i|am i even|do i even|am i still) (?:even )?(?:alive|exist|here on earth|still alive|still here)$|i (?:dont|do not|dnt) (?:like|enjoy) (?:living|being alive|my life|being me)(?! (?:in|at|near|with|here in) )|(?:ive|i have|i) been cutting(?: myself)?(?: again)?$|i (?:wish|hope) (?:a (?:car|bus|train|lorry)) (?:would |will |could )?(?:hit|hits|run over|runs over|kill|kills) me|(?:everyone|everybody|every1|the world|my family|my mum|my dad|they|people|everyone at home) (?:would|will|wd) be (?:happier|better|better off|fine)(?: off)? if i (?:wasnt|was not|werent|were not) (?:here|around|alive|in it|born)|i (?:want|wanna|need) to make (?:myself|my self) (?:bleed|bleeding|hurt)|(?:nobody|no one|noone|no1) (?:cares|care|loves|likes) (?:about )?me (?:so |and |anyway )?(?:whats the point|i give up|i want to (?:die|disappear|give up|go away))|if i (?:died|was gone|was dead|disappeared|wasnt here|killed myself|ran away)(?: [a-z]+){0,3} (?:nobody|no one|noone|no1) (?:would|will|wd) (?:even )?(?:notice|care|miss me|cry|look for me)`
		),
		unless:
			/\b(?:game|level|minecraft|fortnite|roblox|character|story|film|movie|book|lol|haha|jk|joke|homework|maths|lesson|learn|learned|learnt|paper|card|scissors|hair|grass|nails|collage|diving board|trampoline|puzzle|quiz|test|match|race|if (?:someone|a friend|anyone|you))\b/,
		needs:
			/ending|killing|suicid|life|alive|exist|here|living|being me|cutting|hit|kill|happier|better|fine|bleed|hurt|notice|care|miss me|cry|look for me|jump|throw|step|hit by|run over|killed|pills|tablets|medicine|paracetamol|painkillers|point|give up|gave up|given up|again/
	},
	{
		// Hurting oneself till it bleeds or hurts, or banging one's head, said with the reason.
		rule: 'selfharm.on-purpose',
		pattern: phrase(
			`(?:scratch|scratched|scratching|cut|pinch|pinched|pinching|bite|bit|biting|hit|hitting|punch|punched|punching) (?:my (?:arms?|legs?|wrists?|hands?|skin|face|tummy|self)|myself) (?:till|until|so hard(?: that)?|so much(?: that)?) (?:it|they|i) (?:bled|bleeds|bleed|bleeding|hurt|hurts|bruised|bruise)|(?:bang|banging|banged|hit|hitting) my head (?:on|against) (?:the |a |my )?(?:wall|floor|door|desk|table)(?: [a-z]+){0,3} (?:when (?:im|i am|i feel|i get)|so (?:it|that it) hurts|on purpose|because (?:im|i am)|cos (?:im|i am)|(?:till|until) it (?:hurts|hurt|bled|bleeds))|(?:scratch|scrach|scratched|scraching|scratching|cut|cutting|stab|stabbed|stabbing|poke|poked) (?:myself|my self|my (?:arms?|legs?|wrists?|hands?|skin)) with (?:a |my |the |some )?(?:compass|scissors|knife|blade|razor|sharpener|glass|pin|needle)|(?:hurt|hit|punched|scratched|cut|bit|pinched|burnt|burned|bruised|pick|picked|picking) (?:myself|my (?:arms?|legs?|hands?|wrists?|skin|face|head|fingers?|tummy|body|scabs?|lips?))(?: [a-z]+){0,4} (?:on purpose|deliberately)|i (?:pinch|scratch|bite|hit|punch) myself (?:really |so )?(?:hard )?(?:when|if|because|cos|every time) (?:i|im)`
		),
		unless: /\b(?:by accident|accidentally|fell|tripped|in pe|football|trampoline|game|bite|spot|scab|itch|itchy|chickenpox|nettle|mosquito|midge)\b/,
		needs: /bled|bleed|hurt|bruise|head|myself|my self|purpose|deliberately|with/
	},
	{
		rule: 'selfharm.not-eating',
		pattern: phrase(
			`(?:im|i am|i have been|ive been|i keep) (?:not eating|starving myself|making myself sick|being sick on purpose|skipping (?:meals|lunch|dinner|tea) (?:on purpose|so))|i (?:dont|wont|will not|am not going to) eat (?:anything|any food|at all) (?:so|until|cos|because) (?:i|im)`
		),
		// A food the child's body or faith rules out, or a sore mouth: "im not eating anything with
		// gluten cos i have coeliac disease", "not eating till sunset, its ramadan".
		// (Not when the message gives the body's size or a cover as the reason: see NOT_EATING_COVER.)
		unless:
			/\b(?:allergy|allergies|allergic|coeliac|celiac|gluten|dairy|lactose|intolerant|intolerance|meat|vegetarian|veggie|vegan|halal|kosher|ramadan|for lent|in lent|till sunset|until sunset|braces|dentist|wobbly tooth|tooth out|operation|anaesthetic)\b/,
		needs: /eat|starv|sick|skip/
	},
	...FAREWELL_RULES,
	...SELFHARM_SIGN_RULES
];

// A second list: one list holds at most 31 rules (a bit each in the phrase index).
const SIDEWAYS_RULES: readonly PhraseRule[] = [...SELFHARM_VEILED_RULES, ...SELFHARM_MEANS_RULES, ...SELFHARM_HIDDEN_RULES, ...SELFHARM_TOLD_RULES];

// A cover story the child takes back in the same message: "im not joking this time", "not cos
// im moving", "its not about homework". The words a rule would stand down on (a joke, homework, a
// move, a story) are then the cover, so the rules are read without them. Laughter or a game left
// in the message still casts doubt ("not joking i nearly killed myself laughing"): held, no page.
// A height or a means asked about is enough on its own only when the child names the cover and
// takes it back ("asking for a story. well not really for a story"), not beside a bare "not for
// homework, just curious".
const COVER_TAKEN_BACK =
	/\b(?:not (?:joking|kidding|lying)(?: this time)?|(?:a|this is a|its a|my) (?:true )?story about (?:me|myself)|(?:this|its|it s) (?:is )?(?:really |actually )?about me|(?:its|it s|this is) not (?:a joke|about (?:homework|school|a game|the game)|a story|for halloween)|not (?:cos|because|coz) (?:im|i am|we are|were) (?:moving|going away|going on holiday))\b/;
const COVER_NAMED_THEN_TAKEN_BACK =
	/\b(?:(?:for|asking for) (?:a|my) (?:story|project|friend)(?: [a-z]+){0,3} (?:well |actually |ok |but )?not really|asking for a reason)\b/;
// A story's person who hurts themselves, then owned: "a story about a girl who cuts herself. the
// girl is me tbh". The rules read the child's own first person, so the harm told of a third person
// is read here, and only once the child has said that person is them.
const STORY_PERSON_IS_ME =
	/\b(?:the|that|this|my) (?:girl|boy|kid|child|person|character|main character|one|friend|story)(?: in (?:the|my|that|this) (?:story|book|poem))? (?:is|was|s|is about) (?:really |actually |kind of |basically |just )?me\b/;
const HARM_TOLD_OF_THEM =
	/\b(?:cuts?|cutting|hurts?|hurting|harms?|harming|burns?|burning|scratches|scratching|starves?|starving|kills?|killing|hits?|hitting) (?:herself|himself|themselves|themself)\b|\b(?:wants?|wanted) to (?:die|not be alive|not exist|disappear forever)\b/;
// A fall or a game is an accident told, not harm owned: "the boy who hurt himself on the trampoline, that boy is me".
const HURT_BY_ACCIDENT = /\b(?:by accident|accidentally|fell|falling|tripped|slipped|trampoline|football|in pe|playing|bike|scooter|skateboard)\b/;
const STILL_PLAYFUL = /\b(?:laughing|laugh|video|film|game|level|trampoline|rollercoaster|paper|dt)\b/;
const MEANS_ASKED =
	/\b(?:tallest|highest|deepest) (?:bridge|building|cliff|roof|tower|car park)|how (?:many|much) (?:pills|tablets|paracetamol|calpol|medicine)|how long (?:does it take|it takes|would it take|till|until) (?:someone |somebody |a person |you |u |people |me )?to (?:stop breathing|drown|die|bleed to death|suffocate)\b/;
const UNGUARDED = (rules: readonly PhraseRule[]): readonly PhraseRule[] => rules.map(({ unless: _unless, standsDownIn: _frames, ...rule }) => rule);
const RULES_WITHOUT_COVERS = UNGUARDED(RULES);
const SIDEWAYS_WITHOUT_COVERS = UNGUARDED(SIDEWAYS_RULES);

// A reason for not eating that is a cover or the body's size, anywhere in the message (the rule's
// own stand-down reads only 40 letters either side): "i told mum im allergic to wheat so she
// doesnt notice", "the dentist can say what they want, i need to be thin". The not-eating rule is
// then read without its allergy, faith and dentist stand-down.
const NOT_EATING_COVER =
	/\b(?:thin|thinner|skinny|fat|weight|smaller|notice|pretend|pretending|on purpose|so (?:she|he|they|mum|dad|nobody|no one) (?:doesnt|dont|wont|cant)|say what they want|hate myself|deserve)\b/;
const NOT_EATING_WITHOUT_COVERS = UNGUARDED(RULES.filter((r) => r.rule === 'selfharm.not-eating'));

// A laugh is the only cover: "lol i want to kill myself", "i cut myself again lol". Children
// laugh off what they mean, so with no other sign of a game, a story or a joke's subject, the
// message is read again without its laughs, every other stand-down still in force, and what is
// found is found.
const LAUGH = /\b(?:lol|lool|lmao|lmfao|haha+|hehe+|ha ha|jk|rofl|xd)\b/;
const LAUGHS = new RegExp(LAUGH.source, 'g');
// The everyday overstatement a laugh goes with: dying of embarrassment, not wanting to be here at
// school on a Sunday.
const LAUGHED_OFF =
	/\b(?:die|died|dying|dead) (?:of|from|with) |\b(?:embarrassment|shame|boredom)\b|\b(?:be|was|wasnt|were|werent|not) here (?:at|in|on|for|with|today|now|right now)\b/;

// The readings below run on every message the rules pass, that is on nearly every innocent one:
// each first asks the test it cannot do without through the phrase index (phrases.ts wordTest), the
// same answer as the plain test, found at the few words that can begin it instead of by a scan.
const LAUGH_TEST = wordTest(LAUGH);
const COVER_NAMED_THEN_TAKEN_BACK_TEST = wordTest(COVER_NAMED_THEN_TAKEN_BACK);
const STORY_PERSON_IS_ME_TEST = wordTest(STORY_PERSON_IS_ME);
const COVER_TAKEN_BACK_TEST = wordTest(COVER_TAKEN_BACK);
const NOT_EATING_COVER_TEST = wordTest(NOT_EATING_COVER);

function findBehindLaugh(view: WordView): RawFinding[] {
	const text = view.text;
	if (!LAUGH_TEST.test(view)) return [];
	const withoutLaughs = text.replace(LAUGHS, ' ');
	if (NOT_ME.test(withoutLaughs) || LAUGHED_OFF.test(withoutLaughs)) return [];
	const again = buildWordView(normaliseText(withoutLaughs));
	const found = [...matchPhrases(again, RULES, 'selfharm'), ...matchPhrases(again, SIDEWAYS_RULES, 'selfharm')];
	return found.map((f) => wholeMessage(view, f.kind, f.rule));
}

function findBehindTakenBackCover(view: WordView): RawFinding[] {
	const text = view.text;
	if (COVER_NAMED_THEN_TAKEN_BACK_TEST.test(view) && MEANS_ASKED.test(text)) return [wholeMessage(view, 'selfharm', 'selfharm.plain')];
	if (STORY_PERSON_IS_ME_TEST.test(view) && HARM_TOLD_OF_THEM.test(text) && !HURT_BY_ACCIDENT.test(text))
		return [wholeMessage(view, 'selfharm', 'selfharm.plain')];
	if (!COVER_TAKEN_BACK_TEST.test(view)) return [];
	const found = [...matchPhrases(view, RULES_WITHOUT_COVERS, 'selfharm'), ...matchPhrases(view, SIDEWAYS_WITHOUT_COVERS, 'selfharm')];
	return STILL_PLAYFUL.test(text.replace(LAUGHS, ' ')) ? found.map((f) => ({ ...f, rule: `${f.rule}${UNSURE_SUFFIX}` })) : found;
}

/** Words that say a child may hurt themselves. */
export function findSelfHarm(view: WordView): RawFinding[] {
	const found = matchPhrases(view, RULES, 'selfharm');
	found.push(...matchPhrases(view, SIDEWAYS_RULES, 'selfharm'), ...findMaskedSelfHarm(view));
	if (found.length === 0) found.push(...findBehindTakenBackCover(view));
	if (found.length === 0) found.push(...findBehindLaugh(view));
	if (found.length === 0 && NOT_EATING_COVER_TEST.test(view)) found.push(...matchPhrases(view, NOT_EATING_WITHOUT_COVERS, 'selfharm'));
	return markDoubtful(found, view.text);
}
