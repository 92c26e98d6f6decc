// Threats aimed sideways: harm promised to someone else or to the reader's things, and a
// weapon hinted at rather than named as coming to school. Owns wordings of threat.harm (harm
// to a third person: "if she comes I'm going to hurt her", "me and Jo are gonna batter them",
// "I'm going to hit him properly", "give him a proper beating"; a child's things ruined on
// purpose: "I'll pour paint all over your project"; an injury promised: "so hard you break
// your leg"; fire: "I'll set fire to your house") and threat.weapon ("I'm bringing something
// sharp for you", "I've got a knife… my dad showed me how to use it"). Each wording has its
// home here only: threat-implied.ts reads warnings, threat-veiled.ts veiled warnings and harm
// to the reader in other grammar. Games, sport and stories pass (GAME, or PLAY_WORLD where a
// joke's "lol" must not excuse fire or a blade).

import { ILL, phrase, YOU, type PhraseRule } from './phrases.js';
import { GAME, PLAY_WORLD } from './threat-game.js';

/** Who promises the harm: the writer, the writer's side, or the writer and a friend. */
const WE_WILL = `(?:${ILL}|(?:i|we) (?:will|wil|ll|am going to|m going to|re going to|are going to|re gonna|are gonna)|were (?:going to|gonna|gunna)|well|(?:me and|me n) [a-z]+ (?:are |r )?(?:going to|gonna|will))`;
const BEAT = '(?:hurt|punch|hit|kick|batter|smash|beat up|beat|bash|stab|kill|slap|thump|deck|strangle)';
/** Hitting words that may take "up" on their own ("batter him up"); "beat him up" keeps its "up" only before a promise of more. */
const BEAT_UP = '(?:hurt|batter|punch|kick|stab|smash|slap|thump|deck|strangle)';
/** How far the harm will go. */
const PROPERLY = '(?:properly|so hard|really hard|until|till|and (?:i|ill|i will) (?:wont|will not|not) stop)';
const THIRD = '(?:him|her|them)';
// Sport told as a beating ("we gave them a proper kicking, the team was buzzing").
const SPORT = /\b(?:football|rugby|cricket|hockey|score|scored|goals?|nil|team)\b/;
const YOUR_THINGS =
	'(?:project|work|book|books|bag|drawing|picture|painting|model|homework|coat|lunch|phone|tablet|ipad|bike|glasses|stuff|things|den|lego|hair|head|face)';
// Fire and spills in play, by accident or as a gift: a bonfire, a cake, glitter "for you".
const PLAY_OR_ACCIDENT = new RegExp(
	`${PLAY_WORLD.source}|\\b(?:arena|tag|hide and seek|ready or not|bonfire|birthday candles|campfire|cooking|baking|lesson|by accident|accidentally|sorry|oops|record|high score|glitter|sparkly|for (?:you|u)|if (?:you|u) (?:want|like))\\b`
);
// Blades in lessons, kitchens, camps and crafts.
const SAFE_BLADE =
	/\b(?:lesson|police|story|dt|food tech|cooking|cook|food|baking|chef|whittl[a-z]*|fishing|camping|scouts|cubs|carving|pumpkin|safely|carefully|vegetables|fruit|apple|sandwich|butter|pencil|compass|sewing|scissors)\b/;

export const SIDEWAYS_THREAT_RULES: readonly PhraseRule[] = [
	{
		// Harm to someone else, said by the writer or the writer's side.
		rule: 'threat.harm',
		pattern: phrase(
			`${WE_WILL} (?:${BEAT} ${THIRD}(?: up)? ${PROPERLY}|${BEAT_UP} ${THIRD}(?: up)?|${BEAT} ${THIRD})(?! (?:feelings|(?:in|at|on) (?:the )?(?:game|fortnite|minecraft|roblox|tag|pe))\\b)`
		),
		unless: GAME,
		needs: /hurt|punch|hit|kick|batter|smash|beat|bash|stab|kill|slap|thump|deck|strangle/
	},
	{
		rule: 'threat.harm',
		pattern: phrase(
			`(?:give|giving|gave|gonna give|going to give) (?:him|her|them|${YOU}|[a-z]+) (?:a )?(?:proper |good |right |real |massive )?(?:beating|battering|kicking|pasting|thumping|hiding|black eye|bloody nose|fat lip)`
		),
		unless: new RegExp(`${GAME.source}|${SPORT.source}`),
		needs: /beating|battering|kicking|pasting|thumping|hiding|eye|nose|lip/
	},
	{
		// A child's things ruined on purpose, an injury promised, a fire: serious enough that "lol" does not excuse it.
		rule: 'threat.harm',
		pattern: phrase(
			`${ILL} (?:pour|spill|tip|throw|chuck) (?:[a-z]+ ){0,3}(?:all )?(?:over|on|onto|in|into) (?:${YOU}r|ur) (?:[a-z]+ )?${YOUR_THINGS}|${ILL} (?:rip up|tear up|ruin|wreck|smash up|smash|snap|burn|destroy) (?:${YOU}r|ur) (?:[a-z]+ )?${YOUR_THINGS}|${ILL}(?: [a-z]+){1,8} so (?:bad|hard) (?:that )?${YOU}(?:ll| will)? (?:break|snap|crack|bleed|need stitches|end up in (?:hospital|a cast))|so (?:bad|hard) (?:that )?${YOU} (?:break|breaks|bleed|bleeds|end up in hospital|need stitches) ${YOU}r|${ILL} (?:set fire to|set light to|set on fire|burn down|burn) (?:${YOU}r|ur|yr) (?:house|home|flat|bedroom|room|hair|stuff|things|coat|bag)|${ILL} (?:set|light) (?:${YOU}r|ur|yr) (?:house|hair|bag|bedroom) (?:on fire|alight)`
		),
		unless: PLAY_OR_ACCIDENT,
		needs: /pour|spill|tip|throw|chuck|rip|tear|ruin|wreck|smash|snap|burn|destroy|bad|hard|fire|light/
	},
	{
		rule: 'threat.weapon',
		pattern: phrase(
			`(?:bring|bringing|brought|got|have|carrying|take|taking|hiding) (?:something|summat|sumthing|somethin|a thing) (?:sharp|pointy|dangerous)(?: [a-z]+){0,4} (?:for ${YOU}|4 ${YOU}|to school|in my bag|with me)|(?:ive got|i have|i got|i have got|i ve got|i keep) (?:a |my |a big |a real )?(?:knife|blade|flick knife|machete|gun|axe)(?! and fork)(?: [a-z]+){0,10} (?:how to use it|ill use it|i will use it|in my bag|bring it|on ${YOU}$|for ${YOU})`
		),
		unless: SAFE_BLADE,
		needs: /sharp|pointy|dangerous|knife|blade|machete|gun|axe/
	}
];
