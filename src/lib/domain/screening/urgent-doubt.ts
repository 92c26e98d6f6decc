// A listed self-harm or grooming phrase in a message that itself casts doubt on it: the ask
// acted out or spotted in a lesson exercise ("we did a role play where someone says you are so
// mature for your age and we had to spot that its a trick"), a grown-up's saying or question
// quoted from the family ("age is just a number, my nan says"), vanishing as a figure of speech
// ("i wanna disappear into the floor", "disappear like the invisible man"), "end it all" about a
// game level, one named food not eaten, old toys handed on, outfits for a disco. Owns no rule of its own: it
// renames such a finding `<rule>-unsure`. The message is still held and the teacher reads it,
// but, like the word model's unsure finding, it pages nobody on its own (severity.ts), and
// unsure self-harm still reaches the DSL as a same-day alert (safeguarding/alerts.ts). A wrong
// urgent alert costs the DSL's trust in every later one; a doubtful phrase is not dropped,
// because the same words are sometimes a child's real report.

import type { RawFinding } from './types.js';

/** The suffix of a finding's rule when the message casts doubt on it. */
export const UNSURE_SUFFIX = '-unsure';

// Play-acting, a lesson exercise or the television: the words are spotted, acted or heard, not
// said to the child ("a man on the telly said you look older than your age").
const PLAY_ACTED =
	/\b(?:on (?:the )?(?:telly|tv|television|radio|youtube|news)|(?:an|the|this|that) advert|in (?:the|a) (?:film|video|cartoon|programme)|role ?plays?|role ?played|role ?playing|we (?:acted|had to act|practised|had to practise|had to spot|had to find|had to say)|spot (?:the|that|if|when|which|who|what)|(?:its|it was|thats|that was|it is) a (?:trick|trap)|(?:the|a|our) scenario|act it out|acted it out|acting it out)\b/;

// A saying a grown-up of the family says of themselves, a question the family asks or a present
// they promise, quoted by the child ("are you home alone? asked my mum when she rang", "my parents
// said i can get a phone when im 11"); or the writer answering it of their
// own family, child to child ("do your parents check your phone? mine do").
const FAMILY = '(?:my|our) (?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|dad|parents|mum and dad|auntie|aunty|uncle|great nan|great gran)';
const FAMILY_SAYS = new RegExp(
	`\\b(?:${FAMILY} (?:says|said|always says|keeps saying|says that|said that|tells everyone|told me|tells me|calls me|called me|asked|asks|always asks|rang|texted|wants|needs|is coming|will)|(?:asked|asks|says|said) ${FAMILY}|mine (?:do|does|dont|doesnt|too|never|always|check|checks))\\b`
);
// The word model's sure grooming reading counts too: it reads "tall for your age" without the
// "my mum always says that too" that makes it a family's saying.
const FAMILY_RULES = new Set(['grooming.age', 'grooming.alone', 'grooming.gift', 'grooming.model']);

// Vanishing for shame, by magic or as a superpower, not as a way of not being here.
const VANISH_FIGURE =
	/\b(?:disappear|vanish|sink)(?:ed|ing|s)? (?:into|through|under) (?:the )?(?:floor|ground|carpet)\b|\b(?:disappear|vanish)(?:ed|ing|s)?(?: [a-z]+){0,3} like (?:a|an|the|magic)\b|\binto thin air\b|\b(?:invisible|invisibility|super ?powers?)\b/;
const WISH_RULES = new Set(['selfharm.not-alive', 'selfharm.run-away', 'selfharm.burden']);

// "End it all" about a level or a game: the game is what the child wants to stop.
const GAME_TALK = /\b(?:(?:this|the|that) (?:level|game|boss|round)(?! of)|in (?:minecraft|roblox|fortnite))\b/;
const ENDING = /\bend (?:it all|everything)\b/;

