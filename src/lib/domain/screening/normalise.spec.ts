import { describe, expect, it } from 'vitest';
import { buildWordView, normaliseText, originalSpan, rewrite } from './normalise.js';

describe('normaliseText', () => {
	it('lower-cases and folds Cyrillic and Greek look-alikes', () => {
		expect(normaliseText('Ѕһit ΑΒС').text).toBe('sһit abc'.replace('һ', normaliseText('һ').text));
		expect(normaliseText('\u0455am').text).toBe('sam');
		expect(normaliseText('ΟΝΕ').text).toBe('one');
	});

	it('drops zero-width characters but keeps the map to the original', () => {
		const text = 'fu\u200Bck off';
		const mt = normaliseText(text);
		expect(mt.text).toBe('fuck off');
		const span = originalSpan(mt, 0, 4);
		expect(text.slice(span.start, span.end)).toBe('fu\u200Bck');
	});

	it('folds full-width digits and accents', () => {
		expect(normaliseText('０７７ café').text).toBe('077 cafe');
	});

	it('keeps emoji as their own characters with a valid map', () => {
		const text = '😀 hi';
		const mt = normaliseText(text);
		const span = originalSpan(mt, mt.text.indexOf('hi'), mt.text.indexOf('hi') + 2);
		expect(text.slice(span.start, span.end)).toBe('hi');
	});
});

describe('rewrite', () => {
	it('maps replaced characters to the whole span they replaced', () => {
		const text = 'sam at gmail';
		const view = rewrite(normaliseText(text), /\s+at\s+/g, '@');
		expect(view.text).toBe('sam@gmail');
		const at = originalSpan(view, 3, 4);
		expect(text.slice(at.start, at.end)).toBe(' at ');
	});
});

describe('buildWordView', () => {
	it('removes apostrophes and reads leetspeak inside words only', () => {
		const view = buildWordView(normaliseText("You're $tup1d, 3 + 4 = 7"));
		expect(view.tokens.map((t) => t.text)).toEqual(['youre', 'stupid', '3', '4', '7']);
		expect(view.tokens[1]?.leet).toBe(true);
	});

	it('joins four or more spaced letters but leaves "u r a" alone', () => {
		expect(buildWordView(normaliseText('m e e t me')).tokens.map((t) => t.text)).toEqual(['meet', 'me']);
		expect(buildWordView(normaliseText('u r a star')).tokens.map((t) => t.text)).toEqual(['u', 'r', 'a', 'star']);
	});
});
