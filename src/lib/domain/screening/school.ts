// A child's own school named with what pins it down. Owns rules:
// school.named (the school's name with its town, a year group or a teacher,
// "I'm in year 5 at Oakfield Primary in Leeds") and school.any-named ("I go to
// St Mary's Primary in Bolton" for a school the context does not know, "my school is
// Hillside Primary in Wakefield", "i go to st marys in leeds, year 5"). The
// school's name alone, on its own sports-day news, passes: it is the pairing
// that tells a stranger where to wait.

import { originalSpan, type MappedText } from './normalise.js';
import { matchesOf } from './pattern-needs.js';
import { compileSchoolClues, type CompiledSchoolClues } from './school-clues.js';
import type { RawFinding } from './types.js';

export interface CompiledSchool {
	/** The school's name without generic words ("oakfield" from "Oakfield Primary School"). */
	name: RegExp | null;
	town: RegExp | null;
	teachers: RegExp | null;
	/** The school told without its proper name (school-clues.ts); null when the context names no school. */
	clues: CompiledSchoolClues | null;
}

const GENERIC = /\b(?:c of e|cofe|ce|rc|church of england|catholic|primary|junior|infant|infants|juniors|academy|school|community|free|the|and|of|st|saint)\b/g;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (s: string): string =>
	s
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

// A name of one word may be typed as two ("brook field", "brook-field", "brook + field" for
// Brookfield): a space, a hyphen or a plus is allowed between any two of its letters, and the words of a longer name may be split by anything.
const splittable = (core: string): string =>
	core
		.split(' ')
		.map((word) => [...word].map(escape).join('(?: ?[+-]? ?)'))
		.join('\\W+');

export function compileSchool(name?: string, town?: string, teachers: readonly string[] = []): CompiledSchool {
	const core = name === undefined ? '' : words(name).replace(GENERIC, ' ').replace(/\s+/g, ' ').trim();
	const townWords = town === undefined ? '' : words(town);
	const staff = teachers.map((t) => words(t).replace(/^(?:mr|mrs|miss|ms|mx|dr|sir) /, '')).filter((t) => t.length >= 3);
	const hasSchool = core.length >= 3 || townWords.length >= 3;
	return {
		clues: hasSchool
			? compileSchoolClues(
					core,
					words(name ?? '')
						.split(' ')
						.filter((w) => w.length > 0),
					townWords,
					staff
				)
			: null,
		name: core.length >= 3 ? new RegExp(`\\b${splittable(core)}(?:'?s)?(?:[ -]?(?:primary|junior|infant|academy|school|c of e|ce|rc))*\\b`) : null,
		town: townWords.length >= 3 ? new RegExp(`\\b${escape(townWords).replace(/ /g, '\\W+')}\\b`) : null,
		teachers: staff.length > 0 ? new RegExp(`\\b(?:mr|mrs|miss|ms|mx|dr|sir)\\W+(?:${staff.map(escape).join('|')})\\b`) : null
	};
}

// "year 5", "year 4s", "class 5", "p5".
const YEAR = /\b(?:year|yr|y)\s?(?:[1-6]|one|two|three|four|five|six|r|reception)s?\b|\b(?:p[1-7]|primary [1-7]|class [1-6])\b/;
const TEACHER = /\b(?:my|our) teacher(?:s)? (?:is|are|s)\b|\b(?:mr|mrs|miss|ms)\s+[a-z]{3,}s? class\b/;
const ANY_SCHOOL =
	/\b(?:go to|goes to|going to|at|attend|attends|from|in|(?:my|our) school is|(?:my|our) schools|(?:my|our) school s) ((?:st |saint )?[a-z']+(?: [a-z']+)?) (?:primary|juniors|junior|infants|infant|academy|school|c of e|cofe|rc|ce)(?: school| academy)?(?: (?:in|at|near|on|by) ([a-z]+(?: [a-z]+)?))?/g;
