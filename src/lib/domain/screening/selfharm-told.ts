// Self-harm told in everyday words that the other self-harm rules do not list. Adds to rules:
// selfharm.not-alive (wishing not to wake up, not minding dying, a plan to "not wake up", lying
// still pretending to be dead because it is "peaceful", "imagine if i never came back… for
// real"), selfharm.burden ("i'm just a problem for everyone", someone could rest "if i wasn't
// here", "would anyone care if i…", a list of reasons to stay with none on it, "they say it gets
// better, it doesn't"), selfharm.plain (will a packet of tablets or a jump "kill me", medicine
// saved up to take together, where a grown-up's pills are kept "now", walking into water and
// "keep walking", not looking when crossing the road on purpose, "sewer slide"), selfharm.on-purpose
// (burning oneself with a lighter, "I deserved it" after punching a wall, a hurt that "lets the
// bad out", marks covered "so they don't see", long sleeves in summer "won't tell you why", an
// accident told but taken back, "s/h again"), selfharm.not-eating ("pro ana", "0 cals today",
// food binned when nobody is looking, mum thinks I'm eating but I give it away, starving "is the
// plan") and selfharm.farewell (a will for one's things, "keep them forever and think of me",
// "something from me after", a last post that thanks everyone, "don't forget me… not coming
// back", "if anything happens to me look after…", "sorry… see you never"). Games, stories,
// lessons, illness, trips, moves and grief pass, as in the other self-harm rules.

import { AWAY_INNOCENTLY } from './selfharm-farewell.js';
import { phrase, type PhraseRule } from './phrases.js';

const PLAY_OR_STORY =
	/\b(?:game|level|minecraft|fortnite|roblox|character|story|film|movie|book|lesson|learn|learned|learnt|lol|haha|jk|joke|pool|swimming|diving|trampoline|zip wire|rollercoaster|musical statues|sleeping lions|play dead|playing dead|hide and seek|drama|acting)\b/;
const ILLNESS =
	/\b(?:cough|cold|flu|rash|eczema|tummy|headache|hay fever|tooth|teeth|braces|broken|cast|plaster cast|operation|hospital|surgery|doctor|doctors|nurse|dentist|medicine for)\b/;
const MEDICINE = '(?:pills|tablets|paracetamol|calpol|ibuprofen|painkillers|medicine|medicines|capsules|inhalers?)';
const THEY = '(?:she|he|they|mum|mam|mom|dad|nan|nana|gran|grandma|grandad|everyone|everybody|every1|my family|my mum|my mam|my dad)';
const NOT_HERE = '(?:wasnt|was not|werent|were not|wasn t) (?:here|around|alive|a li ve|a live|ali ve|al ive|born)';
// When or where a child is away for a day: "if i wasnt here on saturday".
const NOT_A_DAY = '(?! (?:on|at|for|during|in|this|today|tomorrow|tonight|next|last|yesterday|till|until)(?![a-z]))';

const NOT_ALIVE_RULES: readonly PhraseRule[] = [
	{
		// How to vanish for good, asked: "so nobody ever finds you".
		rule: 'selfharm.run-away',
		pattern: phrase(
			`how (?:do|can|could|would|does) (?:people|you|u|someone|somebody|a person|a kid|i) (?:just )?(?:disappear|vanish|go missing|run away)(?: [a-z]+){0,2} (?:and|so|where|without) (?:nobody|no one|noone|no1|anyone|anybody) (?:ever )?(?:finds?|can find|will find|could find|finding|knows?|looks? for) (?:them|you|u|me|her|him)`
		),
		unless: new RegExp(`${PLAY_OR_STORY.source}|\\b(?:magic|magician|magicians|trick|tricks|bermuda|history|ghost|ghosts|mystery|detective)\\b`),
		needs: /find|finds|finding|know|knows|look|looks/
	},
	{
		// Not waking up, wished or planned; not minding dying; being dead pretended for the peace.
		rule: 'selfharm.not-alive',
		pattern: phrase(
			`wish(?:es|ed)? (?:that )?(?:i|they|we|you|u|people) (?:just )?(?:didnt|did not|hadnt|had not|never|wouldnt|would not) (?:wake|woke|woken) up(?! (?:so |this |too |really )?(?:early|earlier|late|at|for|in time|on time|before|till|until))|(?:my|the) plan is (?:to )?(?:(?:go )?bye bye (?:forever|for ever)|(?:go|disappear|be gone|go away) (?:forever|for ever)|not wake up|never wake up|die|end it|not be here)|i (?:wouldnt|would not|dont|do not) (?:mind|care) (?:if i )?(?:dying|died|being dead|not waking up|never waking up|not being here|not being alive)(?! (?:my|your|ur|her|his|the) hair)|(?:die|dying|dead)(?: [a-z]+){0,10} i (?:wouldnt|would not) mind (?:going|it)$|if i died(?: [a-z]+){0,2} (?:id|i would|i d) be (?:relieved|glad|happy|fine)|(?:pretend|pretending|imagine|imagining) (?:im|i am|i m|i was) (?:not alive|dead|not here|gone|not existing)(?: [a-z]+){0,10} (?:peaceful|calm|quiet|nice|better|happy)|imagine if i (?:just )?(?:never came back|never come back|disappeared|died|wasnt here|was gone)(?: [a-z]+){0,8} (?:for real|fr|not joking|im serious|seriously)`
		),
		unless: new RegExp(
			`${PLAY_OR_STORY.source.replace(/\|lol\|haha\|jk\|joke/, '')}|\\b(?:dream|dreams|dreaming|alarm|sleepy|lie in|weekend|saturday|sunday|holiday|holidays|school trip|trip|moving|new school)\\b`
		),
		needs: /wake|woke|plan|mind|care|relieved|glad|happy|fine|peaceful|calm|quiet|nice|better|real|fr|joking|serious/
	}
];

