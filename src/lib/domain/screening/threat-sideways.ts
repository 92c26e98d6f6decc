// Threats told sideways: the harm named by its result, a weapon hinted at, or a warning with
// no verb of hitting. Adds wordings to threat.harm (harm to someone named, "I'm going to hurt
// her"; "gunna beat u up" with no "I"; "give him a proper beating"; "so bad you break your
// leg"; "I'll set fire to your house"; paint poured over someone's project), threat.weapon
// ("something sharp for you", "I've got a knife… my dad showed me how to use it") and
// threat.warning ("your teeth will be on the floor", "you won't be alive to see your birthday", "don't make me come round", "you'd
// better not come to school tomorrow, that's all I'm saying", "I'm coming for you"). Games,
// sport and stories pass; a bare "lol" does not excuse fire or a blade.

import { ILL, phrase, YOU, type PhraseRule } from './phrases.js';
import { GAME } from './threat-game.js';

const PLAY =
	/\b(?:fortnite|minecraft|roblox|game|level|among us|pvp|arena|1v1|story|dragon|monster|zombie|villain|pirate|character|fifa|tag|hide and seek|ready or not|bonfire|birthday candles|campfire|cooking|baking|lesson)\b/;
const BEAT = '(?:hurt|punch|hit|kick|batter|smash|beat up|beat|bash|stab|kill|slap|thump|deck)';

export const SIDEWAYS_THREAT_RULES: readonly PhraseRule[] = [
	{
		rule: 'threat.harm',
		pattern: phrase(
			`(?:im going to|im gonna|im gunna|ill|i will|were going to|were gonna|we will|well) ${BEAT} (?:her|him|them)(?! (?:in|at|on) (?:the )?(?:game|fortnite|minecraft|roblox|tag|pe))|^(?:gonna|gunna|gona|going to|finna) ${BEAT} ${YOU}(?: up)?|(?:were|we are|we re|theyre|they are) all (?:going to|gonna|gunna) (?:${BEAT}|jump) ${YOU}|give (?:him|her|them|${YOU}) (?:a )?(?:proper |real |good |massive )?(?:beating|kicking|battering|hiding)`
		),
		unless: GAME,
		needs: /her|him|them|beat|hit|hurt|punch|kick|batter|smash|bash|stab|kill|slap|thump|deck|beating|kicking|battering|hiding|jump|get/
	},
	{
		rule: 'threat.harm',
		pattern: phrase(
			`${ILL} (?:set fire to|burn down|set light to) ${YOU}r (?:house|home|stuff|bag|hair|things|coat)|${ILL} (?:pour|spill|tip|throw) (?:paint|water|glue|juice|ink)(?: [a-z]+){0,2} (?:over|on) ${YOU}r (?:project|work|drawing|model|bag|head|book|homework)|so (?:bad|hard) (?:that )?${YOU} (?:break|breaks|bleed|bleeds|end up in hospital|need stitches) ${YOU}r`
		),
		unless: PLAY,
		needs: /fire|burn|light|pour|spill|tip|throw|bad|hard/
	},
	{
		rule: 'threat.weapon',
		pattern: phrase(
			`(?:bringing|bring|brought|got|have) (?:something|sumthing|a thing|summat) (?:sharp|pointy|dangerous)(?: [a-z]+){0,4} (?:for ${YOU}|to school|in my bag)|(?:ive got|i have|i got|i keep) (?:a |my )?(?:knife|blade|flick knife|machete)(?! and fork)(?: [a-z]+){0,10} (?:how to use it|for ${YOU}|in my bag|bring it)`
		),
		unless: /\b(?:lesson|police|story|dt|cooking|baking|chef|whittling|scouts|cubs|camping|fruit|apple|sandwich)\b/,
		needs: /sharp|pointy|dangerous|knife|blade|machete/
	},
	{
		rule: 'threat.warning',
		pattern: phrase(
			`${YOU}r (?:teeth|nose|face|head) (?:will|ll|is going to|is gonna) be (?:on the floor|everywhere|in bits|smashed|broken)|${YOU} (?:wont|wnt|will not|won t) (?:be|b) (?:alive|breathing|around) (?:to|2) (?:see|c)|(?:dont|do not) make me (?:come round|come over|come to ${YOU}r|find ${YOU}|hurt ${YOU}|do something)|${YOU} (?:better|had better|best) not (?:come|show up|turn up|be) (?:to|at|in) (?:school|the park|class|football|the party|the disco)(?: [a-z]+){0,3} (?:thats all|just saying|im just saying|or else|i warned|ive warned)|(?:im|i m|were|we re) (?:comin|coming) (?:4|for) ${YOU}(?=$| [a-z]+$)`
		),
		unless: GAME,
		needs: /teeth|nose|face|head|alive|breathing|around|make me|better|best|comin/
	}
];
