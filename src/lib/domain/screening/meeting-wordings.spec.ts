import { describe, expect, it } from 'vitest';
import { rules } from './spec-helpers.js';

const meetingRules = (text: string): string[] => rules(text).filter((r) => r.startsWith('meeting.'));

describe('arrangements to meet typed in a hurry or offered through a grown-up', () => {
	it.each([
		'meet maccies 2moro 10am',
		'meetup @ the rec sat after football',
		'com 2 mine after school, nobody will mind',
		'cme to my house 2nite',
		"you're invited to my sleepover on friday!!",
		'ur invited 2 my sleepovr next sat',
		'my dad can give you a lift home from cubs if you wait by the car park',
		'after school we will walk to the shops together, dont get the bus',
		"i'll come to yours on my scooter tonight if your mum says ok"
	])('finds %j', (text) => {
		expect(meetingRules(text)).not.toEqual([]);
	});

	it.each([
		'we meet the park ranger on the trip',
		'Our leaflet says: NEVER MEET UP WITH ONLINE FRIENDS. Tell an adult.',
		'The evil queen wrote: meet me at the tower at midnight',
		'my mum can give you a lift to brownies, she will text your mum',
		'we will walk to the park with mrs adebayo for science',
		'i got an invite card to a sleepover but mum said no',
		"we'll go swimming on saturday, my family loves it"
	])('leaves %j alone', (text) => {
		expect(meetingRules(text)).toEqual([]);
	});
});