const BURDEN_RULES: readonly PhraseRule[] = [
	{
		// The child as the trouble of the people around them.
		rule: 'selfharm.burden',
		pattern: phrase(
			`(?:im|i am|i m) (?:just |only |such |always )?(?:a|the) (?:problem|burden|nuisance|bother|trouble) (?:for|to) (?:everyone|everybody|every1|all of (?:you|them)|my family|mum|mam|dad|my mum|my mam|my dad|my nan|you all|them)|if i ${NOT_HERE}${NOT_A_DAY}(?: [a-z]+){0,2} ${THEY} (?:could|would|wud|wd|might) (?:rest|relax|be happy|be happier|be ok|be okay|be fine|be free|sleep|stop crying)|${THEY} (?:would|will|wd|wud|wld) (?:be|b) (?:happier|better|better off|fine)(?: off)? if i ${NOT_HERE}${NOT_A_DAY}|if i (?:kms|killed myself|died|disappeared|was gone|wasnt here)(?: [a-z]+){0,2} (?:would|will|wud|wd) (?:any1|anyone|anybody|any one|people|someone|u|you) (?:even )?(?:care|notice|miss me|cry)|list of (?:reasons|things) to (?:stay|live|keep going|stay alive)(?: [a-z]+){0,6} (?:couldnt|could not|cant|can not) think of (?:any|anything|one|a single)`
		),
		unless: new RegExp(`${PLAY_OR_STORY.source}|\\b(?:chess|win|winning|won)\\b`),
		needs: /problem|burden|nuisance|bother|trouble|rest|relax|happy|happier|ok|okay|fine|free|sleep|crying|better|care|notice|miss|cry|think of/
	},
	{
		// Told that it gets better, and it has not.
		rule: 'selfharm.burden',
		pattern: phrase(
			`(?:says?|saying|said|tell me|told me|telling me|promised|promise) (?:that )?(?:it|things|life) (?:gets?|will get|would get|is going to get|gonna get) better(?: [a-z]+){0,3} (?:it doesnt|it does not|they dont|it never does|it hasnt|it has not|it wont|no it doesnt|but it doesnt|it didnt|it never did)`
		),
		unless: new RegExp(`${PLAY_OR_STORY.source}|${ILLNESS.source}`),
		needs: /better/
	}
];

