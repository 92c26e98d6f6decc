// UK regional speech read as standard English, in the word view every reading uses
// (normalise.ts calls readDialect last). Owns no rule: the phrase rules and the word model
// were written and trained on standard spellings, so "ah want tae kill masel", "dinnae tell yer
// maw" and "a've got summat in me bag for thee" were passed by all of them. Each word a region
// spells its own way is read as the standard word it stands for: "ye", "yous", "thee" and
// "yow" as "you", "tae" as "to", "naebody" as "nobody", "divvent" and "dinnae" as "dont",
// "masel" and "missen" as "myself", "mam" and "maw" as "mum", "owt" and "nowt" as "anything"
// and "nothing", "t'field" as "the field", "the morra" as "tomorrow", "ye'll not" as "you wont",
// and a dropped g put back on a list of verbs ("jokin" as "joking"; not on every word ending in
// "in", which would make "Robin" and "cousin" nonsense).
//
// Only words that are not also everyday English are read this way on their own. A word that is
// both is read only where its neighbours settle it, and never across a stop or a comma: "me" is
// "my" before a family word, a part of the body or a belonging ("me mam", "me head"), but not
// after "show" or "give"; "ma" is "mum" after "your" or before a verb ("ur ma said") and "my"
// otherwise ("ma wee sister"); "da" is "dad" after "me" or "yer", not chat's "da" for "the";
// "tha" is "you" before a verb ("tha knows"), not chat's "tha park"; "ah" is "i" unless a sigh
// ("ah well"); "am" is "im" before "gonna" with no "i" before it; "wor" is "was" after "it" and
// "our" otherwise; "yam" is "home" after "go" or "walk"; "ye'll" is "youll" only as typed with
// its apostrophe, so "yell" is left alone. Slang for a harm ("batter", "leather", "lamp"),
// insults children also use fondly ("numpty", "divvy"), pet names ("bab", "hen", "my lover")
// and "dead" for "very" are not in the map: the rules that read them know their games and
// banter (threat.ts reads "dead good"), and mapping them would only move a fond word onto a
// harsh one. Nothing on the swear lists is an entry ("yed" is one, so only "ye'd" is read).
//
// A read word keeps the original span of what the child typed, so a finding still points at
// "masel", not at "myself". The roster's names and the swear lists pass through the same view,
// so a name is matched however the view reads it.

import type { WordToken, WordView } from './normalise.js';

