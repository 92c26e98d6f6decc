// Reading digits however a child writes them: "oh seven seven", "double oh",
// "O77OO" (letter O for zero), "l" or "I" for one, "twenty three" and
// "nine hundred". Owns the parse of one word into digit pieces and the
// joining of pieces across a run of words.

export type DigitPiece = { t: 'digits'; v: string } | { t: 'repeat'; n: number } | { t: 'tens'; v: string } | { t: 'zeros'; n: number };

export interface ParsedToken {
	pieces: DigitPiece[];
	/** Contains at least one real digit character. */
	realDigit: boolean;
	/** Contains a number word other than a lone "o"/"oh". */
	strongWord: boolean;
	/** Contains a letter standing in for a digit (O for 0, l for 1). */
	lookAlike: boolean;
}

const WORD_PIECES: Record<string, DigitPiece> = {
	zero: { t: 'digits', v: '0' },
	nought: { t: 'digits', v: '0' },
	nil: { t: 'digits', v: '0' },
	oh: { t: 'digits', v: '0' },
	one: { t: 'digits', v: '1' },
	two: { t: 'digits', v: '2' },
	three: { t: 'digits', v: '3' },
	four: { t: 'digits', v: '4' },
	five: { t: 'digits', v: '5' },
	six: { t: 'digits', v: '6' },
	seven: { t: 'digits', v: '7' },
	sevan: { t: 'digits', v: '7' },
	sevin: { t: 'digits', v: '7' },
	sevn: { t: 'digits', v: '7' },
	eight: { t: 'digits', v: '8' },
	nine: { t: 'digits', v: '9' },
	ten: { t: 'digits', v: '10' },
	eleven: { t: 'digits', v: '11' },
	twelve: { t: 'digits', v: '12' },
	thirteen: { t: 'digits', v: '13' },
	fourteen: { t: 'digits', v: '14' },
	fifteen: { t: 'digits', v: '15' },
	sixteen: { t: 'digits', v: '16' },
	seventeen: { t: 'digits', v: '17' },
	eighteen: { t: 'digits', v: '18' },
	nineteen: { t: 'digits', v: '19' },
	twenty: { t: 'tens', v: '2' },
	thirty: { t: 'tens', v: '3' },
	forty: { t: 'tens', v: '4' },
	fourty: { t: 'tens', v: '4' },
	fifty: { t: 'tens', v: '5' },
	sixty: { t: 'tens', v: '6' },
	seventy: { t: 'tens', v: '7' },
	eighty: { t: 'tens', v: '8' },
	ninety: { t: 'tens', v: '9' },
	hundred: { t: 'zeros', n: 2 },
	thousand: { t: 'zeros', n: 3 },
	double: { t: 'repeat', n: 2 },
	dbl: { t: 'repeat', n: 2 },
	treble: { t: 'repeat', n: 3 },
	triple: { t: 'repeat', n: 3 }
};

// Longest first so "seventeen" wins over "seven" and "oh" over "o".
const WORDS_BY_LENGTH = Object.keys(WORD_PIECES).sort((a, b) => b.length - a.length);
// Indexed by their first two letters so ordinary words are rejected in one lookup.
const WORDS_BY_PREFIX = new Map<string, string[]>();
for (const word of WORDS_BY_LENGTH) {
	const list = WORDS_BY_PREFIX.get(word.slice(0, 2)) ?? [];
	list.push(word);
	WORDS_BY_PREFIX.set(word.slice(0, 2), list);
}
const WEAK_WORDS = new Set(['oh']);
// Shared, like the number words' pieces: nothing changes a piece once it is made.
const LOOK_ALIKE_PIECES: Record<string, DigitPiece> = { o: { t: 'digits', v: '0' }, l: { t: 'digits', v: '1' }, i: { t: 'digits', v: '1' } };

// The same first test as a table of character codes, so a reader can skip an ordinary word
// without cutting it out of its text: a digit, a look-alike (o, l, i) or a number word's first two letters.
const FIRST_TWO = new Uint8Array(128 * 128);
for (const prefix of WORDS_BY_PREFIX.keys()) FIRST_TWO[prefix.charCodeAt(0) * 128 + prefix.charCodeAt(1)] = 1;

/** False when `parseNumericToken(text, start, end)` is sure to give null by its first test. */
function mightBeNumeric(text: string, start: number, end: number): boolean {
	const c0 = text.charCodeAt(start);
	if ((c0 >= 48 && c0 <= 57) || c0 === 111 || c0 === 108 || c0 === 105) return true;
	if (end - start < 2 || c0 >= 128) return false;
	const c1 = text.charCodeAt(start + 1);
	return c1 < 128 && FIRST_TWO[c0 * 128 + c1] === 1;
}

// The pieces of the word being parsed, kept from word to word: most words that reach the parse
// ("in", "is", "like", "on") turn out to be ordinary words, and then nothing is left behind.
const pending: DigitPiece[] = [];

