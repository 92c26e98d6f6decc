// Social media and game accounts. Owns rules: social.platform-handle ("my
// snap is sam_k"), social.invite ("add me on roblox"), social.username ("my
// username is coolcat99"), social.at-handle ("@sam_k123"), social.contact-me
// ("dm me", "whatsapp me"), social.friend-code. The platform may be misspelt ("snapp",
// "instagramm"), dotted ("s.n.a.p"), an emoji or look-alike letters, and the account
// named around it in any order ("my username on roblox is …", "im on snapchat as …").
// Talking about a game ("I love roblox") passes:
// only an account, or an invitation to find one, is blocked.

import { originalSpan, rewrite, type MappedText } from './normalise.js';
import { matchesOf, needsOfAny } from './pattern-needs.js';
import { findDescribedAccounts, isHandleWord, namePlatforms, typedWordAt } from './social-described.js';
import { findHandleRecipes } from './social-recipe.js';
import { findClaimedAccounts } from './social-claimed.js';
import type { RawFinding } from './types.js';

const PLATFORM =
	'(?:s\\s?[na@4]\\s?[an@4]\\s?p\\s?c\\s?h\\s?[a@4]\\s?t|sn[a@4]p\\s?ch[a@4]t|s[na][an]p\\s?ch[a@4]t|sn[a@4]p+(?:\\s?ch[a@4]t+)?|sc|[i1!|]\\s?n\\s?s\\s?t\\s?[a@4]\\s?g\\s?r\\s?[a@4]\\s?m+|t[i1!]k\\s?t[o0]k|tt(?!\\s?rock)|[i1!|]nst[a@4]+(?:gr[a@4]m+)?|ig|brawl\\s?stars|clash\\s?(?:royale|of\\s?clans)|pokemon\\s?go|free\\s?fire|geometry\\s?dash|gorilla\\s?tag|vr\\s?chat|rec\\s?room|stumble\\s?guys|facebook|fb|messenger|whats\\s?app|roblox+|fortnite|minecraft|discord|you\\s?tube|yt|twitch|xbox(?:\\s?live)?|psn|playstation|ps[45]|steam|kik|telegram|twitter|threads|bereal|among us|animal jam|epic(?:\\s?games)?|nintendo|switch|pinterest|reddit|skype|signal|wechat|likee|yubo|omegle|tellonym|gamer\\s?tag)';
const NAME_WORD = '(?:@|user\\s?name|user|name|handle|account|id|tag|profile|channel|code|gamer\\s?tag|acc|friend\\s?code|trainer\\s?code|player\\s?id)';
const HANDLE = '@?([a-z0-9_][a-z0-9_.#\\-]{2,29})';

