import { describe } from 'vitest';
import { itBlocksEachAndPassesItsTwin, SCHOOL } from './spec-helpers.js';
import type { ScreeningContext } from './types.js';

// Wordings written for these specs, not taken from any dev file, each with an innocent twin.

describe('a phone number told in pieces (phone.in-parts)', () => {
	itBlocksEachAndPassesItsTwin([
		[
			'phone.in-parts',
			'text me later, its the normal mobile start, then nine hundred, then my shoe size which is 4 and then 5 5',
			'text me later, my shoe size is 4 and my brothers is 5 and the bus is the nine hundred'
		],
		['phone.in-parts', 'ring me!! zero seven seven one two, then the rest is three four five six', 'ring me!! the code for the door is two then three four'],
		['phone.in-parts', 'my new phone ends in 5 8 2, the rest is same as my sisters', 'my new phone ends in a crack down the middle lol'],
		[
			'phone.in-parts',
			'whats my number? first bit is what every mobile starts with, second bit is 123 456',
			'whats the answer? first bit is 123 and second bit is 456'
		]
	]);
});

describe('a home postcode told in pieces (postcode.in-parts)', () => {
	itBlocksEachAndPassesItsTwin([
		['postcode.in-parts', 'our postcode is the same start as the school then a six and then G and W', 'our postcode is the same as the school one lol'],
		['postcode.in-parts', 'put ours in the sat nav, the end bit is 3 then P then R', 'put the castle in the sat nav, the end bit of the road is steep'],
		['postcode.in-parts', 'S K four, the gap, then two D J, thats us', 'four space invaders and two lives left thats us'],
		['postcode.in-parts', 'my post code ends 9 A B so u can find mine', 'in geography we learned every post code ends with a number and two letters']
	]);
});

describe('a classmate’s surname told by a clue (fullname.surname-clue)', () => {
	itBlocksEachAndPassesItsTwin([
		['fullname.surname-clue', 'amiras surname sounds like the ruler genghis but just the end bit', 'amiras surname is really hard to spell'],
		['fullname.surname-clue', 'olivers last name is what they called a blacksmith in the olden days', 'i always forget olivers last name, what is it again'],
		[
			'fullname.surname-clue',
			'the girl who sits next to me has a last name that rhymes with stones',
			'the girl who sits next to me has a pencil case shaped like a stone'
		],
		['fullname.surname-clue', 'grace has the same surname as that famous singer from the eighties', 'grace has the same birthday as that famous singer'],
		['fullname.surname-clue', 'amiras whole name is on her coat peg, amira and then khan underneath', 'amiras coat peg is next to mine, under the window']
	]);
});

describe('a child out now with no grown-up minding them (location.here-now)', () => {
	itBlocksEachAndPassesItsTwin([
		[
			'location.here-now',
			'at the chip shop on the high street, dad went to the cash machine so im just waiting',
			'at the chip shop on the high street with dad, we got a massive fish'
		],
		['location.here-now', 'on the bench outside the leisure centre rn, nobody else here', 'on the bench outside the leisure centre we ate our picnic with mum'],
		[
			'location.here-now',
			'im at the train station, waiting for my grandad, hes not here yet',
			'we learned about the train station in history, it opened in 1846'
		],
		['location.here-now', 'sat in the car at the garage while mum pays, so bored', 'sat in the car all the way to wales with mum, so bored'],
		['location.here-now', 'in the cafe at the garden centre on my own now', 'im on my own table in maths today']
	]);
});

describe('an email address told as a recipe (email.in-parts)', () => {
	itBlocksEachAndPassesItsTwin([
		[
			'email.in-parts',
			'my email is my hamsters name then 2016 then the at sign and the hotmail one',
			'my mum says hotmail is rubbish and she uses the other one for her emails'
		],
		[
			'email.in-parts',
			'email my nan, its her first name and where she was born, and its the yahoo one',
			'my nan still uses yahoo to read the news, she never emails anyone'
		],
		[
			'email.in-parts',
			'my email is my cats name then my door number and then the google one',
			'in computing we learned an email has a name then the at sign then something like gmail'
		]
	]);
});

// A school none of the development files use, so these wordings test the shape, not a file.
const HAZELWOOD: ScreeningContext = {
	...SCHOOL,
	schoolName: 'Hazelwood Primary School',
	schoolTown: 'Penrith',
	teacherNames: ['Mr Carver', 'Miss Oduya']
};

describe('the child’s own school told by clues (school.told)', () => {
	itBlocksEachAndPassesItsTwin(
		[
			[
				'school.told',
				'our school is named after a tree and a wood, its in penrith, our teacher is mr C',
				'we picked hazel nuts in the woods near penrith on saturday'
			],
			[
				'school.told',
				'dear pen pals, our school is in penrith and our class is called rowan',
				'dear pen pals, penrith has a castle and our class loves reading'
			],
			['school.told', 'my schools the one in penrith by the red bridge, year 5, miss O', 'my cousins school in penrith has a red bridge on its badge'],
			['school.told', 'its the school with the wood in its name, in penrith, im in maple class', 'the wood near our house has maple trees in it']
		],
		HAZELWOOD
	);
});

describe('a home placed by directions, typed without the apostrophe (address.described)', () => {
	itBlocksEachAndPassesItsTwin([
		[
			'address.described',
			'go past the garage, turn right and we’re the yellow bungalow with the gnomes',
			'go past the garage, turn right and you will see the yellow bungalow with the gnomes in my story'
		],
		['address.described', 'im in the flat right above the chippy, buzz number two', 'we were in the flat above the chippy when we went on holiday'],
		[
			'address.described',
			'the caravan site by the lake, were in the green caravan at the very back',
			'they were the first house after the bridge to get flooded'
		]
	]);
});

describe('a meet-up implied by a shared place and a time (meeting.implied)', () => {
	itBlocksEachAndPassesItsTwin([
		['meeting.implied', 'the place we said, sunday, dont be late', 'the place we said in our story is a castle on sunday'],
		['meeting.implied', 'same spot as last time yeah? half term, ill bring the snacks', 'same spot as before in the book, the dragon sleeps after school'],
		['meeting.implied', 'our usual spot on saturday then, ok?', 'our usual spot in the library is the beanbags, ok?']
	]);
});

describe('an account claimed on a named platform, its handle elsewhere in the message (social.claimed)', () => {
	itBlocksEachAndPassesItsTwin([
		['social.claimed', 'on roblox im the blue one called frostywizard, add me', 'on roblox i play a game called adoptme with my cousin'],
		['social.claimed', 'my xbox name is my dogs name and my lucky number, so biscuit77, add me', 'my xbox has 77 games on it and my dog loves biscuits'],
		['social.claimed', 'thats me on tiktok, its under glittergoat', 'thats me on tiktok in the background of my sisters video']
	]);
});

describe('a web address told as a recipe (url.in-parts)', () => {
	itBlocksEachAndPassesItsTwin([
		['url.in-parts', 'the art site, slash then my name, glitterbrush', 'in maths 3 slash 4 is the same as 0.75'],
		['url.in-parts', 'go on sparkleunicorns dotcom its my page', 'my dad says dotcom companies were a big thing in the olden days'],
		['url.in-parts', 'my aunties website is our family name dot family, it has all our photos', 'my aunties website has all our family photos on it']
	]);
});
