// Email addresses. Owns rules: email.address, email.spelled (written with
// "at"/"dot" words or brackets), email.provider (a mail provider named
// without its ending, "sam@gmail"), email.provider-named ("my gmail is jake.b2015",
// "jess.holloway2009 on gmail", "tomh2015 + gmail", "my emale is ellie p 2015 … gmail")
// ("hotmail, username harker_t_2014") and email.spaced ("j a k e @ g m a i l . c o m",
// "rubyf2015 @ g m a i l dot c o m", "d.a.n.n.y.@.g.m.a.i.l.c.o.m"). An address told end first
// ("at gmail dot com is the end bit, the start bit is …") counts as email.spelled.
// A provider or ending typed with look-alike digits or a hyphen ("gm4il.c0m", "g-mail") is
// still read as one.

import { TOP_LEVEL_DOMAINS, MAIL_PROVIDERS } from './link-words.js';
import type { MappedText } from './normalise.js';
import { matchesOf } from './pattern-needs.js';
import type { RawFinding } from './types.js';

const EMAIL = /(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]*)@([a-z0-9-]+(?:\.[a-z0-9-]+)*)/g;

// Words that come before an everyday "at": "look at google dot com" is a link, not an email.
const NOT_A_MAILBOX = new Set([
	'look',
	'looked',
	'looking',
	'looks',
	'me',
	'us',
	'him',
	'her',
	'them',
	'it',
	'is',
	'was',
	'are',
	'am',
	'i',
	'we',
	'you',
	'they',
	'be',
	'been',
	'stay',
	'stayed',
	'play',
	'played',
	'meet',
	'see',
	'stare',
	'stared',
	'laugh',
	'laughed',
	'point',
	'pointed',
	'good',
	'bad',
	'great',
	'home',
	'school',
	'there',
	'here',
	'arrive',
	'arrived',
	'work',
	'lunch',
	'out',
	'up',
	'that',
	'this',
	'just',
	'born',
	'live',
	'lives',
	'lived',
	'go',
	'went',
	'started',
	// Signing in to a site: "log in at ttrockstars.com", "it's free online at topmarks.co.uk".
	'in',
	'on',
	'online',
	'login',
	'log',
	'logged',
	'sign',
	'signed',
	'free',
	'available',
	'find',
	'found',
	'games',
	'practise',
	'practice',
	'read',
	'watch',
	'watched',
	// "It's at purplemash.com", "that's at topmarks.co.uk": the page is somewhere, not someone's mailbox.
	's',
	'its',
	'thats',
	'whats'
]);

