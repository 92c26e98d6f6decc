import { describe, expect, it } from 'vitest';
import { createScreener, DEFAULT_CONTEXT, decideVerdict, isSafeguardingSignal, screenText } from './index.js';
import { SCHOOL } from './spec-helpers.js';

describe('screenText', () => {
	it('allows clean text with no findings', () => {
		expect(screenText('I like dogs')).toEqual({ verdict: 'allow', findings: [], alerts: { secrecy: false, meeting: false }, severity: 'none' });
	});

	it('blocks when any personal detail is present, even with rude words', () => {
		const result = screenText('shit my number is 07700 900123');
		expect(result.verdict).toBe('block');
		expect(result.findings.map((f) => f.kind).sort()).toEqual(['phone', 'profanity']);
	});

	it('gives every finding a kind, child-friendly explanation', () => {
		const [finding] = screenText('ring me on 07700 900123').findings;
		expect(finding?.explanation).toBe('This looks like a phone number. Phone numbers are private, so we keep them safe.');
	});

	it('reports the same span once per kind', () => {
		const findings = screenText('s h i t').findings;
		expect(findings).toHaveLength(1);
	});

	it('keeps spans pointing at the original text through every disguise', () => {
		const text = 'Hi!! \u200Bmy email is S\u0430M (at) GMAIL [dot] com 😀';
		const [finding] = screenText(text).findings;
		expect(text.slice(finding?.start, finding?.end)).toBe('S\u0430M (at) GMAIL [dot] com');
	});

	it('reuses a compiled context', () => {
		const screener = createScreener(SCHOOL);
		expect(screener.screen('Amira Khan').verdict).toBe('block');
		expect(screenText('Amira Khan', SCHOOL).verdict).toBe('block');
		expect(screenText('Amira Khan', DEFAULT_CONTEXT).verdict).toBe('allow');
	});

	it('decides verdicts by kind', () => {
		expect(decideVerdict([])).toBe('allow');
		expect(decideVerdict([{ kind: 'unkind' }])).toBe('hold');
		expect(decideVerdict([{ kind: 'unkind' }, { kind: 'url' }])).toBe('block');
		expect(isSafeguardingSignal({ kind: 'secrecy' })).toBe(true);
		expect(isSafeguardingSignal({ kind: 'phone' })).toBe(false);
	});

	it("sees a phone number split across the writer's recent messages", () => {
		const screener = createScreener(SCHOOL);
		const result = screener.screen('123', ['my num is 07700', '900']);
		expect(result.verdict).toBe('block');
		expect(result.findings[0]).toMatchObject({ kind: 'phone', rule: 'phone.split-messages', start: 0, end: 3 });
		expect(screener.screen('123', ['I got 7 out of 10', 'page 42']).verdict).toBe('allow');
		expect(screener.screen('123').verdict).toBe('allow');
	});

	it('explains every finding to the teacher as well as the child', () => {
		for (const f of screenText('my snap is coolkid_99 and I want to hurt myself').findings) {
			expect(f.explanation.length).toBeGreaterThan(20);
			expect(f.forTeacher?.length).toBeGreaterThan(20);
		}
	});

	it('copes with empty and very long input', () => {
		expect(screenText('').verdict).toBe('allow');
		expect(screenText('ab '.repeat(5000)).verdict).toBe('allow');
	});
});
