// The readings of secrecy-kind.ts and meeting-school-day.ts tried from both sides: a kind secret
// (a game tip, a secret language, a spoiler, school news not out yet, a surprise being planned,
// the writer's own light embarrassment) and a plan made by the school or by parents between
// themselves pass; the same words with a secret kept from the reader's grown-ups, an older
// person, pictures or a threat, or with a place away from school, are still found. Every
// sentence was written for this spec (none is a corpus, training or dev line).

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

// [kind, innocent, still found]
const PAIRS: readonly [string, string, string][] = [
	[
		'secrecy',
		'keep it secret but in the game if you dig under the big oak there is a chest full of emeralds and a saddle',
		'keep it secret, dig under the big oak and you will find the pictures, dont tell your mum'
	],
	[
		'secrecy',
		'dont tell anyone but if you stand still on the title screen for a minute the music goes all spooky',
		'dont tell anyone but the older boy from the game wants to see me on the title screen'
	],
	[
		'secrecy',
		'me and amira have our own secret language, you say every word backwards, its a secret',
		'its our secret language, the man at the park taught it to me, dont tell your mum'
	],
	[
		'secrecy',
		'dont tell anyone what happens in chapter 12 of the wild robot, i cried so much, my sister has not read it yet',
		'dont tell anyone what happens at my house, my step dad said i would be in trouble'
	],
	[
		'secrecy',
		'keep it a secret until its announced in assembly but our class won the reading cup, mrs okafor let it slip',
		'keep it a secret that we took the reading cup from the office, or else'
	],
	[
		'secrecy',
		'nobody tell miss hall that her sister is flying back, she is going to walk in at the leavers assembly, so act normal all week and keep a straight face',
		'dont tell anyone we took the money, act normal and keep a straight face'
	],
	[
		'secrecy',
		'dont tell anyone but i still sleep with my night light on, its so embarrassing lol',
		'dont tell anyone but i am scared to go home, he hits me when mum is out'
	],
	[
		'meeting',
		'football tournament on the field this lunchtime, its our turn on the pitch, mrs okafor said we can use the proper goals',
		'meet me at the bus station tonight, its our turn on the pitch'
	],
	[
		'meeting',
		'meet at the pond area after phonics, we are doing minibeast hunting with the teachers',
		'meet me at the canal after school, we can go minibeast hunting on our own'
	],
	[
		'meeting',
		'our dads are taking us both to the cinema on saturday at 2, your dad told my dad it was fine',
		'come to the cinema on saturday at 2, just you, dont tell your dad'
	],
	['meeting', 'im coming for you on sumdog tomorrow, i will beat your score', 'im coming to the park tomorrow at 6, wait for me by the gate']
];

describe('kind secrets and school or parents’ plans', () => {
	for (const [kind, innocent, found] of PAIRS) {
		it(`passes "${innocent}"`, () => {
			expect(screenText(innocent).findings.filter((f) => f.kind === kind)).toEqual([]);
		});
		it(`still finds ${kind} in "${found}"`, () => {
			expect(screenText(found).findings.map((f) => f.kind)).toContain(kind);
		});
	}
});