const PROVIDER_NAMED = new RegExp(
	`\\b(?:my|made a|got a|have a|new) (?:new )?(?:${[...MAIL_PROVIDERS].filter((p) => p.length > 3).join('|')}|e ?mail|e-mail)(?: address| account| addy)?,?(?: (?:is|its|it's|it is) | ?[:=] ?)([a-z0-9][a-z0-9._-]{2,40})`,
	'g'
);
const SPACED = /(?<![a-z0-9])(?:[a-z0-9_.] ){2,}[a-z0-9_.]? ?@ ?(?:[a-z0-9.] ?){4,}/g;
// Every character parted by a dot, the "@" too: "d.a.n.n.y.@.g.m.a.i.l.c.o.m".
const DOTTED = /(?<![a-z0-9.])(?:[a-z0-9_]\.){3,}@\.?(?:[a-z0-9]\.?){4,}/g;
// A provider and its ending run together once the dots are gone: "gmailcom", "hotmailcouk".
const PROVIDER_AND_ENDING = /^(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|aol)(?:com|couk|net|org)$/;
// The provider first, then the mailbox: "hotmail, username harker_t_2014", "outlook - name: ruby.f09".
const PROVIDER_THEN_MAILBOX = new RegExp(
	`\\b(?:${[...MAIL_PROVIDERS].filter((p) => p.length > 3 && p !== 'live' && p !== 'mail').join('|')})\\b\\s*[,:-]?\\s*(?:user ?name|name|address|addy|account)\\s*(?:is|its|it's|[:=-])?\\s*([a-z0-9][a-z0-9._-]{2,40})`,
	'g'
);
// An address told in two halves, the provider's first: "at gmail dot com is the end bit, and the
// start bit is sam the man 14". The provider's domain is read as an email only with such a cue.
// The start must be told too ("the first bit is …"): "the last bit is at hotmail.com" alone tells nothing.
const HALVES_CUE = /\b(?:start|first|front|beginning)\s+(?:bit|part|half)\s+(?:is|=|:)|\bbefore\s+the\s+(?:at|@)\s+(?:is|=|:)/;
const PROVIDER_DOMAIN_AFTER_AT = /(?<![a-z0-9._%+-])(?:@\s*|at\s+)(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|aol)\.(?:com|co\.uk|net|org)\b/g;
// Only the part after "@" spaced out: "rubyf2015@g m a i l.c o m". Read from the "@", then back to the mailbox.
const SPACED_DOMAIN = /@((?:[a-z0-9.]{1,3} ){2,}[a-z0-9.]{1,3})(?![a-z0-9])/g;
const MAILBOX_BEFORE = /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*$/;
const PROVIDER_WORDS = [...MAIL_PROVIDERS].filter((p) => p.length > 3 && p !== 'live' && p !== 'mail').join('|');
// A mailbox, then its provider: "jess.holloway2009 on gmail", "tomh2015 + gmail (put the @ in between)".
// Read from each provider named, back over the few words before it.
const PROVIDER_NAMED_ANYWHERE = new RegExp(`\\b(?:${PROVIDER_WORDS})\\b`, 'g');
const MAILBOX_ON = /(?<![a-z0-9._@-])([a-z0-9][a-z0-9._-]{2,40})(?:\s+(?:on|at|with|and then|then|plus)\s+|\s*[+&]\s*)(?:the\s+)?$/;
// "my emale is ellie p 2015 and then the g one, gmail": the address told in words, with a digit and a provider.
const EMAIL_WORD = '(?:e ?-?mail|emale|e ?male|emial|emai|imail|e ?mial)';
// The address starts with a name and a number within three words ("ellie p 2015"), never a word that
// says something about the email ("my email is broken since year 4, gmail is rubbish").
const TOLD_WITH_PROVIDER = new RegExp(
	`\\b(?:my|our)\\s+(?:new\\s+|own\\s+)?${EMAIL_WORD}(?:\\s+(?:address|addy))?\\s*(?:is|its|=|:)\\s+([a-z]{2,20})(?:[\\s._-]+[a-z]{1,20}){0,2}[\\s._-]*\\d{1,4}\\b[^.!?\\n]{0,40}?\\b(?:${PROVIDER_WORDS})\\b`,
	'g'
);
const NOT_A_NAME = new Set([
	...['on', 'in', 'my', 'your', 'from', 'since', 'only', 'just', 'really', 'very', 'too', 'still', 'same', 'different', 'long', 'short'],
	...['easy', 'hard', 'weird', 'funny', 'numbers', 'letters', 'gone', 'deleted', 'hacked', 'locked', 'changed', 'like', 'about', 'over', 'under']
]);
const NOT_A_USERNAME = new Set(['the', 'not', 'broken', 'down', 'new', 'old', 'full', 'private', 'secret', 'blocked', 'working', 'its', 'is', 'it', 'so', 'a']);

