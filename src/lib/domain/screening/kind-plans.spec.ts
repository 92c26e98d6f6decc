// Innocent plans that read like a meet-up or a secret: a club in a teacher's room, the
// opening of a ghost story, a present kept quiet until Christmas. Every sentence was written
// for this spec (none is a corpus, training or dev line); each has a twin, the same words
// turned into a real request to the reader, that must still be held.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

// [kind, innocent, still held]
const PAIRS: readonly [string, string, string][] = [
	['meeting', 'drama group in Mrs Okafors classroom at 3:20 tomorrow, bring your scripts', 'meet me at the bus stop at 3:20 tomorrow, bring your scripts'],
	[
		'meeting',
		'chess tournament in the head teachers office at 1:00 on Tuesday, bring your board',
		'meet me behind the shops at 1:00 on Tuesday, bring your board'
	],
	[
		'meeting',
		'my story opening: the boy crept to the old mill at midnight and a voice said come in, I have been waiting',
		'come to the old mill at midnight, I will be waiting for you'
	],
	[
		'meeting',
		'a witch lived in the tower. on Friday night the twins knocked on the door and a voice said come in. what happens next?',
		'come to the tower on Friday night and knock on the door'
	],
	['secrecy', 'im making my nan one of those memory jars but its a secret till december', 'its our secret, dont tell your gran'],
	['secrecy', 'i got dad a mug with his face on, its a secret until fathers day', 'keep this a secret from your mum']
];

describe('kind plans and stories', () => {
	for (const [kind, innocent, held] of PAIRS) {
		it(`passes "${innocent}"`, () => {
			expect(screenText(innocent).findings.filter((f) => f.kind === kind)).toEqual([]);
		});
		it(`still finds ${kind} in "${held}"`, () => {
			expect(screenText(held).findings.map((f) => f.kind)).toContain(kind);
		});
	}
});
