// Threats of violence, from the writer or someone they send. Owns rules:
// threat.harm ("I'll punch you"), threat.sender ("my brother will batter you",
// "I'll set my dog on you"; also reported as unkind, a threat from others being
// bullying), threat.weapon ("I'm bringing a knife to school", "… a knife in tomorrow"), threat.after-school ("I'll get you after school"), threat.warning ("watch your
// back", "you're dead", "keep talking and see what happens", "you won't make it home in one
// piece"), threat.harm also for "we're gonna jump you" and "he'll come round and sort your
// dad out". Held for the teacher; the game and story versions
// ("I'll kill you in Fortnite", "the dragon will eat you") pass.

import { ILL, matchPhrases, phrase, YOU, YOURE, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import { frames, type Speaking } from './speaking.js';
import type { RawFinding } from './types.js';
import { GAME } from './threat-game.js';
import { IMPLIED_THREAT_RULES } from './threat-implied.js';
import { VEILED_THREAT_RULES } from './threat-veiled.js';
import { WARNED_THREAT_RULES } from './threat-warned.js';

const HARM =
	'(?:(?:hurt|hit|punch|kick|kill|beat|batter|smash|stab|shank|merk|wreck|slap|strangle|murder|bash|thump|smack|deck|jump|knock|break|slice|shoot|burn|push|shove|trip|drown|bite|come for|come after|get|sort|mess) (?:you|u|ya|yu|your|ur|yer)(?: face| head| legs?| arms?| nose| teeth)?(?: in| up| out| over| back)?)(?! a (?:high|low|catch|ball|six|four))(?!(?: [a-z]+)? (?:record|records|high score|personal best|pb|heart)\\b)(?<!(?:get|sort|mess) (?:you|u|ya|yu|your|ur|yer))';
const SENDER =
	'(?:my|mi|me) (?:big |older |bigger |little )?(?:cousins? |mums |dads |sisters |brothers |uncles |aunties )?(?:brother|bro|cousin|dad|mum|uncle|sister|mates|friends|gang|boyfriend|family|brothers|cousins)';
// GAME lives in its own file so threat-veiled.ts can read it without an import cycle.
export { GAME } from './threat-game.js';

// A threat in a story character's mouth ('the bad guy says "you'll regret it"'), read by speaking.ts.
const A_CHARACTER_SPEAKS = frames('quote');

// The North's and Liverpool's "dead" for "very" before praise ("you're dead good at drawing", "ur dead
// nice"), which is no warning; before anything else ("ur dead", "ur dead meat", "ur dead ugly") it still is.
const DEAD_MEANS_VERY =
	'(?:good(?! luck)|nice(?! try)|kind|clever|smart|funny|brave|fast|quick|lucky|cool|pretty|cute|lovely|sweet|sound|boss|mint|talented|helpful|friendly|tall|strong|posh|proud|excited|happy)\\b';

const RULES: readonly PhraseRule[] = [
	{
		rule: 'threat.harm',
		pattern: phrase(
			`if ${YOU} (?:tell|grass|snitch|say)[a-z ]{0,25} (?:ill|i will|i ll|im going to|im gonna|we will|well|ima|imma) (?:get|hurt|batter|smash|punch|kill|sort|hit|kick) ${YOU}|${ILL} (?:come (?:round|over) (?:and |n )?)?${HARM}|(?:i|we) (?:will|wil|are going to|re going to|are gonna|re gonna|gonna|going to) ${HARM}|${ILL} (?:get ${YOU} back|make ${YOU} (?:pay|cry|sorry|bleed))|(?:i|we) will make ${YOU} (?:cry|pay|sorry|bleed)|^(?:gonna|gunna|gona|going to|goin to|finna) (?:beat up ${YOU}|${HARM})`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /ill|will|wil|going|gonna|gunna|gona|goin|imma|ima|finna/
	},
	{
		rule: 'threat.sender',
		pattern: phrase(
			`${SENDER} (?:will|wil|ll|is going to|s going to|is gonna|s gonna|are going to|are gonna|gonna|going to|can|could|would) ${HARM}|(?:ill|i will|im going to|im gonna|i am going to) (?:get|send|tell) ${SENDER} (?:on|to|onto|after|round(?: to)?)? ?(?:${YOU}|your|ur)|(?:ill|i will|im going to|im gonna|i am going to|im|i am) (?:get|getting|send|sending|tell|telling|ask|asking) ${SENDER} to (?:sort|batter|beat up|deal with|hurt|punch|smash|jump|kick|get) ${YOU}(?! (?:a|an|some|one|the|something|from|at|after|home|back|in|tea|lunch|ready)\\b)|${SENDER} (?:knows|know) where ${YOU} live`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /brother|bro|cousin|dad|mum|uncle|sister|mate|friend|gang|boyfriend|family/
	},
	{
		rule: 'threat.after-school',
		pattern: phrase(
			`(?:${ILL}|(?:i|we)(?:ll| will)|hell|he will|shell|she will|theyll|they will) (?:get|catch|jump|deal with|sort) ${YOU} (?:after school|at home time|outside|at the gates?|on the way home|later|tomorrow)(?! (?:to|for) (?:play|the party|football|practice|club))|(?:${ILL}|(?:i|we)(?:ll| will)) (?:get|catch|jump|hit|punch|kick|hurt) ${YOU}(?: at (?:lunch|break|playtime|dinner|home time|school))? when (?:the )?(?:teachers?|miss|sir|dinner ladies|no one|nobody|grown ups)(?: (?:arent|isnt|are not|is not|is|are))? (?:looking|watching|around)|${YOU}(?: are|re|r)? (?:getting|gonna get|going to get) (?:it|battered|beaten|smashed|jumped|hit|punched|done in)(?: after school| later| at home time| tomorrow)?|meet me (?:outside|at the gates?|behind the [a-z]+) (?:after school|at home time) (?:and|n|if)`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /get|catch|jump|deal|sort|meet/
	},
	{
		rule: 'threat.sender',
		pattern: phrase(
			`${SENDER} (?:will|wil|ll|is going to|s going to|is gonna|s gonna|are going to|are gonna|gonna|going to) (?:get|catch|sort|deal with|come for|come after|find) ${YOU}`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /brother|bro|cousin|dad|mum|uncle|sister|mate|friend|gang|boyfriend|family/
	},
	{
		rule: 'threat.harm',
		pattern: phrase(
			`(?:ill|i will|im going to|im gonna|i ll) (?:set|send) (?:my|our) (?:dog|dogs|brother|brothers|gang|mates|cousins?) (?:on|after|round to) ${YOU}|(?:ill|i will|i ll|im going to|im gonna) throw (?:${YOU}|${YOU}r [a-z]+) (?:in|into|off|out of|down|over) (?:the )?(?:river|canal|bin|pond|lake|sea|fire|toilet|window|bridge)`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /set|send|throw/
	},
	{
		rule: 'threat.harm',
		pattern: phrase(
			`${ILL} (?:rip|tear|pull) (?:${YOU}r|ur) (?:head|face|arms?|legs?|hair) (?:off|out)|${ILL} (?:put|throw|chuck|lob) (?:a )?(?:brick|stone|rock)s? (?:through|at) ${YOU}r (?:window|house|head|car|door)|${YOU}(?:ll| will| are going to|re going to|re gonna|r gonna) (?:have|get|be getting) (?:a )?(?:black eye|broken (?:nose|arm|leg|jaw)|fat lip|bloody nose|no teeth)|${YOU} (?:wont|will not) have (?:any )?teeth left|(?:me and|me n) [a-z]+ (?:are |r )?(?:going to|gonna|will) ${HARM}|(?:hes|shes|theyre|he is|she is|they are|were|we are) (?:coming|gonna come|going to come) (?:for|after) ${YOU}(?! (?:at|to|for) (?:play|tea|the party|football))`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /rip|tear|pull|brick|stone|rock|eye|broken|lip|nose|teeth|me and|me n|coming|come/
	},
	{
		// "We're gonna…", "they're gonna…", and a family member sorted out: the subject a plain rule above does not read.
		rule: 'threat.harm',
		pattern: phrase(
			`(?:were|we are|theyre|they are) (?:gonna|going to|gunna) ${HARM}|(?:${ILL}|(?:i|we|he|she|they)(?:ll| will)|hell|shell|theyll|${SENDER} (?:will|ll|is going to|is gonna)|(?:is|are|s) (?:going to|gonna)) (?:come (?:round|over|to (?:your|ur) (?:house|door)) (?:and |n |to )?)?(?:sort (?:${YOU}r|ur|yer) (?:dad|mum|mom|brother|sister|family|nan|cousin) out(?! (?:a|an|some|the|with|for|at) )|(?:batter|smash|beat up|punch|kick|hurt) (?:${YOU}r|ur|yer) (?:dad|mum|mom|brother|sister|family|nan|cousin))`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /gonna|going|gunna|coming|ll|will|hell|shell/
	},
	{
		rule: 'threat.warning',
		pattern: phrase(
			`(?:keep (?:talking|going|it up|laughing)|say (?:that|it) (?:again|one more time)|do (?:that|it) again|try it|go on then)(?: and| n)? (?:see|watch|wait and see) what (?:happens|i do|we do|ill do)|(?:see|watch) what happens to ${YOU}|${YOU} (?:wont|will not|aint gonna|are not gonna|arent going to|arent gonna) (?:make it|get|be walking|walk|be going|go) home (?:in one piece|alive)|${YOU} (?:wont|will not) be (?:walking|going|getting) home (?:tomorrow|tonight|today|after school)$|${YOU} (?:wont|will not) be able to (?:walk|see|stand|talk) (?:when|after|by the time) (?:im|i am|we are|were|i have|ive|my|hes|they)`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /happens|i do|we do|ill do|home|able/
	},
	{
		// Catching someone later, told without a harm word: the time or the unwatched moment makes it a threat.
		rule: 'threat.after-school',
		pattern: phrase(
			`wait (?:till|until|til|untill) (?:i|we|my [a-z]+) (?:get|gets|catch|catches|find|finds) ${YOU}(?! (?:a|an|some|the|your|ur|home|back|one|it|them)\\b)|${YOU} (?:wont|will not|aint|wnt) (?:be|b) (?:laughing|smiling|so brave|so happy|so funny|so smart|so tough|so hard)(?: [a-z]+){0,2} (?:after school|at home time|later|tomorrow|when (?:i|im|i m|i am|we|were|my))|(?:get|catch|jump|hit|punch|kick|hurt|batter) ${YOU} when (?:no ones|noones|nobodys|no one is|nobody is) (?:looking|watching|around)|(?:im|i am|i m|were|we are|we re|theyre|they are) (?:going to|gonna|gunna) (?:get|catch|jump|find) ${YOU} (?:after (?:school|football|club|swimming|break|lunch|pe|practice)|at (?:home time|break|lunch|playtime|the gates?|the park)|on the way home|outside)(?! (?:to|for) )|(?:im|i am|i m) coming (?:for|after) ${YOU}(?: [a-z]+)? (?:at|after) (?:lunch|break|dinner|home time|school|the gates?|playtime)(?! (?:to|for) )`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /wait|laughing|smiling|so |looking|watching|around|after|at|outside|on the way/
	},
	{
		rule: 'threat.weapon',
		pattern: phrase(
			`(?:im bringing|bring|bringing|brought|take|taking|bring in|got|have|carrying|carry) (?:a|my|my dads|my mums|my brothers|his|her|the) (?:knife|knives|gun|blade|weapon|machete|axe|bat|lighter) (?:(?:to|into|in to|in|at) (?:school|class|my bag|the park)|in)(?: (?:tomorrow|on monday|next week|today|later))?`
		),
		// Lessons and rules about weapons, and a butter knife, a toy or DT.
		unless: /\b(?:lesson|learned|learnt|police|story|crime|never|shouldnt|dont|not allowed|if (?:someone|anyone)|butter|plastic|toy|cooking|food tech|dt)\b/,
		needs: /knife|knives|gun|blade|weapon|machete|axe|bat|lighter/
	},
	{
		rule: 'threat.warning',
		pattern: phrase(
			`watch ${YOU}r back|(?:${YOURE}|ur|your) (?:dead(?! ${DEAD_MEANS_VERY})|so dead|dead meat|going to die|gonna die|gunna die|finished|in big trouble with me)|(?:i|we) know where ${YOU} live|${YOU}(?:ll| will) (?:be sorry|regret (?:it|this))(?! (?:${YOU}|that ${YOU}) (?:missed|didnt|did not|werent|wasnt|forgot))|${YOU} better (?:watch out|run|hide|be scared)|(?:sleep|walk home) with (?:one eye open|your eyes open)`
		),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /back|dead|die|finished|trouble|live|sorry|regret|watch|run|hide|scared|sleep|walk home/
	},
	{
		// "Or else" ends a chain letter too ("pass this on before home time or else"): chain.ts reads that.
		rule: 'threat.warning',
		pattern: phrase(`(?<!\\b(?:send|pass|forward|copy|share) (?:this|it) (?:on|to)\\b.*)or else(?: ill| i will| we will|$)`),
		unless: GAME,
		standsDownIn: A_CHARACTER_SPEAKS,
		needs: /else/
	}
];

/** Threats of violence against a person. */
export function findThreats(view: WordView, speaking: Speaking): RawFinding[] {
	const found = matchPhrases(view, RULES, 'threat', speaking);
	for (const f of matchPhrases(view, VEILED_THREAT_RULES, 'threat', speaking)) found.push(f);
	for (const f of matchPhrases(view, IMPLIED_THREAT_RULES, 'threat', speaking)) found.push(f);
	for (const f of matchPhrases(view, WARNED_THREAT_RULES, 'threat', speaking)) found.push(f);
	// A threat of violence from others is bullying as well (the "my brother will…").
	for (const f of found) if (f.rule === 'threat.sender') found.push({ ...f, kind: 'unkind', rule: 'unkind.threat-from-others' });
	return found;
}
