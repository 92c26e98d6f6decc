import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import MODEL from './classifier-model.json';
import { classifyHolds, MODEL_KINDS, modelStandsDown } from './classifier.js';
import { buildWordView, normaliseText } from './normalise.js';
import { screenText } from './screen.js';
import { parseCorpus } from './scoring.js';
import { readSpeaking } from './speaking.js';
import { modelJson, trainModel } from './train-model.js';
import { BLOCK_KINDS, HOLD_KINDS } from './types.js';

const training = new URL('../../../../tests/fixtures/screening/training/own.jsonl', import.meta.url);
const view = (text: string) => buildWordView(normaliseText(text));
const standsDown = (kind: string, text: string): boolean => modelStandsDown(kind, view(text).text, readSpeaking(view(text).text));

describe('the word model', () => {
	it('loads with a weight row, a bias and a threshold for each of its kinds', () => {
		expect(MODEL.kinds).toEqual([...MODEL_KINDS]);
		expect(MODEL.bias).toHaveLength(MODEL_KINDS.length);
		expect(MODEL.thresholds.every((t) => Number.isFinite(t) && t > 0)).toBe(true);
		const rows = Object.values(MODEL.weights);
		expect(rows.length).toBeGreaterThan(1000);
		expect(rows.every((row) => row.length === MODEL_KINDS.length)).toBe(true);
	});

	it('only ever names hold kinds', () => {
		for (const kind of MODEL_KINDS) {
			expect(HOLD_KINDS).toContain(kind);
			expect(BLOCK_KINDS).not.toContain(kind);
		}
	});

	it('loads a strong line per kind, never under the kind’s ordinary line', () => {
		expect(MODEL.strong).toHaveLength(MODEL_KINDS.length);
		MODEL.strong.forEach((line, c) => expect(line).toBeGreaterThanOrEqual(MODEL.thresholds[c] as number));
	});

	it('holds sentences no rule lists, with its own rule and both explanations', () => {
		// From the project's own training sentences (tests/fixtures/screening/training/).
		const cases: [string, string][] = [
			["your parents wouldn't understand our friendship", 'grooming.model'],
			["let's talk on a different app where it's just us", 'grooming.model'],
			// Sure before own-7, unsure after it (one split's highest held-out other message set the
			// strong line), sure again since the lines are read over four fold splits (grooming's
			// strong line is the highest over them, 5.10).
			['you are very mature, i forget how young you are', 'grooming.model'],
			["i'll teach you grown up things", 'grooming.model-weak'],
			['even your own brother doesnt like you', 'unkind.model'],
			['i feel like i should not be alive', 'selfharm.model-weak'],
			['i dont think i want to be around much longer', 'selfharm.model-weak']
		];
		for (const [text, rule] of cases) {
			const result = screenText(text);
			expect(result.verdict, text).toBe('hold');
			const finding = result.findings.find((f) => f.rule === rule);
			expect(finding, text).toBeDefined();
			expect(finding?.explanation.length).toBeGreaterThan(20);
			expect(finding?.forTeacher).toContain('word model');
		}
		expect(screenText('i feel like i should not be alive').findings[0]?.explanation).toContain('0800 1111');
		expect(screenText('i dont think i want to be around much longer').findings[0]?.explanation).toContain('0800 1111');
	});

	it('raises an urgent alert only when the model is sure; an unsure self-harm or grooming finding is held for the teacher', () => {
		expect(screenText("your parents wouldn't understand our friendship").severity).toBe('urgent');
		expect(screenText("let's talk on a different app where it's just us").severity).toBe('urgent');
		expect(screenText('you are very mature, i forget how young you are').severity).toBe('urgent');
		// A call while the parents sleep is now a phrase rule's (grooming.alone), so it is urgent through the rule.
		expect(screenText('can you video chat when your parents are asleep').findings.map((f) => f.rule)).toEqual(['grooming.alone']);
		expect(screenText('can you video chat when your parents are asleep').severity).toBe('urgent');
		// Over the ordinary line, under the strong one: held, the teacher reads it, no DSL alert.
		// (No self-harm sentence is over the strong line today: an innocent "i don't want to go to
		// bed ever, i want to stay up forever" scored near the top in cross-validation, so the
		// self-harm the model alone finds is held for the teacher, and the rules raise the alerts.)
		expect(screenText('i feel like i should not be alive').severity).toBe('teacher');
		expect(screenText("i'll teach you grown up things").severity).toBe('teacher');
		// A wording the model is unsure of but a phrase rule knows is urgent through the rule.
		expect(screenText('i keep thinking about dying').findings.map((f) => f.rule)).toContain('selfharm.not-alive');
		expect(screenText('i keep thinking about dying').severity).toBe('urgent');
		expect(screenText('send me a photo of your cat').severity).not.toBe('urgent');
	});

	it('reads self-harm said once in a long email with no full stop around it', () => {
		const news = 'Dear Mr Fletcher I finished my reading book and my spellings are in my bag';
		const more = 'also can we do the volcano experiment again on Friday from Tom';
		for (const sentence of ['i hope i get so ill i never get better', 'i just want everything to go dark for good']) {
			expect(screenText(sentence).findings.map((f) => f.rule)).toEqual(['selfharm.model-weak']);
			expect(screenText(`${news} ${sentence} ${more}`).findings.map((f) => f.rule)).toEqual(['selfharm.model-weak']);
		}
		// The school news alone is not read as self-harm.
		expect(screenText(`${news} ${more}`).findings).toEqual([]);
	});

	it('leaves grooming and secrecy in lesson talk, and threats in games, to the rules', () => {
		expect(standsDown('secrecy', 'we learned never to tell anyone your address')).toBe(true);
		expect(standsDown('grooming', 'in pshe we talked about people who ask for photos')).toBe(true);
		expect(standsDown('threat', 'ill get you next time at uno')).toBe(true);
		expect(standsDown('selfharm', 'we learned about feelings and i want to disappear')).toBe(false);
		expect(standsDown('threat', 'my brother will sort you out')).toBe(false);
		// A retold story or the child's own rap: its jeers are a character's or a performance.
		expect(standsDown('unkind', 'my rap goes: im the best at football, you lot are slow, ha ha')).toBe(true);
		expect(standsDown('unkind', 'you lot are slow and rubbish, ha ha')).toBe(false);
		expect(screenText('we learned never to tell anyone your address').verdict).toBe('allow');
	});

	it('gives the same findings every time for the same text', () => {
		const text = 'i feel like disappearing and never coming back';
		expect(screenText(text)).toEqual(screenText(text));
	});

	it('never unblocks: a blocked message stays blocked, with the model’s hold beside the block', () => {
		const result = screenText('ring me on 07700 900123, i feel like i should not be alive');
		expect(result.verdict).toBe('block');
		expect(result.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['phone', 'selfharm']));
	});

	it('leaves a kind a rule already found to the rule', () => {
		const text = 'i dont think i want to be around much longer';
		expect(classifyHolds(view(text), text, new Set(), readSpeaking(view(text).text)).map((f) => f.kind)).toContain('selfharm');
		expect(classifyHolds(view(text), text, new Set(['selfharm']), readSpeaking(view(text).text)).map((f) => f.kind)).not.toContain('selfharm');
	});

	it('reads a long message in windows and points at the window that scored', () => {
		const story = 'we went to the beach and built a big sandcastle with a moat and towers and shells on top, then had chips. ';
		const text = story.repeat(3) + 'i dont think i want to be around much longer';
		const found = classifyHolds(view(text), text, new Set(), readSpeaking(view(text).text)).find((f) => f.kind === 'selfharm');
		expect(found).toBeDefined();
		expect(text.slice(found?.start, found?.end)).toContain('want to be around');
		expect(classifyHolds(view(story.repeat(6)), story.repeat(6), new Set(), readSpeaking(view(story.repeat(6)).text))).toEqual([]);
	});

	it('passes innocent look-alikes', () => {
		for (const text of [
			'i hurt my knee on the trampoline yesterday',
			'dont tell mum about her birthday cake its a surprise',
			"you're not stupid, you're clever"
		]) {
			expect(screenText(text).verdict, text).toBe('allow');
		}
	});

	it('trains deterministically: the same messages give the same file', () => {
		const items = parseCorpus(readFileSync(training, 'utf8'), 'own.jsonl');
		const options = { l2: 0.0005, iterations: 15 };
		const first = trainModel(items, options);
		const second = trainModel(items, options);
		expect(modelJson(second.model)).toBe(modelJson(first.model));
		expect(first.model.kinds).toEqual([...MODEL_KINDS]);
		expect(first.report[0]).toContain(`${items.length} training messages`);
		// The innocent allowance is a rate read between ranks, at most one in 400 held-out innocent messages and at least one;
		// the counts reported are the mean over the fold splits.
		const allowance = Math.max(1, Math.ceil(items.filter((i) => i.category === 'innocent').length / 400));
		for (const line of first.report.slice(1)) expect(Number(/innocent raised (\d+)/.exec(line)?.[1]), line).toBeLessThanOrEqual(allowance);
	});
});