const PLAIN_RULES: readonly PhraseRule[] = [
	{
		// Will a packet of tablets, or a jump, kill me; medicine saved up to take together.
		rule: 'selfharm.plain',
		pattern: phrase(
			`if i (?:take|took|swallow|swallowed|have|had|drink|drank|eat|ate)(?: [a-z]+){0,5} ${MEDICINE}(?: [a-z]+){0,3} (?:will|would|could) (?:i (?:die|be dead)|it kill me|that kill me|they kill me)|if i (?:go|went|get|got|climb|climbed)(?: [a-z]+){0,10} (?:and )?(?:jump|jumped|fall|fell|let go|step off)(?: off)?(?: [a-z]+){0,3} (?:will|would|could) (?:it|that|i) (?:kill me|die|be dead)|${MEDICINE}(?: [a-z]+){0,8} what (?:happens|would happen|will happen) if (?:you|u|i|someone) (?:have|take|drink|swallow|had|took|drank|swallowed) (?:the|a) whole (?:bottle|packet|box|tub|lot)|(?:save|saving|saved|keep|keeping|kept|collect|collecting|collected|hoard|hoarding|stash|stashing)(?: up)? (?:all )?(?:of )?(?:my |the |mums |dads |nans )?(?:[a-z]+ ){0,3}${MEDICINE}(?: [a-z]+){0,12} (?:all together|all at once|at once|in one go)|${MEDICINE}(?: [a-z]+){0,10} i (?:know|found out|worked out) where (?:they are|she keeps them|he keeps them|they keep them|they re kept|they are kept) now$`
		),
		unless:
			/\b(?:first aid|lesson|learn|learned|learnt|science|game|character|story|film|the label|the box says|doctor said|doctors said|for my (?:cold|headache|tooth|temperature)|dog|puppy|baby|trampoline|pool|diving|swing|lol|haha)\b/,
		needs: /die|dead|kill|whole|together|once|one go|now/
	},
	{
		// A way to die walked into, or not looked for.
		rule: 'selfharm.plain',
		pattern: phrase(
			`(?:walk|walking|run|running|go|going|jump|jumping) into the (?:lake|sea|river|canal|reservoir|water) and (?:just )?(?:keep|carry on|go on) (?:walking|going|swimming)|(?:cross|crossing|crossed|walk across|walking across) the road(?: [a-z]+){0,6} (?:dont|do not|didnt|did not|never|without) look(?:ing)? (?:on purpose|deliberately|so (?:i|a car))|(?:jumping|jump|falling|fall|stepping|step) (?:off|from) (?:the top of )?(?:the |a )?(?:car park|multi storey|bridge|roof|building|cliff|flats|tower|window|balcony)(?: [a-z]+){0,3} is all i (?:think|can think|dream) about|(?:sewer ?slide|sewerslide)(?! at| in the)|(?:top of the (?:car park|multi storey|flats|building|tower|cliff|bridge)|(?:on|over) the (?:bridge|railings|ledge)|(?:sit|sat|sitting|stand|stood|standing) on the (?:wall|edge))(?: [a-z]+){0,8} (?:think|thought|thinking|wonder|wondered) about (?:it|letting go|falling|jumping|going over|stepping off)(?= for (?:ages|a (?:long time|while|bit))$| again| every|$)|(?:writing|wrote|write|written|left|leave|leaving|finished|finishing) (?:my|a|me) (?:suicide|goodbye forever) (?:note|letter)|(?:poem|song|story|drawing|picture|diary entry) (?:about|of) (?:me )?(?:killing|hurting|cutting|harming|starving) (?:myself|my self|meself)`
		),
		unless:
			/\b(?:game|level|minecraft|fortnite|roblox|character|film|movie|lesson|learn|learned|learnt|lol|haha|jk|pool|swimming|diving|trampoline|zip wire|abseil|abseiling|rollercoaster|view|fireworks|by accident|accidentally|fell|tripped)\b/,
		needs: /walking|going|swimming|look|think|thought|dream|slide|wonder|note|letter|myself|my self|meself/
	},
	{
		// Dying wished for in slang with no "i" before it: "wanna die tbh".
		rule: 'selfharm.plain',
		pattern: phrase(`^(?:just |tbh |honestly |ngl )?(?:wanna|want to|want 2) die(?! (?:of|from|laughing|my|your|ur|her|his|it|the|in|at|on|with))`),
		unless: /\b(?:game|level|minecraft|fortnite|roblox|boredom|bored|embarrass(?:ed|ing|ment)?|cringe|laughing|funny)\b/,
		needs: /die/
	}
];

