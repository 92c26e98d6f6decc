// Where a child is right now, or will be with no grown-up. Owns rules:
// location.alone ("I'm home alone", "mum's out till 9 so it's just me"),
// location.here-now ("I'm outside the Co-op on my own", "where r u? I'm at the rec"),
// location.alone-now (a child out or at home with no grown-up, said any way:
// "just got to the park by myself", "on my own in the house til dad gets back"),
// location.pin (coordinates, a map pin, live location switched on). A message may
// begin without "I'm": "home alone till 6", "on my own at the rec now". Blocked: it tells a stranger where to
// find a child. Films ("Home Alone"), the past ("I was at the park yesterday") and
// school places ("I'm in the library") pass.

import { findMoreLocations } from './location-alone-shapes.js';
import { matchPhrases, phrase, type PhraseRule, wordTest } from './phrases.js';
import { originalSpan, type MappedText, type WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const IM = '(?:im|i am|i m|am|ima|me|were|we are|we r)';
const OUT_PLACE =
	'(?:the |a |my |our )?(?:big |little |old |new |corner )?(?:park|skate ?park|shop|shops|corner shop|co op|coop|tesco|tescos|asda|aldi|lidl|sainsburys|morrisons|spar|greggs|mcdonalds|maccies|maccys|kfc|subway|costa|cinema|bus stop|bus station|train station|station|rec|field|fields|woods|wood|canal|river|lake|beach|high street|town|town centre|city centre|shopping centre|the centre|precinct|arcade|leisure centre|swimming baths|pool|car park|garage|petrol station|chippy|takeaway|bridge|alley|underpass|playground on|play park|swings|garages|estate|corner|end of my road|end of my street|top of my road|bottom of my road)';
const NOW = '(?:right now|now|rn|atm|at the moment|till|until|for (?:a bit|an hour|ages)|tonight|all night|all day|on my own|by myself|alone)';

const RULES: readonly PhraseRule[] = [
	{
		rule: 'location.alone',
		pattern: phrase(
			`${IM} (?:home alone|at home alone|alone at home|in (?:the|my) house (?:on my own|alone|by myself)|at home (?:on my own|by myself))|${IM} (?:on my own|by myself|alone)(?: (?:at|in) (?:home|mine|my house|the house|my flat))?(?: (?:till|until|tonight|rn|right now|now|all (?:day|night|evening|weekend)))|(?:my )?(?:mum|mom|dad|parents|nan|mums|dads)(?: and dad| and mum)?(?:s| is| are|re)? (?:out|away|at work|working|not (?:home|back))(?: (?:till|until|all|tonight|for))[a-z0-9 ]{0,20} (?:so )?(?:its|it is|im|i am) (?:just )?(?:me|alone|on my own|by myself|home alone)|(?:its|it is) just me (?:at home|in the house|here|home)|no (?:one|body|grown ups|adults) (?:is )?(?:home|in|here) (?:but|except) me|(?:nobody|no one|noone|no ones|nobodys|no1s?|no grown ups?|no adults?) (?:is |are |s )?(?:home|in|here|in the house)(?! (?:at|on) (?:school|christmas))|^(?:home alone|home by myself|home on my own|at home alone|at home on my own|at home by myself|alone at home)(?: (?:at|in) (?:mine|my house|the house|my flat))? (?:till|until|til|tonight|rn|right now|now|all (?:day|night|evening|weekend)|for)`
		),
		unless:
			/\b(?:film|movie|watch(?:ed|ing)?|kevin|story|character|chapter|book|when i was|last (?:year|week|time)|yesterday|never|shouldnt|should not|dont tell|if (?:you|someone|a stranger)|whispered|muttered|sighed|replied)\b/,
		needs: /alone|own|myself|just me|no one|no ones|nobody|noone|no1|no grown|no adult|out|away|work/
	},
	// Split in two so the long first pattern runs only when a word for 'now' or 'alone' is there.
	{
		rule: 'location.here-now',
		pattern: phrase(
			`(?:${IM} )?(?:${IM}|sat|sitting|waiting|stood|standing|hanging(?: out| about| around)?|walking(?: to| past| round)?|playing|chilling) (?:at|outside|in|by|near|behind|on|down|round|in front of|opposite|up|to) ${OUT_PLACE}(?:[a-z ]{0,30}) (?:${NOW})`
		),
		unless:
			/\b(?:yesterday|last (?:week|weekend|night|year|time|summer)|was|went|when i was|story|character|chapter|pretend|imagine|game|minecraft|roblox|in the book|lesson|never|dont|shouldnt|if (?:you|someone|a stranger))\b/,
		needs: /\b(?:now|rn|atm|moment|till|until|for (?:a bit|an hour|ages)|tonight|all night|all day|on my own|by myself|alone)\b/
	},
	{
		rule: 'location.here-now',
		pattern: phrase(
			`(?:at|outside|by|near|behind|down|in) ${OUT_PLACE} (?:on my own|by myself|alone)|${IM} (?:on my own|by myself|alone) (?:at|outside|in|by|near|down|on|round) ${OUT_PLACE}|(?:where (?:are|r) (?:you|u)|wru|where u at|where you at)(?: rn| now| right now)?,? ${IM} (?:at|outside|in|by|near|on|down) ${OUT_PLACE}|(?:come|come and find me|find me|im waiting) (?:at|outside|by|near) ${OUT_PLACE} (?:${NOW})|(?:my|me) (?:live )?location(?: is)?|^(?:on my own|on me own|by myself|by my self|all alone|alone) (?:at|outside|in|by|near|down|on|round) ${OUT_PLACE}`
		),
		unless:
			/\b(?:yesterday|last (?:week|weekend|night|year|time|summer)|was|went|when i was|story|character|chapter|pretend|imagine|game|minecraft|roblox|in the book|lesson|never|dont|shouldnt|if (?:you|someone|a stranger))\b/,
		needs: /\b(?:own|myself|alone|where|wru|location)\b/
	}
];

// Latitude, longitude to three or more places, or a map pin shared as text.
const COORDINATES = /(?<![0-9.])-?\d{1,2}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}(?![0-9])|📍|(?:what3words|w3w|\/\/\/)\s*[a-z]+\.[a-z]+\.[a-z]+/g;

