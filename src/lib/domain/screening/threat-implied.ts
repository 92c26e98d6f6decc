// Threats the other threat rules did not read: harm said without a violent word to the
// reader, or aimed at someone else or their things. Owns wordings of threat.warning (a dare
// with a consequence: "say that again and your teeth will be on the floor"; "don't make me
// come round to your house"; "you better not come to school tomorrow"; "you won't be alive to
// see your birthday"; "there won't be a teacher to save you"; "I'm coming for you" as a
// message's last words; blackmail: "I'll tell
// everyone your secret if you don't do what I say"), threat.harm (harm to a third person:
// "if she comes I'm going to hurt her"; "give him a proper beating"; a child's things ruined
// on purpose: "I'll pour paint all over your project"; an injury promised: "so hard you break
// your leg"; fire: "I'll set fire to your house") and threat.weapon (a weapon hinted at:
// "I'm bringing something sharp for you", "I've got a knife… I'll use it").
// Games and stories pass (GAME, or PLAY_WORLD where a joke's "lol" must not excuse the harm),
// and so does a chain letter's curse ("send this to 9 people or he's coming for you": chain.ts).

import { ILL, phrase, YOU, type PhraseRule } from './phrases.js';
import { GAME, PLAY_WORLD } from './threat-game.js';

/** Saying or doing it once more: the dare before a consequence. */
const DARE = `(?:(?:say|do|try) (?:that|it|that word)|touch (?:me|my [a-z]+)|call me (?:that|a [a-z]+)) (?:again|one more time|ever again)|one more word(?: out of ${YOU})?`;
/** What the dare brings: an injury, or a warning that says as much. */
const CONSEQUENCE =
	'(?:on the floor|knocked out|in hospital|regret it|(?:cant|wont|will not|wont be able to) (?:walk|stand|talk|move)|(?:is |are |will be |ll be |gets |get |getting )?(?:broken|smashed|snapped|bleeding|dead|sorry))';
const PEOPLE_TOLD = '(?:everyone|every1|everybody|the (?:whole )?(?:class|school|group|group chat|year))';
const YOUR_THINGS =
	'(?:project|work|book|books|bag|drawing|picture|painting|model|homework|coat|lunch|phone|tablet|ipad|bike|glasses|stuff|things|den|lego|hair|head|face)';