const ON_PURPOSE_RULES: readonly PhraseRule[] = [
	{
		// A hurt done, and the words that make it deliberate.
		rule: 'selfharm.on-purpose',
		pattern: phrase(
			`i (?:sometimes |keep |still |always |have been |ve been )?(?:burn|burnt|burned|burning) (?:myself|my self|my (?:arms?|legs?|hands?|wrists?|skin|fingers?|thighs?)) with (?:a |the |my |mums |dads )?(?:lighter|lighters|matches|match|candle|hair straighteners|straighteners)|(?:punched|punch|hit|banged|kicked) (?:the wall|the door|myself|my head)(?: [a-z]+){0,8} i (?:deserved|deserve) it|on my (?:arms?|legs?|wrists?|skin|thighs?|hands?)(?: [a-z]+){0,12} (?:it|that|this) (?:lets|let|gets) (?:the )?(?:bad|sad|pain|hurt|angry)(?: (?:feelings?|stuff|thoughts?))? out|(?:doing|did|done|do) s h (?:again|every|at night|dont tell|last night)|^i (?:cut|cutted) again(?: [a-z]+){0,2}$`
		),
		unless:
			/\b(?:by accident|accidentally|by mistake|oops|cooking|baking|birthday cake|candles on|sparkler|bonfire|campfire|paper|card|hair|fringe|grass|game|story|character|boxing|punchbag|karate|taekwondo|lesson)\b/,
		needs: /lighter|matches|match|candle|straighteners|deserve|out|s h|again/
	},
	{
		// Marks covered, or the accident told of them taken back.
		rule: 'selfharm.on-purpose',
		pattern: phrase(
			`(?:cover|covers|hide|hides|covering|hiding) (?:up )?(?:the )?(?:lines|cuts|scars|marks|scratches) on (?:your|ur|my|someones|somebodys) (?:legs?|arms?|wrists?|thighs?)|(?:lend|borrow|need|wear|get|have)(?: [a-z]+){0,3} (?:a )?long (?:sleeve|sleeved|sleeves)(?: [a-z]+){0,4} so (?:(?:they|people|everyone|the others|anyone) (?:dont|do not|cant|can not|wont|doesnt|wouldnt)|(?:nobody|no one|noone)(?: can| will| would| does)?) see$|(?:only )?wear (?:long (?:sleeves|socks|trousers|sleeved tops?)|(?:a )?(?:jumper|hoodie|cardigan|tights|leggings))(?: [a-z]+){0,4} (?:even )?in (?:summer|the summer|the heat|pe|hot weather|the sun)(?: [a-z]+){0,6} (?:wont|will not|not going to|cant|can not|dont want to) (?:tell|say)(?: (?:you|u|anyone|anybody|them))? why|put (?:the |my |these |some )?(?:bracelets?|wristbands?|sweatbands?|plasters?|sleeves down) on so (?:they|people|nobody|no one|everyone) (?:(?:wouldnt|would not|wont|dont|cant|couldnt) (?:see|look|notice|ask|stare)|wouldnt$|would not$)|(?:told|tell|said|say|telling|saying) (?:to )?(?:mum|dad|mam|my mum|my dad|everyone|people|them|miss|sir|the teacher|my teacher|nan)(?: that)? (?:i|it) (?:fell|tripped|slipped|was (?:the|a) cat|was an accident)(?: [a-z]+){0,6} but (?:i didnt|i did not|it wasnt|it was not|there (?:is|was) no|theres no|i never)|(?:not (?:a |from (?:a |the |our )?)(?:cat|dog) scratch(?:es)?|(?:theres|there is|there s|weve got|we have|we ve got) no (?:cat|dog))(?: [a-z]+){0,8} (?:thats|that s|that is|its|it s) what i (?:tell|told|say|said) (?:people|everyone|mum|dad|mam|them|teachers?|miss|sir)`
		),
		unless:
			/\b(?:nettle|nettles|bramble|brambles|eczema|sunburn|sun burn|birthmark|rash|bike|scooter|stretch marks|tattoo|game|story|character|fight|fighting|punched|kicked|bully|bullied|broke|smashed|vase|window|ate|eaten|lol|haha)\b/,
		needs: /lines|cuts|scars|marks|scratches|see|why|look|notice|ask|stare|wouldnt|would not|didnt|did not|wasnt|was not|no|never|tell|told|say|said/
	}
];

