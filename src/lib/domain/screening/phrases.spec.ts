import { describe, expect, it } from 'vitest';
import { buildWordView, normaliseText } from './normalise.js';
import { matchPhrases, passesWordTest, phrase, wordTest, YOU, YOURE, type PhraseRule } from './phrases.js';

// Rules shaped like the real ones: optional openings, repeats, wide classes, digits,
// anchors and look-arounds, so the first-word index is tried on each kind of start.
const RULES: readonly PhraseRule[] = [
	{ rule: 'test.plain', pattern: phrase(`(?:ill|i will|let me) (?:pick ${YOU} up|collect ${YOU})|get in (?:my|the) (?:car|van)`) },
	{ rule: 'test.optional-start', pattern: phrase(`(?:so |very |really ){0,2}(?:mature|grown up) for ${YOU}r age`) },
	{ rule: 'test.wide-start', pattern: phrase(`[a-z]+ (?:car|van) outside`) },
	{ rule: 'test.digits', pattern: phrase(`(?:at )?\\d{1,2} ?(?:pm|oclock)`) },
	{ rule: 'test.anchored', pattern: phrase(`^(?:hey |hi )?how old (?:are|r) ${YOU}$`) },
	{ rule: 'test.look-around', pattern: phrase(`(?!nice )${YOURE} (?:my )?(?:special|favourite)(?= friend)`) },
	{ rule: 'test.short-class', pattern: phrase(`s[na@4]ap ?chat me`) },
	{ rule: 'test.unless', pattern: phrase(`meet (?:me|up)`), unless: /\bhalfway\b/ }
];

const TEXTS = [
	'I will collect you after school',
	'let me pick u up, get in the car',
	'nothing to see here',
	'You are very very mature for your age',
	'so grown up for ur age!!',
	'the red car outside is ours',
	'a van outside',
	'come at 5pm or 6 oclock',
	'hey how old are u',
	'how old are you really',
	'youre my special friend',
	'u r favourite friend',
	'snapchat me later, s4apchat me',
	'meet me halfway',
	'meet up at the park',
	''
];

/** Every rule tried on every message, with no index: what the index must agree with. */
function tryEveryRule(text: string): string[] {
	const view = buildWordView(normaliseText(text));
	const out: string[] = [];
	for (const { rule, pattern, unless } of RULES) {
		pattern.lastIndex = 0;
		for (let m = pattern.exec(view.text); m !== null; m = pattern.exec(view.text)) {
			const window = view.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
			if (unless === undefined || !unless.test(window)) out.push(`${rule}@${m.index}`);
		}
	}
	return out;
}

describe('matchPhrases', () => {
	it('finds exactly what trying every rule on every message finds', () => {
		let found = 0;
		for (const text of TEXTS) {
			const view = buildWordView(normaliseText(text));
			const viaIndex = matchPhrases(view, RULES, 'meeting').map((f) => f.rule);
			const expected = tryEveryRule(text).map((r) => r.split('@')[0]);
			expect(viaIndex, text).toEqual(expected);
			found += viaIndex.length;
		}
		expect(found).toBeGreaterThan(10);
	});

	it('still finds a phrase whose opening words are optional or start with a wide class', () => {
		const rules = (text: string): string[] => matchPhrases(buildWordView(normaliseText(text)), RULES, 'meeting').map((f) => f.rule);
		expect(rules('really so mature for ur age')).toContain('test.optional-start');
		expect(rules('my car outside')).toContain('test.wide-start');
		expect(rules('be there 7 pm')).toContain('test.digits');
		expect(rules('nothing at all')).toEqual([]);
	});

	it('keeps a rule whose cheap test fails from finding anything, whether the test is asked first or at the first match', () => {
		const view = buildWordView(normaliseText('let me pick you up, meet me at the park'));
		const rules = (needs: RegExp): string[] =>
			matchPhrases(view, [{ rule: 'test.needs', pattern: phrase(`(?:let me pick ${YOU} up|meet me)`), needs }], 'meeting').map((f) => f.rule);
		expect(rules(/park/)).toEqual(['test.needs', 'test.needs']);
		expect(rules(/school/)).toEqual([]);
		// A test with state (g) is asked first, as before; its answer is the same here.
		expect(rules(/park/g)).toEqual(['test.needs', 'test.needs']);
		expect(rules(/school/g)).toEqual([]);
	});

	it('points each finding at the original text', () => {
		const text = 'Let me pick U up, OK?';
		const [finding] = matchPhrases(buildWordView(normaliseText(text)), RULES, 'meeting');
		expect(finding).toBeDefined();
		expect(text.slice(finding?.start, finding?.end)).toBe('Let me pick U up');
	});
});

