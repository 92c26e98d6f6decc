// A child out somewhere now with no grown-up at hand, told as a status update; read by
// location-alone-shapes.ts after its other shapes find nothing. Owns no new rule id: adds to
// location.here-now. Two things together, never one:
// - where the child is now, said the way a status is typed: the message opens on the place
//   ("at the bus stop by the leisure centre…", "on the swings at the park…", "sat at the
//   castle…", "just got off the train at…") or says "im at / im in / im on" somewhere;
// - that nobody is looking after them there: a grown-up who has gone off or is busy ("mum went
//   to get a coffee", "dads paying inside", "mums dropped me and gone to the bank", "while he
//   works"), waiting for one who is not here yet, nobody else here, no adults, on my own.
// A place alone tells a stranger nothing to act on, and so does a busy grown-up alone ("mum went
// to the bank"). At home, in class, in a game or in a story, it is no stranger's business.

import type { WordView } from './normalise.js';
import { wordTest } from './phrases.js';

// Every shape needs one of these words, so most messages are passed over with one test.
const NEEDS =
	/\b(?:went|gone|goes|going|paying|pays|inside|dropped|drops|left|while|waiting|wait|not here|yet|nobody|no one|noone|no1|no adults|no grown|no parents|alone|myself|meself|my own|me own|ma own|picking me up|pick me up|come get me|come and get me|coming to get me)\b/;

// The message opens on where the child is, the way a status is typed, or says "im at" somewhere.
const HERE_NOW =
	/^(?:(?:ok|so|soo|well|lol|omg|hi|hey|guess what|right|rn|currently|still|just|now|me|im|i m|i am|sat|sitting|waiting|stood|standing|stuck|hiding|walking|chilling|hanging)\s+){0,3}(?:at|in|on|outside|by|@|in front of|got off (?:the |a )?[a-z]+ at)\s(?!my own|me own|ma own|myself|my self|meself|my |me )|\b(?:im|i m|i am)(?: [a-z]+ing| just| still| now)? (?:at|in|on|outside|by) (?:the|a|da|d)\b|\bjust got off (?:the |a )?(?:train|bus|tram|coach|ferry) at\b|\b(?:going|walking|just) past the\b/;

// Nobody minding the child: a grown-up gone off or busy, waiting for one who is not here, or alone.
const GROWN_UP =
	'(?:mum|mums|mam|mams|mom|moms|dad|dads|nan|nans|gran|grans|grandad|grandma|auntie|aunties|uncle|uncles|parents|step ?dad|step ?mum|he|she|they)';
const UNATTENDED = new RegExp(
	[
		`\\b${GROWN_UP}(?: s| has| is| have)? (?:went|gone|goes|has gone|popped|nipped|dropped (?:me|us)|left (?:me|us)|paying|pays|is paying|s paying|inside|at the (?:bank|gym|shop|shops|pub|bar|doctors|dentist)|gets|getting|does the|doing the|picking me up|s picking me up|is picking me up|coming to get me|not here|still not here|isnt here)\\b`,
		`\\bwhile ${GROWN_UP}(?: s| is)? (?:works|working|gets|getting|pays|paying|does|doing|shops|shopping|goes|is at|s at|at the)\\b`,
		`\\bwhile (?:my )?${GROWN_UP} (?:works|gets|pays|does|shops|goes)\\b`,
		`\\bwaiting for (?:my )?${GROWN_UP}\\b`,
		'\\b(?:im|i m|i am) just waiting\\b',
		'\\b(?:nobody|no one|noone|no1) else(?: is| s)? (?:here|about|around)\\b',
		'\\bno (?:adults|grown ups|grownups|parents|teachers)\\b',
		'\\b(?:by myself|by my self|by meself|on my own|on me own|on ma own|all alone|alone)\\b'
	].join('|')
);

// At home or a relative's, in class, in a game, a story, the past, or advice.
const NOT_OUT_NOW =
	/\b(?:whispered|said the|robot|table|desk|beanbag|reading corner|home|house|kitchen|living room|lounge|bedroom|my room|garden(?! centre)|bed|bath|toilet|loo|class|classroom|school|assembly|lesson|register|chat|server|lobby|game|call|zoom|minecraft|roblox|fortnite|film|movie|story|book|chapter|character|pretend|imagine|yesterday|last (?:week|night|year|time|summer)|when i was|was|were|never|shouldnt|should|dont (?:say|post|share|put|tell|go|walk|ever|be)|if|drives|driving)\b/;

// Asked through the phrase index (phrases.ts wordTest): the same answer as the plain test, found at
// the few words that can begin it instead of by a scan of the whole text.
const NEEDS_TEST = wordTest(NEEDS);

/** location.here-now when a child out somewhere now says no grown-up is minding them, else null. */
export function unattendedRule(view: WordView): string | null {
	const text = view.text;
	if (!NEEDS_TEST.test(view) || !HERE_NOW.test(text) || !UNATTENDED.test(text)) return null;
	// "walking home by myself", "mums gone home": home is where someone is going, not where the child is.
	if (NOT_OUT_NOW.test(text.replace(/\b(?:walking|gone|went|going) home\b/g, 'walking'))) return null;
	return 'location.here-now';
}
