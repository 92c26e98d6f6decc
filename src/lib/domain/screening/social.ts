// Social media and game accounts. Owns rules: social.platform-handle ("my
// snap is sam_k"), social.invite ("add me on roblox"), social.username ("my
// username is coolcat99"), social.at-handle ("@sam_k123"), social.contact-me
// ("dm me", "whatsapp me"). Talking about a game ("I love roblox") passes:
// only an account, or an invitation to find one, is blocked.

import { originalSpan, type MappedText } from './normalise.js';
import type { RawFinding } from './types.js';

const PLATFORM =
	'(?:snap\\s?chat|snap|sc|tik\\s?tok|insta(?:gram)?|ig|facebook|fb|messenger|whats\\s?app|roblox|fortnite|minecraft|discord|you\\s?tube|yt|twitch|xbox(?:\\s?live)?|psn|playstation|ps[45]|steam|kik|telegram|twitter|threads|bereal|among us|animal jam|epic(?:\\s?games)?|nintendo|switch|pinterest|reddit|skype|signal|wechat|likee|yubo|omegle|tellonym|gamer\\s?tag)';
const NAME_WORD = '(?:user\\s?name|name|handle|account|id|tag|profile|channel|code|gamer\\s?tag|acc)';
const HANDLE = '@?([a-z0-9_][a-z0-9_.#\\-]{2,29})';

const PLATFORM_HANDLE = new RegExp(`\\b(?:my|our|add my|his|her)\\s+${PLATFORM}(\\s+${NAME_WORD})?\\s*(?:is|=|:|-|its)\\s*(called\\s+)?${HANDLE}`, 'g');
const PLATFORM_COLON = new RegExp(`\\b${PLATFORM}(?:\\s+${NAME_WORD})?\\s*[:=]\\s*${HANDLE}`, 'g');
const INVITE = new RegExp(
	`\\b(?:add|follow|friend|message|msg|dm|find|chat to|chat with|talk to|join|play with|sub(?:scribe)?\\s+to|text|call|contact|look for)\\s+(?:me|us|my)\\s+(?:on|at|in)\\s+${PLATFORM}\\b(?:\\s*(?:as|its|it's|:)?\\s*@?[a-z0-9_.]*[\\d_.][a-z0-9_.]*)?`,
	'g'
);
const USERNAME = new RegExp(`\\b(?:my\\s+)?(?:user\\s?name|gamer\\s?tag|handle|screen\\s?name|account\\s?name)\\s*(?:is|=|:|-)\\s*(?:called\\s+)?${HANDLE}`, 'g');
const AT_HANDLE = /(?<![a-z0-9._%+-])@([a-z0-9_][a-z0-9_.]{2,29})/g;
const CONTACT_ME = /\badd\s+me\s+(?:on\s+)?@?(?=[a-z0-9_.]{3})[a-z0-9_.]*[\d_][a-z0-9_.]*|\b(?:snap|dm|whats\s?app|facetime|skype|inbox|video call)\s+me\b(?:\s+(?:on\s+)?@?(?=[a-z0-9_.]{3})[a-z0-9_.]*[\d_][a-z0-9_.]*)?/g;
const ANY_PLATFORM = new RegExp(`\\b${PLATFORM}\\b`);

// Words that follow "my roblox is" in ordinary sentences.
const NOT_A_HANDLE = new Set(['the', 'a', 'an', 'down', 'broken', 'not', 'so', 'really', 'very', 'about', 'on', 'off', 'fun', 'good', 'better', 'best', 'and', 'my', 'too', 'working', 'slow', 'old', 'new', 'banned', 'gone', 'deleted', 'full', 'private', 'blocked', 'locked']);

/** Social and gaming accounts, and invitations to find a child on them. */
export function findSocialHandles(mt: MappedText): RawFinding[] {
	const text = mt.text;
	const findings: RawFinding[] = [];
	const add = (start: number, end: number, rule: string): void => {
		const span = originalSpan(mt, start, end);
		findings.push({ kind: 'social', start: span.start, end: span.end, rule });
	};
	for (const m of text.matchAll(PLATFORM_HANDLE)) {
		const handle = m[3] as string;
		const named = m[1] !== undefined || m[2] !== undefined;
		if (!NOT_A_HANDLE.has(handle) && (named || /[\d_.]/.test(handle))) add(m.index, m.index + m[0].length, 'social.platform-handle');
	}
	for (const m of text.matchAll(PLATFORM_COLON)) add(m.index, m.index + m[0].length, 'social.platform-handle');
	for (const m of text.matchAll(INVITE)) add(m.index, m.index + m[0].trimEnd().length, 'social.invite');
	for (const m of text.matchAll(USERNAME)) {
		if (!NOT_A_HANDLE.has(m[1] as string)) add(m.index, m.index + m[0].length, 'social.username');
	}
	const platformNamed = ANY_PLATFORM.test(text);
	for (const m of text.matchAll(AT_HANDLE)) {
		// "@oliver well done" is a child addressing a classmate; digits, dots or a platform make it an account.
		if (platformNamed || /[\d_.]/.test(m[1] as string)) add(m.index, m.index + m[0].length, 'social.at-handle');
	}
	for (const m of text.matchAll(CONTACT_ME)) add(m.index, m.index + m[0].trimEnd().length, 'social.contact-me');
	return findings;
}
