// Accounts told without the words social.ts looks for. Owns rules: social.self-named (the
// child names themselves with a handle: "I'm called axolotl_ellie_xo", "my name on it is
// MiloMinesALot", "look for me as cheesequeen_ellie", "I'm DragonQueen_Kendal on the dragon
// game"), social.channel-title (a channel of the child's own named in words, with an ask:
// "I made a channel, its called Zac's Lego World, subscribe") and social.gamer-tag (the
// "xXShadowXx" decoration no ordinary word has). Also the platforms described instead of
// named ("the yellow ghost app", "the blocky game", "the dancing app"), which social.ts reads
// as the platform they describe.

import { originalSpan, rewrite, type MappedText } from './normalise.js';
import { matchesOf, needsOfAny } from './pattern-needs.js';

// How children describe a platform they do not name: its logo, what it is for, what it looks like.
// "on the yellow ghost app" becomes "on snapchat", so every rule reads it as the platform named.
// A photo or camera app is left out: on a school iPad those are the tablet's own.
export const DESCRIBED_PLATFORMS: readonly [RegExp, string][] = [
	[
		/\b(?:(?:the|that|this)\s+)?(?:(?:yellow|white|little)\s+)?ghost\s+app\b|\b(?:(?:the|that|this)\s+)?app\s+with\s+(?:the|a)\s+(?:(?:yellow|white|little)\s+)?ghost\b/g,
		' snapchat '
	],
	[/\b(?:(?:the|that|this)\s+)?block(?:y|s)?\s+(?:game|app)\b/g, ' roblox '],
	[
		/\b(?:(?:the|that|this)\s+)?game\s+where\s+you\s+(?:build|mine|craft|dig)\b(?:\s+(?:stuff|things|houses|everything))?|\b(?:(?:the|that|this)\s+)?(?:mining|crafting|block\s+building)\s+game\b/g,
		' minecraft '
	],
	[
		/\b(?:(?:the|that|this)\s+)?(?:dancing|dance|short\s+video|lip\s?sync)\s+app\b|\b(?:(?:the|that|this)\s+)?app\s+with\s+the\s+(?:music\s+)?note\b/g,
		' tiktok '
	],
	[/\b(?:(?:the|that|this)\s+)?bird\s+app\b/g, ' twitter '],
	[/\b(?:(?:the|that|this)\s+)?(?:chat|voice\s+chat)\s+app\s+for\s+gamers\b/g, ' discord ']
];
// Platforms typed with look-alike digits or misspelt ("d1sc0rd", "f0rtnite", "tick tock", "roblocks",
// "insta-gram"). Rewritten rather than added to social.ts's list of platforms: every rule there
// scans that list, and character classes in it made each scan twice as slow.
// A look-alike digit must be there ("roblox" itself is left as it is), so these are tried only
// where a letter and a digit (or "!") touch.
const LEET = '(?=[a-z]*[0-9!])';
const LETTER_BY_DIGIT = /[a-z][0-9!]|[0-9!][a-z]/;
const LEET_PLATFORMS: readonly [RegExp, string][] = [
	[new RegExp(`\\b${LEET}d[i1!]sc[o0]rd\\b`, 'g'), 'discord'],
	[new RegExp(`\\b${LEET}r[o0]bl[o0]x\\b`, 'g'), 'roblox'],
	[new RegExp(`\\b${LEET}f[o0]rtn[i1!]te\\b`, 'g'), 'fortnite'],
	[new RegExp(`\\b${LEET}m[i1!]necr[a4]ft\\b`, 'g'), 'minecraft'],
	[new RegExp(`\\b${LEET}y[o0]ut[u0]be\\b`, 'g'), 'youtube']
];
const MISSPELT_PLATFORMS: readonly [RegExp, string][] = [
	[/\brob(?:locks|loks|lax)\b/g, 'roblox'],
	[/\bfortnight\b/g, 'fortnite'],
	[/\bmin(?:e\s)?craf?t\b|\bminecrf?t\b/g, 'minecraft'],
	[/\bu\s?tube\b/g, 'youtube'],
	[/\bt[i1!](?:ck|c)\s?t[o0](?:ck|c|k)\b|\bt[i1!]k\s?t[o0](?:ck|c)\b/g, 'tiktok'],
	[/\bwat+s\s?ap+\b|\bwhats\s?ap\b/g, 'whatsapp'],
	[/\bx\s+box\b/g, 'xbox'],
	[/\binsta[\s-]gram\b/g, 'instagram']
];
const ANY_DESCRIBED = needsOfAny(DESCRIBED_PLATFORMS.map(([pattern]) => pattern));
const ANY_LEET = needsOfAny(LEET_PLATFORMS.map(([pattern]) => pattern));
const ANY_MISSPELT = needsOfAny(MISSPELT_PLATFORMS.map(([pattern]) => pattern));

