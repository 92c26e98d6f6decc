// A child getting ready not to be here, told without the plain words for dying. Owns
// rules: selfharm.farewell (a goodbye letter or note left by the child, giving their
// things away "because I won't need them", "I won't be here next week anyway"), and
// selfharm.not-eating (not eating so as to disappear or get smaller, "I don't deserve
// to eat", not eating for days on purpose). A goodbye card for a teacher who is leaving,
// a character's goodbye, toys outgrown and a trip away pass.

import { phrase, type PhraseRule } from './phrases.js';

const I = '(?:i|im|i m|ive|i ve|i have|i am)';
// Where a child says why they will be gone: the future they do not expect to see.
const NOT_HERE =
	'(?:(?:i|im|i m|ill|i ll) (?:wont|will not|am not going to|m not going to|not going to|not gonna|dont|do not) (?:need (?:them|it|any of (?:it|them))(?: now$| (?:after|from) (?:today|tonight|tomorrow|this week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$| where im going|(?! (?:at|in|for|when|after|till|until|on|now|there)(?![a-z])))|be (?:here|around|alive|coming back))|(?:im|i am|i m) (?:leaving|going away) (?:for ever|forever|for good))';
// Trips, moves and outgrown things: the innocent reasons to give things away or be away.
export const AWAY_INNOCENTLY =
	/\b(?:holiday|holidays|going to(?! be)|visiting|visit|dentist|doctors|appointment|moving|move|moved|new school|new house|trip|camp|half term|wedding|grew out|outgrew|too small|too big|too old|charity|story|character|book|play|film|teacher|retiring|last day|lol|haha|jk)\b/;

// A goodbye written to someone who has died ("i wrote a goodbye letter to my grandad and put it in
// his coffin", "we wrote goodbye notes to nan for the funeral"): the goodbye is to them, not the child's own.
const DEPARTED =
	'(?:(?:my|our) )?(?:great )?(?:grandad|grandpa|granddad|grampa|grandma|granny|gran|nan|nana|nanna|nani|nain|uncle|auntie|aunty|aunt|cousin|dog|cat|hamster|rabbit|guinea pig|budgie|fish|pet|(?:him|her))';
const MOURNING = '(?:coffin|grave|funeral|died|heaven|passed away|balloons?|memorial|ashes|headstone|cemetery|crematorium|remembrance|buried|bury)';
const GOODBYE_TO_THE_DEPARTED = new RegExp(
	`\\b(?:letters?|notes?|cards?|messages?) (?:to|for) ${DEPARTED}\\b[\\s\\S]*\\b${MOURNING}\\b|\\b${MOURNING}\\b[\\s\\S]*\\b(?:letters?|notes?|cards?|messages?) (?:to|for) ${DEPARTED}\\b`
);

