import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('chain letters', () => {
	it('finds the demand and the threat separately', () => {
		const text = 'send this to 10 people or you will have bad luck';
		expect(evidence(text, 'chain')).toEqual(['send this to 10 people', 'or you will have bad luck']);
		expect(rules(text)).toEqual(['chain.send-on', 'chain.or-else']);
	});

	it('finds "don\'t break the chain"', () => {
		expect(evidence("don't break the chain!", 'chain')).toEqual(["don't break the chain"]);
	});

	it.each(['send this to your teacher when you have finished', 'i sent my story to 3 friends'])('leaves %j alone', (text) => {
		expect(evidence(text, 'chain')).toEqual([]);
	});
});
