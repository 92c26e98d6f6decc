// The spelled-out forms of "@" and "." that children use to slip an email or
// a link past a filter: "sam at gmail dot com", "sam(at)gmail[dot]com",
// "youtube dot com". Owns the rewritten view email and url detectors share,
// and the lists of top-level domains and mail providers they trust.

import { rewrite, type MappedText } from './normalise.js';

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

// Each rewrite with a cheap test of what it cannot match without, so the scan (look-behinds
// defeat the regex engine's fast search) runs only when that is in the text.
const BRACKET = /[([{<]/;
const REWRITES: ReadonlyArray<readonly [RegExp, string, RegExp]> = [
	[/(?<=[a-z0-9._-])\s*[([{<]\s*(?:at|@)\s*[)\]}>]\s*(?=[a-z0-9])/g, '@', BRACKET],
	[/(?<=[a-z0-9._-])\s+(?:at|at sign|at symbol)\s+(?=[a-z0-9])/g, '@', /\sat\s/],
	[/(?<=[a-z0-9])\s*@\s*(?=[a-z0-9])/g, '@', /@/],
	[/(?<=[a-z0-9])\s*[([{<]\s*(?:dot|\.)\s*[)\]}>]\s*(?=[a-z0-9])/g, '.', BRACKET],
	[/(?<=[a-z0-9])\s+(?:dot|full stop|period)\s+(?=[a-z0-9])/g, '.', /dot|full stop|period/],
	[/(?<=[a-z0-9]{2})dot(?=(?:com|co\.uk|co|org|net|uk)\b)/g, '.', /dot/],
	[/(?<=[a-z0-9])\s*\.\s*(?=(?:com|co|uk|org|net)\b)/g, '.', /\./],
	[/(?<=[a-z0-9])\s+underscore\s+(?=[a-z0-9])/g, '_', /underscore/]
];

// Every rewrite needs one of these; most messages have none of them spelled out.
const HAS_LINK_WORD = /\bat\b|@|dot|[([{<]|\.\s|\s\.|full stop|period|underscore/;

/** Normalised text with spelled "at" and "dot" turned into "@" and ".". */
export function buildLinkView(mt: MappedText): MappedText {
	let view = mt;
	if (!HAS_LINK_WORD.test(mt.text)) return view;
	for (const [pattern, replacement, needs] of REWRITES) if (needs.test(view.text)) view = rewrite(view, pattern, replacement);
	return view;
}