const NOT_EATING_RULES: readonly PhraseRule[] = [
	{
		rule: 'selfharm.not-eating',
		pattern: phrase(
			`(?:doing|on|follow|following|im|i am|i m|going) pro ?ana|(?:0|zero|no) (?:cals|calories|kcals?)(?: [a-z]+){0,2} (?:today|tomorrow|2moro|tmrw|again|this week|all day)|(?:starving|starve|not eating|no food|no eating)(?: myself)? (?:is|s) (?:the|my) plan|no (?:food|eating|meals|dinner|lunch|breakfast) (?:for|4) me (?:ever again|any ?more|from now on)|(?:bin|binned|binning|throw|threw|throwing|put|hide|hid|hiding|give|gave|giving)(?: [a-z]+){0,2} (?:my )?(?:food|dinner|lunch|tea|breakfast|meals?|sandwiches?|dinners)(?: [a-z]+){0,6} (?:when (?:nobody|no one|noone) (?:is|was|s) (?:looking|watching)|(?:easier|better|good) when (?:im|i am|i m|my tummy is|my belly is) empty)|(?:mum|mam|dad|my mum|my dad|my mam|nan|everyone|they|teachers?) (?:thinks?|think) (?:im|i am|i m) (?:having|eating|getting) (?:my |school |her |the )?(?:dinners?|lunch(?:es)?|breakfast|tea|meals?|packed lunch)(?: [a-z]+){0,4} but (?:i|really i) (?:give|gave|throw|threw|bin|binned|hide|hid|dont|do not|never|skip)|(?:breakfast|lunch|dinner|tea) is (?:just|only) (?:water|a glass of water)`
		),
		unless:
			/\b(?:fasting|ramadan|lent|operation|anaesthetic|blood test|ill|poorly|sick|bug|vomiting|dentist|diet coke|coke|pepsi|gum|sweetener|caterpillar|story|character|game|dog|cat|hamster|birds?|ducks?)\b/,
		needs:
			/ana|today|tomorrow|2moro|tmrw|again|week|day|plan|ever|more|now|looking|watching|empty|give|gave|throw|threw|bin|binned|hide|hid|dont|do not|never|skip|water/
	}
];

const FAREWELL_RULES: readonly PhraseRule[] = [
	{
		rule: 'selfharm.farewell',
		pattern: phrase(
			`tell (?:my )?(?:mum|mam|dad|mom|nan|family|everyone|them)(?: that)? (?:im |i am |i m )?sorry(?: x+)?(?: bye| goodbye| bye bye)+(?: see (?:you|u|ya) never)?$|sorry(?: [a-z]+){0,4} see (?:you|u|ya) never$|(?:best friend|best mate|bestie|bff)(?: i ve| ive| i have)?(?: ever)?(?: had)?(?: [a-z]+){0,3} (?:bye|goodbye) (?:everyone|every1|everybody|all|forever|for ever)(?: x+)?$|(?:this is|heres|here is|its) my (?:last|final) (?:ever )?(?:message|msg|post|text) (?:on here|here|ever|on this)(?: [a-z]+){0,4} (?:thank (?:you|u)|thanks) for (?:being|everything)|(?:dont|do not|please dont|never) forget (?:about )?me(?: [a-z]+){0,10} (?:i dont think|i do not think|i wont|i will not|im not|i m not) (?:ill |i ll |i will )?(?:be )?(?:coming|come) back|if (?:anything|something) (?:ever )?(?:happens|happened) to me(?: [a-z]+){0,2} (?:can|could|will|would|please) (?:you|u) (?:look after|take care of|feed|have|keep|mind)|keep (?:them|it|this|these) (?:forever|for ever)(?: [a-z]+){0,2} (?:and )?(?:think of|remember) me|so (?:she|he|they|you|u|mum|dad|mam) (?:has|have|got|gets) something (?:from me|to remember me by) (?:after$|after (?:im|i am|i m) gone|when (?:im|i am|i m) gone|for after)|(?:letters?|notes?)(?: [a-z]+){0,10} for when (?:im|i am|i m) not around(?! (?:on|to|for|at|next|this|in)(?![a-z]))|(?:want|wanted) (?:you|u) to have my(?: [a-z]+){1,10} (?:wrote|written|write) it (?:down|in a letter)|(?:its|it is|it s) better this way(?: [a-z]+){0,3} sorry for (?:being|everything)|(?:want|wanted) (?:you|u|everyone|people|you all) to remember me (?:as|for)|if (?:im|i am|i m) not (?:at school|here|around|in)(?: [a-z]+){0,3} (?:dont|do not|please dont) worry(?: [a-z]+){0,2} (?:its|it is|it s) (?:better|for the best|best)`
		),
		unless: new RegExp(
			`${AWAY_INNOCENTLY.source}|${PLAY_OR_STORY.source}|\\b(?:see (?:you|u|ya) (?:tomorrow|later|soon|on|at|next|monday)|birthday|christmas|present|friendship bracelet|operation|hospital|surgery|famous|leave|leaving|leavers|secondary|year 7)\\b`
		),
		needs: /bye|never|thank|thanks|back|mind|look after|care|feed|have|keep|me|after|gone|around|down|letter|sorry|best/
	}
];

export const SELFHARM_TOLD_RULES: readonly PhraseRule[] = [
	...NOT_ALIVE_RULES,
	...BURDEN_RULES,
	...PLAIN_RULES,
	...ON_PURPOSE_RULES,
	...NOT_EATING_RULES,
	...FAREWELL_RULES
];
