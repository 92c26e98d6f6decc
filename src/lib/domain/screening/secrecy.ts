// Secrecy requests, a grooming signal the safeguarding lead is alerted to.
// Owns rules: secrecy.dont-tell, secrecy.our-secret, secrecy.delete.
// Held for a teacher rather than blocked, because children keep good secrets
// too: a surprise or a present for Mum is what e-safety lessons call a "good
// surprise", so those sentences pass.

import { matchPhrases, phrase, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';

// Advice from a lesson: "never tell anyone your address" is about the reader's own details.
const LESSON = /\b(?:tell|give|share|show) (?:anyone|anybody|strangers|people|someone|a stranger) (?:your|ur) (?:address|postcode|password|number|phone|school|name|full name|age|location|photos?|pictures?|details)\b|\b(?:lesson|we learned|we learnt|e safety|esafety|online safety)\b/;
const GOOD_SURPRISE = /\b(?:surprise|present|birthday|party|card|gift|christmas|mothers day|fathers day)\b/;
const GROWN_UPS =
	'(?:anyone|anybody|any1|nobody|no one|noone|your (?:mum|mom|mam|dad|parents|nan|gran|teacher|family|carer|brother|sister)|ur (?:mum|mom|mam|dad|parents|teacher)|mum|mom|dad|mummy|daddy|parents|the teacher|teacher|teachers|miss|sir|a grown up|grown ups|any grown ups|adults)';

const RULES: readonly PhraseRule[] = [
	{ rule: 'secrecy.dont-tell', pattern: phrase(`(?:dont|do not|dnt|dont you|never|you cant|you mustnt|u cant|dont ever) (?:tell|show|say to|let|talk to) ${GROWN_UPS}`), unless: new RegExp(`${GOOD_SURPRISE.source}|${LESSON.source}`), needs: /tell|show|say to|let|talk to/ },
	{ rule: 'secrecy.our-secret', pattern: phrase(`(?:our|its our|it is our|this is our|its a|it is a|keep (?:it|this|this chat|these messages)(?: a)?|keep a) (?:little |special |big )?secret|keep (?:it|this) between (?:us|you and me|u and me)|(?:its|this is|thats) (?:just |only )?between (?:you and me|u and me|me and you|us two|us)|(?:nobody|no one|noone) (?:needs to|has to|will|must|can) (?:know|find out)|(?:dont|do not) let (?:anyone|anybody) (?:see|know|find out)`), unless: GOOD_SURPRISE, needs: /secret|between|know|find out/ },
	{ rule: 'secrecy.delete', pattern: phrase(`(?:delete|deleat|rub out|clear) (?:this|these|the|our|my) (?:message|messages|msg|msgs|chat|chats)(?: after| when| so)?`) }
];

/** Requests to hide something from grown-ups. */
export function findSecrecy(view: WordView): RawFinding[] {
	return matchPhrases(view, RULES, 'secrecy');
}