/** One word typed in a region's spelling, read as the standard word or words it stands for. */
const WORD_LIST: Readonly<Record<string, string>> = {
	// you, your, yourself (Geordie, Scots, Irish, Scouse, Yorkshire, Lancashire, Black Country)
	ye: 'you',
	yous: 'you',
	youse: 'you',
	youz: 'you',
	yez: 'you',
	yiz: 'you',
	thee: 'you',
	yow: 'you',
	thi: 'your',
	thy: 'your',
	// "yer" is "your" and "you're" at once, as "ur" is in chat; the rules read "ur" both ways.
	yer: 'ur',
	// "ye'd" is read only as typed with its apostrophe: "yed" is on the word list of swears.
	yere: 'youre',
	yeve: 'youve',
	yowm: 'youre',
	youm: 'youre',
	yowll: 'youll',
	thall: 'youll',
	yersel: 'yourself',
	yersell: 'yourself',
	yerself: 'yourself',
	yersen: 'yourself',
	yoursel: 'yourself',
	thissen: 'yourself',
	thysen: 'yourself',
	thysel: 'yourself',
	// I, me, myself
	ahm: 'im',
	ahll: 'ill',
	ahve: 'ive',
	masel: 'myself',
	masell: 'myself',
	mysel: 'myself',
	missen: 'myself',
	mesen: 'myself',
	mysen: 'myself',
	meself: 'myself',
	maself: 'myself',
	hissel: 'himself',
	hissen: 'himself',
	hersel: 'herself',
	hersen: 'herself',
	// our, us
	wor: 'our',
	oor: 'our',
	// family
	mam: 'mum',
	mams: 'mums',
	mammy: 'mummy',
	mom: 'mum',
	moms: 'mums',
	mommy: 'mummy',
	maw: 'mum',
	maws: 'mums',
	da: 'dad',
	das: 'dads',
	granda: 'grandad',
	grandda: 'grandad',
	nain: 'nan',
	mamgu: 'nan',
	tadcu: 'grandad',
	taid: 'grandad',
	bairn: 'kid',
	bairns: 'kids',
	wean: 'kid',
	weans: 'kids',
	babby: 'baby',
	lass: 'girl',
	lasses: 'girls',
	// not, no, nobody, nothing, anything
	dinnae: 'dont',
	dinny: 'dont',
	divvent: 'dont',
	divvint: 'dont',
	divnt: 'dont',
	dinna: 'dont',
	didnae: 'didnt',
	didny: 'didnt',
	cannae: 'cant',
	canna: 'cant',
	cannit: 'cant',
	wouldnae: 'wouldnt',
	widnae: 'wouldnt',
	wudnae: 'wouldnt',
	couldnae: 'couldnt',
	coudnae: 'couldnt',
	shouldnae: 'shouldnt',
	isnae: 'isnt',
	isny: 'isnt',
	wisnae: 'wasnt',
	wasnae: 'wasnt',
	hasnae: 'hasnt',
	havnae: 'havent',
	hivnae: 'havent',
	havenae: 'havent',
	willnae: 'wont',
	winnae: 'wont',
	wullnae: 'wont',
	disnae: 'doesnt',
	doesnae: 'doesnt',
	mustnae: 'mustnt',
	amnae: 'im not',
	nae: 'no',
	nee: 'no',
	naebody: 'nobody',
	neebody: 'nobody',
	naewan: 'no one',
	naeb: 'nobody',
	naethin: 'nothing',
	naething: 'nothing',
	nowt: 'nothing',
	nuffin: 'nothing',
	nuffink: 'nothing',
	nothin: 'nothing',
	owt: 'anything',
	anyfink: 'anything',
	anythin: 'anything',
	summat: 'something',
	summink: 'something',
	sumfink: 'something',
	somefink: 'something',
	somethin: 'something',
	everyfink: 'everything',
	everythin: 'everything',
	ony: 'any',
	onybody: 'anybody',
	onywan: 'anyone',
	onyone: 'anyone',
	onything: 'anything',
	awbody: 'everybody',
	abody: 'everybody',
	// little words
	tae: 'to',
	intae: 'into',
	ontae: 'onto',
	fae: 'from',
	frae: 'from',
	wiv: 'with',
	wioot: 'without',
	withoot: 'without',
	wivout: 'without',
	aboot: 'about',
	abaht: 'about',
	oot: 'out',
	ootside: 'outside',
	doon: 'down',
	roond: 'round',
	aal: 'all',
	aall: 'all',
	ower: 'over',
	awa: 'away',
	ain: 'own',
	bout: 'about',
	auld: 'old',
	darlin: 'darling',
	wis: 'was',
	dae: 'do',
	gonnae: 'gonna',
	gunnae: 'gonna',
	ganna: 'gonna',
	gan: 'go',
	gannin: 'going',
	gaun: 'going',
	gi: 'give',
	gie: 'give',
	gies: 'give me',
	giz: 'give me',
	tek: 'take',
	tekkin: 'taking',
	mek: 'make',
	reyt: 'right',
	laal: 'little',
	lile: 'little',
	// things and places
	hoose: 'house',
	mooth: 'mouth',
	heid: 'head',
	heids: 'heads',
	ead: 'head',
	hame: 'home',
	hyem: 'home',
	neet: 'night',
	morra: 'tomorrow',
	scran: 'food',
	photie: 'photo',
	photies: 'photos',
	mither: 'bother',
	mithering: 'bothering',
	mitherin: 'bothering',
	mithered: 'bothered',
	skrike: 'cry',
	skrikes: 'cries',
	skrikin: 'crying',
	skriking: 'crying',
	blartin: 'crying',
	blarting: 'crying',
	chib: 'stab',
	chibbed: 'stabbed',
	chibbin: 'stabbing',
	chibbing: 'stabbing'
};