// No grown-up with the child, said any way, with a sign it is now and a place, a movement
// or a grown-up who works nights; not a skill learnt ("I can swim on my own now"), not the
// past or a story.
const ALONE = /\b(?:by myself|by my self|on my own|on me own|all alone|alone|just me|only me|(?:nobody|no one|noone) else (?:here|in|home))\b/;
const NOW_OR_PLACE =
	/\b(?:now|rn|right now|atm|at the moment|till|til|until|tonight|outside|walking|walk|sitting|stuck|waiting|in the house|at home|house|flat|park|shop|shops|street|road|pond|lake|canal|river|woods|field|rec|town|beach|bus|station|gets back|get back|comes back|are out|is out|asleep|at work|works nights|working nights|on nights|no key|got to|gone)\b/;
const NOT_ALONE_NOW =
	/\b(?:can|could|cant|learned|learnt|learning|allowed|managed|did|do|does|made|make|built|build|tied|read|drew|draw|wrote|write|finished|worked out|figured|solved|practised|practice|homework|was|went|walked|yesterday|last|when i was|film|movie|book|story|character|chapter|song|game|level|minecraft|roblox|fortnite|never|shouldnt|should not|dont|if (?:you|someone|a stranger)|lesson|pretend|imagine|play|playing|want to be|wanna be|leave me|let me|need|needed|time|whispered|muttered|sighed|replied)\b/;
// A grown-up who has gone out is the reason the child is alone now, not a story of the past.
const ADULT_GONE =
	/\b(?:mum|dad|mom|parents|nan|gran|they|she|he)(?: and (?:dad|mum|mom))? (?:just )?(?:went|have gone|has gone|popped|nipped) (?:out|off|to)\b/g;
// Also said with no "I": left alone somewhere, "just me in the house", or a grown-up not back
// until a time ("home alone again, mums not back til 12").
const FIRST_PERSON_NOW =
	/\b(?:im|i am|iam|were|we are|ive|i ve|just got|got to|on my own in|by myself in|its just me|stuck|sitting|walking|waiting|left (?:on my own|alone|by myself)|just me (?:in the house|at home|at mine)|(?:mum|mom|dad|parents|nan|gran)(?:s| is| are|re)? (?:not back|not home) (?:till|til|until))\b/;