// Whole-text tests shaped like meeting.ts's filters: word-bounded alternatives, one opening with ^, one
// with a look-behind, one whose opening is a wide class or a digit (no beginnings to list), and
// ones the index must not take (a branch that can begin inside a word, a stateful g flag).
const WHOLE_TESTS = [
	/\b(?:(?:at|in|to) school|with (?:miss|sir|mrs [a-z]+)|the climbing frame)\b|\bfor (?:the )?(?:register|choir)\b/,
	/\b(?:my|your) (?:mum|dad) (?:is|said)\b|^(?:mum|dad) (?:said|says)\b/,
	/(?<![a-z0-9])(?:just (?:you|u)|dont tell)\b/,
	/\b(?:(?<!\bi )come|see (?:you|u))\b/,
	/\b(?:[a-z]+ ){0,2}together\b|\b\d{1,2} ?(?:pm|oclock)\b/,
	/\b(?:lesson|never)\b|ing\b/,
	/\bif (?:your|ur) mum (?:says|lets ${YOU})\b/
];
const WHOLE_TEXTS = [
	...TEXTS,
	'see you at school with mrs patel by the climbing frame',
	'mum said i can come, my dad is picking us up',
	'dad says no. just you, dont tell anyone',
	'i come here a lot, can you come round',
	'we can all go together at 5pm',
	'never ever going there',
	'if your mum says yes',
	'if ur mum lets ${you} come'
];

describe('passesWordTest', () => {
	it('answers exactly as the plain test of the word view does, indexed or not', () => {
		let passed = 0;
		for (const pattern of WHOLE_TESTS) {
			const test = wordTest(pattern);
			for (const text of WHOLE_TEXTS) {
				const view = buildWordView(normaliseText(text));
				const plain = pattern.test(view.text);
				expect(passesWordTest(view, test), `${pattern.source} on ${text}`).toBe(plain);
				if (plain) passed += 1;
			}
		}
		expect(passed).toBeGreaterThan(10);
	});

	it('indexes a test only when every match begins at a word, and never a test with state', () => {
		expect(wordTest(WHOLE_TESTS[0] as RegExp).rules).not.toBeNull();
		expect(wordTest(WHOLE_TESTS[1] as RegExp).rules).not.toBeNull();
		expect(wordTest(WHOLE_TESTS[2] as RegExp).rules).not.toBeNull();
		// "ing" can end a word anywhere: tried whole.
		expect(wordTest(WHOLE_TESTS[5] as RegExp).rules).toBeNull();
		expect(wordTest(/\bmeet\b/g).rules).toBeNull();
	});

	it('answers for the view it is given, and for any other text it is given beside the view, as the plain test does', () => {
		const test = wordTest(WHOLE_TESTS[0] as RegExp);
		const view = buildWordView(normaliseText('see you at school by the climbing frame'));
		const other = buildWordView(normaliseText('see you at the park'));
		// The other view is read last, so the first is asked after another was indexed.
		expect(test.test(other)).toBe(false);
		expect(test.test(view)).toBe(true);
		expect(test.test(view, 'see you at the park')).toBe(false);
		expect(test.test(other, 'in school now')).toBe(true);
		matchPhrases(view, RULES, 'meeting');
		expect(test.test(other)).toBe(false);
	});
});