export const IMPLIED_THREAT_RULES: readonly PhraseRule[] = [
	{
		rule: 'threat.warning',
		pattern: phrase(`(?:${DARE}) (?:and|n) (?:[a-z]+ ){0,6}?${CONSEQUENCE}`),
		unless: GAME,
		needs: /floor|knocked|hospital|regret|walk|stand|talk|move|broken|smashed|snapped|bleeding|dead|sorry/
	},
	{
		rule: 'threat.warning',
		pattern: phrase(
			`(?:dont|do not) make me (?:come (?:round|over|to) (?:to )?(?:${YOU}r|ur) (?:house|home|door|flat)|come over there|hurt ${YOU}|get (?:my|me) (?:brother|dad|cousin|mates|uncle|gang))|${YOU} (?:better|had better|d better|best) not (?:come|show (?:${YOU}r|ur) face|turn up) (?:to |at |in |near |round )?(?:school|class|the park|the gates?)(?: (?:tomorrow|tomorow|tmrw|on monday|again|ever))?(?=$| (?:thats all|just saying|or else|i warn|trust me|if ${YOU} know))`
		),
		unless:
			/\b(?:tea|dinner|play|sleepover|pick (?:you|u) up|ill|sick|poorly|germs|temperature|chickenpox|covid|cough|cold|flu|spots|contagious|snow|closed|strike)\b/,
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
		rule: 'threat.warning',
		pattern: phrase(
			`(?:(?:im|i am|i m|were|we are|we re)|(?<!\\bor )(?:theyre|they are|hes|shes|he is|she is)) (?:coming|comin|cumin|commin) (?:for|4|after) ${YOU}(?: [a-z]+)?$|(?:there|thered|therell|there ll) (?:wont|will not|aint|isnt|is not) be (?:a teacher|any teachers|anyone|any1|no one|nobody|miss|sir|(?:${YOU}r|ur) (?:mum|dad|friends|mates)) (?:around |there )?(?:to|2) (?:save|protect) ${YOU}|${YOU} (?:wont|wnt|will not|aint gonna|are not going to|arent gonna) (?:be|b) (?:alive|around|breathing) (?:to|2) (?:see|c) (?:${YOU}r |ur |yr )?(?:birthday|tomorrow|christmas|friday|monday|the weekend|next week|home time|year [0-9]|year six|secondary|the summer|the holidays)`
		),
		unless: new RegExp(`${GAME.source}|\\b(?:mum|dad|mom|nan|gran|grandad|auntie|uncle)s? (?:said|says)\\b`),
		needs: /coming|comin|cumin|commin|alive|around|breathing|save|protect/
	},
	{
		rule: 'threat.harm',
		pattern: phrase(
			`(?:${ILL}|(?:i|we) (?:will|wil|ll|am going to|m going to|re going to|are going to|re gonna|are gonna)|were (?:going to|gonna|gunna)|(?:me and|me n) [a-z]+ (?:are |r )?(?:going to|gonna|will)) (?:hurt|batter|beat up|punch|kick|stab|smash|slap|thump|deck|strangle) (?:him|her|them)(?: up)?(?! (?:feelings|at|in|with|on the arm)\\b)|(?:give|giving|gave|gonna give|going to give) (?:him|her|them|${YOU}|[a-z]+) (?:a )?(?:proper |good |right |real )?(?:beating|battering|kicking|pasting|thumping|black eye|bloody nose|fat lip)`
		),
		unless: new RegExp(`${GAME.source}|\\b(?:football|rugby|cricket|hockey|score|scored|goals?|nil|team)\\b`),
		needs: /hurt|batter|beat|punch|kick|stab|smash|slap|thump|deck|strangle|kicking|pasting|eye|nose|lip/
	},
	{
		// A child's things ruined on purpose, an injury promised, a fire: serious enough that "lol" does not excuse it.
		rule: 'threat.harm',
		pattern: phrase(
			`${ILL} (?:pour|spill|tip|throw|chuck) (?:[a-z]+ ){0,3}(?:all )?(?:over|on|onto|in|into) (?:${YOU}r|ur) (?:[a-z]+ )?${YOUR_THINGS}|${ILL} (?:rip up|tear up|ruin|wreck|smash up|smash|snap|burn|destroy) (?:${YOU}r|ur) (?:[a-z]+ )?${YOUR_THINGS}|${ILL}(?: [a-z]+){1,8} so (?:bad|hard) (?:that )?${YOU}(?:ll| will)? (?:break|snap|crack|bleed|need stitches|end up in (?:hospital|a cast))|${ILL} (?:set fire to|set on fire|burn down|burn) (?:${YOU}r|ur|yr) (?:house|home|flat|bedroom|room|hair|stuff|bag)|${ILL} (?:set|light) (?:${YOU}r|ur|yr) (?:house|hair|bag|bedroom) (?:on fire|alight)`
		),
		unless: new RegExp(
			`${PLAY_WORLD.source}|\\b(?:by accident|accidentally|sorry|oops|record|high score|glitter|sparkly|for (?:you|u)|if (?:you|u) (?:want|like))\\b`
		),
		needs: /pour|spill|tip|throw|chuck|rip|tear|ruin|wreck|smash|snap|burn|destroy|bad|hard|fire|light/
	},
	{
		rule: 'threat.weapon',
		pattern: phrase(
			`(?:bring|bringing|brought|got|have|carrying|take|taking|hiding) (?:something|summat|sumthing|somethin) sharp(?: [a-z]+){0,4} (?:for ${YOU}|4 ${YOU}|to school|in my bag|with me)|(?:ive got|i have|i got|i have got|i ve got) (?:a|my|a big|a real) (?:knife|blade|machete|gun|axe)(?: [a-z]+){0,10} (?:how to use it|ill use it|i will use it|(?:on|for) ${YOU}$)`
		),
		unless:
			/\b(?:dt|food tech|cooking|cook|food|whittl[a-z]*|fishing|camping|scouts|cubs|carving|pumpkin|safely|carefully|chef|vegetables|butter|pencil|compass|sewing|scissors)\b/,
		needs: /sharp|knife|blade|machete|gun|axe/
	}
];