const WORDS: ReadonlyMap<string, string> = new Map(Object.entries(WORD_LIST));

function wordSet(words: string): ReadonlySet<string> {
	return new Set(words.split(' '));
}

// A g dropped from the end ("jokin", "tellin"): these words only, since a rule for every word
// ending in "in" would turn names ("Robin", "Martin") and words ("cousin", "violin") into nonsense.
const G_DROPPED = wordSet(
	'ask bash batter beat be bring bully call chatt com cry cutt do draw dy eat feel fight follow freez gett giv go grass hav hid hitt hurt jok kick kidd kill laugh leav liv look ly mak mess meet messag ming mov nick pick play punch putt runn say see send sitt sleep smil snitch stay stabb starv start stopp swimm tak talk teas tell text think try wait walk watch wear writ'
);
const G_PUT_BACK: ReadonlyMap<string, string> = new Map([...G_DROPPED].map((stem) => [`${stem}in`, `${stem}ing`]));

/** Two words a region says together, read as one standard phrase ("the morra", "our kid"). */
const PAIR_LIST: Readonly<Record<string, string>> = {
	'the morra': 'tomorrow',
	'the moro': 'tomorrow',
	'the morn': 'tomorrow',
	'the neet': 'tonight',
	'our kid': 'my brother',
	'wor kid': 'my brother',
	// London's and the Midlands' "cuz" is a cousin after "my" or "your", and "because" anywhere else.
	'my cuz': 'my cousin',
	'me cuz': 'my cousin',
	'ur cuz': 'ur cousin',
	'your cuz': 'your cousin',
	'yer cuz': 'ur cousin',
	'less go': 'lets go'
};

/** Typed with an apostrophe, where the word without it is everyday English ("ye'll" and "yell"). */
const APOSTROPHE_LIST: Readonly<Record<string, string>> = {
	"ye'll": 'youll',
	"ye're": 'youre',
	"ye'd": 'youd',
	"ye've": 'youve',
	"tha'll": 'youll',
	"tha'd": 'youd',
	"yow'm": 'youre',
	"you'm": 'youre',
	"ah'm": 'im',
	"ah'll": 'ill',
	"ah've": 'ive',
	"ah'd": 'id',
	"a'm": 'im',
	"a've": 'ive',
	"a'd": 'id',
	"a'll": 'ill',
	"naebody'll": 'nobody will',
	"nobody'll": 'nobody will',
	"wi'oot": 'without',
	"wi'out": 'without'
};

const PAIRS: ReadonlyMap<string, string> = new Map(Object.entries(PAIR_LIST));
const WITH_APOSTROPHE: ReadonlyMap<string, string> = new Map(Object.entries(APOSTROPHE_LIST));

