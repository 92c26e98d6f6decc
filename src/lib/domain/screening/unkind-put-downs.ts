// Put-downs the older unkind rules did not read, each a shape children use rather than
// one sentence. Owns wordings of unkind.insult: a rude word thrown at a person ("you're
// such a twat", "what a prick", "Zac is a knobhead", "stfu milo"; profanity.ts holds the
// word, this says it was aimed at someone), a put-down by comparison ("even my baby
// brother can read better than you", "your lunch stinks like your house", "you look like
// a pig"), a sneer as a question ("why do you even come to school", "did you get them
// from the charity shop again") and "if you weren't so weird people would talk to you".
// Also unkind.family for a whole family called slow or thick.
// The same words about things pass: "this game is rubbish", "my sister can read better
// than me", "you look like a princess", "what a prickly hedgehog".

import { phrase, YOU, YOURE, type PhraseRule } from './phrases.js';

/** Rude names; profanity.ts also holds each one, whoever it is aimed at. */
const RUDE_NAME =
	'(?:dickhead|dickhed|dikhed|dick|prick|twat|wanker|bitch|knobhead|nobhead|knobend|bellend|tosser|arsehole|asshole|bastard|cow|slag|slapper|sket|skank|dickface|shithead|fuckwit|muppet)';
const BEFORE_NAME = '(?:such a|a|an|a right|a proper|an absolute|absolute|a total|total|a massive|massive|a little|little|a fat|fat|a stupid|stupid)';
/** Words that are not a person's name at the start of "X is a …". */
const NOT_A_PERSON = /^(?:it|this|that|what|there|here|which|who|maths|homework|the)\b/;
/** Animals and figures a child is likened to in scorn; "a princess" or "a footballer" are not here. */
const SCORN_LIKENESS = '(?:pig|cow|tramp|rat|troll|goblin|whale|hippo|ape|gorilla|monkey|warthog|slug|toad|zombie|skeleton|scarecrow|grandma|granny)';
/** What a child is laughed at for, pointed out to others. */
const LAUGHED_AT = 'hair|haircut|clothes|shoes|glasses|face|teeth|nose|ears|bag|coat|trainers|lunch|jumper|drawing|picture|writing|handwriting|legs|belly';
/** Fancy dress, acting and kindness, where "you look like a troll" is part of the fun. */
const DRESSING_UP =
	/\b(?:costume|dress up|dressed up|fancy dress|world book day|outfit|cute|panto|play|part|role|halloween|face paint|filter|lol same|me too)\b/;

