// The word lists behind the profanity rule, tuned for UK primary schools.
// Starts from the `bad-words` list; drops entries that are ordinary words in a
// primary classroom; adds common UK rude words the list lacks; and names
// places, words and phrases that must never be held.

import { Filter } from 'bad-words';

/**
 * Entries in `bad-words` we do not hold, each for a classroom reason:
 * - body parts children are taught to name correctly in science and RSE
 *   (penis, vagina, vulva, testicle, scrotum, anus, rectum, breasts, semen…);
 * - words with an everyday meaning in primary work: hell and God (RE), bloody
 *   (history: "a bloody battle"), balls (PE), knob (a door knob), screw (DT),
 *   pawn (chess), snatch, flange, lust, homo (Homo sapiens), nazi (WW2 topic),
 *   dyke and dike (Offa's Dyke), hoar (frost), willy and wang (names), cox,
 *   xxx (kisses at the end of a message), bum and butt, fart and poop (said
 *   in every infant class; a teacher would not want them held);
 * - prick (Sleeping Beauty pricks her finger), pecker, muff;
 * - foreign-language entries that are English words, names or places
 *   (pula, pule, hui, yed, perse, preteen, Ekrem, rautenberg, schaffer…);
 * - "s hit" and similar split entries: the spaced-letter matcher covers
 *   those without flagging "Sam's hit the ball".
 */
export const DROPPED_FROM_BAD_WORDS: readonly string[] = [
	'penis',
	'penus',
	'penas',
	'peinus',
	'peenus',
	'penuus',
	'vagina',
	'vagiina',
	'vajina',
	'vulva',
	'vullva',
	'testicle',
	'testical',
	'testicles',
	'scrotum',
	'anus',
	'rectum',
	'recktum',
	'breasts',
	'semen',
	'labia',
	'clitoris',
	'foreskin',
	'feces',
	'enema',
	'orifice',
	'oriface',
	'orifiss',
	'orafis',
	'hell',
	'hells',
	'god',
	'bloody',
	'balls',
	'knob',
	'knobs',
	'knobz',
	'screw',
	'screwing',
	'pawn',
	'snatch',
	'flange',
	'lust',
	'lusting',
	'homo',
	'nazi',
	'nazis',
	'dyke',
	'dike',
	'hoar',
	'willy',
	'willies',
	'wang',
	'cox',
	'xxx',
	'bum',
	'butt',
	'fart',
	'poop',
	'prick',
	'pricks',
	'pecker',
	'muff',
	'dink',
	'dinks',
	'pula',
	'pule',
	'hui',
	'yed',
	'perse',
	'preteen',
	'ekrem',
	'ekto',
	'rautenberg',
	'schaffer',
	'monkleigh',
	'mibun',
	'h4x0r',
	'paska',
	'kusi',
	'pillu',
	'masochist',
	'masokist',
	'sadist',
	'dominatrix',
	'dominatricks',
	'dominatrics',
	's hit',
	'sphencter',
	'pimpis',
	'dupa',
	'suka',
	'muie',
	'fitt',
	'mutha',
	'muther',
	'jack off',
	'ball bag',
	'ball sack'
];

/** UK rude words missing from `bad-words`. */
export const UK_EXTRA_WORDS: readonly string[] = [
	'bellend',
	'bellends',
	'knobhead',
	'knobheads',
	'knobend',
	'nobhead',
	'twat',
	'twats',
	'wanker',
	'wankers',
	'minger',
	'mingers',
	'minging',
	'slag',
	'slags',
	'slapper',
	'tosser',
	'tossers',
	'dickhead',
	'dickheads',
	'arsehole',
	'arseholes',
	'arsewipe',
	'bastard',
	'bastards',
	'bollocks',
	'bollox',
	'bugger',
	'shite',
	'shitehawk',
	'gobshite',
	'cunting',
	'fucked',
	'fuckwit',
	'shithead',
	'shitface',
	'bitchy',
	'skank',
	'skanky',
	'spaz',
	'spastic',
	'spacker',
	'retard',
	'retarded',
	'paki',
	'pikey',
	'nonce',
	'batty boy',
	'bum boy',
	'dik',
	'diks',
	'effing',
	'f ing',
	'wtf',
	'stfu',
	'gtfo',
	'omfg',
	'ffs',
	'sket',
	'pussyhole',
	'bumhole',
	'arse',
	'arses',
	// Misspelt and softened forms children type to get past a filter.
	'dickhed',
	'dikhed',
	'dickheds',
	'eff off',
	'effing hell',
	// "prick" alone is Sleeping Beauty's finger; thrown at a person it is the insult.
	'what a prick',
	'you prick',
	'such a prick',
	'absolute prick',
	'a right prick',
	'little prick',
	// "hell" (RE) and "bloody" (a bloody battle) alone are classroom words; sworn with, they are not.
	'what the hell',
	'bloody hell',
	'you bloody',
	'bloody idiot'
];