const PLATFORM_HANDLE = new RegExp(
	`(?:\\b(?:my|our|add my|his|her)\\s+|^)${PLATFORM}(\\s+${NAME_WORD})?\\s*,?\\s*(?:is|=|:|-|its|⇒|→)\\s*(?:now\\s+)?(called\\s+|at\\s+)?${HANDLE}`,
	'g'
);
const PLATFORM_COLON = new RegExp(`\\b${PLATFORM}(?:\\s+${NAME_WORD})?\\s*[:=~]\\s*${HANDLE}`, 'g');
const INVITE = new RegExp(
	`\\b(?:add|follow|friend|message|msg|dm|find|chat to|chat with|talk to|join|play with|sub(?:scribe)?\\s+to|text|call|contact|look for|search for|search|look up|look|request)\\s+(?:me|us|my(?:\\s+name)?)\\s+(?:(?:up\\s+)?on|at|in)\\s+${PLATFORM}\\b(?:\\s*(?:as|its|it's|im|i am|at|:)?\\s*@?[a-z0-9_.]*[\\d_.][a-z0-9_.]*)?`,
	'g'
);
const USERNAME = new RegExp(
	`\\b(?:my\\s+)?(?:user\\s?name|user|gamer\\s?tag|handle|screen\\s?name|account\\s?name|account|acc|@|ign|in game name|gt)(?:\\s+(?:everywhere|on everything|for everything|on all of them))?\\s*(?:is|=|:|-)\\s*(?:called\\s+)?${HANDLE}`,
	'g'
);
// The account named around its platform in any order: "my username on roblox is ghosty_gamer",
// "on roblox im called x_2000", "my tiktoks called funny_farts_11", "im on snapchat as mollyb_2015",
// "send me a friend request on roblox, im LegoLad2016", "my youtube channel ZoeCrafts2015".
const NAMED_ON = new RegExp(
	`\\b(?:my\\s+)?${NAME_WORD}\\s+(?:on|for|in)\\s+${PLATFORM}\\s*(?:is|=|:|-|its)\\s*(?:called\\s+)?${HANDLE}|\\b(?:my\\s+)?${PLATFORM}s?\\s+(?:${NAME_WORD}\\s+)?(?:is\\s+)?(?:called|named)\\s+${HANDLE}`,
	'g'
);
const ON_PLATFORM_AS = new RegExp(
	`\\b(?:(?:im|i am|i m)\\s+on\\s+${PLATFORM}\\s+as|(?:on|in|got|have|use|ur|your)\\s+${PLATFORM}\\s*[?,!]*\\s+(?:im|i am|i m|its|my name is|im called|i am called|i m called|mine is|mines)|(?:friend request|request|add me|friend me)\\s+(?:on|in)\\s+${PLATFORM}\\W+(?:im|i am|its|as)|my\\s+${PLATFORM}\\s+(?:channel|account|page|profile))\\s+(?:@\\s?)?([a-z0-9_.]*[a-z][a-z0-9_.]*[\\d_.][a-z0-9_.]*|[a-z0-9_.]*[\\d_.][a-z0-9_.]*[a-z][a-z0-9_.]*)`,
	'g'
);
// A platform, a word for an account and, anywhere near, a word that can only be a handle
// (letters with digits or an underscore): "my roblox username is the same as in class but
// with 99 on the end, sunnyday99".
const ACCOUNT_WORD = /\b(?:user\s?name|user|gamer\s?tag|handle|account|display name|profile)\b/;
const HANDLE_TOKEN = /(?<![a-z0-9_.@])(?=[a-z0-9_.]*[a-z]{3})(?=[a-z0-9_.]*[\d_])[a-z][a-z0-9_.]{3,28}[a-z0-9](?![a-z0-9_.])/g;
// Words that say an account is meant even with no platform named ("my new username … It's MoonBeam_10").
const USERNAME_WORD = /\b(?:user\s?name|gamer\s?tag|display name)\b/;
const HANDLE_LIKE = /[a-z0-9][_.][a-z0-9]|[a-z]\d|\d[a-z]/;
const AT_HANDLE = /(?<![a-z0-9._%+-])@([a-z0-9_][a-z0-9_.]{2,29})/g;
const CONTACT_ME =
	/\b(?:snap\s?chat|insta(?:gram)?|tik\s?tok|discord)\s+me\b(?:\s+(?:ok\s+)?(?:on\s+|its\s+|it\s+is\s+)?@?(?=[a-z0-9_.]{3})[a-z0-9_.]*[\d_][a-z0-9_.]*)?(?=[\s\S]*[\d_])|\badd\s+me\s*(?:[:,-]\s*|(?:on|as|its|it is|im)\s+)?@?(?=[a-z0-9_.]{3})[a-z0-9_.]*[\d_][a-z0-9_.]*|\b(?:snap|dm|whats\s?app|facetime|skype|inbox|video call)\s+me\b(?:\s+(?:on\s+)?@?(?=[a-z0-9_.]{3})[a-z0-9_.]*[\d_][a-z0-9_.]*)?/g;
