// The school a child goes to, told without its proper name, from the school's own context.
// Owns rules: school.name-variant (the name as children really type it: misspelt
// "brookfeild", vowels dropped "brookfld", a nickname "brookie", a split "b field",
// initials "BPS", each with the town, the child's year group or a teacher),
// school.described (the school's town with a second clue: "our school is the one in
// Kendal with the green gates", "the kids in bottle green jumpers in Kendal, thats us")
// and school.class-teacher (the child's year group in a named teacher's class: "I'm in
// Year 6 in Mrs Adebayo's class"). One clue alone passes ("our school is the best school
// in Kendal", "Mrs Adebayo is our teacher"): it is two together that tell a stranger
// which gate to wait at. Read on the word view, where "K-E-N-D-A-L" is one word.

import { wordTest } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

export interface CompiledSchoolClues {
	/** Every written form of the name: itself, nicknames, splits, initials. */
	forms: RegExp | null;
	/** The name's one long word, for misspellings. */
	nameWord: string | null;
	townWord: string | null;
	town: RegExp | null;
	/** The school's teachers by surname, with a title: "mrs adebayo", "mr fletcher". */
	staff: RegExp | null;
	/** A teacher as the child's own: "mrs adebayos class", "our teacher is mr fletcher". */
	staffClass: RegExp | null;
	/** A teacher by title and initial, as children hide a name: "mrs a", "mr f". */
	staffInitial: RegExp | null;
	/** The parts of a one-word place name ("brook", "field" of Brookfield), for clues that name one. */
	nameParts: readonly string[];
}

// The endings English place names are built from: "Brook|field", "Oak|wood", "Ash|grove".
const PLACE_ENDING =
	/^([a-z]{3,}?)(field|fields|wood|hill|side|dale|gate|lands|land|bridge|brook|grove|ford|well|bank|moor|mead|park|view|croft|worth|stone|thorpe|combe|burn|bury|mount)$/;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The name's core word(s) without "primary", "school" or "st"; the full name's words for initials. */
export function compileSchoolClues(core: string, fullWords: readonly string[], town: string, staffSurnames: readonly string[]): CompiledSchoolClues {
	const coreWords = core.split(' ').filter((w) => w.length > 0);
	const longest = coreWords.reduce((a, w) => (w.length > a.length ? w : a), '');
	const forms: string[] = [];
	const nameParts: string[] = [];
	if (coreWords.length === 1) {
		const split = PLACE_ENDING.exec(longest);
		if (split !== null) {
			const [, stem, ending] = split as unknown as [string, string, string];
			if (stem.length >= 4) nameParts.push(stem, ending);
			// "brookie", "brooky", "brookys": a nickname keeps the first part whole.
			if (stem.length >= 4) forms.push(`${escape(stem)}(?:ie|y|ey|sy)s?`);
			// "b field", "bfield", "b-field".
			forms.push(`${escape(stem[0] as string)} ?${escape(ending)}`);
			// Initials with the place ending as a word of its own: "bfp", "bfps".
			forms.push(...initialsOf([stem, ending, ...fullWords.slice(1)]));
		}
	}
	// The name itself, found here when only the word view shows it whole ("Br00kfield").
	if (core.length >= 3) forms.push(core.split(' ').map(escape).join(' '));
	// Initials of the whole name: "bps", "b p s", "b.p.s." (the word view drops the dots).
	forms.push(...initialsOf(fullWords));
	const staff = staffSurnames.length > 0 ? `(?:mr|mrs|miss|ms|mx|dr|sir) (?:${staffSurnames.map(escape).join('|')})` : null;
	return {
		forms: forms.length > 0 ? new RegExp(`\\b(?:${forms.join('|')})\\b`) : null,
		nameWord: longest.length >= 6 ? longest : null,
		townWord: town.length >= 5 && !town.includes(' ') ? town : null,
		town: town.length >= 3 ? new RegExp(`\\b${escape(town).replace(/ /g, '\\W+')}\\b`) : null,
		staff: staff === null ? null : new RegExp(`\\b${staff}s?\\b`),
		staffClass:
			staff === null
				? null
				: new RegExp(`\\b${staff}s? (?:class|room|classroom)\\b|\\b(?:my|our) teacher (?:is )?${staff}\\b|\\b${staff} is (?:my|our) teacher\\b`),
		staffInitial:
			staffSurnames.length > 0 ? new RegExp(`\\b(?:mr|mrs|miss|ms) (?:${[...new Set(staffSurnames.map((s) => escape(s[0] as string)))].join('|')})\\b`) : null,
		nameParts
	};
}

const spacedLetters = (letters: string): string => [...letters].map(escape).join(' ?');
// Initials that are already words children use for something else ("fps" in games, "gps").
const TAKEN_INITIALS = /^(?:fps|gps|ops|mps|pps|rps|cps|tps|sos|pop|top|pts|mph|kfc|omg|lol|bff|brb|ttyl|pe|ps|pc)$/;