const HERE_NOW = new RegExp(
	`\\b(?:${IM}|where i am|guess where i am|sitting|sat|waiting|standing|stood|stuck|hanging (?:out|about|around))(?: [a-z]+){0,5} (?:at|outside|by|near|behind|on|down|round|in front of|opposite|in) ${OUT_PLACE}\\b|\\bguess where i am (?:at )?${OUT_PLACE}\\b`
);
// "sat outside tesco waiting for my dad": waiting for someone is happening now.
const NOW_WORD = /\b(?:now|rn|right now|atm|at the moment|guess where i am|come|waiting for)\b/;
const PAST_OR_STORY =
	/\b(?:yesterday|last (?:week|weekend|night|year|time|summer)|was|went|when i was|story|character|chapter|pretend|imagine|game|minecraft|roblox|in the book|lesson|never|shouldnt|if (?:you|someone|a stranger)|at school|in class|playground|library|classroom|hall)\b/;
const LIVE_LOCATION =
	/\b(?:(?:my )?live location(?: is)? on|(?:share|sharing|shared|turn on|turned on) (?:my |me )?(?:live )?location|find me on (?:snap ?maps?|find my|maps)|on snap ?maps?)\b/;
const LAT_LONG = /\b(?:lat|latitude)\W{0,3}-?\d{1,2}\.\d+\W{1,5}(?:long|lng|lon|longitude)\W{0,3}-?\d{1,3}\.\d+/g;

// The whole-text tests below are asked of this message's word view through the phrase rules' index of
// beginnings (phrases.ts wordTest): the same answers, found
// at the few words that can begin each instead of by a scan of the whole text.
const ALONE_TEST = wordTest(ALONE);
const NOW_OR_PLACE_TEST = wordTest(NOW_OR_PLACE);
const NOT_ALONE_NOW_TEST = wordTest(NOT_ALONE_NOW);
const FIRST_PERSON_NOW_TEST = wordTest(FIRST_PERSON_NOW);
const HERE_NOW_TEST = wordTest(HERE_NOW);
const NOW_WORD_TEST = wordTest(NOW_WORD);
const PAST_OR_STORY_TEST = wordTest(PAST_OR_STORY);
const LIVE_LOCATION_TEST = wordTest(LIVE_LOCATION);

/** A child saying where they are now, or that no grown-up is with them. */
export function findLocations(view: WordView, mt: MappedText): RawFinding[] {
	const findings = matchPhrases(view, RULES, 'location');
	const text = view.text;
	if (
		findings.length === 0 &&
		ALONE_TEST.test(view) &&
		NOW_OR_PLACE_TEST.test(view) &&
		FIRST_PERSON_NOW_TEST.test(view) &&
		!NOT_ALONE_NOW_TEST.test(view, text.replace(ADULT_GONE, ' '))
	)
		findings.push(wholeMessage(view, 'location', 'location.alone-now'));
	else if (findings.length === 0 && NOW_WORD_TEST.test(view) && HERE_NOW_TEST.test(view) && !PAST_OR_STORY_TEST.test(view))
		findings.push(wholeMessage(view, 'location', 'location.here-now'));
	if (LIVE_LOCATION_TEST.test(view)) findings.push(wholeMessage(view, 'location', 'location.pin'));
	LAT_LONG.lastIndex = 0;
	for (let m = mt.text.includes('lat') ? LAT_LONG.exec(mt.text) : null; m !== null; m = LAT_LONG.exec(mt.text)) {
		const span = originalSpan(mt, m.index, m.index + m[0].length);
		findings.push({ kind: 'location', start: span.start, end: span.end, rule: 'location.pin' });
	}
	COORDINATES.lastIndex = 0;
	for (let m = COORDINATES.exec(mt.text); m !== null; m = COORDINATES.exec(mt.text)) {
		const span = originalSpan(mt, m.index, m.index + m[0].length);
		findings.push({ kind: 'location', start: span.start, end: span.end, rule: 'location.pin' });
	}
	return findings.length > 0 ? findings : findMoreLocations(view);
}
