// A web address told as a recipe rather than written: "the server is the name of our street then
// dot aternos dot me", "its our surname dot family", "go on the site with the red play button and
// after the slash put zac plays lego", "the photo site, slash then her name", "lakelandslime
// dotcom". Owns rule url.in-parts; read after url.ts finds nothing. It needs talk of a site (a
// website, a page, a link, a server, "go on") and the address put together: a name then "dot" and
// an ending, or "slash" then a name. "in maths 3 slash 4 is a fraction" and a lesson on safe
// sites pass, and so does any message naming a site the school approves (url.ts reads those).

import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const SITE_TALK = /\b(?:site|website|web site|webpage|page|link|server|address|channel|gallery|blog|go on|go to|type in|search)\b/;
// A name, then "dot" and an ending: "our surname dot family", "then dot aternos dot me".
const DOT_ENDING =
	/\b[a-z]{3,} (?:then )?dot (?:[a-z]{3,} dot )?(?:com|co uk|co dot uk|org|net|me|io|family|uk|tv|gg|xyz|site|online|blog|app)\b|\b[a-z]{5,} ?dotcom\b/;
// "slash" then a word: "after the slash put at zac plays lego", "slash then her name shazzyb".
const SLASH_NAME = /\bslash (?:then |and then )?(?:put )?(?:at )?(?!\d)[a-z]{3,}/;
const NOT_A_SITE = /\b(?:lesson|learned|learnt|never|dont (?:go|click|visit)|shouldnt|safe|fake|example|fraction|maths|sum)\b/;

/** url.in-parts where a web address is told as a recipe, else nothing. */
export function findLinkRecipes(view: WordView, approved: readonly string[]): RawFinding[] {
	const text = view.text;
	if (!text.includes('dot') && !text.includes('slash')) return [];
	if (!SITE_TALK.test(text) || (!DOT_ENDING.test(text) && !SLASH_NAME.test(text)) || NOT_A_SITE.test(text)) return [];
	// A site the school approves is url.ts's to judge, written or said.
	if (approved.some((host) => text.includes((host.split('.')[0] as string).replace(/-/g, ' ')))) return [];
	return [wholeMessage(view, 'url', 'url.in-parts')];
}