export const PUT_DOWN_RULES: readonly PhraseRule[] = [
	{
		rule: 'unkind.insult',
		pattern: phrase(
			`(?:${YOURE}|ur|your|u|${YOU}|hes|shes|he is|she is|theyre|they are) ${BEFORE_NAME} ${RUDE_NAME}s?|what (?:a|an) (?:absolute |total |massive |little )?${RUDE_NAME}|(?:${YOU}|u) (?:absolute |total |stupid |little |fat )?${RUDE_NAME}s?(?= |$)|(?:stfu|gtfo|shut the f up|shut the hell up)(?: ${YOU}| [a-z]+$)`
		),
		unless: /\b(?:cow|pig) (?:in|on|at|field|farm|milk|moo)\b|\b(?:prick|pricked) (?:her|his|my|your) finger\b/,
		needs: /dick|dikh|prick|twat|wank|bitch|knob|nob|bell|toss|arse|ass|bastard|cow|slag|slap|sket|skank|shit|fuck|muppet|stfu|gtfo|shut/
	},
	{
		// "Zac is a knobhead": a name said to be a rude word, at the start of the message.
		rule: 'unkind.insult',
		pattern: phrase(`^[a-z]+ (?:is|s) ${BEFORE_NAME} ${RUDE_NAME}`),
		unless: NOT_A_PERSON,
		needs: /dick|dikh|prick|twat|wank|bitch|knob|nob|bell|toss|arse|ass|bastard|cow|slag|slap|sket|skank|shit|fuck|muppet/
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(
			`(?:even )?(?:my|a|the) (?:baby|little|littlest|2 year old|two year old|3 year old|three year old|toddler|dog|cat|hamster|nan|gran|grandma)(?: (?:brother|sister|cousin|could|can))?[a-z ]{0,20} (?:can|could|would) [a-z ]{1,20}better than ${YOU}(?! (?:at|in) (?:everything|all))?`
		),
		needs: /better/
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(
			`(?:stinks|stink) (?:like|worse than) ${YOU}r [a-z]+|(?:smells|smell) (?:like|worse than) ${YOU}r (?:feet|breath|bum|armpits|toilet|bin)|(?:${YOU}|u) (?:look|looks|looked) like (?:a|an) (?:fat |ugly |little |big |smelly |old )?${SCORN_LIKENESS}(?= |$)(?! (?:in|at|on) (?:the|this|that|my|your) (?:photo|picture))`
		),
		unless: DRESSING_UP,
		needs: /stink|smell|look/
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(
			`why do ${YOU} even (?:come|bother|try|exist|talk|play)|(?:its|it s|it is) not like ${YOU} (?:learn|know|can do|do|are good at|ever) (?:anything|any)|if ${YOU} (?:werent|wasnt|were not|was not) so (?:weird|annoying|ugly|fat|smelly|stupid|boring|dumb|thick|strange|creepy)(?: [a-z]+){0,3} (?:people|someone|anyone|everyone|somebody|they|we|maybe|you)`
		),
		needs: /even|like|so/
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(
			`(?:did|do) ${YOU} (?:get|buy|find) (?:them|it|that|those|these|${YOU}r [a-z]+|ur [a-z]+) (?:from|at|in|out of) (?:the |a )?(?:bin|tip|skip|dump|rubbish)|(?:did|do) ${YOU} (?:get|buy) (?:them|it|that|those|these|(?:that|those|these|${YOU}r|ur) [a-z]+) (?:from|at) (?:the |a )?(?:charity shop|pound shop|jumble sale)(?= (?:again|lol|haha|hahaha|lmao)|$)`
		),
		unless: /\b(?:love|nice ones|where|which)\b/,
		needs: /bin|tip|skip|dump|rubbish|charity|pound|jumble/
	},
	{
		rule: 'unkind.family',
		pattern: phrase(
			`${YOU}r (?:whole )?(?:family|lot|mum and dad|parents) (?:is|are|s|r) (?:all )?(?:slow|simple|thick|dumb|stupid|weird|mental|tramps|scroungers|a joke)|${YOU}r whole family`
		),
		unless: /\b(?:love|nice|lovely|kind|came|coming|invited|welcome)\b/,
		needs: /family|lot|parents/
	},
	{
		// Laughing at how someone looks, said to the group: "lol look at tom's haircut".
		rule: 'unkind.looks',
		pattern: phrase(
			`(?:lol|haha|hahaha|lmao|ha ha) look at (?:[a-z]+s|his|her|their|${YOU}r|ur) (?:${LAUGHED_AT})|look at (?:[a-z]+s|his|her|their|${YOU}r|ur) (?:${LAUGHED_AT}) (?:lol|haha|hahaha|lmao|ha ha)`
		),
		unless: /\b(?:cool|nice|love|lovely|amazing|awesome|cute|great|brilliant|good|wow)\b/,
		needs: /lol|haha|lmao|ha ha/
	},
	{
		// "Priya's so stupid she got 2 out of 20": a name, at the start, called stupid for the group to laugh at.
		rule: 'unkind.insult',
		pattern: phrase(
			`^(?!its |thats |whats |lets |this |maths )[a-z]+s (?:so|really|well) (?:stupid|dumb|thick|ugly|fat|smelly|weird|annoying|slow|useless|rubbish) (?:she|he|they)`
		),
		needs: /stupid|dumb|thick|ugly|fat|smelly|weird|annoying|slow|useless|rubbish/
	},
	{
		// "You make everything look ugly": the reader blamed for spoiling things by being there.
		rule: 'unkind.insult',
		pattern: phrase(
			`${YOU} make (?:everything|everyone|it|the (?:photo|picture|team|class|room|group)) (?:look|smell|seem) (?:ugly|worse|bad|rubbish|disgusting|horrible|gross)`
		),
		needs: /make/
	}
];
