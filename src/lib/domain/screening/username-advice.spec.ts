// Advice about usernames in general ("your gamertag is sort of fine to share") is not a
// handle; a child's own name, or one that looks made up, still is. Every sentence was
// written for this spec (none is a corpus, training or dev line).

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

const ADVICE: readonly string[] = ['telling people your gamertag is sort of fine but not your address', 'a username is like a nickname you use online'];

const HANDLES: readonly string[] = ['my username is fluffybunny', 'ur username is dragonkid_7'];

describe('username advice', () => {
	for (const text of ADVICE) {
		it(`passes "${text}"`, () => {
			expect(screenText(text).findings.filter((f) => f.kind === 'social')).toEqual([]);
		});
	}
	for (const text of HANDLES) {
		it(`still blocks "${text}"`, () => {
			expect(screenText(text).findings.map((f) => f.kind)).toContain('social');
		});
	}
});