// Not eating one named meal or food: "im not eating my crusts cos they are gross"; not when the
// reason is the child's body or worth, or it has no end ("my lunch anymore so i get smaller").
const EATING_GOAL =
	/\b(?:so (?:i|im|that i)|smaller|thinner|thin|skinny|fat|weight|deserve|any ?more|until|till|nobody|no one|notice|disappear|on purpose|for days)\b/;
const NAMED_FOOD =
	/\bnot eating (?:my |the |that |those |this |these |any more |school )?(?:[a-z]+ )?(?:crusts?|dinner|lunch|breakfast|tea|supper|sprouts|peas|veg|vegetables|carrots|broccoli|fish|meat|sandwich|sandwiches|sweets|chocolate|cake|crisps|pizza|pasta|rice|beans|salad|soup|it|that|them|those)\b/;

// Old things handed on to family: outgrown, not given away before going.
const HANDED_ON = /\b(?:my old|old (?:toys|clothes|books|games|teddies)|baby toys)\b/;

// Asking whether a grown-up is in, with the errand that needs them: "is your mum home? i need to
// drop off the cake", or a lent thing going back to its owner ("i need to drop the drill back, my
// dad borrowed it").
const ERRAND =
	/\b(?:(?:drop|bring|take|give|hand) (?:the|your|ur|his|her|their|my|our) [a-z]+(?: [a-z]+)? (?:back|off|round)|(?:borrowed|lent|lend|borrow) (?:it|them|(?:the|your|ur|his|her|their|my|our) [a-z]+)|drop (?:it |them |something )?(?:off|round)|give (?:it|them|her|him) back|bring (?:it |them )?(?:round|over|back)|deliver|return|to talk to (?:her|him|them)|to ask (?:her|him|them))\b/;

// Friends comparing outfits for a dressing-up event ("disco outfit check… what r u wearing? its in
// the hall on friday"): the question is about the event, not the child's body. Never when a
// picture, a camera, being alone or a secret is in the message: that is the ask itself.
const DRESSING_UP_EVENT =
	/\b(?:disco|party|parties|prom|wedding|non ?uniform|mufti|fancy dress|dress ?up day|world book day|book day|christmas jumper day|school photo|outfits?|costumes?|onesies?)\b/;
const PICTURE_OR_SECRET =
	/\b(?:pics?|piks?|photos?|pictures?|selfies?|vids?|videos?|cam|camera|facetime|video ?call|show me|send|alone|just (?:you|u)|on (?:your|ur) own|secret|dont tell|do not tell|delete|bedroom|bed|bath|shower|pjs|pyjamas|underwear|bra)\b/;

// None of the doubts above holds when the message also says the words are the writer's own: a
// feeling likened to the telly's ("i want to kill myself like the man on the telly did", "i saw it
// on the news and i feel the same"), a hurt already done ("on youtube they said it helps so i cut
// myself last night"), a wish with no end ("disappear forever like magic and never come back") or
// a goodbye. A film, a game or a figure of speech is then the cover, not the reading.
const OWN =
	/\b(?:i (?:feel|felt)(?: [a-z]+){0,2} (?:the same|like (?:that|him|her|them|it))|like (?:the|a|that|this) (?:man|woman|lady|girl|boy|person|character|guy)(?: [a-z]+){0,4} (?:did|does|said|says|was|is)|the same as (?:the|him|her|them)|i (?:cut|hurt|burnt|burned|scratched|hit|starved) myself|last night|(?:myself|it|that) again|for real|i mean it|not (?:a joke|joking|kidding|pretend|pretending)|isnt a (?:joke|game)|i keep|every (?:day|night)|(?:says|said|calls me|call me|tells me) (?:im|i am) (?:fat|ugly|stupid|useless|worthless|nothing|a waste)|everyone (?:else|would be)|better off without me|nobody (?:would|had to|has to|will|cares)|no one (?:would|cares|will)|forever|never come back|not be here|wont be here|(?:never|not) wake up|where (?:im|i am) going|wont need (?:them|it|these|those)|anyway|but i (?:still |really |just )?(?:want|wanna|feel)|goodbye|bye everyone|remember me|miss me)\b/;

