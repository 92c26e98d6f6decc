// Secrecy requests, a grooming signal the safeguarding lead is alerted to.
// Owns rules: secrecy.dont-tell, secrecy.our-secret, secrecy.delete,
// secrecy.promise ("pinky promise you won't tell"), secrecy.hide ("hide this from
// ur mum", "make sure your mum doesn't see this", "if you tell anyone I'll…").
// Held for a teacher rather than blocked, because children keep good secrets
// too: a surprise or a present for Mum is what e-safety lessons call a "good
// surprise", so those sentences pass.

import { matchPhrases, phrase, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import { frames, type Speaking } from './speaking.js';
import type { RawFinding } from './types.js';
import { COVER_UP_RULES } from './secrecy-cover-up.js';
import { HUSH_RULES } from './secrecy-hush.js';
import { keepsOtherKindSecret } from './secrecy-kind.js';
import { SWORN_RULES } from './secrecy-sworn.js';

// Advice about the reader's own details: "never tell anyone your address" asks no silence about
// anything, and a good password is a secret everyone should keep.
const OWN_DETAILS_ADVICE =
	/\b(?:a good|a strong|strong|good) passwords?\b|\bpasswords? (?:is|are|should|must)\b|\b(?:tell|give|share|show) (?:anyone|anybody|strangers|people|someone|a stranger)(?: online| on (?:games|the internet))? (?:(?:your|ur) (?:address|postcode|password|number|phone|school|name|full name|age|location|photos?|pictures?|details)|(?:what|which) school (?:you|u) go to|where (?:you|u) live)\b/;
// Lesson talk (speaking.ts), or the word "lesson", near the phrase. Safety advice is not asked:
// "don't ever tell your mum" and "you shouldn't tell anyone" are the very requests this file holds.
const IN_LESSON = frames('lesson');
const LESSON_WORD = /\blesson\b/;
const GOOD_SURPRISE =
	/\b(?:surprise|present|birthday|party|card|gift|christmas|mothers day|fathers day|secret santa|tooth fairy|santa|easter bunny|thank you|leaving|having a baby|new baby|pregnant|engaged|wedding|(?:getting|got|having) a (?:new )?(?:puppy|kitten|dog|cat|rabbit|hamster|guinea pig|pet|baby brother|baby sister)|(?:making|make|made|get|got|getting|buying|bought|baking) (?:her|him|them|miss|sir|mum|dad|(?:mrs|mr|miss|ms) [a-z]+) (?:a|an|some|one)|(?:secret|quiet) (?:till|until|til) (?:christmas|december|(?:her|his|my|mums|dads) birthday|mothers day|fathers day|easter|the end of term|the last day)|(?:give|giving) (?!you |u |ya )[a-z]+ my (?:spare|old|extra|best)|what (?:we|i|weve|ive|we have|i have|were|im) (?:got|get|getting|bought|buying|made|making) (?:for )?(?:her|him|them|miss|sir|mum|dad|nan|gran|(?:mrs|mr|miss|ms) [a-z]+)\b(?! up)|(?:bring|bringing) in [a-z ]{0,20}for (?:everyone|the class|the whole class)|my last day|(?:make|making|made|draw|drawing|write|writing|bake|baking) [a-z ]{0,30}for (?:(?:mrs|mr|miss|ms) [a-z]+|our teacher|the teacher|mum|dad|nan|gran))\b/;
// Secrets that are things, not silence: a recipe, a handshake, a den.
const SECRET_THING =
	/\bsecret (?:recipe|handshake|code word|codes?|password for our den|den|club|base|santa|ingredient|passage|garden|agent|weapon|power|level|door|room|tunnel|mission|map|treasure)\b/;
// Someone else's silence: a story or a quote (speaking.ts), or a lesson exercise whose secret is
// an example's, not a request to the reader.
const OTHERS_FRAME = frames('story', 'quote', 'exercise');
// A scripture story's secret ("jesus healed the man and told him don't tell anyone"), read beside
// the secret's own words only (speaking.ts).
const SCRIPTURE = frames('scripture');
/** Letters either side of a secret's words in which a scripture story's cue makes it the story's. */
const SCRIPTURE_REACH = 40;
// Silence kept by someone else in so many words ("the knight promised he would never tell", "if a
// grown up says don't tell"), or the hider's plea in hide and seek.
// So is a listener's duty to keep what they are told ("the priest is never allowed to tell
// anyone what you said in confession", "Childline won't tell your mum", "what you tell the
// counsellor stays private unless you're in danger"): the silence is theirs, and a
// professional's comes with its "unless".
const BOUND_LISTENER = '(?:the|a|your) (?:priest|vicar|imam|rabbi|doctor|gp|nurse|school nurse|counsellor|counselor|therapist)|childline|samaritans';
const LISTENERS_SILENCE = new RegExp(
	`\\b(?:${BOUND_LISTENER}) (?:(?:is|are|isnt|arent|is not|are not)(?: never| ever| not)* (?:allowed|supposed|meant|able) to|(?:will never|wont ever|wont|will not|can never|cant|cannot|can not|never|doesnt|dont|do not|does not)) (?:tell|say|repeat|share|pass on)\\b|\\b(?:${BOUND_LISTENER}|the (?:school )?(?:counsellor|counselor|nurse|learning mentor|mental health lead))\\b[a-z ]{0,40}\\b(?:stays?|is|are|kept) (?:between (?:us|you and (?:them|her|him))|private|confidential)[a-z ]{0,20}\\bunless\\b`
);
const OTHERS_SILENCE = new RegExp(
	`\\bhide (?:and|n) seek\\b|\\b(?:he|she|they|it) (?:would|will|wd|could|promised to|promised he would|promised she would) never (?:tell|say)\\b|\\bif (?:a grown up|an adult|someone|somebody|anyone|a stranger|a person|a friend)(?: online)? (?:says|tells you|asks you to)\\b|${LISTENERS_SILENCE.source}`
);
// A present from the writer to the reader, kept from the reader's own parents, is a lure
// ("I bought you some vbucks, don't mention it to your mum"), not a kind surprise.
const LURE =
	/\b(?:bought|got|get|getting|buy|give|gave|giving|send|sent|sending) (?:you|u|ya)\b(?=[\s\S]*\b(?:your|ur) (?:mum|mom|dad|parents|mum and dad|family)\b)/;
const SURPRISE_NOT_LURE = `^(?![\\s\\S]*${LURE.source})[\\s\\S]*(?:${GOOD_SURPRISE.source})`;
const KIND_OR_OWN_DETAILS = new RegExp(`${SURPRISE_NOT_LURE}|${OWN_DETAILS_ADVICE.source}|${LESSON_WORD.source}`);
const GROWN_UPS =
	'(?:anyone|anybody|any1|nobody|no one|noone|your (?:mum|mom|mam|dad|parents|nan|gran|teacher|family|carer|brother|sister)|ur (?:mum|mom|mam|dad|parents|teacher)|mum|mom|dad|mummy|daddy|parents|the teacher|teacher|teachers|miss|sir|a grown up|grown ups|any grown ups|adults|(?:mr|mrs|miss|ms|sir) [a-z]+|the teachers|the others|anyone else|(?:the )?dinner lad(?:y|ies)|(?:the )?lunchtime staff|(?:the|your|ur) (?:ta|teaching assistant)|(?:your|ur) (?:sister|brother|friends|best friend|dad|mum))';

// "Can you keep a secret? I'm getting a puppy": the secret is the writer's own news, not a
// request to hide something from grown-ups, unless the news is a grown-up's lure.
const OWN_NEWS =
	'(?<=(?:can|could|will) (?:you|u) keep a secret) (?:i|im|i m|ive|my|were|we re)\\b(?![a-z ]*\\b(?:love|meet|alone|special|pics?|photos?|send|from|tell|nobody|no one|address|live)\\b)';

const RULES: readonly PhraseRule[] = [
	{
		rule: 'secrecy.dont-tell',
		pattern: phrase(
			`(?:dont|do not|dnt|dont you|never|you cant|you mustnt|u cant|dont ever|dont go) (?:tell|show|say (?:anything|owt|nothing|a word) to|say to|let|talk to|mention (?:it|this|that) to|grass|snitch)(?: on (?:us|me|him|her|them|anyone|anybody))?(?: (?:this|it|that|them|anything|about (?:this|it|us|me)))?(?: (?:to|with))? ${GROWN_UPS}`
		),
		unless: KIND_OR_OWN_DETAILS,
		standsDownIn: IN_LESSON,
		needs: /tell|show|say|let|talk to|mention|grass|snitch/
	},
	{
		// Silence laid down as the group's rule, in the words UK children use for telling on
		// someone: "no grassing to the teachers", "nobody snitches", "no telling your mum".
		rule: 'secrecy.dont-tell',
		pattern: phrase(
			`(?:no|nobody|noone|no one) (?:telling|tells|grassing|grasses|snitching|snitches)(?: on (?:us|me|him|her|them|anyone|anybody))?(?: (?:to|with))? (?:the )?(?:teachers?|miss|sir|grown ups|adults|(?:your|ur|their) (?:mum|mom|dad|parents|mum and dad|teacher))|(?:nobody|no one|noone) (?:grasses|snitches)|no (?:grassing|snitching)`
		),
		unless: KIND_OR_OWN_DETAILS,
		standsDownIn: IN_LESSON,
		needs: /tell|grass|snitch/
	},
	{
		rule: 'secrecy.promise',
		pattern: phrase(
			`(?:promise|swear|pinky promise|pinkie promise|cross (?:your|ur) heart)(?: (?:me|that))?(?: (?:you|u))? (?:wont|will not|not to|to not|never|dont|you wont|u wont) (?:ever )?(?:tell|say|show|grass|snitch)|(?:you|u) (?:have to|must|got to|gotta|need to) (?:swear|promise) (?:not to|to not|you wont|u wont|never to) (?:tell|say)`
		),
		unless: KIND_OR_OWN_DETAILS,
		standsDownIn: IN_LESSON,
		needs: /promise|swear|heart/
	},
	{
		rule: 'secrecy.hide',
		pattern: phrase(
			`hide (?:this|it|these|them|(?:this|these|the|our|my) (?:chats?|messages?|texts?|msgs?)) from|(?:make sure|dont let|so) (?:your|ur) (?:mum|dad|mom|parents|teachers?|family|carer|nan)s? (?:doesnt|dont|does not|do not|never|wont|cant|cannot) (?:see|know|find out|read|get upset)|(?:its|it is|its much|it would be) better if (?:your|ur) (?:mum|dad|mom|parents|teachers?|family)s? (?:doesnt|dont|does not|do not|never|didnt) (?:know|find out|see)|(?:stays|stay|staying|stays just) between (?:me and (?:you|u)|(?:you|u) and me|us)|only (?:you|u) (?:can|should|are allowed to|get to) know|not even (?:your|ur) (?:mum|dad|mom|sister|brother|best friend|parents|teacher)|(?:your|ur) (?:mum (?:and|n) dad|mum|dad|mom|parents|teachers?|family) (?:doesnt|dont|does not|do not|dnt) (?:need|have|want) (?:to|2) (?:know|no|find out|hear) (?:about )?(?:me|us|this|what we)|(?:so|make sure) (?:nobody|no one|noone|no1|they|your mum|ur mum|no grown ups|no adults|no teachers) (?:sees|see|knows|finds out|can see|will see|will know|cant see|reads)|if (?:you|u) (?:tell|show) (?:anyone|anybody|any1|(?:your|ur) (?:mum|dad|parents|teacher)|a grown up|the teachers?)[a-z ]{0,20} (?:ill|i will|i wont|i ll|we will|were not|you will|youll)`
		),
		unless: KIND_OR_OWN_DETAILS,
		standsDownIn: IN_LESSON,
		needs: /hide|see|know|find out|read|upset|between|only|not even|nobody|no one|noone|tell|show|need/
	},
	{
		rule: 'secrecy.our-secret',
		pattern: phrase(
			`(?:our|its our|it is our|this is our|its a|it is a|keep (?:it|this|(?:this|these|our|the) (?:chats?|messages?|msgs?|texts?))(?: a)?|keep a) (?:little |special |big )?secret(?!${OWN_NEWS})|keep (?:it|this) between (?:us|you and me|u and me)|(?:its|this is|thats) (?:just |only )?between (?:you and me|u and me|me and you|us two|us)|(?:nobody|no one|noone) (?:needs to|has to|will|must|can) (?:know|find out)|(?:dont|do not) let (?:anyone|anybody) (?:see|know|find out)`
		),
		unless: new RegExp(`${KIND_OR_OWN_DETAILS.source}|if (?:someone|anyone|somebody|a stranger|a grown up|an adult)`),
		standsDownIn: IN_LESSON,
		needs: /secret|between|know|find out/
	},
	{
		// A cover story ready for a grown-up's question, a screen turned away, messages hidden away.
		rule: 'secrecy.hide',
		pattern: phrase(
			`(?:say|pretend|tell (?:her|him|them)) (?:that )?(?:you|u) (?:were|was|dont know|didnt|never|went|are at|were at)[a-z ]{0,30} if (?:your|ur|the|a|any) ?(?:mum|dad|mom|parents|teachers?|nan|miss|sir|grown up|adult|one)? asks?|(?:just |you have to |u have to |you must )say (?:that )?nothing happened|(?:turn|tilt|hide|put) (?:your|ur|the) (?:screen|phone|tablet|ipad) (?:away from|so) (?:your|ur)|hide (?:your|ur|our|the|these|my) (?:chats?|messages?|texts?|msgs?)(?: [a-z]+){0,4} (?:so (?:no one|nobody|noone|they|your|ur)|from)`
		),
		unless: KIND_OR_OWN_DETAILS,
		standsDownIn: IN_LESSON,
		needs: /say|pretend|tell|screen|phone|tablet|ipad|hide/
	},
	{
		// "You must not tell a single person": silence asked for with a must, not a "don't".
		rule: 'secrecy.dont-tell',
		pattern: phrase(
			`(?:you|u) (?:must|mustnt|must not|better not|should not|shouldnt|are not allowed to|arent allowed to|cant ever|can never) (?:ever )?(?:tell|say (?:anything |a word )?to|show|mention (?:it|this) to) (?:a (?:single )?(?:soul|person)|anyone|anybody|any1|nobody|no one)(?! (?:your|ur) (?:password|address|postcode|number|pin|name)| the (?:answer|answers|ending|end|spoiler))`
		),
		unless: new RegExp(`${KIND_OR_OWN_DETAILS.source}|\\b(?:answer|answers|spoiler|spoilers|ending|quiz|password|pin)\\b`),
		standsDownIn: IN_LESSON,
		needs: /tell|say|show|mention/
	},
	{
		rule: 'secrecy.delete',
		pattern: phrase(
			`(?:delete|deleat|rub out|clear|wipe) (?:this|these|the|our|my|your|ur|all (?:the|our|your|ur)) (?:message|messages|msg|msgs|chat|chats|texts|history|chat history)(?: after| when| so)?|(?:delete|deleat|clear|wipe) (?:them|it|everything|all of it) (?:so|after|before|once|when|now so)|(?:delete|deleat|clear|wipe) this (?:after|once|when|as soon as) (?:you|u) (?:read|have read|ve read|see|seen|have seen|ve seen)`
		),
		needs: /delete|deleat|rub out|clear|wipe/
	}
];

// A surprise or a game is the cover a groomer reaches for when the secret brings the reader to
// them alone or away, or near their body: "its a present from me, our secret, come to my house
// after school", "keep it a secret, its for fun, you can sit on my lap when no one is looking",
// "uncle dave wants to give you it himself". No kind secret clears those; "just you and me" as the two
// who do something ("just you and me are making her a cake") is not the reader alone.
const SECRET_ALONE_OR_AWAY =
	/\b(?:just (?:you|u) and me(?! (?:are|r|were|can|could|will|should|have|got|need to|know how to|and)\b)|just me and (?:you|u)|just (?:us two|the two of us)|on (?:your|ur) own|by (?:yourself|urself)|come alone|(?:come|pop|cum) (?:to|round|over|round to|over to|2) (?:mine|my house|my flat|my place|my car)|pick (?:you|u) up|in my (?:car|van)|(?:sit|sat) on my (?:lap|knee)|(?:when|while) (?:no one|nobody|noone)(?: else)? (?:is |s )?(?:looking|watching|around|about|home|in)|give (?:it to )?(?:you|u)(?: it)? (?:himself|herself|themselves|in person)|wants to give (?:you|u) (?:it|them) (?:himself|herself))\b/;

/** A surprise, a present or a party being planned, and no present kept from the reader's own parents. */
export function isKindSurprise(text: string): boolean {
	return GOOD_SURPRISE.test(text) && !LURE.test(text);
}

/** A short message is one thought: a kind surprise anywhere in it clears its secret (the rules' own window is 40 letters). */
const ONE_THOUGHT = 140;

/**
 * True for a short message about a kind secret (a surprise, a present, a secret handshake), or a
 * longer one with no sign of an unkind secret (secrecy-kind.ts), which also reads game tips,
 * spoilers, school news not out yet and the writer's own light embarrassment:
 * the rules keep only deleting and hiding there, and the word model (classifier.ts) leaves
 * secrecy to the rules, since it reads "don't tell her" without the necklace for Mothers' Day.
 */
export function keepsKindSecret(text: string): boolean {
	if (SECRET_ALONE_OR_AWAY.test(text)) return false;
	const surprise = (GOOD_SURPRISE.test(text) && !LURE.test(text)) || SECRET_THING.test(text);
	return (text.length <= ONE_THOUGHT && surprise) || keepsOtherKindSecret(text, surprise);
}

/**
 * True when the secret in a message is a listener's duty to keep (a priest's, a doctor's,
 * Childline's): the word model (classifier.ts) leaves secrecy to the rules there, which read it
 * as someone else's silence.
 */
export function keepsListenersSilence(text: string): boolean {
	return LISTENERS_SILENCE.test(text);
}

// A prayer said in the head is private between the child and God: "you can pray to Allah in your
// head, nobody else has to know what you said". Not when "we", "us" or "me" bring a person into the
// secret ("pray in your head and nobody has to know what we did").
const SILENT_PRAYER =
	/\b(?:pray|praying|prays|talk|talking|speak|speaking) to (?:god|allah|jesus|waheguru|the lord)\b[a-z ]{0,30}\b(?:in (?:your|ur) (?:head|heart|mind)|silently|quietly)\b|\b(?:pray|praying|prayers?) (?:in (?:your|ur) (?:head|heart|mind)|silently)\b/;
const A_PERSON_IN_THE_SECRET = /\b(?:we|us|me|our|ours|i told|i said|i did|i showed)\b/;

// "Nobody can make you do it, not even your parents": a choice that is the child's own (to be
// confirmed, to fast, to be baptised), which no one may force, not silence kept from them. Not
// when what nobody can make the child do is tell.
const OWN_CHOICE =
	/\b(?:nobody|no one|noone|no1|not anyone|nobody else) (?:can|could|will|should|is allowed to|has the right to) (?:make|force|boss|push) (?:you|u)(?! (?:tell|say|talk|speak|show|grass|snitch))\b[a-z ]{0,40}\bnot even (?:your|ur)\b/;

/** True when a scripture story's cue lies beside a finding's words (its span mapped back into the word view). */
function inScripture(view: WordView, speaking: Speaking, finding: RawFinding): boolean {
	let from = 0;
	while (from < view.text.length && (view.starts[from] ?? 0) < finding.start) from += 1;
	let to = from;
	while (to < view.text.length && (view.starts[to] ?? 0) < finding.end) to += 1;
	return speaking.near(SCRIPTURE, Math.max(0, from - SCRIPTURE_REACH), Math.min(view.text.length, to + SCRIPTURE_REACH));
}

/** Requests to hide something from grown-ups. */
export function findSecrecy(view: WordView, speaking: Speaking): RawFinding[] {
	const found = matchPhrases(view, RULES, 'secrecy', speaking);
	for (const f of matchPhrases(view, COVER_UP_RULES, 'secrecy', speaking)) found.push(f);
	for (const f of matchPhrases(view, HUSH_RULES, 'secrecy', speaking)) found.push(f);
	for (const f of matchPhrases(view, SWORN_RULES, 'secrecy', speaking)) found.push(f);
	if (found.length === 0) return found;
	const text = view.text;
	if (speaking.inAny(OTHERS_FRAME) || OTHERS_SILENCE.test(text)) return [];
	if (SILENT_PRAYER.test(text) && !A_PERSON_IN_THE_SECRET.test(text)) return [];
	if (speaking.inAny(SCRIPTURE)) {
		const told = found.filter((f) => !inScripture(view, speaking, f));
		if (told.length === 0) return told;
		found.length = 0;
		found.push(...told);
	}
	const choice = OWN_CHOICE.exec(text);
	if (choice !== null) {
		// The "not even your…" of the choice is no hiding; any other wording in the message still counts.
		const notEven = view.starts[choice.index + choice[0].lastIndexOf('not even')] ?? -1;
		const left = found.filter((f) => !(f.rule === 'secrecy.hide' && f.start === notEven));
		if (left.length === 0) return left;
		found.length = 0;
		found.push(...left);
	}
	// Deleting or hiding messages is never a surprise's business. A long message keeps its secret
	// unless it is one of secrecy-kind.ts's readings, which look at the whole of it.
	const short = text.length <= ONE_THOUGHT;
	const kind = keepsKindSecret(text) || (short && (OWN_DETAILS_ADVICE.test(text) || LESSON_WORD.test(text) || speaking.inAny(IN_LESSON)));
	return kind ? found.filter((f) => f.rule === 'secrecy.delete' || f.rule === 'secrecy.hide') : found;
}
