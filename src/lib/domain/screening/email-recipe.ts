// An email address told as a recipe the reader follows: "my email is my first name and my
// birthday numbers then the google mail bit on the end", "its our dogs name then 99 at the yahoo
// one", "sparklyunicorn then 11 then the at sign and then the google one", "my grandads email is
// his name and where he lives at aol". Owns rule email.in-parts. email.ts reads an address whose
// pieces are written; here the pieces are described, and the reader who knows the child fills
// them in. It needs a mail provider named, an address being put together (a name or numbers, then
// the "at" or the provider) and an address that is someone's own. "my mum uses gmail for work"
// and "in computing we learned an email has a name then the at sign" tell no address.

import type { WordView } from './normalise.js';
import { wordTest } from './phrases.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

// A mail provider, named as children name them: "the google one", "google mail", "the hotmail one".
const PROVIDERS = '(?:gmail|g mail|googlemail|google mail|(?:the )?google (?:one|bit|mail)|hotmail|yahoo|outlook|aol|icloud|btinternet|bt internet)';
const PROVIDER = new RegExp(`\\b${PROVIDERS}\\b`);
// Talk of an email: the word, or the "@" named.
const MAIL_TALK = /\b(?:e ?mails?|email address|at sign|at symbol|the at)\b/;
// The address put together: a part, then another, then the "at" or the provider.
const PART = '(?:name|names|surname|initials?|numbers|birthday|age|born|door number|house number|\\d+|[a-z]+\\d+)';
const JOINED = new RegExp(
	[
		`\\b${PART} (?:then|and then|and|plus|with|followed by|after)\\b`,
		'\\bthen (?:put )?(?:the )?at\\b',
		'\\b(?:then|and) (?:its |put )?(?:the )?(?:at sign|at symbol|at)\\b',
		`\\bat (?:the )?${PROVIDERS}`,
		'\\b(?:one|bit|mail) (?:on|at) the end\\b'
	].join('|')
);
// Whose: the child's, a family member's or a home one.
const OWN = /\b(?:i|my|mine|our|ours|his|her|me|home|family)\b/;
// A lesson, a poster or a made-up example.
const NOT_AN_ADDRESS =
	/\b(?:computing|lesson|learned|learnt|example|pretend|fake|made up|never|dont (?:give|share|put|post|tell|send)|shouldnt|poster|safety|scam|spam)\b/;

// Every recipe names a provider, and most messages name none: asked first, through the phrase
// index (phrases.ts wordTest), the same answer as the plain test without a scan of the text.
const PROVIDER_TEST = wordTest(PROVIDER);

/** email.in-parts where an address is told as a recipe, else nothing. */
export function findEmailRecipes(view: WordView): RawFinding[] {
	const text = view.text;
	if (!PROVIDER_TEST.test(view) || !MAIL_TALK.test(text) || !JOINED.test(text) || !OWN.test(text) || NOT_AN_ADDRESS.test(text)) return [];
	return [wholeMessage(view, 'email', 'email.in-parts')];
}
