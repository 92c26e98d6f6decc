// An account the child claims as theirs on a named platform, with the handle somewhere in the
// message rather than next to the platform: "in roblox im called what my teacher calls me… with
// 2015 after it. cheekymonkey2015", "i changed my roblox name… so its pizzalord_YT", "my gaming
// name is my middle name and my favourite footballer, so oliverHaaland, add me on the psn", "im
// the red one called sussykendal, join my lobby", "thats me on tiktok, its under toffeeandme".
// Read by social.ts when nothing else found an account. Owns rule social.claimed.
// Three things together: a platform named, the child claiming an account ("im called", "my name",
// "add me", "thats me"), and a word that can only be a handle (letters with digits or "_", a
// camel-case name as typed) or one given after "called" or "under". A game's title with a
// number ("fifa23") or a lesson about usernames is no account.

import { originalSpan, type MappedText } from './normalise.js';
import type { RawFinding } from './types.js';

// The child's own account, claimed or offered.
const CLAIM =
	/\b(?:im|i m|i am|my (?:name|username|user name|gaming name|gamer ?tag|tag|channel|account|name in it)|thats me|that s me|its me|add me|follow me|find me|join me|join my|sub to me|subscribe)\b/;
// A word with letters and digits or an underscore: "cheekymonkey2015", "pizzalord_yt".
const HANDLE_WORD = /(?<![a-z0-9_.@])(?=[a-z0-9_]*[a-z]{3})(?=[a-z0-9_]*[\d_])[a-z][a-z0-9_]{3,28}[a-z0-9](?![a-z0-9_])/g;
// A game, a console or a year with a number is not a handle.
const NUMBERED_TITLE =
	/^(?:fifa|fc|ps|xbox|mario|minecraft|roblox|fortnite|gta|cod|nba|wwe|mk|covid|year|yr|level|lvl|season|chapter|part|class|room|page|top|under|over)_?\d+$/;
// A name as the child typed it with a capital inside: "oliverHaaland" (read in the typed text).
const CAMEL = /(?<![A-Za-z])[a-z]{3,}[A-Z][a-z]{2,}(?![A-Za-z])/;
// A one-word handle given after "called" or "under", said of the child.
const CALLED = /\b(?:(?:im|i m|i am)(?: the [a-z]+ one)? called|(?:its|im|i m) under) ([a-z]{7,})\b/;
const NOT_A_HANDLE_WORD = /^(?:something|whatever|because|basically|literally|everyone|nothing|anything)$/;
const NOT_AN_ACCOUNT = /\b(?:password|passcode|never|shouldnt|should not|dont (?:share|give|tell|post)|lesson|fake|example|pretend|story|character)\b/;

/** social.claimed where a claimed account on a named platform gives its handle, else nothing. */
export function findClaimedAccounts(mt: MappedText, typed: string, platformNamed: boolean): RawFinding[] {
	const text = mt.text;
	if (!platformNamed || !CLAIM.test(text) || NOT_AN_ACCOUNT.test(text)) return [];
	const handle =
		[...text.matchAll(HANDLE_WORD)].some((m) => !NUMBERED_TITLE.test(m[0])) ||
		CAMEL.test(typed) ||
		!NOT_A_HANDLE_WORD.test(CALLED.exec(text)?.[1] ?? 'nothing');
	if (!handle) return [];
	const span = originalSpan(mt, 0, text.length);
	return [{ kind: 'social', start: span.start, end: span.end, rule: 'social.claimed' }];
}
