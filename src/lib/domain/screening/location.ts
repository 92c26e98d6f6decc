// Where a child is right now, or will be with no grown-up. Owns rules:
// location.alone ("I'm home alone", "mum's out till 9 so it's just me"),
// location.here-now ("I'm outside the Co-op on my own", "where r u? I'm at the rec"),
// location.pin (coordinates or a map pin). Blocked: it tells a stranger where to
// find a child. Films ("Home Alone"), the past ("I was at the park yesterday") and
// school places ("I'm in the library") pass.

import { matchPhrases, phrase, type PhraseRule } from './phrases.js';
import { originalSpan, type MappedText, type WordView } from './normalise.js';
import type { RawFinding } from './types.js';

const IM = '(?:im|i am|i m|am|ima|me)';
const OUT_PLACE =
	'(?:the |a |my |our )?(?:big |little |old |new |corner )?(?:park|skate ?park|shop|shops|corner shop|co op|coop|tesco|tescos|asda|aldi|lidl|sainsburys|morrisons|spar|greggs|mcdonalds|maccies|maccys|kfc|subway|costa|cinema|bus stop|bus station|train station|station|rec|field|fields|woods|wood|canal|river|lake|beach|high street|town|town centre|city centre|shopping centre|the centre|precinct|arcade|leisure centre|swimming baths|pool|car park|garage|petrol station|chippy|takeaway|bridge|alley|underpass|playground on|play park|swings|garages|estate|corner|end of my road|end of my street|top of my road|bottom of my road)';
const NOW = '(?:right now|now|rn|atm|at the moment|till|until|for (?:a bit|an hour|ages)|tonight|all night|all day|on my own|by myself|alone)';

const RULES: readonly PhraseRule[] = [
	{ rule: 'location.alone', pattern: phrase(`${IM} (?:home alone|at home alone|alone at home|in (?:the|my) house (?:on my own|alone|by myself)|at home (?:on my own|by myself))|${IM} (?:on my own|by myself|alone)(?: (?:at|in) (?:home|mine|my house|the house|my flat))?(?: (?:till|until|tonight|rn|right now|now|all (?:day|night|evening|weekend)))|(?:my )?(?:mum|mom|dad|parents|nan|mums|dads)(?: and dad| and mum)?(?:s| is| are|re)? (?:out|away|at work|working|not (?:home|back))(?: (?:till|until|all|tonight|for))[a-z0-9 ]{0,20} (?:so )?(?:its|it is|im|i am) (?:just )?(?:me|alone|on my own|by myself|home alone)|(?:its|it is) just me (?:at home|in the house|here|home)|no (?:one|body|grown ups|adults) (?:is )?(?:home|in|here) (?:but|except) me|(?:nobody|no one|noone|no grown ups?|no adults?) (?:is |are )?(?:home|in|here|in the house)(?! (?:at|on) (?:school|christmas))`), unless: /\b(?:film|movie|watch(?:ed|ing)?|kevin|story|character|chapter|book|when i was|last (?:year|week|time)|yesterday|never|shouldnt|should not|dont tell|if (?:you|someone|a stranger))\b/, needs: /alone|own|myself|just me|no one|nobody|noone|no grown|no adult|out|away|work/ },
	// Split in two so the long first pattern runs only when a word for 'now' or 'alone' is there.
	{ rule: 'location.here-now', pattern: phrase(`(?:${IM} )?(?:${IM}|sat|sitting|waiting|stood|standing|hanging(?: out| about| around)?|walking(?: to| past| round)?|playing|chilling) (?:at|outside|in|by|near|behind|on|down|round|in front of|opposite|up|to) ${OUT_PLACE}(?:[a-z ]{0,30}) (?:${NOW})`), unless: /\b(?:yesterday|last (?:week|weekend|night|year|time|summer)|was|went|when i was|story|character|chapter|pretend|imagine|game|minecraft|roblox|in the book|lesson|never|dont|shouldnt|if (?:you|someone|a stranger))\b/, needs: /\b(?:now|rn|atm|moment|till|until|for (?:a bit|an hour|ages)|tonight|all night|all day|on my own|by myself|alone)\b/ },
	{ rule: 'location.here-now', pattern: phrase(`(?:at|outside|by|near|behind|down|in) ${OUT_PLACE} (?:on my own|by myself|alone)|${IM} (?:on my own|by myself|alone) (?:at|outside|in|by|near|down|on|round) ${OUT_PLACE}|(?:where (?:are|r) (?:you|u)|wru|where u at|where you at)(?: rn| now| right now)?,? ${IM} (?:at|outside|in|by|near|on|down) ${OUT_PLACE}|(?:come|come and find me|find me|im waiting) (?:at|outside|by|near) ${OUT_PLACE} (?:${NOW})|(?:my|me) (?:live )?location(?: is)?`), unless: /\b(?:yesterday|last (?:week|weekend|night|year|time|summer)|was|went|when i was|story|character|chapter|pretend|imagine|game|minecraft|roblox|in the book|lesson|never|dont|shouldnt|if (?:you|someone|a stranger))\b/, needs: /\b(?:own|myself|alone|where|wru|location)\b/ }
];

// Latitude, longitude to three or more places, or a map pin shared as text.
const COORDINATES = /(?<![0-9.])-?\d{1,2}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}(?![0-9])|📍|(?:what3words|w3w|\/\/\/)\s*[a-z]+\.[a-z]+\.[a-z]+/g;

/** A child saying where they are now, or that no grown-up is with them. */
export function findLocations(view: WordView, mt: MappedText): RawFinding[] {
	const findings = matchPhrases(view, RULES, 'location');
	COORDINATES.lastIndex = 0;
	for (let m = COORDINATES.exec(mt.text); m !== null; m = COORDINATES.exec(mt.text)) {
		const span = originalSpan(mt, m.index, m.index + m[0].length);
		findings.push({ kind: 'location', start: span.start, end: span.end, rule: 'location.pin' });
	}
	return findings;
}