// "me" is "my" before these, as Northern and Midlands children write it ("me mam", "me head").
const OWNED = wordSet(
	'mam mum mom ma maw da dad nan nana nanna gran granny grandad grandma granda brother sister cousin cousins auntie uncle mates mate pals pal friends friend family head heid ead arm arms wrist wrists leg legs face hands body belly tummy neck skin bag room bedroom house phone stuff things clothes coat life own self sen dinner tea lunch'
);
const HANDS_TO = wordSet(
	'show showed shows give gave gives gi send sent sends get got gets buy bought buys bring brought tell told lend lent teach taught pass make made owe owes cost find found offer offered promise promised leave left call called let'
);
const POSSESSIVE = wordSet('your ur yer yor his her their yo me my thi thy');
// "ma" before one of these is the mother doing it ("ur ma said", "ma will kill me"), not "my".
const MOTHER_DOES = wordSet(
	'said says is s will would wud went gets got made makes bought thinks knows cant can doesnt dont didnt was wis ll gonna and an n or'
);
// "ah" before these (or before a stop) is a sigh, not "i": "ah well", "ah ok", "ah no".
const SIGH_BEFORE = wordSet(
	'ok okay well right no yes yeah man thanks thank sorry that the so oh ha ah wow nice cool bless there its thats mate hen come go yay lol but and i you ye'
);
// "am" is "im" before these when no "i" says it first ("am gonna set fire to …").
const AM_BEFORE = wordSet('gonna gunna ganna gonnae going gannin gan not just that so proper never off sick scared done');
const WAS_AFTER = wordSet('it he she that i there we they this');
const BEST_MEANS_BETTER = wordSet('not watch hope run keep stay shut be get leave stop tell say go give delete come do dont move hide pray');
const BETTER_FOR = wordSet('you youd ye yed ya u ud we wed thee tha yow yowd yous youse they theyd id i hed shed');
const MUM_AFTER_AND = wordSet('and an n');
const MUM = wordSet('ma mum mam maw mammy mom mummy');
const THOU_DOES = wordSet(
	'knows know can cant will wont wants want needs need put looks look are art were was should shouldnt must mun better best never always think thinks said says got dont doesnt did didnt do have has had just keep reckon reckons owes owe like likes wanna gonna is s'
);
// Not after "give": "give us our ball back" is as often the group's own as the speaker's.
const US_MEANS_ME_AFTER = wordSet('gi gie send show tell lend pass bring buy text ring message sends shows');
const AND_BEFORE_I = wordSet('i im ive id ah');
const OF_WHOSE = wordSet('ye you yer your ur my me ma mi the them it us him her this that those these thee thi');
const HOME_AFTER = wordSet('go gan going gannin walk walking get come back yourself yersel way');

// The words some entry may read: every other word is passed over with one lookup.
const MAY_READ: ReadonlySet<string> = new Set([
	...WORDS.keys(),
	...G_PUT_BACK.keys(),
	...[...PAIRS.keys()].map((p) => p.split(' ')[0] as string),
	...['me', 'ma', 'ah', 'am', 'yam', 'o', 'wor', 'da', 'wi', 'best', 'tha', 'mi', 'fur', 'us', 'an']
]);
// Their lengths and first letters, so most words are passed over without hashing them.
const MAY_START = new Uint8Array(27 * 16);
function slot(word: string): number {
	return word.length < 16 ? word.length * 27 + Math.max(0, Math.min(26, word.charCodeAt(0) - 96)) : 0;
}
for (const word of MAY_READ) MAY_START[slot(word)] = 1;