/** Whole words that contain a rude stem but are place names or ordinary words. */
export const ALWAYS_ALLOWED: readonly string[] = [
	'scunthorpe',
	'penistone',
	'cockermouth',
	'wastwater',
	'shitterton',
	'middlesex',
	'essex',
	'sussex',
	'wessex',
	'shitake',
	'shiitake',
	'shitzu',
	'shihtzu',
	'mishit',
	'mishits',
	'mishitting',
	'swank',
	'swanky',
	'swanking',
	'swanked',
	'pissarro',
	'twattle',
	'cocktail',
	'cockerel',
	'cockatoo',
	'cockpit',
	'cockle',
	'cockney',
	'cockroach',
	'dickens',
	'dickensian',
	'hitchcock',
	'peacock',
	'woodcock',
	'shuttlecock',
	'class',
	'assess',
	'bass',
	'bassoon',
	'grape',
	'therapist',
	'analysis',
	'butter',
	'hello',
	'passage',
	'titter',
	'titmouse',
	'scrap',
	'sextant',
	'sextet',
	'feckless',
	'arsenal',
	'arsenic',
	'fagin',
	'snigger',
	'sniggered',
	'sniggering',
	'niggle',
	'niggling',
	'matsushita',
	'kishita',
	'yamashita',
	'fukushima'
];

/** Phrases in which a listed word is innocent: birds, stories, history, nursery rhymes. */
export const ALLOWED_PHRASES: readonly string[] = [
	'blue tit',
	'blue tits',
	'great tit',
	'great tits',
	'coal tit',
	'coal tits',
	'marsh tit',
	'willow tit',
	'crested tit',
	'long tailed tit',
	'long tailed tits',
	'bearded tit',
	'kung fu',
	'moby dick',
	'dick whittington',
	'dick turpin',
	'dick king smith',
	// A steamed pudding on the school dinner menu.
	'spotted dick',
	'philip k dick',
	'pussy cat',
	'pussycat',
	'pussy willow',
	'cock a doodle',
	'cock crowed',
	'the cock crow',
	'weather cock',
	'cock robin',
	'ox and ass',
	'an ox and an ass',
	'balaams ass',
	'cum laude',
	'sex of the',
	'male or female sex'
];

/**
 * Listed words with an everyday sense that the words next to them settle: a dish a region eats,
 * a bundle of sticks in a history lesson, a thing (not a person) that smells. Each sense says
 * which words just before or just after the listed word make it the everyday one (`before` ends
 * where the word begins, `after` starts where it ends), and which words just before it aim it at
 * a person (`aimed`), which no neighbour clears: "faggots and peas for tea" and "they piled
 * faggots of wood round the stake" are food and firewood; "you faggot" is the slur, peas or not.
 */
export interface WordSense {
	readonly words: readonly string[];
	readonly before?: RegExp;
	readonly after?: RegExp;
	readonly aimed?: RegExp;
}

/** Before a word: the person it is aimed at, with any words that only make it stronger. */
const AIMED_AT_A_PERSON =
	/\b(?:you|u|ya|ye|yer|yous|youse|ur|youre|ure|such(?: a| an)?|hes(?: a)?|shes(?: a)?|is a|im a|are|r|called (?:me|him|her|them|us)(?: a)?)(?: (?:proper|right|total|absolute|massive|big|dirty|little|stupid|fat|ugly|gay))*$/;
const STRONGER = '(?: (?:proper|well|dead|so|absolutely|pure|really|right|bare|totally|a bit|well and truly))*';

