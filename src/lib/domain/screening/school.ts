// A child's own school named with what pins it down. Owns rules:
// school.named (the school's name with its town, a year group or a teacher,
// "I'm in year 5 at Oakfield Primary in Leeds") and school.any-named ("I go to
// St Mary's Primary in Bolton" for a school the context does not know, "my school is
// Hillside Primary in Wakefield", "i go to st marys in leeds, year 5"). The
// school's name alone, on its own sports-day news, passes: it is the pairing
// that tells a stranger where to wait.

import { originalSpan, type MappedText } from './normalise.js';
import type { RawFinding } from './types.js';

export interface CompiledSchool {
	/** The school's name without generic words ("oakfield" from "Oakfield Primary School"). */
	name: RegExp | null;
	town: RegExp | null;
	teachers: RegExp | null;
}

const GENERIC = /\b(?:c of e|cofe|ce|rc|church of england|catholic|primary|junior|infant|infants|juniors|academy|school|community|free|the|and|of|st|saint)\b/g;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (s: string): string =>
	s
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

export function compileSchool(name?: string, town?: string, teachers: readonly string[] = []): CompiledSchool {
	const core = name === undefined ? '' : words(name).replace(GENERIC, ' ').replace(/\s+/g, ' ').trim();
	const townWords = town === undefined ? '' : words(town);
	const staff = teachers.map((t) => words(t).replace(/^(?:mr|mrs|miss|ms|mx|dr|sir) /, '')).filter((t) => t.length >= 3);
	return {
		name:
			core.length >= 3 ? new RegExp(`\\b${escape(core).replace(/ /g, '\\W+')}(?:'?s)?(?: (?:primary|junior|infant|academy|school|c of e|ce|rc))*\\b`) : null,
		town: townWords.length >= 3 ? new RegExp(`\\b${escape(townWords).replace(/ /g, '\\W+')}\\b`) : null,
		teachers: staff.length > 0 ? new RegExp(`\\b(?:mr|mrs|miss|ms|mx|dr|sir)\\W+(?:${staff.map(escape).join('|')})\\b`) : null
	};
}

const YEAR = /\b(?:year|yr|y)\s?(?:[1-6]|one|two|three|four|five|six|r|reception)\b|\b(?:p[1-7]|primary [1-7])\b/;
const TEACHER = /\b(?:my|our) teacher(?:s)? (?:is|are|s)\b|\b(?:mr|mrs|miss|ms)\s+[a-z]{3,}s? class\b/;
const ANY_SCHOOL =
	/\b(?:go to|goes to|going to|at|attend|attends|from|in|(?:my|our) school is|(?:my|our) schools|(?:my|our) school s) ((?:st |saint )?[a-z']+(?: [a-z']+)?) (?:primary|juniors|junior|infants|infant|academy|school|c of e|cofe|rc|ce)(?: school| academy)?(?: (?:in|at|near|on|by) ([a-z]+(?: [a-z]+)?))?/g;
const GENERIC_WORD = /primary|junior|infant|academy|school|c of e|cofe/;
const SAINT = /\b(?:st|saint) [a-z]/;
// A saint's school told without "primary" or "school": "i go to st marys in leeds, year 5".
const SAINT_SCHOOL =
	/\b(?:go to|goes to|attend|attends|(?:my|our) school is|im at|i am at) (?:st|saint) ([a-z]+)\b(?! (?:church|hospital|park|cathedral|centre|center|market|chapel|hall|road|street|ives))(?: (?:in|at|near) ([a-z]+(?: [a-z]+)?))?/g;
const FIRST_PERSON = /\b(?:i|im|my|we|were|our|me)\b/;
const LESSON = /\b(?:never|dont|shouldnt|should not|if (?:someone|anyone|a stranger)|lesson|story|character)\b/;
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

/** The school named together with its town, a year group or a teacher. */
export function findSchoolDetails(mt: MappedText, school: CompiledSchool): RawFinding[] {
	const text = mt.text;
	const findings: RawFinding[] = [];
	const add = (start: number, end: number, rule: string): void => {
		const span = originalSpan(mt, start, end);
		findings.push({ kind: 'school', start: span.start, end: span.end, rule });
	};
	if (LESSON.test(text)) return findings;
	const named = school.name?.exec(text);
	if (named) {
		const rest = text.slice(0, named.index) + ' ' + text.slice(named.index + named[0].length);
		if ((school.town?.test(rest) ?? false) || YEAR.test(rest) || TEACHER.test(rest) || (school.teachers?.test(rest) ?? false)) {
			add(named.index, named.index + named[0].length, 'school.named');
		}
	}
	SAINT_SCHOOL.lastIndex = 0;
	for (let m = SAINT.test(text) ? SAINT_SCHOOL.exec(text) : null; m !== null && findings.length === 0; m = SAINT_SCHOOL.exec(text)) {
		// Pinned down by a town after it and a year group or teacher anywhere, or by the school's own town.
		const town = m[2] !== undefined && !/^(?:the|a|an|my|our|year|yr|class|reception)\b/.test(m[2]);
		if ((town && (YEAR.test(text) || TEACHER.test(text))) || (school.town?.test(text) ?? false)) add(m.index, m.index + m[0].length, 'school.any-named');
	}
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