// A grooming ask kept between two or pressed on the reader: "act it out on video call just us",
// "my mum said im allowed to, just dont tell your parents", "mine never check so we can video
// chat". In a lesson's role play or scenario those are the words the class spotted, so they count
// only where no lesson frames the message.
const PRESSED =
	/\b(?:just (?:us|you and me|me and you|u and me|me and u)|(?:dont|do not|dnt|never|not to) tell|our (?:little )?secret|keep it (?:a )?secret|video (?:call|chat)|facetime|send me|pics?|photos?|pictures?|selfies?|come (?:over|round|to mine|to my)|on (?:your|ur) own|by (?:yourself|urself)|mine never|(?:hes|shes|theyre|they are) right|(?:snap|add|dm|message|text|call|ring) me|delete (?:this|it|that|our|the)|are (?:you|u) alone)\b/;
// Being someone's special girl, boy or friend presses only where the grown-up keeps it for the
// child: said to every grandchild alike ("she says it to all her grandkids"), it is a family's fondness.
const SPECIAL_ONE = /\bspecial (?:girl|boy|friend)\b/;
const SAID_TO_ALL = /\b(?:says|said|calls|call|tells|told)(?: it| that| this| the same)?(?: to)? (?:all|every|everyone|everybody|each)\b/;
const LESSON_FRAME =
	/\b(?:we (?:did|had to|acted|practised|watched|learnt|learned|talked)|(?<!not a )(?:trick|trap)|spot|lesson|pshe|e ?safety|online safety|in class|our teacher|(?:mr|mrs|miss|ms) [a-z]+ (?:said|showed|told)|scenario|watch out for)\b/;

function ownOrPressed(rule: string, text: string): boolean {
	if (rule.startsWith('selfharm.')) return OWN.test(text);
	const pressed = PRESSED.test(text) || (SPECIAL_ONE.test(text) && !SAID_TO_ALL.test(text));
	return rule.startsWith('grooming.') && pressed && !LESSON_FRAME.test(text);
}

// A grooming ask already told to a grown-up who acted on it: a parent saw it, the police came, it
// was blocked and reported ("he told our dad and dad phoned the police", "we blocked and reported
// them together"). The teacher still reads it, but it is an account of help given, not a child in
// danger tonight, so it pages nobody. Never while it goes on ("he made a new account", "but he
// still messages me", "i'm scared"): then the grown-up's help has not ended it.
const GROWN_UP = '(?:mum|mam|mom|dad|parents|mum and dad|nan|gran|grandma|grandad|auntie|aunty|carer|foster carer|teacher|head ?teacher|the police|police)';
const TOLD_A_GROWN_UP = new RegExp(
	`\\b(?:(?:told|showed|tell|show) (?:my|our|his|her|their|the) ${GROWN_UP}|(?:told|showed) (?:(?:mrs|mr|ms|miss) [a-z]+|miss|sir)|(?:my|our|his|her|their|the) ${GROWN_UP} (?:saw|found|read|checked|phoned|rang|called|came|sat with|blocked|reported|took)|we (?:blocked|reported)|phoned the police|called the police|rang the police|the police came|police (?:came|come) round)\\b`
);
const ACTED_ON =
	/\b(?:blocked|reported|report (?:it|him|her|them)|block and report|police|policewoman|policeman|ceop|screenshots?|deleted (?:the|his|her|their) account)\b/;
