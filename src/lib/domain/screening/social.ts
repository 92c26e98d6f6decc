// Social media and game accounts. Owns rules: social.platform-handle ("my
// snap is sam_k"), social.invite ("add me on roblox"), social.username ("my
// username is coolcat99"), social.at-handle ("@sam_k123"), social.contact-me
// ("dm me", "whatsapp me"). Talking about a game ("I love roblox") passes:
// only an account, or an invitation to find one, is blocked.

import { originalSpan, rewrite, type MappedText } from './normalise.js';
import type { RawFinding } from './types.js';

const PLATFORM =
	'(?:s\\s?[na@4]\\s?[an@4]\\s?p\\s?c\\s?h\\s?[a@4]\\s?t|sn[a@4]p\\s?ch[a@4]t|s[na][an]p\\s?ch[a@4]t|sn[a@4]p|sc|[i1!|]\\s?n\\s?s\\s?t\\s?[a@4]\\s?g\\s?r\\s?[a@4]\\s?m|t[i1!]k\\s?t[o0]k|[i1!|]nst[a@4](?:gr[a@4]m)?|ig|brawl\\s?stars|clash\\s?(?:royale|of\\s?clans)|pokemon\\s?go|free\\s?fire|geometry\\s?dash|gorilla\\s?tag|vr\\s?chat|rec\\s?room|stumble\\s?guys|facebook|fb|messenger|whats\\s?app|roblox|fortnite|minecraft|discord|you\\s?tube|yt|twitch|xbox(?:\\s?live)?|psn|playstation|ps[45]|steam|kik|telegram|twitter|threads|bereal|among us|animal jam|epic(?:\\s?games)?|nintendo|switch|pinterest|reddit|skype|signal|wechat|likee|yubo|omegle|tellonym|gamer\\s?tag)';
const NAME_WORD = '(?:user\\s?name|user|name|handle|account|id|tag|profile|channel|code|gamer\\s?tag|acc|friend\\s?code|trainer\\s?code|player\\s?id)';
const HANDLE = '@?([a-z0-9_][a-z0-9_.#\\-]{2,29})';

const PLATFORM_HANDLE = new RegExp(
	`(?:\\b(?:my|our|add my|his|her)\\s+|^)${PLATFORM}(\\s+${NAME_WORD})?\\s*(?:is|=|:|-|its)\\s*(called\\s+|at\\s+)?${HANDLE}`,
	'g'
);
const PLATFORM_COLON = new RegExp(`\\b${PLATFORM}(?:\\s+${NAME_WORD})?\\s*[:=]\\s*${HANDLE}`, 'g');
const INVITE = new RegExp(
	`\\b(?:add|follow|friend|message|msg|dm|find|chat to|chat with|talk to|join|play with|sub(?:scribe)?\\s+to|text|call|contact|look for)\\s+(?:me|us|my)\\s+(?:on|at|in)\\s+${PLATFORM}\\b(?:\\s*(?:as|its|it's|:)?\\s*@?[a-z0-9_.]*[\\d_.][a-z0-9_.]*)?`,
	'g'
);
const USERNAME = new RegExp(
	`\\b(?:my\\s+)?(?:user\\s?name|gamer\\s?tag|handle|screen\\s?name|account\\s?name)\\s*(?:is|=|:|-)\\s*(?:called\\s+)?${HANDLE}`,
	'g'
);
const AT_HANDLE = /(?<![a-z0-9._%+-])@([a-z0-9_][a-z0-9_.]{2,29})/g;
const CONTACT_ME =
	/\b(?:snap\s?chat|insta(?:gram)?|tik\s?tok|discord)\s+me\b(?:\s+(?:ok\s+)?(?:on\s+|its\s+|it\s+is\s+)?@?(?=[a-z0-9_.]{3})[a-z0-9_.]*[\d_][a-z0-9_.]*)?(?=[\s\S]*[\d_])|\badd\s+me\s+(?:on\s+)?@?(?=[a-z0-9_.]{3})[a-z0-9_.]*[\d_][a-z0-9_.]*|\b(?:snap|dm|whats\s?app|facetime|skype|inbox|video call)\s+me\b(?:\s+(?:on\s+)?@?(?=[a-z0-9_.]{3})[a-z0-9_.]*[\d_][a-z0-9_.]*)?/g;
const ANY_PLATFORM = new RegExp(`\\b${PLATFORM}\\b`);

