// Helpers shared by the screening specs (not imported by production code).

import { screenText } from './screen.js';
import type { FindingKind, ScreeningContext } from './types.js';

export const SCHOOL: ScreeningContext = {
	rosterNames: [
		{ firstName: 'Amira', surname: 'Khan' },
		{ firstName: 'Oliver', surname: 'Smith' },
		{ firstName: 'Grace', surname: "O'Neill" },
		{ firstName: 'Ruby', surname: 'Brown' },
		{ firstName: 'Lily-Mae', surname: 'Jones' }
	],
	approvedDomains: ['bbc.co.uk', 'purplemash.com'],
	extraWords: ['wasteman'],
	allowedWords: ['Bitchfield']
};

/** The evidence text of each finding of one kind, cut from the original. */
export function evidence(text: string, kind: FindingKind, context: ScreeningContext = SCHOOL): string[] {
	return screenText(text, context)
		.findings.filter((f) => f.kind === kind)
		.map((f) => text.slice(f.start, f.end));
}

/** Rule ids of every finding. */
export function rules(text: string, context: ScreeningContext = SCHOOL): string[] {
	return screenText(text, context).findings.map((f) => f.rule);
}
