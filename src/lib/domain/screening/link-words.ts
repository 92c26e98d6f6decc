// The spelled-out forms of "@" and "." that children use to slip an email or
// a link past a filter: "sam at gmail dot com", "sam(at)gmail[dot]com",
// "youtube dot com", and rarer disguises: symbols for "@" and "." ("tom🔹gmail🔹com"), a
// scheme spelt ("h t t p s colon slash slash"), a link typed a character at a time ("y o u t u
// b e . c o m"). Owns the rewritten view email and url detectors share,
// and the lists of top-level domains and mail providers they trust.

import { rewrite, type MappedText } from './normalise.js';
import { mayMatch, needsOfAny } from './pattern-needs.js';

// Endings that are never everyday words.
const PLAIN_TLDS = [
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
	'mx'
];

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

/** Every ending a link or mailbox is trusted to end in: the plain ones and the wordy ones. */
export const TOP_LEVEL_DOMAINS = new Set([...PLAIN_TLDS, ...WORDY_TLDS]);

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
// Commas may part the pieces too: "rubyf, then the at sign, then gmail.com".
const DICTATED = /\bthen\s+(?:an?\s+|the\s+)?(?:dot|at sign|at symbol|at|underscore|@)[\s,]/;
const DICTATION_FILLER =
	/,?\s+(?:and\s+)?then\s+(?:an?\s+|the\s+)?(?=(?:dot|at sign|at symbol|at|underscore|@)[\s,])|(?<=\b(?:dot|sign|symbol|underscore|@)),?\s+then(?=\s)/g;

const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
	[/(?<=[a-z0-9._-])\s*[([{<〔【「『〈《]\s*(?:the\s+)?(?:at|@)(?:\s+(?:sign|symbol))?\s*[)\]}>〕】」』〉》]\s*(?=[a-z0-9])/g, '@'],
	// Not after an article and a noun: "a quiz at quizzyfun dot com" is a place, not a mailbox.
	// (The look-behind sits after "at" so it is tried only where an "at" is.)
	[/(?<=[a-z0-9._-])\s+(?:at sign|at symbol|at)(?<!\b(?:a|an|the|this|that|some|their)\s+[a-z]+\s+(?:at sign|at symbol|at))\s+(?=[a-z0-9])/g, '@'],
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

const PROVIDER_NAMES = 'gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|aol';
const COMMON_ENDINGS = 'com|co|uk|org|net';
const ALL_ENDINGS = [...TOP_LEVEL_DOMAINS].join('|');
// One to four symbols that are no letter, digit, space, "@", nor the punctuation of a sentence.
const SEPARATOR = '[^a-z0-9\\s.@:;,!?\'"()]{1,4}';
const SYMBOL_SEPARATED = new RegExp(`(?:${PROVIDER_NAMES})\\s?${SEPARATOR}\\s?(?:${COMMON_ENDINGS})\\b`);
// Rewrites for rarer disguises, each run only when its own cheap guard passes.
const RARE_REWRITES: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
	// A scheme spelt or spaced: "h t t p s : / /", "h-t-t-p-s colon slash slash".
	[/\bh\W{0,2}t\W{0,2}t\W{0,2}p/, /\bh[\s.-]{0,2}t[\s.-]{0,2}t[\s.-]{0,2}p[\s.-]{0,2}s?[\s.-]{0,2}(?::|colon)\s*(?:\/|slash)\s*(?:\/|slash)\s*/g, 'https://'],
	// A link typed a character at a time: "y o u t u b e . c o m / @ m i l o".
	[/(?:^|\s)(?:[a-z0-9] ){3,}\.(?: [a-z0-9]){2,3}(?:\s|$)/, /(?<=(?:^|\s)[a-z0-9./@_:])\s(?=[a-z0-9./@_:](?:\s|$))/g, ''],
	// "g mail", "hot mail": a provider's name in two words.
	[/\b(?:g|hot) mail\b/, /(?<=\bg|\bhot) (?=mail\b)/g, ''],
	// Symbols worn round a mailbox ("☆ izzy.dance ☆ at outlook"), or standing for "@" and "." round a
	// provider ("tom🔹gmail🔹com", "tom # gmail # com").
	[/[^\x00-\x7f]/, /(?<=[a-z0-9])\s*[^\x00-\x7f\sa-z]{1,4}(?=\s+at\s)/g, ''],
	[SYMBOL_SEPARATED, new RegExp(`(?<=[a-z0-9])\\s?${SEPARATOR}\\s?(?=(?:${PROVIDER_NAMES})\\s?${SEPARATOR}\\s?(?:${COMMON_ENDINGS})\\b)`, 'g'), '@'],
	[SYMBOL_SEPARATED, new RegExp(`(?<=@(?:${PROVIDER_NAMES}))\\s?${SEPARATOR}\\s?(?=(?:${COMMON_ENDINGS})\\b)`, 'g'), '.'],
	// An emoji for the dot before a common ending ("coolgames🔸com"), and "d0t" and "c0m" typed with a zero.
	[/[^\x00-\x7f]/, new RegExp(`(?<=[a-z0-9]{2})[^\\x00-\\x7f\\s]{1,2}(?=(?:${COMMON_ENDINGS})\\b)`, 'g'), '.'],
	[/\bd0t\b/, /\bd0t\b/g, 'dot'],
	[/[.\s]c0m\b/, /(?<=[.\s])c0m\b/g, 'com'],
	// A dot spaced out before any ending, with a path after it ("discord . gg / kendalkidz"), or after a scheme.
	[/ \. /, new RegExp(`(?<=[a-z0-9])\\s+\\.\\s+(?=(?:${ALL_ENDINGS})\\s*\\/\\s*[a-z0-9@])`, 'g'), '.'],
	[/ \/ /, new RegExp(`(?<=[a-z0-9]\\.(?:${ALL_ENDINGS}))\\s+\\/\\s+(?=[a-z0-9@])`, 'g'), '/'],
	[/\/\/[a-z0-9-]+ \. /, /(?<=\/\/[a-z0-9-]+)\s+\.\s+(?=[a-z])/g, '.']
];

// Every guard above in one test: a text none of them matches is rewritten by none, so stays as it
// is, and one scan passes it instead of a scan for each guard.
// (Joined by their sources, so a guard with a flag could not be joined: refused here.)
if (RARE_REWRITES.some(([guard]) => guard.flags !== '')) throw new Error('link-words: a rare rewrite guard has flags and cannot join ANY_RARE');
const ANY_RARE = new RegExp(RARE_REWRITES.map(([guard]) => guard.source).join('|'));

/** Normalised text with spelled "at" and "dot" turned into "@" and ".". */
export function buildLinkView(mt: MappedText): MappedText {
	let view = DICTATED.test(mt.text) ? rewrite(mt, DICTATION_FILLER, ' ') : mt;
	if (ANY_RARE.test(view.text))
		for (const [guard, pattern, replacement] of RARE_REWRITES) if (guard.test(view.text)) view = rewrite(view, pattern, replacement);
	if (ANY_REWRITE !== null && !ANY_REWRITE.test(view.text)) return view;
	for (const [pattern, replacement] of REWRITES) if (mayMatch(pattern, view.text)) view = rewrite(view, pattern, replacement);
	return view;
}
