// The spelled-out forms of "@" and "." that children use to slip an email or
// a link past a filter: "sam at gmail dot com", "sam(at)gmail[dot]com",
// "youtube dot com". Owns the rewritten view email and url detectors share,
// and the lists of top-level domains and mail providers they trust.

import { rewrite, type MappedText } from './normalise.js';
import { mayMatch, needsOfAny } from './pattern-needs.js';

export const TOP_LEVEL_DOMAINS = new Set([
	'com',
	'co',
	'uk',
	'org',
	'net',
	'io',
	'gov',
	'ac',
	'sch',
	'edu',
	'info',
	'biz',
	'app',
	'dev',
	'xyz',
	'gg',
	'ie',
	'fr',
	'de',
	'es',
	'nl',
	'au',
	'ca',
	'nz',
	'online',
	'site',
	'club',
	'shop',
	'games',
	'tv',
	'me',
	'ly',
	'us',
	'in',
	'it',
	'ai',
	'eu',
	'pl',
	'ro',
	'pk',
	'ng',
	'za',
	'ru',
	'cn',
	'jp',
	'br',
	'mx',
	'store',
	'blog',
	'fun',
	'live',
	'world',
	'chat',
	'link',
	'page',
	'space',
	'tech',
	'top',
	'win',
	'click',
	'lol',
	'art',
	'social',
	'website',
	'today',
	'vip'
]);

// Short endings that are also words ("it", "in", "me"): only a link if it looks like one.
export const WORDY_TLDS = new Set([
	'me',
	'it',
	'in',
	'us',
	'tv',
	'ly',
	'ai',
	'live',
	'fun',
	'world',
	'games',
	'shop',
	'club',
	'blog',
	'site',
	'store',
	'chat',
	'link',
	'page',
	'space',
	'tech',
	'top',
	'win',
	'click',
	'lol',
	'art',
	'social',
	'website',
	'today',
	'vip'
]);

export const MAIL_PROVIDERS = new Set([
	'gmail',
	'googlemail',
	'hotmail',
	'outlook',
	'yahoo',
	'icloud',
	'aol',
	'btinternet',
	'live',
	'msn',
	'sky',
	'virginmedia',
	'protonmail',
	'proton',
	'gmx',
	'mail',
	'talktalk',
	'ntlworld',
	'me'
]);

// Each rewrite runs only when its cheap test, derived from its pattern, passes (look-behinds
// defeat the regex engine's fast search, so a scan of every message would cost).
// An address read out a piece at a time: "ellie then a dot then parker then the at sign then gmail".
// The "then"s go first, and only where one comes before such a word: "then" alone is everyday.
const DICTATED = /\bthen\s+(?:an?\s+|the\s+)?(?:dot|at sign|at symbol|at|underscore|@)\s/;
const DICTATION_FILLER =
	/\s+(?:and\s+)?then\s+(?:an?\s+|the\s+)?(?=(?:dot|at sign|at symbol|at|underscore|@)\s)|(?<=\b(?:dot|sign|symbol|underscore|@))\s+then(?=\s)/g;

const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
	[/(?<=[a-z0-9._-])\s*[([{<〔【「『〈《]\s*(?:at|@)\s*[)\]}>〕】」』〉》]\s*(?=[a-z0-9])/g, '@'],
	[/(?<=[a-z0-9._-])\s+(?:at sign|at symbol|at)\s+(?=[a-z0-9])/g, '@'],
	[/(?<=[a-z0-9])\s*@\s*(?=[a-z0-9])/g, '@'],
	// Dots typed with spaces round them before the "@": "milo . grant . 15 @ icloud . com".
	[/(?<=[a-z0-9])\s+\.\s+(?=[a-z0-9][a-z0-9 .]*@)/g, '.'],
	[/(?<=[a-z0-9])\s*[([{<〔【「『〈《]\s*(?:dot|\.)\s*[)\]}>〕】」』〉》]\s*(?=[a-z0-9])/g, '.'],
	[/(?<=[a-z0-9])\s+(?:dot|full stop|period)\s+(?=[a-z0-9])/g, '.'],
	[/(?<=[a-z0-9]{2})dot(?=(?:com|co\.uk|co|org|net|uk)\b)/g, '.'],
	[/(?<=[a-z0-9])\s*\.\s*(?=(?:com|co|uk|org|net)\b)/g, '.'],
	[/(?<=[a-z0-9])\s+underscore\s+(?=[a-z0-9])/g, '_']
];

// Every rewrite's test in one: most messages spell out none of them, and skip them all at once.
const ANY_REWRITE = needsOfAny(REWRITES.map(([pattern]) => pattern));

/** Normalised text with spelled "at" and "dot" turned into "@" and ".". */
export function buildLinkView(mt: MappedText): MappedText {
	let view = DICTATED.test(mt.text) ? rewrite(mt, DICTATION_FILLER, ' ') : mt;
	if (ANY_REWRITE !== null && !ANY_REWRITE.test(view.text)) return view;
	for (const [pattern, replacement] of REWRITES) if (mayMatch(pattern, view.text)) view = rewrite(view, pattern, replacement);
	return view;
}
