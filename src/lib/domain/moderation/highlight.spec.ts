import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';
import type { Finding } from '../screening/types';

const f = (start: number, end: number, kind: Finding['kind'] = 'phone'): Finding => ({ kind, start, end, rule: 'r', explanation: 'e' });

describe('highlightSegments', () => {
	it('marks exactly the flagged characters', () => {
		const text = 'ring me on 07700 900123 ok';
		const segs = highlightSegments(text, [f(11, 23)]);
		expect(segs.map((s) => s.text)).toEqual(['ring me on ', '07700 900123', ' ok']);
		expect(segs[1]!.findings).toHaveLength(1);
		expect(segs.map((s) => s.text).join('')).toBe(text);
	});

	it('merges overlapping findings and ignores spans outside the text', () => {
		const segs = highlightSegments('abcdefgh', [f(2, 5), f(4, 7, 'unkind'), f(20, 30)]);
		expect(segs.map((s) => s.text)).toEqual(['ab', 'cdefg', 'h']);
		expect(segs[1]!.findings.map((x) => x.kind)).toEqual(['phone', 'unkind']);
	});
});
