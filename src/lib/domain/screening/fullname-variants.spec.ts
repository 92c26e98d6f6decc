import { describe, expect, it } from 'vitest';
import { nameKey, withinOneSlip } from './fullname-variants.js';
import { evidence } from './spec-helpers.js';
import type { ScreeningContext } from './types.js';

// A roster of its own, so these wordings are not the development files'.
const CLASS: ScreeningContext = {
	rosterNames: [
		{ firstName: 'Hannah', surname: 'Moorcroft' },
		{ firstName: 'Thomas', surname: 'Ashworth' },
		{ firstName: 'Eleanor', surname: 'Brennan' },
		{ firstName: 'Ellis', surname: 'Parker' },
		{ firstName: 'Sam', surname: 'Hill' }
	]
};

const found = (text: string): string[] => evidence(text, 'fullname', CLASS);

describe('roster full names as children type them', () => {
	it.each([
		['one slip in the surname', 'Hannah Morcroft is in my group', 'Hannah Morcroft'],
		['two letters swapped', 'thomas ashwroth took my pencil', 'thomas ashwroth'],
		['one slip in the first name', 'Hanah Moorcroft is off sick', 'Hanah Moorcroft'],
		['doubled letters', 'Hannahh Moorcrofft 💕', 'Hannahh Moorcrofft'],
		['a nickname', 'Tommy Ashworth is the goalie', 'Tommy Ashworth'],
		['a short nickname', 'Nell Brennan sits by the window', 'Nell Brennan'],
		['surname first with no comma', 'ashworth tom is so loud', 'ashworth tom'],
		['look-alike digits', 'h4nn4h m00rcr0ft', 'h4nn4h m00rcr0ft'],
		['a -ie ending for -y', 'Tommie Ashworth', 'Tommie Ashworth'],
		['a quoted nickname between', 'tom "the tank" ashworth', 'tom "the tank" ashworth']
	])('finds %s: %j', (_shape, text, expected) => {
		expect(found(text)).toEqual([expected]);
	});

	it.each(['tomashworth is online', 'nellbrennan', 'HannahMoorcroft'])('finds both names run together: %j', (text) => {
		expect(found(text)).toHaveLength(1);
	});

	it.each(['T O M   A S H W O R T H', 'h a n n a h  moorcroft'])('finds names typed a letter at a time: %j', (text) => {
		expect(found(text)).toHaveLength(1);
	});

	it.each(['T. Ashworth won the spelling bee', 'well done h.moorcroft', 'h. moorcroft'])('finds an initial and a full stop before the surname: %j', (text) => {
		expect(found(text)).toHaveLength(1);
	});

	it.each(["Hannah's last name is Moorcroft", 'Moorcroft is Hannah’s surname so we call her Moorie', 'tom told me his other name, its ashworth'])(
		'finds a message that says which word is the surname: %j',
		(text) => {
			expect(found(text)).toHaveLength(1);
		}
	);

	it.each([
		'Ellis parked his scooter by the gate',
		'Ellis thinks Peter Parker is the best spiderman',
		'sam walked up the hill',
		'sam hil',
		'samhill is a made up word',
		'Ellis Parkes is in year 6',
		'we drove past Ashworth. Tom was sick in the car',
		'Hannah said the moor was foggy',
		'Tom and Ellis are in my team',
		'the explorer Thomas Ashworth sailed to the pole',
		'Hannah Moorcroff'
	])('leaves %j alone', (text) => {
		expect(found(text)).toEqual([]);
	});
});

describe('name comparison', () => {
	it('reads doubled letters and a -y or -ie ending alike', () => {
		expect(nameKey('rubie')).toBe(nameKey('ruby'));
		expect(nameKey('priyaa')).toBe(nameKey('priya'));
	});

	it('allows one slip, not two', () => {
		expect(withinOneSlip('fenwik', 'fenwick')).toBe(true);
		expect(withinOneSlip('grnat', 'grant')).toBe(true);
		expect(withinOneSlip('parkar', 'parker')).toBe(true);
		expect(withinOneSlip('pakra', 'parker')).toBe(false);
	});
});
