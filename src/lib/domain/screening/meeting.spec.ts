import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { evidence, rules } from './spec-helpers.js';

describe('arranging to meet', () => {
	it.each([
		['meet me at the park after school', 'meet me at the park after', 'meeting.meet-up'],
		['lets meet up on saturday', 'lets meet up', 'meeting.meet-up'],
		['can you come round to mine', 'come round to mine', 'meeting.come-round'],
		['where do you live?', 'where do you live', 'meeting.ask-where'],
		['come to the skatepark at 6, just you', 'come to the skatepark at 6', 'meeting.invite'],
		["I'll pick you up from school in a blue car", "I'll pick you up", 'meeting.pick-up'],
		['wanna come for a sleepover at mine', 'wanna come for a sleepover', 'meeting.sleepover'],
		['m e e t me at the park', 'm e e t me at the park', 'meeting.meet-up']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'meeting')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it('raises the safeguarding meeting alert', () => {
		expect(screenText('meet me at the park').alerts).toEqual({ meeting: true, secrecy: false });
	});

	it('is urgent only with secrecy or an unknown adult', () => {
		expect(screenText('meet me at the park tomorrow').severity).toBe('alert');
		expect(screenText("meet me at the park tomorrow, don't tell your mum").severity).toBe('urgent');
		expect(screenText('my friend from roblox said come to the park at 6').severity).toBe('urgent');
		expect(screenText("I'll pick you up from school in my car").severity).toBe('urgent');
	});

	it.each([
		'meet the author',
		'nice to meet you',
		'we met a dinosaur',
		'it was lovely to meet you mr jones',
		'we meet in the hall for assembly',
		'i cant wait to meet you at the book fair',
		'we will meet the mayor on tuesday',
		'meet me at break by the climbing frame',
		'see you in the library at lunch',
		'meet me at the trim trail at playtime',
		'In my story the villain says meet me at the old bridge at midnight',
		'Never meet up with someone you only know online',
		'miss said if someone says come to the park alone tell a grown up'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'meeting')).toEqual([]);
	});
});

describe('meetings arranged without the word "meet"', () => {
	it.each([
		['do you want to stay at mine on saturday', 'meeting.sleepover'],
		// The writer's relative fetching the reader, with no word of the reader's parent.
		['my grandad can pick you up from your house and bring you to ours', 'meeting.situation'],
		// "my dad will be at work" says no grown-up is there, not that one has arranged it.
		['come to my house at 5, my dad will be at work', 'meeting.invite'],
		['ill knock for you at 11 on sunday', 'meeting.situation'],
		['shall we go to the skatepark on saturday just us', 'meeting.invite']
	])('finds %j', (text, rule) => {
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'see you at school tomorrow',
		'see you at swimming lessons with school on tuesday',
		'my mum said you can come to ours after school, she will ring your mum',
		'my nan is picking us both up at home time'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'meeting')).toEqual([]);
	});
});

describe('in-school plans, a grown-up coming along, and stories "about" someone', () => {
	it.each([
		'come to the music room at 1 for rehearsal',
		'be outside the hall at 9 for the class photo',
		'come to the library at 12',
		'see you at the park at 4 with your dad',
		'our comic is about a spy who says come to the docks at midnight'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'meeting')).toEqual([]);
	});

	it.each([
		'come to the hall at 3 then we can go to the park after school',
		'come to the shop at 4 for sweets, just you',
		'my story is done, come round mine after tea'
	])('still finds %j', (text) => {
		expect(evidence(text, 'meeting')).not.toEqual([]);
	});
});

describe('goodbyes, party invitations, drama lessons and the end of the school day', () => {
	it.each([
		'see you tomorrow!',
		'ok c u on monday',
		'come to my party on saturday at 3, your invitation came today',
		'in drama we did a role play where a man says come to my van and we ran',
		'meet me at the front of the line for lunch',
		'wait for me after school by the cloakroom, then we walk out to our mums'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'meeting')).toEqual([]);
	});

	it.each([
		'see you tomorrow at the skatepark at 6',
		'see you later, come to mine at 7',
		'come to my party on saturday at 3, just you, the invitation is fake',
		'wait for me after school by the bridge'
	])('still finds %j', (text) => {
		expect(evidence(text, 'meeting')).not.toEqual([]);
	});
});

describe('the writer wanting to go somewhere is not the reader being asked', () => {
	it.each(['i dont want to go to the dentist tomorrow', 'i dont want to go swimming after school', 'i really want to go home after school'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'meeting')).toEqual([]);
		}
	);

	it.each(['do you want to go to the park tonight', 'u wanna walk to the shop after school', 'wanna ride to the rec at 6'])('still finds %j', (text) => {
		expect(evidence(text, 'meeting')).not.toEqual([]);
	});
});

describe('cheers, someone else coming, and going to school', () => {
	it.each([
		'come on, we can do it, the test is tomorrow',
		'come on liverpool! the match is at 3',
		'lets go team red, sports day is on friday',
		'i cant come to football tonight because im ill',
		'my cousin is coming to stay at the weekend',
		'are you coming to school tomorrow',
		'lets go to the museum on the trip tomorrow'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'meeting')).toEqual([]);
	});

	it.each([
		'come on the bus with me to town tonight',
		'are you coming to the woods after school',
		'lets go to the rec tonight',
		'i know where you live and were coming round tonight'
	])('still finds %j', (text) => {
		expect(evidence(text, 'meeting')).not.toEqual([]);
	});
});

describe('clubs, places inside a game, a goodbye at the end, and outings a parent booked', () => {
	it.each([
		'see you at the park run on saturday with our dads',
		'lets go to the castle in minecraft after school',
		'im home now, see you tomorrow',
		'you should come to brownies on tuesday its fun',
		'we should go to the soft play on my birthday, my dad booked it'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'meeting')).toEqual([]);
	});

	it.each(['come to the park after brownies, just you', 'lets go to the woods tonight, see you later', 'you should come to the canal on saturday'])(
		'still finds %j',
		(text) => {
			expect(evidence(text, 'meeting')).not.toEqual([]);
		}
	);
});

describe('school events and lessons are not meet-ups', () => {
	it.each(['are you coming to the school disco on friday', 'can you bring your recorder tomorrow for music'])('lets %j through', (text) => {
		expect(screenText(text).verdict).toBe('allow');
	});

	it.each(['are you coming to the park on friday', 'meet me after the school disco at the station', 'bring your phone for music at the park tonight'])(
		'still blocks %j',
		(text) => {
			expect(screenText(text).verdict).toBe('block');
			expect(evidence(text, 'meeting')).not.toEqual([]);
		}
	);
});
