import { describe, expect, it } from 'vitest';
import { hashCardSecret, isCardSecretShape, makeCardPassword, makeCardSecret } from './sign-in-cards';

describe('sign-in cards', () => {
	it('makes a colour-animal-number password a young child can type', () => {
		expect(makeCardPassword(() => 0)).toBe('redfox00');
		expect(makeCardPassword((n) => n - 1)).toBe('rubypuma99');
	});
	it('writes 32 random bytes as a 43-character link-safe secret, stored only as SHA-256', () => {
		const secret = makeCardSecret(new Uint8Array(32).fill(255));
		expect(secret).toHaveLength(43);
		expect(isCardSecretShape(secret)).toBe(true);
		expect(isCardSecretShape(`${secret}/..`)).toBe(false);
		expect(hashCardSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
		expect(() => makeCardSecret(new Uint8Array(16))).toThrow(RangeError);
	});
});
