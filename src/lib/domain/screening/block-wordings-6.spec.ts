// Disguised personal details read by small additions to the kind files: meet-ups told as notes,
// numbers and codes split by words or symbols, schools and surnames typed in halves, and game codes.
import { describe, expect, it } from 'vitest';
import { rules, SCHOOL } from './spec-helpers.js';
import type { FindingKind, ScreeningContext } from './types.js';
import { screenText } from './screen.js';

const OAKFIELD: ScreeningContext = {
	...SCHOOL,
	rosterNames: [
		{ firstName: 'Nadia', surname: 'Blackwood' },
		{ firstName: 'Owen', surname: 'Marchbank' }
	],
	schoolName: 'Oakfield Primary School',
	schoolTown: 'Leeds',
	teacherNames: ['Mrs Patel']
};
const kinds = (text: string, context: ScreeningContext = SCHOOL): FindingKind[] => screenText(text, context).findings.map((f) => f.kind);

describe('meet-ups told as a note', () => {
	it.each([
		'thursday after school, the old bench by the canal',
		'sunday 9am the big rock down by the river',
		'r u free 2nite? rec, half 6, by the shelter',
		'tomoz aftr skool the chippy then the park k',
		'skate park 8 2nite, dont b l8',
		'park 2mrw at 3, brng ur scooter',
		'sleepover mine fri nite 7 oclock tell ur mum'
	])('finds %j', (text) => {
		expect(kinds(text)).toContain('meeting');
	});

	it.each([
		'on sunday at 10 we go to the park with grandad',
		'netball club after school on the courts, bring your trainers',
		'football club after school on the field, wear your shin pads'
	])('leaves %j alone', (text) => {
		expect(kinds(text)).not.toContain('meeting');
	});

	it("finds the writer's grown-up fetching the reader from a place, and leaves the writer's own lift alone", () => {
		expect(kinds('my gran is taking me to the pictures on sunday, she can come get you at 2 from the corner by the chemist')).toContain('meeting');
		expect(kinds('my mum is picking us both up from the school gate after school')).not.toContain('meeting');
	});

	it('reads "i was thinking we could…" as a plan, not a report', () => {
		expect(kinds('i was thinking we could go to the woods behind the rec on saturday and build a den')).toContain('meeting');
		expect(kinds('it was fun when we went to the woods behind the rec on saturday')).not.toContain('meeting');
	});
});

describe('postcodes split by slashes or read out with words between', () => {
	it.each(['BD7//2PQ', 'LS6 4 (and then) T W', 'BD7 (space) 3 (space) N (space) X', 'bee dee 7 3 dubbleyou ay', 'p.c. BD7 3 NX'])('finds %j', (text) => {
		expect(kinds(text)).toContain('postcode');
	});

	it.each(["we posted our letters to santa's grotto, the postcode is XM4 5HQ", 'i got 3 and 4 and 5 and 6 right', 'my pc is a 2nd hand one from my uncle'])(
		'leaves %j alone',
		(text) => {
			expect(kinds(text)).not.toContain('postcode');
		}
	);

	it("still blocks Santa's postcode given as a child's own", () => {
		expect(kinds('my postcode is XM4 5HQ')).toContain('postcode');
	});
});

describe('phone numbers in pieces', () => {
	it.each([
		['0 7 9 (space) 3 1 2 (space) 4 4 8 (space) 2 0', 'phone.uk-mobile'],
		['my number: 07911 + 234 + 567', 'phone.uk-mobile'],
		['first part is 07723, the rest is 918 402', 'phone.in-pieces'],
		['start with oh seven nine one two. then its three four five six seven eight', 'phone.in-pieces']
	])('finds %j', (text, rule) => {
		expect(rules(text)).toContain(rule);
	});

	it.each(['125 + 250 + 375 = 750', '0.5 + 0.25 + 0.125 = 0.875', 'we got 07 in the first round and 12 in the second'])('leaves %j alone', (text) => {
		expect(kinds(text)).not.toContain('phone');
	});
});

describe('an email after a spelled "at" that made none', () => {
	it('finds the real address', () => {
		expect(kinds('you can email my dad at the.okafors@outlook.com')).toContain('email');
	});

	it('finds an address typed a letter and a dot at a time', () => {
		expect(kinds('my email: o.w.e.n.m.@.h.o.t.m.a.i.l.c.o.m')).toContain('email');
	});

	it('leaves initials with dots alone', () => {
		expect(kinds('we did the e.g. and i.e. worksheet with a.b.c.d in it')).not.toContain('email');
	});

	it('leaves a plain "at" alone', () => {
		expect(kinds('my dad is at work at the hospital')).not.toContain('email');
	});
});

describe('the school and a surname typed in halves', () => {
	it.each([
		'oak-field primary, leeds, year 4',
		'oak + field primary in leeds, year 5',
		'#oakfieldprimary #leeds #year6',
		'oakfield primary leeds year 3, say hi if anyone from my old club sees this'
	])('finds the school in %j', (text) => {
		expect(kinds(text, OAKFIELD)).toContain('school');
	});

	it.each(['oakfield primary won the cup!', 'if anyone asks what school you go to, dont say oakfield primary in leeds'])(
		'leaves the school in %j alone',
		(text) => {
			expect(kinds(text, OAKFIELD)).not.toContain('school');
		}
	);

	it.each(['owen march-bank is in my team', 'nadia with the surname like black wood sits next to me'])('finds the full name in %j', (text) => {
		expect(kinds(text, OAKFIELD)).toContain('fullname');
	});

	it('leaves a first name and two ordinary words alone', () => {
		expect(kinds('owen went the long way home', OAKFIELD)).not.toContain('fullname');
	});
});

describe('game codes and accounts with arrows, dashes and gaps', () => {
	it.each([
		['my switch friend code is SW dash 1234 dash 5678 dash 9012', 'social.friend-code'],
		['steam friend code: 512 884 301', 'social.friend-code'],
		['come on our minecraft realm, the code is 4kLm9Qz2', 'social.friend-code'],
		['our server → discord . gg / owenzone', 'social.invite'],
		['new name on my snap, its now owen.m.2014', 'social.platform-handle'],
		['roblox ⇒ N_a_d_i_a_9', 'social.platform-handle']
	])('finds %j', (text, rule) => {
		expect(rules(text)).toContain(rule);
	});

	it.each(['my friend code is on the back of my switch', 'the server code is broken again', 'i scored 512 884 301 on the arcade game'])(
		'leaves %j alone',
		(text) => {
			expect(kinds(text)).not.toContain('social');
		}
	);
});
