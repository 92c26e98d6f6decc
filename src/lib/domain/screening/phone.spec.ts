import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('phone numbers', () => {
	it.each([
		['ring me on 07700 900123', '07700 900123', 'phone.uk-mobile'],
		['home is 01632 960123 ok', '01632 960123', 'phone.uk-landline'],
		['call +44 7700 900123', '+44 7700 900123', 'phone.uk-international'],
		['call 0044 7700 900123', '0044 7700 900123', 'phone.uk-international'],
		['my cousin +1 212 555 0147', '+1 212 555 0147', 'phone.international'],
		['oh seven seven double oh nine double oh one two three', 'oh seven seven double oh nine double oh one two three', 'phone.spelled-digits'],
		['its O77OO 9OO l23 ok', 'O77OO 9OO l23', 'phone.look-alike'],
		['my number is 456789', '456789', 'phone.with-cue']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'phone')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it('sees through line breaks, dots, dashes and zero-width characters', () => {
		expect(evidence('077\n009\n001\n23', 'phone')).toEqual(['077\n009\n001\n23']);
		expect(evidence('0-7-7-0-0-9-0-0-3-2-1', 'phone')).toEqual(['0-7-7-0-0-9-0-0-3-2-1']);
		expect(evidence('x 0\u200B7700 900123', 'phone')).toEqual(['0\u200B7700 900123']);
	});

	it('catches invalid and drama-range numbers by shape alone', () => {
		expect(evidence('ring 07700 90012', 'phone')).toEqual(['07700 90012']);
		expect(evidence('ring 077009001234', 'phone')).toEqual(['077009001234']);
	});

	it('joins a number split by "and then"', () => {
		expect(evidence('07700 and then 900123', 'phone')).toEqual(['07700 and then 900123']);
	});

	it.each([
		'9 x 6 = 54',
		'123 + 456 = 579',
		'page 42',
		'question 7',
		'12/03/2024',
		'3rd May 2019',
		'10:30',
		'half past 3',
		'£3.50',
		'ISBN 978-0-14-032872-1',
		'the isbn is 0-14-032872-1',
		'in 1066',
		'1939 to 1945',
		'we won 3 2',
		'0 1 2 3 4 5 6 7 8 9 10',
		'zero one two three four five six seven eight nine',
		'1,000,000',
		'0 1 1 0 1 0 0 1 1 0',
		'oh no oh no oh no',
		'i have one dog and two cats'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'phone')).toEqual([]);
	});
});

describe('helplines a child is taught', () => {
	it.each(['you can ring childline on 0800 1111', 'the samaritans are on 116 123', 'the nspcc number is 0808 800 5000'])('leaves %j alone', (text) => {
		expect(evidence(text, 'phone')).toEqual([]);
	});

	it('still finds a number that only starts like one', () => {
		expect(evidence('ring me on 0800 111 2345', 'phone')).not.toEqual([]);
	});
});