const GENERIC_WORD = /primary|junior|infant|academy|school|c of e|cofe/;
const SAINT = /\b(?:st|saint) [a-z]/;
// A saint's school told without "primary" or "school": "i go to st marys in leeds, year 5".
// "at" alone needs the child's year group before it: "im in yr 4 at st marys in sedbergh".
const SAINT_SCHOOL =
	/\b(?:go to|goes to|attend|attends|(?:my|our) school is|im at|i am at|(?:year|yr|y|class)\s?(?:[1-6]|one|two|three|four|five|six)s? at) (?:st|saint) ([a-z]+)(?:'s)?(?![a-z'])(?! (?:church|hospital|park|cathedral|centre|center|market|chapel|hall|road|street|ives))(?:,? (?:its |it s |it's )?(?:in|at|near) ([a-z]+(?: [a-z]+)?))?/g;
// Towns named after a saint ("we go to st annes in the summer"), and a visit rather than a school.
const SAINT_TOWN = /^(?:annes|helens|albans|andrews|ives|austell|neots|davids|asaph|leonards|just|mawes|agnes|bees|marys isle)$/;
const VISIT =
	/\b(?:holiday|holidays|visit|visiting|see my|stay|staying|summer|weekend|weekends|sunday|sundays|church|mass|nan|nans|gran|grans|grandma|grandad)\b/;
const FIRST_PERSON = /\b(?:i|im|my|we|were|our|me)\b/;
// A verb that makes a year group the subject of news: "year 5 are doing", "year 6 won".
const SCHOOL_NEWS = /\b(?:are|is|have|has|had|won|did|went|will|got|get|do|does|played|sang|made)\b/;
const LESSON = /\b(?:never|dont|shouldnt|should not|if (?:someone|anyone|a stranger)(?! (?:from|at|in) (?:my|our|the))|lesson|story|character)\b/;
const NOT_A_NAME = new Set([
	'a',
	'the',
	'big',
	'new',
	'old',
	'my',
	'your',
	'same',
	'different',
	'this',
	'that',
	'our',
	'secondary',
	'high',
	'big school',
	'forest',
	'swimming',
	'summer',
	'holiday',
	'sunday',
	'after',
	'breakfast',
	'the same',
	'a different',
	'a new',
	'my old',
	'my new',
	'swimming',
	'football',
	'dance',
	'drama',
	'sunday',
	'saturday',
	'forest',
	'nursery',
	'music'
]);

// Made by a function rather than written as a named arrow in the detector: under tsx every named
// arrow is wrapped in a helper that defines its name, which cost about a microsecond a message.
function schoolAdder(mt: MappedText, findings: RawFinding[]): (start: number, end: number, rule: string) => void {
	return (start, end, rule) => {
		const span = originalSpan(mt, start, end);
		findings.push({ kind: 'school', start: span.start, end: span.end, rule });
	};
}

/** The school named together with its town, a year group or a teacher. */
export function findSchoolDetails(mt: MappedText, school: CompiledSchool): RawFinding[] {
	const text = mt.text;
	const findings: RawFinding[] = [];
	if (LESSON.test(text)) return findings;
	const add = schoolAdder(mt, findings);
	const named = school.name?.exec(text);
	if (named) {
		const rest = text.slice(0, named.index) + ' ' + text.slice(named.index + named[0].length);
		// A year group alone pins the child down when it is theirs ("we're in year 5 at …", "in year 2 at
		// Ashgrove"), not when it is the school's news told of others ("year 5 at Brookfield are doing the play").
		const ownYear = YEAR.test(rest) && (FIRST_PERSON.test(rest) || !SCHOOL_NEWS.test(rest));
		if ((school.town?.test(rest) ?? false) || ownYear || TEACHER.test(rest) || (school.teachers?.test(rest) ?? false)) {
			add(named.index, named.index + named[0].length, 'school.named');
		}
	}
	SAINT_SCHOOL.lastIndex = 0;
	for (let m = SAINT.test(text) ? SAINT_SCHOOL.exec(text) : null; m !== null && findings.length === 0; m = SAINT_SCHOOL.exec(text)) {
		// Pinned down by a town after it and a year group or teacher anywhere, or by the school's own town.
		const town = m[2] !== undefined && !/^(?:the|a|an|my|our|year|yr|class|reception)\b/.test(m[2]);
		// "I go to St Oswald's in Kirkby": a saint's school with its town is enough, unless the saint is a town or it is a visit.
		const goesThere = town && /^(?:go|goes|attend)/.test(m[0]) && !SAINT_TOWN.test(m[1] as string) && !VISIT.test(text);
		if ((town && (YEAR.test(text) || TEACHER.test(text))) || goesThere || (school.town?.test(text) ?? false))
			add(m.index, m.index + m[0].length, 'school.any-named');
	}
	if (findings.length === 0) findCalledSchool(text, add);
	if (!GENERIC_WORD.test(text)) return findings;
	ANY_SCHOOL.lastIndex = 0;
	for (let m = ANY_SCHOOL.exec(text); m !== null; m = ANY_SCHOOL.exec(text)) {
		const name = m[1] as string;
		if (NOT_A_NAME.has(name) || NOT_A_NAME.has(name.split(' ')[0] as string)) continue;
		if (!FIRST_PERSON.test(text)) continue;
		if (m[2] !== undefined && /^(?:the|a|an|my|our|year|yr|class|reception|assembly|morning|afternoon|summer|winter|september|january)\b/.test(m[2]))
			m[2] = undefined as unknown as string;
		if (m[2] === undefined && !YEAR.test(text) && !TEACHER.test(text) && !(school.town?.test(text) ?? false)) continue;
		if (!findings.some((f) => f.rule === 'school.named')) add(m.index, m.index + m[0].length, 'school.any-named');
	}
	return findings;
}

// A school the context does not know, told without "primary" or "school" after its name: "my
// school is called Greenfields and its in Wigan", "a school called Greenfields in Wigan", "im in
// year 4 at Greenfields in Wigan". Group 1 is the name, group 2 the town after it.
const CALLED_SCHOOL =
	/\b(?:((?:my|our) school(?: is| s|s)? called|(?:go to|goes to|at|attend) a school called)|(?:year|yr|y|class)\s?(?:[1-6]|one|two|three|four|five|six)s? at) ((?!(?:in|at|near|and|its)\b)[a-z']+(?: (?!(?:in|at|near|and|its)\b)[a-z']+)?)(?:,? (?:and )?(?:its |it s |it's )?(?:in|at|near) ([a-z]+(?: [a-z]+)?))?/g;
// Clubs and places a year group is also found at: "im in year 4 at brownies in kendal".
const NOT_A_SCHOOL =
	/^(?:school|primary|nursery|brownies|rainbows|guides|cubs|beavers|scouts|swimming|football|gymnastics|dance|drama|church|the|a|my|our|home|break|lunch)\b/;
const NOT_A_TOWN = /^(?:the|a|an|my|our|year|yr|class|reception|assembly|morning|afternoon|lunch|break)\b/;

function findCalledSchool(text: string, add: (start: number, end: number, rule: string) => void): void {
	for (const m of matchesOf(CALLED_SCHOOL, text)) {
		const name = m[2] as string;
		if (NOT_A_NAME.has(name) || NOT_A_NAME.has(name.split(' ')[0] as string) || NOT_A_SCHOOL.test(name) || !FIRST_PERSON.test(text)) continue;
		const town = m[3] !== undefined && !NOT_A_TOWN.test(m[3]);
		// "called" names a school: its town or the child's year or teacher pins it; a year group "at" a place needs the town.
		if (town || (m[1] !== undefined && (YEAR.test(text) || TEACHER.test(text)))) add(m.index, m.index + m[0].length, 'school.any-named');
	}
}