const STILL_GOING =
	/\b(?:still (?:messag|talk|send|ask|add|follow|online|there|text|chat|happen|want|wants|does|do|keeps)[a-z]*|again|keeps|keep (?:messaging|asking|sending)|new account|another account|(?:wont|doesnt|didnt|wouldnt) stop|came back|made a new|(?:im|i am|i feel|i still feel|im still|still) (?:really |so |a bit |very )?(?:scared|frightened|worried)|dont know what to do|what should i do|help me|but (?:he|she|they|it)|(?:mum|dad|they|she|he) (?:doesnt|dont|didnt|did not|does not) (?:know|believe))\b/;

// A grooming ask told of as the lesson's, the assembly's or the poster's: what a teacher said bad
// people do, a video the class was shown, an e-safety poster's list. The phrase rules stand down
// where such words are near the ask; in a long message they may lie further off, and the word model
// is not told who is speaking. Held, but no page, unless the child says it is happening to them.
const TAUGHT =
	/\b(?:e ?safety|online safety|internet safety|pshe|stranger danger|nspcc|ceop|we (?:learned|learnt|were taught|watched|did a lesson)|(?:mr|mrs|ms|miss) [a-z]+ (?:said|says|showed us|told us|taught us|played us|read us)|(?:miss|sir|our teacher|my teacher|the teacher) (?:said|says|showed us|told us|taught us|played us)|(?:a|the|our) (?:video|film|cartoon|assembly|leaflet|poster) (?:about|on|called|showed|said)|(?:bad|some|nasty|dangerous|creepy|fake) (?:people|adults|grown ups|men|strangers) (?:online|on the internet|on games|sometimes|might|can|will|pretend|try)|(?:things|stuff) a real friend (?:wont|would not|wouldnt|doesnt|never))\b/;
const HAPPENING_TO_ME =
	/\b(?:(?:asked|asks|asking|wants|wanted|told|tells|sent|sends|messaged|messages|messaging|added|offered|offers|gave|gives|keeps asking|called|calls) me|to me|i (?:sent|added|met|said yes|think (?:its|it is|this is) (?:happening|him|her))|happening to me|happened to me|(?:my|an?) (?:online |game |new )?friend (?:asked|asks|wants|said|says))\b/;

function toldOfOrHandled(rule: string, text: string): boolean {
	if (!rule.startsWith('grooming.') || rule.endsWith('.model-weak')) return false;
	if (TOLD_A_GROWN_UP.test(text) && ACTED_ON.test(text) && !STILL_GOING.test(text)) return true;
	return TAUGHT.test(text) && !HAPPENING_TO_ME.test(text);
}

function doubted(rule: string, text: string): boolean {
	if (toldOfOrHandled(rule, text)) return true;
	if (ownOrPressed(rule, text)) return false;
	// The word model's reading is doubted only by a family's saying: its other doubts (a lesson, the
	// telly) are words it has weighed already.
	if (rule.endsWith('.model')) return FAMILY_RULES.has(rule) && FAMILY_SAYS.test(text);
	if (PLAY_ACTED.test(text)) return true;
	if (FAMILY_RULES.has(rule) && FAMILY_SAYS.test(text)) return true;
	if (rule === 'grooming.alone' && ERRAND.test(text)) return true;
	if (rule === 'grooming.photo' && DRESSING_UP_EVENT.test(text) && !PICTURE_OR_SECRET.test(text)) return true;
	if (WISH_RULES.has(rule) && VANISH_FIGURE.test(text)) return true;
	if ((WISH_RULES.has(rule) || ENDING.test(text)) && rule.startsWith('selfharm.') && GAME_TALK.test(text)) return true;
	if (rule === 'selfharm.not-eating' && NAMED_FOOD.test(text) && !EATING_GOAL.test(text)) return true;
	return rule === 'selfharm.farewell' && HANDED_ON.test(text);
}

/** The same findings, each renamed unsure where the message casts doubt on it. */
export function markDoubtful(found: RawFinding[], text: string): RawFinding[] {
	if (found.length === 0) return found;
	return found.map((f) => (doubted(f.rule, text) ? { ...f, rule: `${f.rule}${UNSURE_SUFFIX}` } : f));
}