/** The standard words for view token k, or null where it is read as typed. */
function standardFor(tokens: readonly WordToken[], k: number, raw: string | undefined, marks: Uint8Array): string | null {
	const word = (tokens[k] as WordToken).text;
	// Neighbours across a stop or a comma say nothing: "happier without me. mum said…" keeps its "me".
	const next = markedAt(marks, tokens, k + 1) ? undefined : tokens[k + 1]?.text;
	const before = markedAt(marks, tokens, k) ? undefined : tokens[k - 1]?.text;
	if (raw !== undefined) {
		const typed = WITH_APOSTROPHE.get(raw);
		if (typed !== undefined) return typed;
		// Yorkshire and Lancashire "t'" for "the" ("on t'field"), "t'" before "the" for "to".
		if (raw.startsWith("t'") && word.length > 1) return `the ${word.slice(1)}`;
		if (raw === "t'") return next === 'the' ? 'to' : 'the';
		// Any other word with an apostrophe is read as the view reads it ("don't" is "dont"),
		// and "ye'll" never falls through to "yell".
		if (!WORDS.has(word) && !G_PUT_BACK.has(word)) return null;
	}
	switch (word) {
		case 'me':
			// Never after a verb that hands something to the speaker: "show me stuff", "give me things".
			return next !== undefined && OWNED.has(next) && (before === undefined || !HANDS_TO.has(before)) ? 'my' : null;
		case 'ma':
			if ((before !== undefined && POSSESSIVE.has(before)) || next === undefined || MOTHER_DOES.has(next)) return 'mum';
			return 'my';
		case 'ah':
			return next !== undefined && !SIGH_BEFORE.has(next) ? 'i' : null;
		case 'am':
			return next !== undefined && AM_BEFORE.has(next) && before !== 'i' && before !== 'ah' ? 'im' : null;
		case 'wor':
			return before !== undefined && WAS_AFTER.has(before) ? 'was' : 'our';
		case 'yam':
			return before !== undefined && HOME_AFTER.has(before) ? 'home' : null;
		case 'o':
			// "pics o ye", "a shot o yer pens": "of" after a word and before whose it is, never in a
			// name ("ruby o brien") or among letters spelt out one at a time.
			return before !== undefined && before.length > 1 && next !== undefined && OF_WHOSE.has(next) ? 'of' : null;
		case 'da':
			// "me da", "yer da", "ma an da"; chat's "da" for "the" ("meet by da big tree") is left alone.
			if (before !== undefined && (POSSESSIVE.has(before) || before === 'ma')) return 'dad';
			if (before !== undefined && MUM_AFTER_AND.has(before) && !markedAt(marks, tokens, k - 1) && MUM.has(tokens[k - 2]?.text ?? '')) return 'dad';
			return next !== undefined && MUM_AFTER_AND.has(next) ? 'dad' : null;
		case 'mi':
			// "mi mam", "mi fingers"; never a postcode's letters before its digits ("mi 1ae").
			return next !== undefined && (next.charCodeAt(0) < 97 || next.charCodeAt(0) > 122) ? null : 'my';
		case 'tha':
			// Yorkshire's "tha knows", "tha'll": "you" before a verb; chat's "tha" for "the" ("at tha park") is left alone.
			return next !== undefined && THOU_DOES.has(next) ? 'you' : null;
		case 'fur':
			// Scots "fur" for "for" before whose or whom ("fur yer age", "fur you"); a cat's fur is left alone.
			return next !== undefined && OF_WHOSE.has(next) ? 'for' : null;
		case 'us':
			// The North's and Scotland's "us" for "me" after a verb that hands something over ("send us a pic",
			// "gi us yer address"); "us" anywhere else is left as it is.
			return before !== undefined && US_MEANS_ME_AFTER.has(before) ? 'me' : null;
		case 'an':
			// "an" for "and" before a consonant or an "I" ("ma an da", "an a'll come"); "an apple", "an hour",
			// "an xbox" and "an nhs nurse" are left alone.
			return next !== undefined && (AND_BEFORE_I.has(next) || (/^[bcdfgjklmnpqrstvwyz]/.test(next) && /[aeiouy]/.test(next) && next.length > 1)) ? 'and' : null;
		case 'wi':
			return next === 'fi' ? null : 'with';
		case 'best':
			// "you'd best not", "you best hope", "best keep it quiet": "better", never "best friend".
			return next !== undefined && BEST_MEANS_BETTER.has(next) && (before === undefined || BETTER_FOR.has(before)) ? 'better' : null;
		default:
			return WORDS.get(word) ?? G_PUT_BACK.get(word) ?? null;
	}
}

/** A word's mark (normalise.ts): a stop, comma or other mark comes before it. */
export const AFTER_MARK = 1;
/** A word's mark: it was typed with an apostrophe, and typedWords holds it as typed. */
export const TYPED_WITH_APOSTROPHE = 2;

/**
 * The view with every regional word read as its standard form, or the same view when none is
 * there. `marks[k]` holds token k's AFTER_MARK and TYPED_WITH_APOSTROPHE; where the second is
 * set, `typedWords[k]` is the word as typed with its apostrophes (the word view drops them).
 */
