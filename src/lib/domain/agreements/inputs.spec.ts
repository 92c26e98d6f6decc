import { describe, expect, it } from 'vitest';
import { joinSchema, paperFormSchema, publishSchema, signOwnSchema } from './inputs';

const join = {
	code: 'ABCD-EFGH-JKMN',
	firstName: 'Kim',
	surname: "O'Neill",
	username: 'Kim.Carer',
	password: 'marmalade kettle orbit',
	confirmPassword: 'marmalade kettle orbit'
};

describe('joinSchema', () => {
	it('accepts a family and lower-cases the username', () => {
		const parsed = joinSchema.parse(join);
		expect(parsed.username).toBe('kim.carer');
	});
	it('refuses mismatched passwords, a bad name and a too-long code', () => {
		expect(joinSchema.safeParse({ ...join, confirmPassword: 'other' }).error?.issues[0]?.path).toEqual(['confirmPassword']);
		expect(joinSchema.safeParse({ ...join, firstName: '<script>' }).success).toBe(false);
		expect(joinSchema.safeParse({ ...join, code: 'A'.repeat(65) }).success).toBe(false);
	});
});

describe('publishSchema', () => {
	const base = { kind: 'pupil-younger', title: 'Rules', intro: 'Hello', closing: 'Bye', requiresResign: 'yes' };
	it('builds the text from numbered fields, dropping emptied rules', () => {
		const parsed = publishSchema.parse({
			...base,
			'item-0-id': 'kind',
			'item-0-text': 'I am kind.',
			'item-0-symbol': '💛',
			'item-0-alt': 'A heart',
			'item-1-id': 'gone',
			'item-1-text': '   ',
			'item-2-text': 'I ask first.',
			'item-2-symbol': '🙋',
			'item-2-alt': 'A raised hand'
		});
		expect(parsed.requiresResign).toBe(true);
		expect(parsed.text.items).toEqual([
			{ id: 'kind', text: 'I am kind.', pictogram: { symbol: '💛', alt: 'A heart' } },
			{ id: 'rule-3', text: 'I ask first.', pictogram: { symbol: '🙋', alt: 'A raised hand' } }
		]);
	});
	it('refuses an unknown kind, a missing re-sign answer and an over-long rule', () => {
		expect(publishSchema.safeParse({ ...base, kind: 'governors' }).success).toBe(false);
		expect(publishSchema.safeParse({ ...base, requiresResign: '' }).success).toBe(false);
		expect(publishSchema.safeParse({ ...base, 'item-0-text': 'x'.repeat(601) }).success).toBe(false);
	});
});

describe('other inputs', () => {
	it('refuses a witness name over 80 characters and a non-uuid document', () => {
		expect(signOwnSchema.safeParse({ documentId: crypto.randomUUID(), witness: 'x'.repeat(81) }).success).toBe(false);
		expect(signOwnSchema.safeParse({ documentId: '1' }).success).toBe(false);
	});
	it('accepts a paper form with unanswered consents', () => {
		const parsed = paperFormSchema.parse({ pupilId: crypto.randomUUID(), signer: 'parent', parentId: crypto.randomUUID(), photographs: '' });
		expect(parsed.photographs).toBe('');
	});
});
