// Threats the older threat rules did not read: veiled ones, and harm to the reader in other
// grammar. Owns wordings of threat.warning (a veiled threat: "he knows where you live, just
// saying", "it'd be a shame if something happened to it", "if she knows what's good for her",
// "last warning… next time it's not words", "your nose is getting broken", "your teeth will
// be on the floor", "you'll be crying at the gate tomorrow"), threat.harm (harm promised in
// the present tense or by a group: "next time you sit there I'm pushing you off the climbing
// frame", "I'll get you", "he'll come and deal with him", "we're all gonna jump you", "ur gunna
// get mashed"). A knife brought in, and "gonna beat u up" with no "I", are threat.ts's; harm
// to someone else or their things is threat-sideways.ts's, read in this list. Games, sport
// and stories pass (GAME, as in threat.ts).

import { ILL, phrase, YOU, type PhraseRule } from './phrases.js';
import { GAME } from './threat-game.js';
import { SIDEWAYS_THREAT_RULES } from './threat-sideways.js';

const HURT_NOW =
	'(?:push|pushing|punch|punching|hit|hitting|kick|kicking|smash|smashing|batter|battering|trip|tripping|slap|slapping|bite|biting|throw|throwing|thump|thumping)';
/** Hitting, for a group's threat ("we're all gonna jump you"). */
const BEAT = '(?:jump|hurt|punch|hit|kick|batter|smash|beat up|beat|bash|stab|kill|slap|thump|deck)';
const BROKEN = '(?:broken|smashed|punched|kicked|battered|snapped|bashed|kicked in|smashed in|ripped off)';

export const VEILED_THREAT_RULES: readonly PhraseRule[] = [
	{
		rule: 'threat.warning',
		pattern: phrase(
			`(?:he|she|they|hes|shes|theyre|${'(?:my|me) (?:big |older )?(?:brother|cousin|dad|uncle|sister|mates|friends|gang)'}s?) (?:knows|know|knowing) where ${YOU} (?:live|sit|go after school|hang out)|(?:it d|itd|it would|would|it will|itll|be) be a (?:shame|pity) if (?:something|anything) (?:happened|happens|were to happen|bad happened) to (?:it|${YOU}|${YOU}r|ur|her|him|them)|wait (?:till|until|til) (?:home time|after school|break|lunch|later|tomorrow|monday|playtime)[a-z ]{0,10} ${YOU}(?:ll| will) see(?: what happens)?$|if (?:${YOU}|he|she|they) (?:knows?|know) whats good for (?:${YOU}|him|her|them)`
		),
		unless: new RegExp(
			`${GAME.source}|\\b(?:pick (?:you|u) up|lift|drop (?:you|u) off|invite|invitation|card|post|parcel|hamster|plant|pet|veg|vegetables|greens|eat (?:your|ur)|homework)\\b`
		),
		needs: /know|shame|pity|good for|see/
	},
	{
		rule: 'threat.warning',
		pattern: phrase(
			`(?:this is (?:your |ur |my )?)?(?:last|final) warning(?: [a-z]+)?(?: next time| or| if)|next time (?:(?:its|it is|it ll be|itll be|it will be) (?:not (?:just )?words|my fists|fists)|(?:it wont be|it will not be|i wont use) (?:just )?words)|(?:${YOU}r|ur) (?:nose|face|arm|leg|head|teeth|tooth|jaw|fingers?|legs|arms|tablet|phone|bike) (?:(?:is|s|are|r|will be) (?:getting|gonna get|going to get|gonna be|going to be|gunna get|gunna be) ${BROKEN}|(?:will|ll|is going to|is gonna) be (?:on the floor|everywhere|in bits|smashed|broken))`
		),
		unless: GAME,
		needs: /warning|next time|getting|gonna|going|gunna|will|ll/
	},
	{
		rule: 'threat.warning',
		pattern: phrase(
			`${YOU}(?:ll| will| are going to| re going to| re gonna| r gonna| are gonna) be (?:crying|bleeding|limping|in hospital|in (?:a|the) hospital|on the floor|begging|sorry)[a-z ]{0,25} (?:tomorrow|after school|at home time|later|i promise|trust me|on monday)`
		),
		unless: /\b(?:film|movie|book|ending|happy|laughing|miss (?:me|us|her|him)|goodbye|leaving|last day|onions|lol|haha|jk|joking)\b/,
		needs: /crying|bleeding|limping|hospital|floor|begging|sorry/
	},
	{
		rule: 'threat.harm',
		pattern: phrase(
			`(?:next time|if) ${YOU}[a-z ]{1,40} (?:im|i am|ill|i will|i ll|were|we are|well|we will) ${HURT_NOW} ${YOU}(?! (?:on|round|around|in|to|home|along|a|some)\\b)`
		),
		unless: GAME,
		needs: /push|punch|hit|kick|smash|batter|trip|slap|bite|throw|thump/
	},
	{
		rule: 'threat.harm',
		pattern: phrase(
			`(?:${ILL}|(?:i|we) (?:will|wil|ll)) get ${YOU}(?: for (?:that|this)| back)?$|(?:hell|he will|shell|she will|theyll|they will|ill|i will|(?:my|me) (?:dad|brother|uncle|cousin|mum|sister|mates)s? (?:will|ll|is going to|is gonna)) come (?:round |over |to ${YOU}r house )?(?:and|n|to) (?:deal with|sort out|sort|batter|smash|hurt|beat up|get) (?:him|her|them|${YOU}|${YOU}r (?:dad|mum|brother|sister|family))(?! (?:from|at|for|after) )|(?:hell|shell|theyll|ill|i will|he will|she will|they will|well|were (?:all )?(?:going to|gonna)) sort ${YOU} out(?! (?:with|a|some|for)\\b)|make sure ${YOU} (?:cant|can not|cannot|wont|will not) (?:use ${YOU}r (?:hands|arms|legs|fingers)|(?:walk|see|talk|move|sit) (?:again|properly|for a week|for a month))|(?:were|we are|we re|theyre|they are) all (?:going to|gonna|gunna) (?:${BEAT} ${YOU}|get ${YOU}(?! (?:a|an|some|one|the|something|back|home|tea|lunch|from|at|to|for)\\b))|(?:${YOU}r|ur|youre|u r|you re) (?:gonna|going to|gunna|about to) get (?:mashed|battered|smashed|hurt|h rt|beaten up|wrecked|merked|destroyed|done in|jumped|punched|decked|slapped)`
		),
		unless: GAME,
		needs: /get|come|sort|make sure|all/
	},
	// Threats told sideways (threat-sideways.ts), read in this list.
	...SIDEWAYS_THREAT_RULES
];