/** The text with platforms described or misspelt turned into their names; most messages have none. */
export function namePlatforms(view: MappedText): MappedText {
	let out = view;
	// Every description names an app or a game: two quick searches pass over most messages.
	if ((view.text.includes('app') || view.text.includes('game')) && (ANY_DESCRIBED === null || ANY_DESCRIBED.test(view.text)))
		for (const [pattern, replacement] of DESCRIBED_PLATFORMS) out = rewrite(out, pattern, replacement);
	if (LETTER_BY_DIGIT.test(out.text) && (ANY_LEET === null || ANY_LEET.test(out.text)))
		for (const [pattern, replacement] of LEET_PLATFORMS) out = rewrite(out, pattern, replacement);
	if (ANY_MISSPELT === null || ANY_MISSPELT.test(out.text)) for (const [pattern, replacement] of MISSPELT_PLATFORMS) out = rewrite(out, pattern, replacement);
	return out;
}

type Add = (start: number, end: number, rule: string) => void;

// The child says who they are, and what follows is the name to look for.
const SELF_NAMED = new RegExp(
	[
		"\\b(?:i'?m|i am|i m)\\s+(?:called|named|known\\s+as)\\s+",
		"\\b(?:i'?m|i am|i m)\\s+the\\s+one\\b[^.!?\\n]{0,80}?\\b(?:called|named)\\s+",
		"\\bmy\\s+(?:user\\s+|nick\\s?)?name\\s+(?:(?:on|in)\\s+(?:it|there|that|the\\s+(?:game|app|server))\\s+|there\\s+)?(?:is|=|:|'?s)\\s+",
		'\\b(?:look|search|find|add)\\s+(?:for\\s+|out\\s+for\\s+)?me\\s+(?:as|under)\\s+',
		"\\b(?:add|follow|friend)\\s+me\\s*(?:[:,-]\\s*|(?:as|its|it'?s|im|i'?m)\\s+)",
		"\\b(?:i'?m|i am|i m)\\s+on\\s+[a-z]+\\W+(?:look\\s+(?:me\\s+)?up|search(?:\\s+for)?|look\\s+for|add)\\s+",
		// "channel is OwenPlaysMC", "my gaming channel: OwenPlaysMC"; a favourite channel is someone else's.
		'(?:^|[.!?,]\\s*|\\b(?:my|our)\\s+(?:(?!fav|best|top|other)[a-z]+\\s+)?)(?:channel|account|profile)(?:\\s+name)?\\s*(?:is|=|:)\\s+'
	]
		.map((told) => `(?:${told})@?([a-z][a-z0-9_.#]{3,29})(?![a-z0-9_.#])`)
		.join('|'),
	'g'
);
// A handle then where it is: "Tommo_Gamer_K on the blocky game", "I'm DragonQueen_Kendal on the dragon game".
// The rule's own conditions, asked first: a word only a handle has, and a place online named.
const HANDLE_MARK = /[\d_#]|[a-z]\.[a-z]/;
const PLACE_ONLINE = /\b(?:game|app|server|realm)\b/;
const HANDLE_ON_THE = /(?<![a-z0-9_.@])@?([a-z][a-z0-9_.#]{3,29})\s+(?:on|in)\s+(?:the|that|this|my)\s+(?:[a-z]+\s+){0,2}?(?:game|app|server|realm)\b/g;
// Something online nearby makes a name of letters only (typed with capitals inside) a handle.
const ONLINE =
	/\b(?:game|games|app|server|realm|channel|account|profile|avatar|online|friend|friends|follow|followers|subscribe|add me|find me|search|roblox|minecraft|fortnite|tiktok|snapchat|snap|instagram|insta|youtube|discord|xbox|playstation|switch)\b/;
// Words with digits or symbols a child writes that are not accounts: consoles, phones and games
// with their number, levels, years, pages and questions; files and sites by their endings.
const NOT_AN_ACCOUNT =
	/^(?:ipad|iphone|ps|xbox|switch|fifa|fc|gta|sims|nba|wii|year|y|mario|minecraft|roblox|level|lvl|season|chapter|part|round|class|room|team|group|page|p|question|q|step|task|table|ex|exercise|slide|number|no)[_.-]?[\d.]+$/;
const FILE_OR_SITE = /\.(?:com|co|uk|org|net|docx?|pdf|png|jpe?g|gif|txt|pptx?|xlsx?|sb3|mp[34])$/;

/** A word with a letter pair and a digit, "_", "." or "#": only an account is written so. */
export function isHandleWord(word: string): boolean {
	const w = word.replace(/\.+$/, '');
	return w.length >= 4 && /[a-z][^a-z]*[a-z]/.test(w) && /[\d_.#]/.test(w) && !NOT_AN_ACCOUNT.test(w) && !FILE_OR_SITE.test(w);
}

/** A word of the view as the child typed it, capitals and all. */
export function typedWordAt(mt: MappedText, typed: string, start: number, end: number): string {
	const span = originalSpan(mt, start, end);
	return typed.slice(span.start, span.end);
}

const isCamelTyped = (typed: string): boolean => /^[A-Za-z]+$/.test(typed) && /[a-z][A-Z]/.test(typed);

// Every rule here needs one of these, so a message with none is passed over in three scans: a word
// only a handle has, capitals inside a word as typed (a camel-case name or an xX…Xx tag), a channel.
const CAMEL_TYPED = /[a-z][A-Z]|[xX][xX]/;

/** Accounts a child gives by naming themselves, a channel or a decorated tag. */
export function findDescribedAccounts(mt: MappedText, typed: string, add: Add): void {
	const text = mt.text;
	if (!HANDLE_MARK.test(text) && !CAMEL_TYPED.test(typed) && !text.includes('channel')) return;
	let online: boolean | undefined;
	for (const m of matchesOf(SELF_NAMED, text)) {
		const group = m.findIndex((g, i) => i > 0 && g !== undefined);
		const handle = m[group] as string;
		const at = m.index + m[0].length - handle.length;
		// "I'm called Tom" is a child's name; "I'm called axolotl_ellie_xo" is an account, and so is
		// "MiloMinesALot" asked to be found, or said where something online is talked about.
		const asked = group >= 4;
		if (isHandleWord(handle) || ((asked || (online ??= ONLINE.test(text))) && isCamelTyped(typedWordAt(mt, typed, at, at + handle.length))))
			add(m.index, m.index + m[0].length, 'social.self-named');
	}
	if (HANDLE_MARK.test(text) && PLACE_ONLINE.test(text))
		for (const m of matchesOf(HANDLE_ON_THE, text)) if (isHandleWord(m[1] as string)) add(m.index, m.index + m[0].length, 'social.self-named');
	findChannelTitles(mt, typed, add);
	for (const m of matchesOf(GAMER_TAG, typed)) add(m.index, m.index + m[0].length, 'social.gamer-tag');
}

// "my dad made me a channel, its called Zac's Lego World, subscribe!!!": the child's own channel,
// its name in words, and an ask to find it.
const CHANNEL_TITLE =
	/\b(?:my|me a|i made a|i have a|ive got a|i ve got a|i got a|i started a)\s+(?:new\s+|own\s+)?(?:[a-z]+\s+)?channel\b[^.!?\n]{0,14}?\b(?:called|named)\s+([a-z0-9'][a-z0-9' ]{2,40})/g;
const CHANNEL_ASK = /\b(?:subscribe|sub to|subs|follow|search|look up|look it up|find it|watch it|watch my|like and)\b/;

function findChannelTitles(mt: MappedText, typed: string, add: Add): void {
	const text = mt.text;
	if (!CHANNEL_ASK.test(text)) return;
	for (const m of matchesOf(CHANNEL_TITLE, text)) {
		const at = m.index + m[0].length - (m[1] as string).length;
		const span = originalSpan(mt, at, at + 1);
		// The name is typed with a capital ("Zac's Lego World"): a title, not "called that because…".
		if (/^[A-Z0-9]/.test(typed.slice(span.start, span.end))) add(m.index, m.index + m[0].length, 'social.channel-title');
	}
}

// "xXShadowNinjaXx", "Xx_Sniper_xX": the decoration gamers put around a tag, read as typed.
const GAMER_TAG = /(?<![A-Za-z0-9_])(?:xX|Xx)_?[A-Za-z0-9_]{3,24}?_?(?:Xx|xX)(?![A-Za-z0-9_])/g;
