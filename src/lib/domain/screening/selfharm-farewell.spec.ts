// Round 3 of the hold wordings: a child getting ready not to be here (goodbye letters,
// giving things away, not eating so as to disappear). Every sentence was written for
// this spec (none is a corpus, training or dev line), and each rule is tried from both
// sides: a message it must hold as self-harm, and an innocent twin that must pass.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

// [rule, caught, innocent twin]
const PAIRS: readonly [string, string, string][] = [
	['selfharm.farewell', 'i have written a goodbye note for my dad', 'i wrote a goodbye card for miss because she is retiring'],
	['selfharm.farewell', 'theres a letter on my bed for when im gone', 'theres a letter on my bed for when im gone on camp'],
	['selfharm.farewell', 'i wrote notes to my friends saying sorry and goodbye', 'i wrote notes to my friends saying happy birthday'],
	['selfharm.farewell', 'bye to everyone cos i wont be around', 'bye to everyone, see you on monday'],
	['selfharm.farewell', 'you can keep my lego i wont need it', 'you can keep my lego, i grew out of it'],
	['selfharm.farewell', 'i wont be around much longer', 'i wont be around on saturday because we are going to my nans'],
	['selfharm.farewell', 'no one will miss me when im dead', 'no one will miss the old swings when they are gone'],
	['selfharm.not-eating', 'i stopped eating my lunch so i can vanish', 'i stopped eating chocolate for lent'],
	['selfharm.not-eating', 'i dont deserve food', 'i dont deserve a prize, i didnt finish'],
	['selfharm.not-eating', 'i have not eaten since sunday on purpose', 'i have not eaten since breakfast, im hungry'],
	['selfharm.plain', 'im gonna jump off the roof', 'im gonna jump off the diving board at swimming']
];

describe('self-harm wordings of round 3', () => {
	it.each(PAIRS)('%s holds %j', (rule, caught) => {
		const result = screenText(caught);
		expect(result.verdict).toBe('hold');
		expect(result.findings.map((f) => f.rule)).toContain(rule);
	});

	it.each(PAIRS)('%s leaves the twin of %j alone', (_rule, _caught, innocent) => {
		expect(screenText(innocent).findings).toEqual([]);
	});
});
