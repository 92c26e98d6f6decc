// The child's own school told by clues that school-clues.ts does not read, from the school's own
// context; read after its rules find nothing. Owns rule school.told. Two shapes, each a pair:
// - a part of the school's name said as a name ("our school is called something field, the brook
//   one", "its the school with the brook in the name", "named after a stream and a field") with the
//   town, the child's year group or a teacher;
// - the school placed in its town with the child's own class by name or a teacher by initial
//   ("my schools the one in kendal …, class ash, year 6, mr F", "we are the primary school in the
//   town where …, our class is oak and our teacher is mrs adebayo").
// school-clues.ts passes any message about a trip, pen pals or the town's sights, since those are
// how a child talks about a place rather than their school; these shapes need the school itself
// pointed at as the child's own, so a letter to pen pals that gives the school away is read too.

import type { CompiledSchoolClues } from './school-clues.js';
import type { WordView } from './normalise.js';
import { wordTest } from './phrases.js';
import type { RawFinding } from './types.js';
import { wholeMessage } from './whole-message.js';

// The school pointed at as the child's own.
const OWN_SCHOOL =
	/\b(?:our|my) (?:school|schools|skool|primary)\b|\bwe are the (?:primary )?school\b|\bschools the one\b|\bits the school (?:with|that|where)\b|\b(?:i|we) (?:go|went) to (?:the )?school\b/;
// The name talked about as a name.
const NAME_TALK = /\b(?:name|named|called|calld)\b|\bthe [a-z]+ one\b/;
// The child's own class by name: "our class is oak", "im in ash class", "class ash, year 6".
const CLASS_NAMED =
	/\b(?:our|my) class (?:is|s|is called|name is) (?!the |a |so |really |very |big |small |fun |great |good |best )[a-z]+\b|\b(?:im|i am|were|we are|we re) in (?!the |a |my |our |year |reception )[a-z]+ class\b|\bclass [a-z]+ (?:year|yr) ?[1-6]\b/;
const YEAR = /\b(?:year|yr|y)\s?(?:[1-6]|one|two|three|four|five|six)\b/;
// Advice, a story, or a trip to the town.
const NOT_OWN = /\b(?:never|dont|shouldnt|should not|lesson|story|character|trip|visit|visited|visiting|museum|if (?:someone|anyone|a stranger))\b/;

// Both shapes point at the school as the child's own, and most messages do not: asked through the
// phrase index (phrases.ts wordTest), the same answer as the plain test without a scan of the text.
const OWN_SCHOOL_TEST = wordTest(OWN_SCHOOL);

/** school.told where the child's own school is told by the clues above, else nothing. */
export function findSchoolTold(view: WordView, clues: CompiledSchoolClues): RawFinding[] {
	const text = view.text;
	if (!OWN_SCHOOL_TEST.test(view) || NOT_OWN.test(text)) return [];
	const town = clues.town?.test(text) ?? false;
	const staff = (clues.staff?.test(text) ?? false) || (clues.staffInitial?.test(text) ?? false);
	const words = new Set(view.tokens.map((t) => t.text));
	const part = clues.nameParts.some((p) => words.has(p));
	const named = part && NAME_TALK.test(text) && (town || staff || YEAR.test(text));
	const placed = town && (CLASS_NAMED.test(text) || (staff && YEAR.test(text)) || (clues.staffInitial?.test(text) ?? false));
	if (!named && !placed) return [];
	return [wholeMessage(view, 'school', 'school.told')];
}