/** The number word (longest first) that begins at `p` and ends by `end`, read without cutting the text up. */
function numberWordAt(text: string, p: number, end: number): string | undefined {
	if (end - p < 2) return undefined;
	const c0 = text.charCodeAt(p);
	const c1 = text.charCodeAt(p + 1);
	if (!(c0 < 128 && c1 < 128 && FIRST_TWO[c0 * 128 + c1] === 1)) return undefined;
	for (const w of WORDS_BY_PREFIX.get(text.slice(p, p + 2)) as string[]) if (p + w.length <= end && text.startsWith(w, p)) return w;
	return undefined;
}

/**
 * Parse a lower-case alphanumeric word (the whole text, or its characters [start, end)) as
 * digits, or null if it is an ordinary word. Read in place, so a reader need not cut each word out.
 */
export function parseNumericToken(text: string, start = 0, end = text.length): ParsedToken | null {
	if (!mightBeNumeric(text, start, end)) return null;
	const length = end - start;
	if (length === 1 && text.charCodeAt(start) === 111) return { pieces: [{ t: 'digits', v: '0' }], realDigit: false, strongWord: false, lookAlike: false };
	pending.length = 0;
	let realDigit = false;
	let strongWord = false;
	let lookAlike = false;
	let p = start;
	while (p < end) {
		const c = text.charCodeAt(p);
		if (c >= 48 && c <= 57) {
			let q = p + 1;
			while (q < end && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q += 1;
			pending.push({ t: 'digits', v: text.slice(p, q) });
			realDigit = true;
			p = q;
			continue;
		}
		const word = numberWordAt(text, p, end);
		if (word !== undefined) {
			pending.push(WORD_PIECES[word] as DigitPiece);
			if (!WEAK_WORDS.has(word)) strongWord = true;
			p += word.length;
			continue;
		}
		const alike = LOOK_ALIKE_PIECES[text[p] as string];
		if (alike === undefined) return null;
		pending.push(alike);
		lookAlike = true;
		p += 1;
	}
	// A word made only of look-alike letters ("lol", "oil") is just a word; "oh" alone is a zero.
	const isOh = length === 2 && text.startsWith('oh', start);
	if (!realDigit && !strongWord && !isOh) return null;
	return { pieces: pending.slice(), realDigit, strongWord, lookAlike };
}

/** Join the pieces of a run into the digit string a reader would dial. */
export function joinPieces(pieces: readonly DigitPiece[]): string {
	// No inner helper: this runs for every number-like word, and a closure per call costs.
	let out = '';
	let repeat = 1;
	let tens: string | null = null;
	for (const piece of pieces) {
		if (piece.t === 'digits') {
			if (tens !== null && piece.v.length === 1 && piece.v !== '0' && repeat === 1) {
				out += tens + piece.v;
				tens = null;
				continue;
			}
			if (tens !== null) out += tens + '0';
			tens = null;
			out += repeat > 1 ? (piece.v[0] as string).repeat(repeat) + piece.v.slice(1) : piece.v;
			repeat = 1;
		} else {
			if (tens !== null) out += tens + '0';
			tens = null;
			if (piece.t === 'repeat') repeat = piece.n;
			else if (piece.t === 'tens') tens = piece.v;
			else out += '0'.repeat(piece.n);
		}
	}
	if (tens !== null) out += tens + '0';
	return out;
}

/** What a text holds in the way of numbers, read once and shared by the phone, postcode and friend-code detectors. */
export interface NumberFacts {
	/** A digit 0-9 anywhere. */
	digit: boolean;
	/**
	 * A digit 2-9, or a number word that gives one ("two", "thirty", "seventeen").
	 * A phone number needs one: a run of only 0s and 1s is never read as a number to ring.
	 */
	dialable: boolean;
	/** A digit said as a whole word ("oh", "seven"), as a postcode can be spelt. */
	digitWord: boolean;
}

// Every word above that yields a digit 2-9 contains one of these pieces.
const DIALABLE = /[2-9]|two|thr|four|fiv|six|sev|eight|nine|twe|thirt|fift|forty/;
const DIGIT_WORD = /(?<![a-z0-9])(?:zero|oh|nought|one|two|three|four|five|six|seven|sevn|eight|nine)(?![a-z0-9])/;
const DIGIT = /[0-9]/;
// The facts of the last text asked about: the phone and postcode detectors ask about the same
// view of one message one after the other. One slot, not a WeakMap keyed on the view: a WeakMap
// keeps a view's entry through minor collections, so every long message left its facts to be
// copied and promoted to the old generation, and those collections grew slower (p99).
let lastOwner: object | undefined;
let lastFacts: NumberFacts | undefined;

/** The number facts of a normalised text, worked out once for `owner` (the text's view) and shared by the detectors. */
export function numberFacts(owner: object, text: string): NumberFacts {
	if (lastOwner === owner && lastFacts !== undefined) return lastFacts;
	lastFacts = { digit: DIGIT.test(text), dialable: DIALABLE.test(text), digitWord: DIGIT_WORD.test(text) };
	lastOwner = owner;
	return lastFacts;
}
