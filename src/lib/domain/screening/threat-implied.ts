// Threats the other threat rules did not read: a warning with no violent word to the reader.
// Owns wordings of threat.warning: a dare with a consequence ("say that again and your teeth
// will be on the floor"), "don't make me come round to your house", "don't make me find you",
// "you better not come to school tomorrow", "you won't be alive to see your birthday",
// "there won't be a teacher to save you", "I'm coming for you" as a message's last words, and
// blackmail ("I'll tell everyone your secret if you don't do what I say"). Harm aimed at
// someone else or their things, and weapons hinted at, are threat-sideways.ts's; veiled
// warnings ("last warning", "next time", "your nose is getting broken") are threat-veiled.ts's.
// Games and stories pass (GAME), and so does a chain letter's curse ("send this to 9 people
// or he's coming for you": chain.ts).

import { ILL, phrase, YOU, type PhraseRule } from './phrases.js';
import { GAME } from './threat-game.js';

/** Saying or doing it once more: the dare before a consequence. */
const DARE = `(?:(?:say|do|try) (?:that|it|that word)|touch (?:me|my [a-z]+)|call me (?:that|a [a-z]+)) (?:again|one more time|ever again)|one more word(?: out of ${YOU})?`;
/** What the dare brings: an injury, or a warning that says as much. */
const CONSEQUENCE =
	'(?:on the floor|knocked out|in hospital|regret it|(?:cant|wont|will not|wont be able to) (?:walk|stand|talk|move)|(?:is |are |will be |ll be |gets |get |getting )?(?:broken|smashed|snapped|bleeding|dead|sorry))';
const PEOPLE_TOLD = '(?:everyone|every1|everybody|the (?:whole )?(?:class|school|group|group chat|year))';

export const IMPLIED_THREAT_RULES: readonly PhraseRule[] = [
	{
		rule: 'threat.warning',
		pattern: phrase(`(?:${DARE}) (?:and|n) (?:[a-z]+ ){0,6}?${CONSEQUENCE}`),
		unless: GAME,
		needs: /floor|knocked|hospital|regret|walk|stand|talk|move|broken|smashed|snapped|bleeding|dead|sorry/
	},
	{
		// A visit threatened ("don't make me come round to your house", "… get my brother"). A visit
		// for tea or a sleepover, and a child off ill, are not threats.
		rule: 'threat.warning',
		pattern: phrase(
			`(?:dont|do not) make me (?:come (?:round|over|to) (?:to )?(?:${YOU}r|ur) (?:house|home|door|flat)|come over there|get (?:my|me) (?:brother|dad|cousin|mates|uncle|gang))`
		),
		unless:
			/\b(?:tea|dinner|play|sleepover|pick (?:you|u) up|ill|sick|poorly|germs|temperature|chickenpox|covid|cough|cold|flu|spots|contagious|snow|closed|strike)\b/,
		needs: /make me/
	},
	{
		// "Don't make me find you", and "you better not come to school", said as a warning: with a
		// closing "that's all I'm saying" (the longer reading, first) or as the message's last words.
		rule: 'threat.warning',
		pattern: phrase(
			`(?:dont|do not) make me (?:come round|come over|come to ${YOU}r|find ${YOU}|hurt ${YOU}|do something)|${YOU} (?:better|had better|best) not (?:come|show up|turn up|be) (?:to|at|in) (?:school|the park|class|football|the party|the disco)(?: [a-z]+){0,3} (?:thats all|just saying|im just saying|or else|i warned|ive warned)|${YOU} (?:better|had better|d better|best) not (?:come|show (?:${YOU}r|ur) face|turn up) (?:to |at |in |near |round )?(?:school|class|the park|the gates?)(?: (?:tomorrow|tomorow|tmrw|on monday|again|ever))?(?=$| (?:thats all|just saying|or else|i warn|trust me|if ${YOU} know))`
		),
		// Staying home sick, snowed in or on strike, and a game, are not threats.
		unless: new RegExp(
			`${GAME.source}|\\b(?:tea|dinner|play|sleepover|pick (?:you|u) up|sick|poorly|germs|temperature|chickenpox|covid|cough|cold|flu|spots|contagious|snow|closed|strike)\\b`
		),
		needs: /make me|better|best/
	},
	{
		// Blackmail: a secret spread unless the reader obeys. Telling a teacher is not listed: that is a child's right.
		rule: 'threat.warning',
		pattern: phrase(
			`${ILL} (?:tell|show|send|post|put) (?:${PEOPLE_TOLD}|it (?:to|in|on) ${PEOPLE_TOLD})(?: [a-z]+){0,4} (?:if|unless) ${YOU} (?:dont |do not |wont |will not |dnt )?(?:do (?:what|as) i (?:say|tell ${YOU})|give me|send me|pay me|do my)|(?:do (?:what|as) i (?:say|tell ${YOU})|${YOU} (?:have to|must|better) do (?:what|as) i say) or (?:else|ill|i will|everyone|i tell|the whole)`
		),
		unless: GAME,
		needs: /tell|show|send|post|put|say/
	},
	{
		// "I'm coming for you" as the last words, and the reader not alive to see a day.
		rule: 'threat.warning',
		pattern: phrase(
			`(?:(?:im|i am|i m|were|we are|we re)|(?<!\\bor )(?:theyre|they are|hes|shes|he is|she is)) (?:coming|comin|cumin|commin) (?:for|4|after) ${YOU}(?: [a-z]+)?$|(?:there|thered|therell|there ll) (?:wont|will not|aint|isnt|is not) be (?:a teacher|any teachers|anyone|any1|no one|nobody|miss|sir|(?:${YOU}r|ur) (?:mum|dad|friends|mates)) (?:around |there )?(?:to|2) (?:save|protect) ${YOU}|${YOU} (?:wont|wnt|will not|won t|aint gonna|are not going to|arent gonna) (?:be|b) (?:alive|around|breathing) (?:to|2) (?:see|c)(?: (?:${YOU}r |ur |yr )?(?:birthday|tomorrow|christmas|friday|monday|the weekend|next week|home time|year [0-9]|year six|secondary|the summer|the holidays))?`
		),
		// A grown-up's news retold ("mum says she's coming for you at 3").
		unless: new RegExp(`${GAME.source}|\\b(?:mum|dad|mom|nan|gran|grandad|auntie|uncle)s? (?:said|says)\\b`),
		needs: /coming|comin|cumin|commin|alive|around|breathing|save|protect/
	}
];
