// A classmate's surname told by a clue rather than written: "zac's surname is two words stuck
// together", "priya's last name sounds like dill then on", "milo has the same surname as that
// actor", "the boy in our class whose surname is like the christmas carol", "ruby's whole name is
// on her bottle, ruby and then fenwick". Owns rule fullname.surname-clue. The reader puts the
// first name and the worked-out surname together, so it is as private as the full name.
// It needs a pupil (a first name on the roster, or "in our class", "my best friend"), whose
// surname it is ("rubys surname", "her last name", "whose surname"), and a clue: a likeness, a
// rhyme, a start or an end, a thing it is the same as. "rubys surname is hard to spell", "i forgot
// milos last name" and "zac has the same surname as me" give nobody's name away.

import type { CompiledRoster } from './fullname.js';
import type { WordView } from './normalise.js';
import { wordTest } from './phrases.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

const SURNAME = '(?:surname|sir name|last name|second name|family name)';
// Only a surname that is someone's: "rubys surname", "her last name", "whose surname".
const WHOSE = new RegExp(`\\b(?:his|her|their|whose|([a-z]+)s) ${SURNAME}\\b`, 'g');
const CLUE_AFTER = new RegExp(
	`^(?: is| s)?(?: just| basically| literally| kind of| sort of| kinda)? (?:the same as|same as|like|a bit like|just like|sounds like|sound like|rhymes with|begins|begins like|starts|starts like|ends|ends like|has an? |has the|is two words|two words|is what|what (?:u|you)|is one letter|one letter|is spelt|is spelled|spelt|spelled|is the (?:name|word|shop|road|street|place|thing|same)|is a (?:word|kind|type|shop|place)|backwards)\\b`
);
// "milo has the same surname as that actor": a likeness with the surname after the verb.
const SAME_SURNAME_AS = new RegExp(
	`\\b(?:has|got|with|have) the (?:exact )?same ${SURNAME} as (?!(?:me|mine|u|you|yours|urs|us|ours|each other|her|him)\\b(?! from| in| on| off))`
);
// "the girl next to me has a last name that rhymes with stones".
const HAS_A_SURNAME_THAT = new RegExp(
	`\\b(?:has|got|with) a ${SURNAME} (?:that|which|what) (?:rhymes|sounds|starts|begins|ends|is the same|is like|is a bit like)\\b`
);
// "put hark and er together and u get toms surname".
const MAKES_SURNAME = new RegExp(`\\b(?:u get|you get|makes|make|spells|spell) (?:[a-z]+s|his|her) ${SURNAME}\\b`);
// A pupil told without the roster: "in our class", "my best friend", "the boy who".
const CLASSMATE = /\b(?:in (?:our|my) class|my (?:best )?(?:friend|mate|bestie|bff)|the (?:boy|girl|kid) (?:who|whose|in|that|next to))\b/;
const WHOLE_NAME = /\b(?:surname|sir name|last name|second name|family name|whole name|full name)\b/;
// A lesson or a story about names, not a pupil's.
const NOT_A_PUPIL = /\b(?:story|book|character|film|poem|pretend|made up|example|harry|potter)\b/;

// Every clue needs the word for a surname, which most messages lack: asked through the phrase
// index (phrases.ts wordTest), the same answer as the plain test without a scan of the text.
const WHOLE_NAME_TEST = wordTest(WHOLE_NAME);

const firstNames = (roster: CompiledRoster): string[] => [...roster.keys()].filter((k) => !k.startsWith('surname:'));

/** A roster pupil's surname given by a clue, or written apart from their first name. */
export function findSurnameClues(view: WordView, roster: CompiledRoster): RawFinding[] {
	const text = view.text;
	if (!WHOLE_NAME_TEST.test(view) || NOT_A_PUPIL.test(text)) return [];
	const names = firstNames(roster);
	const words = new Set(view.tokens.map((t) => t.text));
	const named = names.filter((n) => words.has(n) || words.has(`${n}s`));
	const pupil = named.length > 0 || CLASSMATE.test(text);
	if (!pupil) return [];
	if (clueGiven(text, names) || surnameWrittenApart(words, named, roster)) {
		return [wholeMessage(view, 'fullname', 'fullname.surname-clue')];
	}
	return [];
}

function clueGiven(text: string, names: readonly string[]): boolean {
	if (SAME_SURNAME_AS.test(text) || MAKES_SURNAME.test(text) || HAS_A_SURNAME_THAT.test(text)) return true;
	WHOSE.lastIndex = 0;
	for (let m = WHOSE.exec(text); m !== null; m = WHOSE.exec(text)) {
		// "rubys surname" counts only for a pupil's name, not "my dads surname".
		if (m[1] !== undefined && !names.includes(m[1])) continue;
		if (CLUE_AFTER.test(text.slice(m.index + m[0].length))) return true;
	}
	return false;
}

/** "ruby's whole name is on her bottle… ruby and then fenwick": the pupil's own surname, not beside the first name. */
function surnameWrittenApart(words: ReadonlySet<string>, named: readonly string[], roster: CompiledRoster): boolean {
	return named.some((n) => (roster.get(n) ?? []).some((entry) => !entry.surnameIsWord && words.has(entry.surname)));
}