// Asked to add or find a handle, with no platform named: "add frostyfox_7", "friend me: frosty.fox".
const ADD_HANDLE =
	/\b(?:add|follow|friend|search up|search for|search|look up|look for|look out for|type in|find)\s+(?:me\s*[:,-]\s*|me\s+(?:as|its)\s+)?@?([a-z0-9_.#]{4,30})(?![a-z0-9_.#])/g;
// A handle told in words, then how to join them: "my roblox is sky kid 4 all one word".
const SPELT_HANDLE = new RegExp(
	`\\b${PLATFORM}s?\\b[^.!?\\n]{0,60}?\\b(?:all one word|(?:with )?no spaces|with (?:underscores?|dots) (?:between|instead)|with underscores?)\\b`,
	'g'
);
const ANY_PLATFORM = new RegExp(`\\b${PLATFORM}s?\\b`);
// Where any rule here can read a platform: at the start of the text or after a character that
// is not [a-z0-9_] (each rule has \b, \s+, ^ or punctuation before the list; \b before a name
// that starts with "!" or "|" wants a letter there instead, the last branch), and followed by
// what the rules let follow it (a space, punctuation, the end, a plural "s", or "is"/"its" run
// on). Every match of every rule that needs the list passes this one scan, so a message that
// fails it, most messages, skips those rules' scans of the list.
const MAY_NAME_PLATFORM = new RegExp(`(?:^|[^a-z0-9_])${PLATFORM}(?:[^a-z0-9]|$|s|i)|[A-Za-z0-9_][!|]\\s?n`);
// What the handle-before-platform rule accepts instead of a platform.
const EVERY_APP = /everything|all of them|all apps|every app/;
const PLATFORM_NEAR = new RegExp(
	`\\b${PLATFORM}(?:'?s)?\\b(?:\\s+[a-z']+){0,3}?\\s*[:=~-]?\\s*(?:@\\s?)?((?=[a-z0-9_.#]*[\\d_.#])[a-z0-9_.#]{4,30})(?![a-z0-9_.#])`,
	'g'
);
// The rule's own condition: a digit, "_", "#" or a dot between letters somewhere in the message.
const HANDLE_MARK = /[\d_#]|[a-z]\.[a-z]/;
const CHANNEL = /\bchannel\b/;

// "sc: 45.5" is a science mark and "tt: 100" a times-tables score; after a two-letter
// short name (sc, tt, ig, yt, fb) a plain word is not a handle either ("sc = science").
function isScoreOrWord(match: string, handle: string): boolean {
	if (/^[\d.,/-]+$/.test(handle)) return true;
	return /^(?:sc|tt|ig|yt|fb)\b/.test(match) && !/[\d_.]/.test(handle);
}

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
	'locked',
	'secret',
	'same',
	'hidden',
	'private',
	'a secret',
	'called'
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
	/\bsw[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b|\b(?:friend|trainer|player|creator|invite|gamer|switch)\s?(?:code|id)\b[^.!?\n]{0,20}?\d{3,4}(?:(?:[- ]| dash )\d{3,4}){2,3}\b|\b(?:realm|server|world|lobby)\b[^.!?\n]{0,20}?\bcode\s*(?:is|:|=)?\s*(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,}\b|\b(?:tag|id|code)\b[^.!?\n]{0,30}?\b\d{4}[- ]\d{4}[- ]\d{4}\b|\b(?:tag|id|code)\s*(?:is|:|=)?\s*#[0-9a-z]{5,10}\b/g;

// A server's invite typed with gaps so it is no link: "discord . gg / kendalkidz".
const SPACED_INVITE = /\bdiscord\s?\.?\s?gg\s?\/\s?[a-z0-9]{3,}/g;

// Most messages have no platform emoji: one test, derived from the rewrites, skips them all.
const ANY_EMOJI_PLATFORM = needsOfAny(EMOJI_PLATFORMS.map(([pattern]) => pattern));
// These two are the rules' own conditions, not shortcuts: single characters are joined up
// only where four stand in a row ("s a m 1"), and dotted letters only where three do, so
// "a b" or "e.g" in a sentence is left as written.
const DOTTED_LETTERS = /\b[a-z0-9][.*-][a-z0-9][.*-][a-z0-9]\b/;
const SPELT_WORD = /underscore|\bdot\b|full stop|\b[a-z0-9] [a-z0-9] [a-z0-9] [a-z0-9]\b/;
// A handle told before its platform: "its ollieb.fc on insta", "sam_k99 on snap".
// The look-ahead says what both ways of writing the handle need (a digit, "_" or "."), so a word
// without one is passed over in one scan instead of being tried again at every split.
const HANDLE_ON = new RegExp(
	`(?<![a-z0-9_.@])@?(?=[a-z0-9_.]*[\\d_.])([a-z0-9_.]*[a-z][a-z0-9_.]*[\\d_.][a-z0-9_.]*|[a-z0-9_.]*[\\d_.][a-z0-9_.]*[a-z][a-z0-9_.]*)["']?\\s+(?:on|is my|thats my|that s my|is me on)\\s+(?:${PLATFORM}|everything|all of them|all apps|every app)\\b`,
	'g'
);

// A handle of letters only ("LolaLouPlays", "bellabee") told the way a child tells their own
// account. The shapes that say so outright: "my tiktok is …", "im on roblox as …", "whats ur
// roblox? mine is …", "im … on roblox", "… is my tiktok", "sub to my youtube …", "add me … on tiktok", "my channel
// is called …", "snapchat … add me", "roblox - RubyGemzz". The word itself is then read in what the child typed (isPlainHandle).
const PLAIN_TOLD = new RegExp(
	`\\b(?:(?:my|our)\\s+${PLATFORM}(?:\\s+${NAME_WORD})?(?:\\s*(?:is|=|:|-|its)|'?s)\\s*(?:called\\s+)?|(?:i'?m|i am|i m)\\s+on\\s+${PLATFORM}\\s+as\\s+|(?:on|in|got|have|use|ur|your)\\s+${PLATFORM}\\s*[?,!]*\\s+(?:im|i am|i m|its|my name is|im called|mine is|mines)\\s+|(?:sub(?:scribe)?\\s+to|follow|add|check out)\\s+my\\s+${PLATFORM}(?:\\s+(?:channel|account|page))?\\s+|my\\s+(?:${PLATFORM}\\s+)?(?:channel|account)\\s+(?:is\\s+)?(?:called|named)\\s+)([a-z]{4,30})\\b|\\b(?:(?:i'?m|i am|i m|it'?s|it s)\\s+|(?:add|follow|friend)\\s+me\\s+)([a-z]{4,30})\\s+on\\s+${PLATFORM}\\b|\\b${PLATFORM}\\s+([a-z]{4,30})\\s+(?:add|follow)\\s+me\\b|(?:^|[.!?,]\\s*)([a-z]{4,30})\\s+(?:is my|is me on|that'?s my|thats my)\\s+${PLATFORM}\\b|(?:^|[.!?,]\\s*)${PLATFORM}\\s*[:=~-]\\s*([a-z]{4,30})\\b`,
	'g'
);
// "my tiktoks LolaLouPlays go follow", "my tiktok username LolaLouPlays": with no word between that says it is the account, only
// capitals inside the word (as the child typed it) make it one.
const PLAIN_AFTER_MINE = new RegExp(`\\bmy\\s+${PLATFORM}s?(?:\\s+${NAME_WORD})?\\s+([a-z]{5,30})\\b`, 'g');
// Endings of everyday English words ("my roblox is amazing", "… restricted", "… hilarious").
const ENGLISH_ENDING =
	/(?:ing|ed|ly|ous|able|ible|ful|ness|ment|tion|sion|ent|ant|ive|al|ic|ish|less|est|ise|ize|ity|ery|ary|stairs|where|thing|body|times|ever)$/;
// Long everyday words that follow "my minecraft is" with none of those endings, and games' own
// worlds ("my roblox is brookhaven" says what the child plays, not who they are).
const EVERYDAY_LONG = new Set([
	'hardcore',
	'password',
	'multiplayer',
	'christmas',
	'halloween',
	'tomorrow',
	'birthday',
	'yesterday',
	'everyday',
	'saturday',
	'thursday',
	'wednesday',
	'survival',
	'creative',
	'brilliant',
	'brookhaven',
	'bloxburg',
	'adoptme'
]);
// What may follow a handle told at the end of its clause: nothing, punctuation, or the ask.
const CLAUSE_END = /^\s*(?:$|[.!?,;:)]|(?:add|follow|sub|subscribe|pls|please|go|and|if|x+|lol)\b)/;

/** A letters-only word that is an account: capitals inside it as typed, or one long run of letters that ends its clause and reads as no English word. */
function isPlainHandle(typed: string, rest: string): boolean {
	if (/^[A-Za-z]+$/.test(typed) && /[a-z][A-Z]/.test(typed)) return true;
	const word = typed.toLowerCase();
	return (
		word.length >= 8 && /^[a-z]+$/.test(word) && !ENGLISH_ENDING.test(word) && !EVERYDAY_LONG.has(word) && !NOT_A_HANDLE.has(word) && CLAUSE_END.test(rest)
	);
}

// "elliesmumtina@gmail.com" after "minecraft skins to": the word after "@" is where mail goes, not a handle.
const isMailDomain = (text: string, at: number): boolean => text[at - 1] === '@' && /[a-z0-9]/.test(text[at - 2] ?? '');

function platformView(mt: MappedText): MappedText {
	let view = mt;
	if (ANY_EMOJI_PLATFORM === null || ANY_EMOJI_PLATFORM.test(view.text))
		for (const [pattern, replacement] of EMOJI_PLATFORMS) view = rewrite(view, pattern, replacement);
	view = namePlatforms(view);
	if (SPELT_WORD.test(view.text)) for (const [pattern, replacement] of SPELT_SYMBOLS) view = rewrite(view, pattern, replacement);
	// A platform typed a letter at a time with dots or stars between ("s.n.a.p.c.h.a.t", "i*n*s*t*a").
	// A handle typed the same way, digits and all ("r-u-b-y-f-0-x-9").
	if (DOTTED_LETTERS.test(view.text)) view = rewrite(view, /(?<=\b[a-z0-9])[.*-](?=[a-z0-9]\b)/g, '');
	return view;
}

// Made by a function rather than written as a named arrow in the detector: under tsx every named
// arrow is wrapped in a helper that defines its name, which cost about a microsecond a message.
function socialAdder(mt: MappedText, findings: RawFinding[]): (start: number, end: number, rule: string) => void {
	return (start, end, rule) => {
		const span = originalSpan(mt, start, end);
		findings.push({ kind: 'social', start: span.start, end: span.end, rule });
	};
}

/** Social and gaming accounts, and invitations to find a child on them. */
export function findSocialHandles(source: MappedText, typed: string): RawFinding[] {
	const mt = platformView(source);
	const text = mt.text;
	const findings: RawFinding[] = [];
	const add = socialAdder(mt, findings);
	// Each pattern runs only where its cheap test, derived from the pattern (pattern-needs.ts), passes;
	// those that need a platform, only where one may be named.
	const platformMayBeNamed = MAY_NAME_PLATFORM.test(text);
	if (platformMayBeNamed) {
		for (const m of matchesOf(PLATFORM_HANDLE, text)) {
			const handle = m[3] as string;
			const named = m[1] !== undefined || m[2] !== undefined;
			if (!NOT_A_HANDLE.has(handle) && (named || /[\d_.]/.test(handle)) && !isScoreOrWord(m[0].replace(/^(?:my|our|add my|his|her)\s+/, ''), handle))
				add(m.index, m.index + m[0].length, 'social.platform-handle');
		}
		for (const m of matchesOf(PLATFORM_COLON, text)) if (!isScoreOrWord(m[0], m[1] as string)) add(m.index, m.index + m[0].length, 'social.platform-handle');
		for (const m of matchesOf(INVITE, text)) add(m.index, m.index + m[0].trimEnd().length, 'social.invite');
	}
	for (const m of matchesOf(USERNAME, text)) {
		const handle = m[1] as string;
		// "my user is …", "my account is …" are a handle only when the word after it looks like one ("my account is private").
		if (NOT_A_HANDLE.has(handle) || (/(?:\buser|\baccount|\bacc|@|\bign|\bgt)\s*(?:is|=|:|-)/.test(m[0]) && !/[\d_.]/.test(handle))) continue;
		// "sharing your screen name is kinda ok": advice about anyone's name, then a plain word, is no handle.
		if (!/[\d_.]/.test(handle) && /\b(?:your|ur|a)\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
		add(m.index, m.index + m[0].length, 'social.username');
	}
	const platformNamed = platformMayBeNamed && ANY_PLATFORM.test(text);
	// The two rules that name an account around its platform need one; most messages name none.
	if (platformNamed) {
		for (const m of matchesOf(NAMED_ON, text)) {
			const handle = m[1] ?? (m[2] as string);
			if (!NOT_A_HANDLE.has(handle)) add(m.index, m.index + m[0].length, 'social.platform-handle');
		}
		// The rule's own condition: somewhere a word that can only be a handle (letters with digits, "_" or ".").
		const handleLike = HANDLE_LIKE.test(text);
		for (const m of matchesOf(SPELT_HANDLE, text)) add(m.index, m.index + m[0].length, 'social.platform-handle');
		// A handle a few words after its platform, with nothing between that says what it is:
		// "snapchat bella_b2015", "my roblox name CaptainKid_9", "discord tag blaze#0420".
		if (HANDLE_MARK.test(text))
			for (const m of matchesOf(PLATFORM_NEAR, text))
				if (isHandleWord(m[1] as string) && !isMailDomain(text, m.index + m[0].length - (m[1] as string).length))
					add(m.index, m.index + m[0].length, 'social.platform-handle');
		if (handleLike) for (const m of matchesOf(ON_PLATFORM_AS, text)) add(m.index, m.index + m[0].length, 'social.platform-handle');
		if (handleLike && findings.length === 0 && ACCOUNT_WORD.test(text)) addHandleTokens(text, add);
	} else if (findings.length === 0 && USERNAME_WORD.test(text) && HANDLE_LIKE.test(text)) addHandleTokens(text, add);
	for (const m of matchesOf(AT_HANDLE, text)) {
		// "@oliver well done" is a child addressing a classmate; digits, dots or a platform make it an account.
		if (platformNamed || /[\d_.]/.test(m[1] as string)) add(m.index, m.index + m[0].length, 'social.at-handle');
	}
	if (platformMayBeNamed || EVERY_APP.test(text))
		for (const m of matchesOf(HANDLE_ON, text))
			if ((m[1] as string).length >= 4 && !/^\d+(?:\.\d+)?$/.test(m[1] as string)) add(m.index, m.index + m[0].length, 'social.platform-handle');
	if (HANDLE_MARK.test(text))
		for (const m of matchesOf(ADD_HANDLE, text))
			if (isHandleWord(m[1] as string) && /[_.#]|[a-z]\d/.test(m[1] as string)) add(m.index, m.index + m[0].length, 'social.invite');
	if ((platformNamed || CHANNEL.test(text)) && findings.length === 0) findPlainHandles(mt, typed, add);
	for (const m of matchesOf(CONTACT_ME, text)) add(m.index, m.index + m[0].trimEnd().length, 'social.contact-me');
	for (const m of matchesOf(FRIEND_CODE, text)) add(m.index, m.index + m[0].length, 'social.friend-code');
	for (const m of matchesOf(SPACED_INVITE, text)) add(m.index, m.index + m[0].length, 'social.invite');
	if (findings.length === 0) findDescribedAccounts(mt, typed, add);
	if (findings.length > 0) return findings;
	const recipes = findHandleRecipes(mt, platformNamed);
	return recipes.length > 0 ? recipes : findClaimedAccounts(mt, typed, platformNamed);
}

function addHandleTokens(text: string, add: (start: number, end: number, rule: string) => void): void {
	for (const m of text.matchAll(HANDLE_TOKEN)) if (isHandleWord(m[0])) add(m.index, m.index + m[0].length, 'social.platform-handle');
}

// Handles of letters only, once no other rule has found the account.
function findPlainHandles(mt: MappedText, typed: string, add: (start: number, end: number, rule: string) => void): void {
	const text = mt.text;
	for (const m of matchesOf(PLAIN_TOLD, text)) {
		const handle = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) as string;
		const last = m[1] !== undefined || m[5] !== undefined;
		const at = m.index + (last ? m[0].length - handle.length : m[0].search(new RegExp(`\\b${handle}\\b`)));
		if (isPlainHandle(typedWordAt(mt, typed, at, at + handle.length), text.slice(at + handle.length)))
			add(m.index, m.index + m[0].length, 'social.platform-handle');
	}
	for (const m of matchesOf(PLAIN_AFTER_MINE, text)) {
		const handle = m[1] as string;
		const at = m.index + m[0].length - handle.length;
		const word = typedWordAt(mt, typed, at, at + handle.length);
		if (/^[A-Za-z]+$/.test(word) && /[a-z][A-Z]/.test(word)) add(m.index, m.index + m[0].length, 'social.platform-handle');
	}
}
