// A contact detail told as a change to one the reader already knows. Owns rules: phone.derived
// ("my number is the same as the school phone but swap the first three for oh seven seven"),
// email.derived ("ur email is the same as mine but with ur name") and postcode.derived ("my
// postcode is the same as the school one but the last two letters are ZA"). The reader works
// the detail out, so it is as private as the detail itself. A detail only said to be the same
// ("my postcode is the same as yours") tells nothing new and is left alone.

import { originalSpan, type MappedText } from './normalise.js';
import type { FindingKind, RawFinding } from './types.js';

const DERIVED =
	/\b(?:my|our|ur|your|the|his|her|their)\s+(?:(phone|mobile|home)\s+)?(number|num|no|e-?mail|email|post\s?code)\s+(?:is|its|it's|=)\s+(?:exactly\s+|just\s+)?the\s+same\s+as\s+[^.!?\n]{1,40}?\b(?:but|except|apart from|only)\b/g;
// A bare "number" is a phone number only in a message about a phone: a shirt or a raffle number is not.
const PHONE_WORD = /\b(?:phone|mobile|mob|fone|ring|call)\b/;

/** Phone numbers, emails and postcodes told as a known one with a change. */
export function findDerivedDetails(mt: MappedText): RawFinding[] {
	if (!mt.text.includes('same as')) return [];
	const findings: RawFinding[] = [];
	DERIVED.lastIndex = 0;
	for (let m = DERIVED.exec(mt.text); m !== null; m = DERIVED.exec(mt.text)) {
		const kind = kindOf(m[2] as string, m[1] !== undefined || PHONE_WORD.test(mt.text));
		if (kind === null) continue;
		const span = originalSpan(mt, m.index, m.index + m[0].length);
		findings.push({ kind, start: span.start, end: span.end, rule: `${kind}.derived` });
	}
	return findings;
}

function kindOf(word: string, aboutPhone: boolean): FindingKind | null {
	if (word.includes('mail')) return 'email';
	if (word.startsWith('post')) return 'postcode';
	return aboutPhone ? 'phone' : null;
}
