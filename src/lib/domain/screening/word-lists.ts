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
	'penis', 'penus', 'penas', 'peinus', 'peenus', 'penuus', 'vagina', 'vagiina', 'vajina', 'vulva', 'vullva',
	'testicle', 'testical', 'testicles', 'scrotum', 'anus', 'rectum', 'recktum', 'breasts', 'semen', 'labia',
	'clitoris', 'foreskin', 'feces', 'enema', 'orifice', 'oriface', 'orifiss', 'orafis', 'hell', 'hells', 'god',
	'bloody', 'balls', 'knob', 'knobs', 'knobz', 'screw', 'screwing', 'pawn', 'snatch', 'flange', 'lust',
	'lusting', 'homo', 'nazi', 'nazis', 'dyke', 'dike', 'hoar', 'willy', 'willies', 'wang', 'cox', 'xxx', 'bum',
	'butt', 'fart', 'poop', 'prick', 'pricks', 'pecker', 'muff', 'dink', 'dinks', 'pula', 'pule', 'hui', 'yed',
	'perse', 'preteen', 'ekrem', 'ekto', 'rautenberg', 'schaffer', 'monkleigh', 'mibun', 'h4x0r', 'paska',
	'kusi', 'pillu', 'masochist', 'masokist', 'sadist', 'dominatrix', 'dominatricks', 'dominatrics', 's hit',
	'sphencter', 'pimpis', 'dupa', 'suka', 'muie', 'fitt', 'mutha', 'muther', 'jack off', 'ball bag', 'ball sack'
];

/** UK rude words missing from `bad-words`. */
export const UK_EXTRA_WORDS: readonly string[] = [
	'bellend', 'bellends', 'knobhead', 'knobheads', 'knobend', 'nobhead', 'twat', 'twats', 'wanker', 'wankers',
	'minger', 'mingers', 'minging', 'slag', 'slags', 'slapper', 'tosser', 'tossers', 'dickhead', 'dickheads',
	'arsehole', 'arseholes', 'arsewipe', 'bastard', 'bastards', 'bollocks', 'bollox', 'bugger', 'shite',
	'shitehawk', 'gobshite', 'cunting', 'fucked', 'fuckwit', 'shithead', 'shitface', 'bitchy', 'skank',
	'skanky', 'spaz', 'spastic', 'spacker', 'retard', 'retarded', 'paki', 'pikey', 'nonce', 'batty boy',
	'bum boy', 'dik', 'diks', 'effing', 'f ing', 'wtf', 'stfu', 'gtfo', 'omfg', 'ffs', 'sket', 'pussyhole', 'bumhole', 'arse', 'arses'
];

/** Whole words that contain a rude stem but are place names or ordinary words. */
export const ALWAYS_ALLOWED: readonly string[] = [
	'scunthorpe', 'penistone', 'cockermouth', 'shitterton', 'middlesex', 'essex', 'sussex', 'wessex',
	'shitake', 'shiitake', 'shitzu', 'shihtzu', 'mishit', 'mishits', 'mishitting', 'swank', 'swanky',
	'swanking', 'swanked', 'pissarro', 'twattle', 'cocktail', 'cockerel', 'cockatoo', 'cockpit', 'cockle',
	'cockney', 'cockroach', 'dickens', 'dickensian', 'hitchcock', 'peacock', 'woodcock', 'shuttlecock',
	'class', 'assess', 'bass', 'bassoon', 'grape', 'therapist', 'analysis', 'butter', 'hello', 'passage',
	'titter', 'titmouse', 'scrap', 'sextant', 'sextet', 'feckless', 'arsenal', 'arsenic', 'fagin', 'snigger',
	'sniggered', 'sniggering', 'niggle', 'niggling', 'matsushita', 'kishita', 'yamashita', 'fukushima'
];

/** Phrases in which a listed word is innocent: birds, stories, history, nursery rhymes. */
export const ALLOWED_PHRASES: readonly string[] = [
	'blue tit', 'blue tits', 'great tit', 'great tits', 'coal tit', 'coal tits', 'marsh tit', 'willow tit',
	'crested tit', 'long tailed tit', 'long tailed tits', 'bearded tit', 'moby dick', 'dick whittington',
	'dick turpin', 'dick king smith', 'philip k dick', 'pussy cat', 'pussycat', 'pussy willow', 'cock a doodle',
	'cock crowed', 'the cock crow', 'weather cock', 'cock robin', 'ox and ass', 'an ox and an ass',
	'balaams ass', 'cum laude', 'sex of the', 'male or female sex'
];

/** Compound insults children split in two ("knob head"); only these are rejoined. */
export const SPLIT_COMPOUNDS: ReadonlySet<string> = new Set([
	'knobhead', 'knobend', 'dickhead', 'bellend', 'arsehole', 'asshole', 'shithead', 'shitface', 'dickface',
	'fuckface', 'nobhead', 'twathead', 'bumhole', 'cocksucker', 'motherfucker', 'wanker', 'bastard', 'tosser'
]);

/** Stems so strong that any word starting with them is rude (fuckwitted, shitshow). */
export const PREFIX_STEMS: readonly string[] = [
	'fuck', 'shit', 'cunt', 'wank', 'twat', 'bitch', 'bollock', 'bastard', 'arsehole', 'asshole', 'motherfuck',
	'whore', 'slut', 'dickhead', 'knobhead', 'bellend', 'piss', 'nigger', 'nigga', 'faggot', 'phuck'
];

/** Stems rude anywhere inside a word (bullshit, clusterfuck); ALWAYS_ALLOWED covers Scunthorpe. */
export const INFIX_STEMS: readonly string[] = ['fuck', 'cunt', 'shit', 'wank', 'twat', 'bitch', 'motherfuck', 'nigger'];

/** The `bad-words` list, read once. */
export function badWordsList(): string[] {
	return new Filter().list;
}
