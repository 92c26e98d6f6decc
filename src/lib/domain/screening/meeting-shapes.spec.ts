import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';

// Arrangements to meet away from school told without the word "meet", in wordings of
// our own, beside look-alikes from lessons, school clubs and family plans that must pass.
const kinds = (text: string): string[] => screenText(text).findings.map((f) => f.kind);

describe('meet-ups without the word meet', () => {
	it.each([
		['a bare place and time with a word to the reader', 'quarter past 5 by the swings. dont be late'],
		['a bare place and time with a word to the reader', 'the bench by the canal. 6. u know where'],
		['a short place-and-time note', 'rec 2moro 3pm?'],
		['a short place-and-time note', 'chippy sat 12 yes or no'],
		['the writer’s sleepover with a day', 'sleeepover at mine friday who s coming'],
		['the writer’s party with a time', 'pool party in my garden sunday 1 till 4 bring a towel'],
		['walking home together', 'walk home with me after school, we can go past the shop'],
		['cya at a place', 'cya at the rec l8r'],
		['be there', 'the fair is on the green at 7 be there'],
		['a name before wanna go', 'Jess wanna go to the woods after tea'],
		['together at the writer’s home', 'we can bake cakes together at my house on sunday'],
		['a sleepover asked of the reader', 'can u stay over on friday? my dad will take us back to mine'],
		['a lift from the writer’s grown-up', 'come with us to the beach on saturday, my uncle will drive'],
		['letters typed one at a time', 'c o m e   t o   t h e   p a r k   a t   5'],
		['dotted letters', 'M.E.E.T. A.T. T.H.E. R.E.C. 5PM']
	])('blocks %s: %j', (_shape, text) => {
		expect(kinds(text)).toContain('meeting');
	});

	it.each([
		'chess club in the library at 3:20, bring ur board',
		'netball club on the playground on tuesday, bring ur trainers',
		'class party on friday, bring crisps',
		'the park in our story opens at 9 and the fox waits by the bench',
		'we had a sleepover at mine last friday it was so fun',
		'we can do our reading together tomorrow',
		'my house has 12 windows and a red door',
		'5 ducks swam to the river',
		'the bus to the trip leaves at 9 from the school car park, dont be late',
		'we can go together to the hall for assembly',
		'see ya tomorrow'
	])('leaves %j alone', (text) => {
		expect(kinds(text)).not.toContain('meeting');
		expect(screenText(text).verdict).not.toBe('block');
	});
});