export const WORD_SENSES: readonly WordSense[] = [
	{
		// Faggots and peas (the Black Country, the Midlands, Wales); faggots of wood in a history lesson.
		words: ['faggot', 'faggots'],
		before:
			/\b(?:had|have|having|has|ate|eat|eating|eats|makes|made|make|making|cooks|cooked|cooking|bought|buy|some|homemade|brewers|plate of|tin of|pack of|pile of|piled|piled up|bundle of|bundles of|carried|gathered|collected|stacked)(?: (?:some|the|her|his|my|our|me|homemade|lovely|proper|best|massive|two|three|four))?$/,
		after:
			/^(?:(?:and|n|with|in) (?:mushy |garden |processed )?(?:peas|gravy|onion gravy|mash|mashed potato|chips|onions|taters|potatoes|bread|veg)|for (?:tea|dinner|lunch|supper)|of (?:wood|sticks|twigs|firewood|kindling|brushwood|hay|straw)|round the stake|on the fire)\b/,
		aimed: AIMED_AT_A_PERSON
	},
	{
		// "Minging" said of a thing (the bins, school dinners, the weather) is everyday; of a person it stays an insult,
		// since only a thing before it clears it.
		words: ['minging', 'mingin'],
		before: new RegExp(
			`(?:^|\\b)(?:it|its|it was|it is|that|thats|that was|this|this is|this was|the (?:bins?|toilets?|loos?|food|dinners?|school dinners|water|weather|rain|smell|socks|kit|pond|canal|sea|changing rooms|bathroom|fridge|milk|cheese|sandwich|sprouts|cabbage|bus|puddles?|mud|nappy|bin lorry)(?: (?:is|was|are|were|smells|smelt|smelled|looks|looked|tastes|tasted))?)${STRONGER}$`
		)
	}
];

/** Compound insults children split in two ("knob head"); only these are rejoined. */
export const SPLIT_COMPOUNDS: ReadonlySet<string> = new Set([
	'knobhead',
	'knobend',
	'dickhead',
	'bellend',
	'arsehole',
	'asshole',
	'shithead',
	'shitface',
	'dickface',
	'fuckface',
	'nobhead',
	'twathead',
	'bumhole',
	'cocksucker',
	'motherfucker',
	'wanker',
	'bastard',
	'tosser'
]);

/** Stems so strong that any word starting with them is rude (fuckwitted, shitshow). */
export const PREFIX_STEMS: readonly string[] = [
	'fuck',
	'shit',
	'cunt',
	'wank',
	'twat',
	'bitch',
	'bollock',
	'bastard',
	'arsehole',
	'asshole',
	'motherfuck',
	'whore',
	'slut',
	'dickhead',
	'knobhead',
	'bellend',
	'piss',
	'nigger',
	'nigga',
	'faggot',
	'phuck'
];

/** Stems rude anywhere inside a word (bullshit, clusterfuck); ALWAYS_ALLOWED covers Scunthorpe. */
export const INFIX_STEMS: readonly string[] = ['fuck', 'cunt', 'shit', 'wank', 'twat', 'bitch', 'motherfuck', 'nigger'];

/** The `bad-words` list, read once. */
export function badWordsList(): string[] {
	return new Filter().list;
}

/**
 * Swears children type with vowels left out to slip past a filter ("wnker", "btch", "fcking").
 * Every spelling with one or more vowels dropped is read as the word, if it keeps four letters
 * (three letters say too little: "cnt" is also "can't"), and "fck", which is never anything
 * else. Words whose dropped forms are ordinary shorthand are not listed ("whre" is "where",
 * "mngr" is "manager").
 */
export const VOWELS_DROPPED_FROM: readonly string[] = [
	'fucker',
	'fucking',
	'wanker',
	'bitch',
	'bastard',
	'bollocks',
	'arsehole',
	'asshole',
	'dickhead',
	'knobhead',
	'bellend',
	'tosser',
	'shithead',
	'motherfucker',
	'bullshit',
	'slapper'
];
export const SHORT_VOWELS_DROPPED: readonly string[] = ['fck'];

/**
 * Words that are ordinary in a classroom said plainly (hell in RE, a cow on the farm) but
 * swears or insults when a child disguises them ("h3ll", "h*ll", "c0w"): the disguise shows
 * the writer means the rude sense.
 */
export const RUDE_WHEN_DISGUISED: readonly string[] = ['hell', 'cow', 'bloody'];
