// An account given as a recipe instead of a handle: "my insta is my name with dots in between
// and 2015 at the end", "search my name with 2014 after it on the ghost app", "same name as on
// here but with my birthday on the end", "search the name of my dog and then kendal". Anyone
// who knows the child's name (and on a class platform everyone does) can follow it. Read by
// social.ts when nothing else found an account. Owns rule social.recipe.
// A lesson about choosing a username, or a password, is not an account.

import { originalSpan, type MappedText } from './normalise.js';
import type { RawFinding } from './types.js';

// Every recipe starts from a name the reader can find out.
const A_NAME = /\b(?:my (?:real |full |first |own )?name|same name|the name of my [a-z]+|my [a-z]+s name)\b/;
// And adds something to it.
const ADDED =
	/\b(?:with|then|plus|after it|at the end|on the end|in between)\b[^.!?\n]{0,30}?\b(?:\d{2,4}|birthday|birth year|age|dots?|underscores?|numbers?|initials?)\b|\band then [a-z]{3,}\b/;
// Somewhere to search for it.
const ONLINE = /\b(?:app|search|look me up|find me|account|username|user name)\b/;
const NOT_AN_ACCOUNT = /\b(?:password|passcode|pin|never|shouldnt|should not|dont|lesson|learnt|learned|rule|safe|safer)\b/;

/** An account told as the child's name plus something, where a platform is named or searched. */
export function findHandleRecipes(mt: MappedText, platformNamed: boolean): RawFinding[] {
	const text = mt.text;
	if (!text.includes('name') || !A_NAME.test(text) || !ADDED.test(text) || !(platformNamed || ONLINE.test(text)) || NOT_AN_ACCOUNT.test(text)) return [];
	const span = originalSpan(mt, 0, text.length);
	return [{ kind: 'social', start: span.start, end: span.end, rule: 'social.recipe' }];
}
