// Stand-downs tried from both sides: a name said fondly (unkind-banter.ts), unkindness reported
// to a grown-up, a chain message talked about in class (chain-spread.ts) and more kind secrets
// (secrecy-kind.ts: a class gesture for a friend, the writer's own good news) pass; the same
// words turned on the reader, or sent on, are still found. Every sentence was written for this
// spec (none is a corpus, training or dev line).

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

// [kind, innocent, still found]
const PAIRS: readonly [string, string, string][] = [
	['unkind', 'youre such a nerd for finishing the whole maths book, teach me your ways', 'youre such a nerd, nobody wants you in our group'],
	['unkind', 'youre a loser at uno, rematch at wet play tomorrow', 'youre a loser and everyone knows it'],
	['unkind', 'you muppet you left your reading book on my table again, ill bring it in', 'you muppet, go away'],
	[
		'unkind',
		'miss, some people said ava cant play with them cos she smells, can you talk to them please',
		'ava cant play with us cos she smells, dont let her'
	],
	['unkind', 'miss, i saw some kids calling him a freak, can you talk to them', 'someone said zac cant sit on our table cos he smells'],
	[
		'chain',
		'sir showed us a chain message that said send it to 15 people or have bad luck, we said it was silly',
		'send this to 15 people or you will have bad luck'
	],
	[
		'chain',
		'what should you do if you get a text saying pass it on to 8 people? answer: dont send it, tell a trusted adult',
		'pass it on to 8 people or your dog will get ill'
	],
	[
		'secrecy',
		'we are all bringing a card for jack because he broke his arm, keep it quiet till friday',
		'keep it quiet, the man in the car said we cant tell anyone'
	],
	['secrecy', 'dont tell the others yet but i think im going to be captain of netball', 'dont tell the others but my step dad said i cant tell']
];

describe('names said fondly, unkindness reported, chain messages talked about, and kind news', () => {
	for (const [kind, innocent, found] of PAIRS) {
		it(`passes "${innocent}"`, () => {
			expect(screenText(innocent).findings.filter((f) => f.kind === kind)).toEqual([]);
		});
		it(`still finds ${kind} in "${found}"`, () => {
			expect(screenText(found).findings.map((f) => f.kind)).toContain(kind);
		});
	}
});