/** The initials of a name's words, with and without the "school" at the end: "bps", "bp" (too short, left out). */
function initialsOf(nameWords: readonly string[]): string[] {
	const all = nameWords.map((w) => w[0]).join('');
	const shorter = nameWords.at(-1) === 'school' ? all.slice(0, -1) : all;
	return [...new Set([all, shorter])].filter((i) => i.length >= 3 && !TAKEN_INITIALS.test(i)).map(spacedLetters);
}

// ---- A word typed the way a child types it ----

/** Letters without vowels and with doubles made single: "brookfeild" and "brookfld" both give "brkfld". */
const skeleton = (word: string): string => word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');

/** Edit distance with a swap of two neighbours counted as one ("feild" for "field"). */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		let rowBest = i;
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
			current.push(d);
			rowBest = Math.min(rowBest, d);
		}
		if (rowBest > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length] as number;
}

/**
 * True when `word` is `target` misspelt: the same first two letters, and one slip (two in a
 * word of nine letters or more) or the same consonants ("kendle", "kendell" for "kendal";
 * not "kindle", whose second letter differs).
 */
export function isMisspeltAs(word: string, target: string): boolean {
	if (word === target || word.length < 5 || word[0] !== target[0] || word[1] !== target[1]) return false;
	const limit = target.length >= 9 ? 2 : 1;
	if (editDistance(word, target, limit) <= limit) return true;
	const bones = skeleton(target);
	return bones.length >= 4 && skeleton(word) === bones;
}

const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;

/**
 * True when some word of letters in `text` is `target` misspelt. Only the words that begin
 * with the target's first two letters can be, so only those are read (found with indexOf),
 * not every word of the message.
 */
function hasMisspelling(text: string, target: string | null): boolean {
	if (target === null) return false;
	const first = target.slice(0, 2);
	// A word is letters only, so no word begins with anything else.
	for (let k = 0; k < first.length; k += 1) if (!isLetterCode(first.charCodeAt(k))) return false;
	for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
		if (at > 0 && isLetterCode(text.charCodeAt(at - 1))) continue;
		let end = at + first.length;
		while (end < text.length && isLetterCode(text.charCodeAt(end))) end += 1;
		if (isMisspeltAs(text.slice(at, end), target)) return true;
	}
	return false;
}

// ---- The clues ----

// Advice and stories about schools, not the child's own.
const LESSON = /\b(?:never|dont|shouldnt|should not|if (?:someone|anyone|a stranger)|lesson|story|character)\b/;
const YEAR = /\b(?:year|yr|y)\s?(?:[1-6]|one|two|three|four|five|six|r|reception)s?\b|\b(?:p[1-7]|class [1-6])\b/;
const FIRST_PERSON = /\b(?:i|im|my|we|were|our|me|us|mine|ours)\b/;
const SCHOOL_NEWS = /\b(?:are|is|have|has|had|won|did|went|will|got|get|do|does|played|sang|made)\b/;
const TEACHER = /\b(?:my|our) teacher(?:s)? (?:is|are|s)\b|\bteachers? (?:is|are)\b|\bis (?:my|our) teacher\b/;
// The school, a class or "us" as the thing being pointed at.
const SCHOOL_REF = /\b(?:school|skool|primary|class|classroom)\b|\bthat s (?:us|ours|mine|our school)\b|\bthats (?:us|ours|mine)\b|\bis (?:mine|ours)\b/;
// The school is the child's own, not a cousin's in the same town: "our school", "we go", "im at", "thats us".
const OWN_SCHOOL =
	/\b(?:our|my) (?:school|skool|primary|class|classroom|teacher)\b|\b(?:i|we) (?:go|attend|wear|beat|won|sent)\b|\b(?:im|i am|were|we are|we re)(?: still| now)? (?:at|in|the)\b|\b(?:im|i am|were|we are|we re) (?:year|yr|y|class) ?(?:[1-6]|r)\b|\bthat s (?:us|ours|mine|our school)\b|\bthats (?:us|ours|mine)\b|\bis (?:mine|ours)\b|\bwhich school\b/;
const COLOUR = '(?:red|blue|green|navy|purple|yellow|maroon|grey|gray|black|burgundy|orange|brown|white|turquoise|gold)';
const UNIFORM = new RegExp(
	`\\b${COLOUR}(?: [a-z]+){0,2} (?:jumpers?|uniforms?|cardigans?|cardis?|sweatshirts?|blazers?|ties|polo shirts?|hoodies?|fleeces?)\\b|\\b(?:uniform|jumpers?) (?:is|are) ${COLOUR}\\b`
);
// Where the school stands or what it looks like: "right next to the big Tesco", "the one with the green gates".
const LANDMARK =
	/\b(?:next to|near|opposite|behind|past|facing|across from|round the corner from|on the way (?:out of|to|into)|at the (?:top|bottom|end) of|just past|by the|on the hill|up the hill|the one (?:with|on|by|near|that|at)|with the (?:big|little|small|green|red|blue|giant|wooden|old|new)|that has the)\b/;
