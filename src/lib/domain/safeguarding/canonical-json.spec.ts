import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
	it('sorts keys at every depth and drops undefined members', () => {
		expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' }, e: undefined })).toBe('{"a":{"c":"x","d":[true,null]},"b":1}');
	});

	it('writes dates as ISO strings and escapes text as JSON does', () => {
		expect(canonicalJson({ at: new Date('2026-01-01T00:00:00Z'), s: 'a"b\n' })).toBe('{"at":"2026-01-01T00:00:00.000Z","s":"a\\"b\\n"}');
	});

	it('refuses values JSON cannot carry faithfully', () => {
		expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
		expect(() => canonicalJson({ n: Infinity })).toThrow(TypeError);
		expect(() => canonicalJson(10n)).toThrow(TypeError);
	});
});