/** Emails in the link view, plain or spelled out. */
export function findEmails(view: MappedText, original: string): RawFinding[] {
	const findings: RawFinding[] = [];
	EMAIL.lastIndex = 0;
	for (let m = EMAIL.exec(view.text); m !== null; m = EMAIL.exec(view.text)) {
		const local = m[1] as string;
		const labels = (m[2] as string).split('.').filter((l) => l.length > 0);
		const atIndex = m.index + local.length;
		const literalAt = original.slice(view.starts[atIndex], view.ends[atIndex]).includes('@');
		if (!literalAt && NOT_A_MAILBOX.has(local)) {
			// "email me at sam@…": the spelled "at" joined two words; look again from the real mailbox.
			EMAIL.lastIndex = atIndex + 1;
			continue;
		}
		const rule = emailRule(labels, literalAt, original.slice(view.starts[m.index], view.ends[m.index + m[0].length - 1]));
		// "email my mum at dhillon.family@btinternet.com": a spelled "at" joined a word to the real
		// mailbox and made no address; look again from just after it.
		if (rule === null && !literalAt) EMAIL.lastIndex = atIndex + 1;
		if (rule === null || (rule === 'email.provider' && everydayAtMe(local, labels))) continue;
		const end = m.index + local.length + 1 + (m[2] as string).replace(/\.+$/, '').length;
		findings.push({ kind: 'email', start: view.starts[m.index] ?? 0, end: view.ends[end - 1] ?? 0, rule });
	}
	// matchesOf, not matchAll: matchAll copies the pattern on every call, and these two run on every message.
	for (const m of matchesOf(PROVIDER_NAMED, view.text)) {
		const user = m[1] as string;
		const generic = /\be ?-?mail\b/.test(m[0]);
		if (view.text[m.index + m[0].length] === '@' || NOT_A_USERNAME.has(user) || (generic && !/[\d_.]/.test(user))) continue;
		findings.push({ kind: 'email', start: view.starts[m.index] ?? 0, end: view.ends[m.index + m[0].length - 1] ?? 0, rule: 'email.provider-named' });
	}
	for (const m of matchesOf(SPACED_DOMAIN, view.text)) {
		const mailbox = MAILBOX_BEFORE.exec(view.text.slice(Math.max(0, m.index - 40), m.index));
		const labels = (m[1] as string)
			.replace(/ /g, '')
			.split('.')
			.filter((l) => l.length > 0);
		if (mailbox === null || emailRule(labels, true, '') === null) continue;
		const start = m.index - mailbox[0].length;
		findings.push({ kind: 'email', start: view.starts[start] ?? 0, end: view.ends[m.index + m[0].length - 1] ?? 0, rule: 'email.spaced' });
	}
	for (const m of matchesOf(PROVIDER_NAMED_ANYWHERE, view.text)) {
		const from = Math.max(0, m.index - 60);
		const before = MAILBOX_ON.exec(view.text.slice(from, m.index));
		const mailbox = before?.[1];
		if (before === null || mailbox === undefined || !/[a-z]/.test(mailbox) || !/[\d._]/.test(mailbox)) continue;
		const start = from + before.index;
		findings.push({ kind: 'email', start: view.starts[start] ?? 0, end: view.ends[m.index + m[0].length - 1] ?? 0, rule: 'email.provider-named' });
	}
	for (const m of matchesOf(TOLD_WITH_PROVIDER, view.text))
		if (!NOT_A_USERNAME.has(m[1] as string) && !NOT_A_NAME.has(m[1] as string))
			findings.push({ kind: 'email', start: view.starts[m.index] ?? 0, end: view.ends[m.index + m[0].length - 1] ?? 0, rule: 'email.provider-named' });
	if (view.text.includes('.@')) findDotted(view, findings);
	if (HALVES_CUE.test(view.text))
		for (const m of view.text.matchAll(PROVIDER_DOMAIN_AFTER_AT))
			findings.push({ kind: 'email', start: view.starts[m.index] ?? 0, end: view.ends[m.index + m[0].length - 1] ?? 0, rule: 'email.spelled' });
	for (const m of matchesOf(PROVIDER_THEN_MAILBOX, view.text)) {
		const mailbox = m[1] as string;
		if (!/[a-z]/.test(mailbox) || !/[\d._]/.test(mailbox)) continue;
		findings.push({ kind: 'email', start: view.starts[m.index] ?? 0, end: view.ends[m.index + m[0].length - 1] ?? 0, rule: 'email.provider-named' });
	}
	for (const m of matchesOf(SPACED, view.text)) {
		const squashed = m[0].replace(/ /g, '');
		EMAIL.lastIndex = 0;
		const inner = EMAIL.exec(squashed);
		if (
			inner === null ||
			emailRule(
				(inner[2] as string).split('.').filter((l) => l.length > 0),
				true,
				''
			) === null
		)
			continue;
		findings.push({ kind: 'email', start: view.starts[m.index] ?? 0, end: view.ends[m.index + m[0].trimEnd().length - 1] ?? 0, rule: 'email.spaced' });
	}
	return findings;
}

function findDotted(view: MappedText, out: RawFinding[]): void {
	for (const m of view.text.matchAll(DOTTED)) {
		EMAIL.lastIndex = 0;
		const inner = EMAIL.exec(m[0].replace(/\./g, ''));
		if (inner === null || emailRule([inner[2] as string], true, '') === null) continue;
		const end = m.index + m[0].replace(/\.$/, '').length;
		out.push({ kind: 'email', start: view.starts[m.index] ?? 0, end: view.ends[end - 1] ?? 0, rule: 'email.spaced' });
	}
}

/**
 * "he threw a sock at me", "don't @ me": the provider "me" (me.com) with no ending is the
 * everyday "at me". Only a mailbox that looks made up ("jo.b2014@me") still reads as an address.
 */
function everydayAtMe(local: string, labels: readonly string[]): boolean {
	return labels.length === 1 && labels[0] === 'me' && !/[\d._]/.test(local);
}

// "gm4il", "c0m", "h0tmail", "g-mail": the digits children type for look-alike letters, and a hyphen.
const unLeet = (label: string): string => label.replace(/-/g, '').replace(/0/g, 'o').replace(/4/g, 'a').replace(/3/g, 'e').replace(/1/g, 'i');

function emailRule(labels: string[], literalAt: boolean, raw: string): string | null {
	const tld = labels[labels.length - 1] ?? '';
	const hasEnding = labels.length >= 2 && (TOP_LEVEL_DOMAINS.has(tld) || TOP_LEVEL_DOMAINS.has(unLeet(tld)));
	const provider =
		MAIL_PROVIDERS.has(labels[0] ?? '') || MAIL_PROVIDERS.has(unLeet(labels[0] ?? '')) || (labels.length === 1 && PROVIDER_AND_ENDING.test(labels[0] ?? ''));
	if (!hasEnding && !provider) return null;
	if (!hasEnding) return 'email.provider';
	const spelled = !literalAt || /\b(?:dot|at)\b|[([{\s]/.test(raw);
	return spelled ? 'email.spelled' : 'email.address';
}