// A trip or a lesson about the town, not where the child's school is.
const VISIT_OR_TOPIC =
	/\b(?:trip|visit|visited|visiting|went to|going to|museum|castle|mint cake|pen pals?|topic|history|geography|never|dont|shouldnt|should not|if (?:someone|anyone|a stranger)|lesson|story)\b/;

// Whole-text tests asked through the phrase rules' index of beginnings (phrases.ts wordTest): the
// same answers, found at the few words that can begin each instead of by a scan of the text.
const FIRST_PERSON_TEST = wordTest(FIRST_PERSON);
const LANDMARK_TEST = wordTest(LANDMARK);
const LESSON_TEST = wordTest(LESSON);
const OWN_SCHOOL_TEST = wordTest(OWN_SCHOOL);
const SCHOOL_NEWS_TEST = wordTest(SCHOOL_NEWS);
const SCHOOL_REF_TEST = wordTest(SCHOOL_REF);
const TEACHER_TEST = wordTest(TEACHER);
const UNIFORM_TEST = wordTest(UNIFORM);
const VISIT_OR_TOPIC_TEST = wordTest(VISIT_OR_TOPIC);
const YEAR_TEST = wordTest(YEAR);

/** The clues of a school told without its proper name: see the file's opening comment. */
export function findSchoolClues(view: WordView, clues: CompiledSchoolClues): RawFinding[] {
	const rule = ruleFor(view, clues);
	if (rule === null) return [];
	return [wholeMessage(view, 'school', rule)];
}

// A town the child typed with a capital after "in" or "near": "our school is in Wigan".
const IN_PLACE = /\b(?:in|near) ([a-z]{4,})\b/g;
const NOT_A_TOWN =
	/^(?:year|class|reception|mrs|miss|english|maths|science|music|assembly|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|minecraft|roblox|fortnite|school|primary|the|town|there|here)$/;
// A teacher named with a title, the way a child types a name: "Mrs Hart".
const ANY_STAFF = /\b(?:mr|mrs|miss|ms) ([a-z]{3,})\b/g;

function typedWithCapital(view: WordView, original: string, pattern: RegExp, notA?: RegExp): boolean {
	for (const m of view.text.matchAll(pattern)) {
		const word = m[1] as string;
		if (notA?.test(word) === true) continue;
		const typed = original[view.starts[(m.index ?? 0) + m[0].length - word.length] ?? 0] ?? '';
		if (typed !== typed.toLowerCase()) return true;
	}
	return false;
}

/**
 * A school the context does not know, told by its town and a second clue: "our school is the one
 * in Wigan next to the big Tesco", "my school is in Wigan and my teacher is Mrs Hart". The town
 * and the teacher must be typed with a capital, the only sign here that they are names.
 */
export function findSchoolCluesWithoutContext(view: WordView, original: string): RawFinding[] {
	const text = view.text;
	if (!text.includes('school') && !text.includes('primary')) return [];
	if (!OWN_SCHOOL_TEST.test(view) || LESSON_TEST.test(view) || VISIT_OR_TOPIC_TEST.test(view)) return [];
	if (!typedWithCapital(view, original, IN_PLACE, NOT_A_TOWN)) return [];
	const year = YEAR_TEST.test(view) && FIRST_PERSON_TEST.test(view);
	const staff = typedWithCapital(view, original, ANY_STAFF) && TEACHER_TEST.test(view);
	if (!year && !staff && !UNIFORM_TEST.test(view) && !LANDMARK_TEST.test(view)) return [];
	return [wholeMessage(view, 'school', 'school.described')];
}

function ruleFor(view: WordView, clues: CompiledSchoolClues): string | null {
	const text = view.text;
	const town = (clues.town?.test(text) ?? false) || hasMisspelling(text, clues.townWord);
	const staff = clues.staff?.test(text) ?? false;
	const variant = (clues.forms?.test(text) ?? false) || hasMisspelling(text, clues.nameWord);
	// Every rule needs the school's town, a teacher or a form of its name: most messages have none.
	if ((!town && !staff && !variant) || LESSON_TEST.test(view)) return null;
	const year = YEAR_TEST.test(view);
	const ownYear = year && (FIRST_PERSON_TEST.test(view) || !SCHOOL_NEWS_TEST.test(view));
	if (variant && (town || ownYear || staff || TEACHER_TEST.test(view))) return 'school.name-variant';
	if (town && !VISIT_OR_TOPIC_TEST.test(view)) {
		const uniform = UNIFORM_TEST.test(view);
		const pointed = OWN_SCHOOL_TEST.test(view);
		if (pointed && (staff || (ownYear && SCHOOL_REF_TEST.test(view)) || uniform || (LANDMARK_TEST.test(view) && SCHOOL_REF_TEST.test(view))))
			return 'school.described';
		if (staff && (uniform || year)) return 'school.described';
	}
	if (staff && ownYear && FIRST_PERSON_TEST.test(view) && (clues.staffClass?.test(text) ?? false)) return 'school.class-teacher';
	return null;
}
