// Wordings a red team found slipping past the screen or its page to the safeguarding lead: a
// fast with a size goal, a story's harm owned by the writer. Each is read by a general reading,
// not its own line, and each twin uses the same words honestly. And two innocent messages that
// paged and now wait for the teacher instead. (A meeting kept quiet with a bare "dont tell", a
// night alone behind a parent's say-so and "meet him at the station, hes 17" are read narrowly in
// meeting-kept.ts and meeting-older.ts, with their red team in meetings-kept-alone-older.spec.ts.)

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

describe('not eating with a size goal, and a story owned, page the safeguarding lead', () => {
	const pairs: HeldPair[] = [
		['selfharm.not-eating', 'fasting for ramadan… so im skinny', 'fasting for ramadan… so im hungry by home time'],
		['selfharm.not-eating', 'im doing a fast so i get thinner', 'im doing a fast run so i get better at pe'],
		['selfharm.plain', 'a story about a girl who cuts herself. the girl is me tbh', 'a story about a girl who cuts her hair. the girl is me tbh'],
		['selfharm.plain', 'my story is about a boy who wants to die. the boy is actually me', 'my story is about a boy who wants to fly. the boy is actually me']
	];
	itHoldsEachAndPassesItsTwin(pairs, { findsBy: 'rule', severity: 'urgent' });
});

describe('a family saying or an errand is held for the teacher, not paged', () => {
	it.each([['you seem really tall for your age, my mum always says that too'], ['is your dad home? i need to drop the drill back, my dad borrowed it']])(
		'%j pages nobody',
		(text) => {
			expect(screenText(text).severity).not.toBe('urgent');
		}
	);

	it('still pages the same words pressed on the reader', () => {
		expect(screenText('you seem really mature for your age, dont tell your mum we talk').severity).toBe('urgent');
		expect(screenText('is your dad home? i want to come over on your own').severity).toBe('urgent');
	});
});