export const FAREWELL_RULES: readonly PhraseRule[] = [
	{
		rule: 'selfharm.farewell',
		pattern: phrase(
			`${I} (?:just |already |secretly )?(?:wrote|written|write|writing|made|make|making|left|leave|leaving|done|did) (?:a |my |some |all |the )?(?:goodbye|good bye|bye) (?:letters?|notes?|cards?|messages?)|(?:letters?|notes?)(?: [a-z]+){0,10} for when (?:im|i am|i m) (?:gone|dead|not here)(?! (?:on|to|away|for))|(?:letters?|notes?)(?: [a-z]+){0,5} (?:saying |to say )?sorry (?:and|n) (?:goodbye|good bye|bye)|(?:goodbye|good bye|bye) to (?:everyone|everybody|every1|my family)(?: [a-z]+){0,2} (?:because|cos|as|coz) ${NOT_HERE}|my last (?:week|day|night)(?: [a-z]+){0,3} (?:said|saying|say) (?:goodbye|good bye|bye) to (?:everyone|everybody|every1)`
		),
		unless: new RegExp(`${AWAY_INNOCENTLY.source}|${GOODBYE_TO_THE_DEPARTED.source}`),
		needs: /bye|when im|when i am|when i m/
	},
	{
		rule: 'selfharm.farewell',
		pattern: phrase(
			`(?:gave|give|giving|given|have|keep|take) (?:away )?(?:all )?(?:of )?my(?: [a-z]+){1,12} ${NOT_HERE}|(?:nobody|no one|noone|no1) (?:would|will|wd) (?:even )?(?:miss me|notice|care)(?: [a-z]+){0,2} when (?:im|i am|i m) (?:gone|dead)(?! (?:for|to|on|at|away))|(?:ill|i ll|i will) be gone soon (?:so )?(?:you can )?(?:have|take|keep) my|${NOT_HERE}(?: [a-z]+){0,3} (?:anyway|much longer|for much longer|so it (?:doesnt|does not) matter|so whatever)`
		),
		unless: AWAY_INNOCENTLY,
		needs: /need|here|around|alive|back|forever|for ever|for good|gone|dead/
	},
	{
		// Goodbyes without the word: things left "for ever" or "when I'm not here any more", "I won't
		// be around later", "don't worry about me after this week", sorry "if anything happens".
		rule: 'selfharm.farewell',
		pattern: phrase(
			`(?:you|u) can (?:have|keep|take) my(?: [a-z]+){1,8} when (?:im|i am|i m) (?:gone|dead|not here (?:any ?more|anymore))|look after my(?: [a-z]+){1,3} (?:for ever|forever)(?: and ever)?$|(?:giving|give|gave|given) (?:away )?(?:everyone|evryone|every1|everybody|all my friends|people) (?:all )?my (?:stuff|things)|(?:ill|i ll|i will|i) (?:wont|will not|am not going to|m not going to) be (?:around|here)(?: [a-z]+){0,3} (?:to say (?:it|bye|goodbye|this)|much longer|for much longer)|(?:ive|i have|i) decided (?:im|i am|i m|i) (?:not going to|not gonna|wont|will not) be (?:here|around|alive)|(?:dont|do not|please dont) worry about me (?:after|from) (?:this week|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tell (?:my )?(?:mum|dad|mom|mam|family|nan|everyone) (?:that )?(?:im|i am|i m) sorry if (?:anything|something) (?:happens|happened)|(?:soon|then) i (?:wont|will not) be a (?:problem|burden|bother|nuisance|pain) (?:for|to) (?:anyone|anybody|everyone|any1|you|u)|(?:goodbye|good bye|bye) (?:class|everyone|everybody|every1|all|forever)(?: [a-z]+){0,4} (?:thank (?:you|u)|thanks) for (?:everything|being my (?:friends?|best friends?|mates?)(?= i (?:mean|really mean|meant) it))|if i (?:go to sleep|went to sleep|fall asleep|fell asleep|sleep) (?:forever|for ever)|(?:wanted|want|need) (?:you|u) to know(?: that)? before$|(?:ill|i ll|i will) be gone (?:soon|soon anyway|anyway)$|if (?:someone|somebody|a person|i) (?:wasnt|was not|werent|wasn t) (?:[a-z]+ ){0,3}(?:any ?more|anymore)(?: [a-z]+){0,4} (?:would|wud|will|wd)`
		),
		unless: new RegExp(`${AWAY_INNOCENTLY.source}|\\b(?:see you|see u|next year|year [3-6]|in the game)\\b`),
		needs: /have|keep|take|ever|stuff|things|around|here|alive|worry|sorry|problem|burden|bother|nuisance|pain|thank|forever|before|gone|more|wud|would|will|wd/
	},
	{
		// "Don't be sad when I don't come back": said of a return no holiday explains.
		rule: 'selfharm.farewell',
		pattern: phrase(
			`(?:dont|do not|wont|please dont|promise (?:you|u) (?:wont|will not)) (?:be sad|cry|miss me|worry)(?: [a-z]+){0,3} when i (?:dont|do not|never) come back`
		),
		unless: /\b(?:moving|move|new school|new house|game|story|character)\b/,
		needs: /come back/
	},
	{
		rule: 'selfharm.not-eating',
		pattern: phrase(
			`(?:stop|stopped|stopping|not|wont|dont|never|skip|skipping|hide|hiding|hid) (?:going to |gonna )?(?:eat|eating|my (?:food|lunch|dinner|tea|breakfast)|meals|lunch|dinner|tea|breakfast)(?: [a-z]+){0,4} (?:so (?:that )?(?:i|im) (?:can |could |will |would |might )?(?:just )?(?:disappear|vanish|die|fade away|stop existing|not exist|not be here|be gone|get smaller|get thinner|get skinnier)|(?:until|till|til) (?:i|im|i m) (?:die|dead|gone|disappear))|i (?:dont|do not|dnt) deserve (?:to eat|food|any food|dinner|lunch)|(?:havent|have not|not) eaten(?: [a-z]+){0,5} on purpose|(?:throw|throwing|threw|sick) up my (?:food|dinner|lunch|tea|breakfast) (?:so|on purpose|every)`
		),
		unless: /\b(?:sweets|chocolate|crisps|meat|lent|vegetarian|vegan|ill|poorly|bug|story|character|book|caterpillar|lol|haha)\b/,
		needs: /eat|food|lunch|dinner|tea|breakfast|meals/
	}
];