// Words that follow "my roblox is" in ordinary sentences.
const NOT_A_HANDLE = new Set([
	'the',
	'a',
	'an',
	'down',
	'broken',
	'not',
	'so',
	'really',
	'very',
	'about',
	'on',
	'off',
	'fun',
	'good',
	'better',
	'best',
	'and',
	'my',
	'too',
	'working',
	'slow',
	'old',
	'new',
	'banned',
	'gone',
	'deleted',
	'full',
	'private',
	'blocked',
	'locked'
]);

// Platforms written as their emoji, and handles spelt out ("cool underscore kid dot 12").
const EMOJI_PLATFORMS: readonly [RegExp, string][] = [
	[/👻/gu, ' snapchat '],
	[/[📸📷]/gu, ' instagram '],
	[/[🎵🎶]/gu, ' tiktok '],
	[/🎮/gu, ' xbox ']
];
const SPELT_SYMBOLS: readonly [RegExp, string][] = [
	[/\s+underscore\s+/g, '_'],
	[/\s+(?:dot|full stop)\s+(?=[a-z0-9])/g, '.'],
	[/(?<=\b[a-z0-9]) (?=[a-z0-9]\b)/g, '']
];
// Friend codes: Nintendo's SW-1234-5678-9012, twelve digits after "friend code", a #tag in a game.
const FRIEND_CODE =
	/\bsw[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b|\b(?:friend|trainer|player|creator|invite|gamer|switch)\s?(?:code|id)\b[^.!?\n]{0,20}?\d{4}[- ]?\d{4}[- ]?\d{4}\b|\b(?:tag|id|code)\s*(?:is|:|=)?\s*#[0-9a-z]{5,10}\b/g;

// Most messages have neither, so the rewrites are skipped after one cheap test each.
const NON_ASCII = /[^\x00-\x7f]/;
const SPELT_WORD = /underscore|\bdot\b|full stop|\b[a-z0-9] [a-z0-9] [a-z0-9] [a-z0-9]\b/;
// A handle told before its platform: "its ollieb.fc on insta", "sam_k99 on snap".
const HANDLE_ON = new RegExp(
	`(?<![a-z0-9_.@])@?([a-z0-9_.]*[a-z][a-z0-9_.]*[\\d_.][a-z0-9_.]*|[a-z0-9_.]*[\\d_.][a-z0-9_.]*[a-z][a-z0-9_.]*)\\s+on\\s+${PLATFORM}\\b`,
	'g'
);

function platformView(mt: MappedText): MappedText {
	let view = mt;
	if (NON_ASCII.test(view.text)) for (const [pattern, replacement] of EMOJI_PLATFORMS) view = rewrite(view, pattern, replacement);
	if (SPELT_WORD.test(view.text)) for (const [pattern, replacement] of SPELT_SYMBOLS) view = rewrite(view, pattern, replacement);
	return view;
}

/** Social and gaming accounts, and invitations to find a child on them. */
export function findSocialHandles(source: MappedText): RawFinding[] {
	const mt = platformView(source);
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
	// Cheap tests of what each pattern cannot match without, so most are never run on a message.
	if (/[:=]/.test(text)) for (const m of text.matchAll(PLATFORM_COLON)) add(m.index, m.index + m[0].length, 'social.platform-handle');
	if (/\s(?:me|us|my)\s+(?:on|at|in)\s/.test(text)) for (const m of text.matchAll(INVITE)) add(m.index, m.index + m[0].trimEnd().length, 'social.invite');
	for (const m of /user|gamer|handle|screen|account/.test(text) ? text.matchAll(USERNAME) : []) {
		if (!NOT_A_HANDLE.has(m[1] as string)) add(m.index, m.index + m[0].length, 'social.username');
	}
	const platformNamed = text.includes('@') && ANY_PLATFORM.test(text);
	for (const m of text.includes('@') ? text.matchAll(AT_HANDLE) : []) {
		// "@oliver well done" is a child addressing a classmate; digits, dots or a platform make it an account.
		if (platformNamed || /[\d_.]/.test(m[1] as string)) add(m.index, m.index + m[0].length, 'social.at-handle');
	}
	// Both need a word of their own in the text (" on ", " me"): one cheap test each before the long patterns.
	if (/[\d_.]/.test(text) && /\son\s/.test(text))
		for (const m of text.matchAll(HANDLE_ON))
			if ((m[1] as string).length >= 4 && !/^\d+(?:\.\d+)?$/.test(m[1] as string)) add(m.index, m.index + m[0].length, 'social.platform-handle');
	if (/\sme\b/.test(text)) for (const m of text.matchAll(CONTACT_ME)) add(m.index, m.index + m[0].trimEnd().length, 'social.contact-me');
	if (/\d/.test(text)) for (const m of text.matchAll(FRIEND_CODE)) add(m.index, m.index + m[0].length, 'social.friend-code');
	return findings;
}