export function readDialect(view: WordView, marks: Uint8Array, typedWords: readonly string[]): WordView {
	const { tokens } = view;
	// First what each word is read as (most messages: nothing, and nothing is built).
	const reads = readings;
	reads.length = 0;
	for (let k = 0; k < tokens.length; k += 1) {
		const token = tokens[k] as WordToken;
		const raw = typedAt(marks, typedWords, tokens, k);
		if ((MAY_START[slot(token.text)] !== 1 || !MAY_READ.has(token.text)) && (raw === undefined || !readAsTyped(raw, tokens[k + 1]?.text))) continue;
		const next = tokens[k + 1];
		const pair =
			next === undefined || markedAt(marks, tokens, k + 1) || raw !== undefined
				? undefined
				: pairFor(token.text, next.text, typedAt(marks, typedWords, tokens, k + 1));
		if (pair !== undefined) {
			reads.push(k, 2, pair);
			k += 1;
			continue;
		}
		const standard = standardFor(tokens, k, raw, marks);
		const said = standard ?? token.text;
		// The North's, Scotland's and Ireland's "you'll not", "I'll not": "you wont", "i wont".
		if (raw !== undefined && raw.endsWith("'ll") && next?.text === 'not' && !markedAt(marks, tokens, k + 1) && said.endsWith('ll') && !said.includes(' ')) {
			reads.push(k, 2, `${said.slice(0, -2)} wont`);
			k += 1;
			continue;
		}
		if (standard !== null && standard !== token.text) reads.push(k, 1, standard);
	}
	if (reads.length === 0) return view;
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	const out: WordToken[] = [];
	let r = 0;
	for (let k = 0; k < tokens.length; k += 1) {
		const token = tokens[k] as WordToken;
		if (reads[r] === k) {
			// A read word, or two read as one: each letter points at the whole of what was typed.
			const last = tokens[k + (reads[r + 1] as number) - 1] as WordToken;
			const spanStart = view.starts[token.start] ?? 0;
			const spanEnd = view.ends[last.end - 1] ?? 0;
			for (const part of (reads[r + 2] as string).split(' ')) {
				if (text.length > 0) {
					text += ' ';
					starts.push(spanStart);
					ends.push(spanStart);
				}
				const start = text.length;
				text += part;
				for (let c = 0; c < part.length; c += 1) {
					starts.push(spanStart);
					ends.push(spanEnd);
				}
				out.push({ ...token, text: part, start, end: text.length });
			}
			k += (reads[r + 1] as number) - 1;
			r += 3;
			continue;
		}
		if (text.length > 0) {
			text += ' ';
			starts.push(view.starts[token.start] ?? 0);
			ends.push(view.starts[token.start] ?? 0);
		}
		const start = text.length;
		text += token.text;
		for (let c = token.start; c < token.end; c += 1) {
			starts.push(view.starts[c] ?? 0);
			ends.push(view.ends[c] ?? 0);
		}
		out.push(start === token.start ? token : { ...token, start, end: text.length });
	}
	reads.length = 0;
	return { text, starts, ends, tokens: out };
}

// What readDialect found, three entries a reading (first word, how many words, what they say),
// kept from message to message.
const readings: (number | string)[] = [];

/** A word typed with an apostrophe that an entry reads as typed ("ye'll", "t'field", "a'll not"). */
function readAsTyped(raw: string, next: string | undefined): boolean {
	return WITH_APOSTROPHE.has(raw) || raw.startsWith("t'") || (raw.endsWith("'ll") && next === 'not');
}

function markedAt(marks: Uint8Array, tokens: readonly WordToken[], k: number): boolean {
	return k < tokens.length && ((marks[k] as number) & AFTER_MARK) !== 0;
}

function typedAt(marks: Uint8Array, typedWords: readonly string[], tokens: readonly WordToken[], k: number): string | undefined {
	return k < tokens.length && ((marks[k] as number) & TYPED_WITH_APOSTROPHE) !== 0 ? typedWords[k] : undefined;
}

/** The standard words for two words said together, the second typed as `nextTyped` if it had an apostrophe. */
function pairFor(word: string, next: string, nextTyped: string | undefined): string | undefined {
	// Manchester's and Liverpool's "our kid's" is "my brother's" ("our kid's doin me head in").
	if (nextTyped !== undefined) return nextTyped === "kid's" && (word === 'our' || word === 'wor') ? 'my brothers' : undefined;
	return PAIRS.get(`${word} ${next}`);
}
