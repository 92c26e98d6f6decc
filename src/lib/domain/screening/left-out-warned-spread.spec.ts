// The wordings of unkind-left-out.ts, threat-warned.ts and chain-spread.ts, each tried from both
// sides: the unkind plan, the warning or the spreading order is held, and a twin close in words
// (a full minibus, a teacher's plan, a game, a lesson, a kind joke) passes. Every sentence was
// written for this spec (none is a corpus, training or dev line).

import { describe } from 'vitest';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const UNKIND: readonly HeldPair[] = [
	[
		'unkind.exclusion',
		'everyone can play tig at break apart from jade, we just wont tag her',
		'everyone can play tig at break apart from me, i have hurt my ankle'
	],
	['unkind.exclusion', 'omar cant join the team any more. if he asks just say were full', 'omar cant join the team today, he has got a dentist appointment'],
	['unkind.exclusion', 'ive made a new chat without him, dont add him back whatever he says', 'ive made a new chat for the quiz team, add him too'],
	[
		'unkind.exclusion',
		'every time leo answers a question we all look away and dont answer him lol',
		'every time leo answers a question he gets it right, hes so clever'
	],
	[
		'unkind.exclusion',
		'if you want to be in our squad you have to stop playing with hana. your choice',
		'if you want to be in our squad you have to wear the blue bib'
	],
	[
		'unkind.exclusion',
		'lets all bring a teddy tomorrow and not tell sam so hes the only one who doesnt',
		'lets all bring a teddy tomorrow, miss said it is teddy day'
	],
	[
		'unkind.family',
		'no wonder she always wears the same jumper, her family go to the food bank lol',
		'my family go to the food bank on saturdays to help sort the tins'
	],
	['unkind.family', 'does kai even have a dad? he never comes to anything lol', 'does kai even have a pencil? he keeps borrowing mine'],
	[
		'unkind.humiliation',
		'post the photo of him falling over in the mud to the group chat, everyone needs to see this',
		'post the photo of him scoring the winning goal to the group chat, so proud of him'
	],
	['unkind.humiliation', 'we should make a list of all the cringe things megan says', 'we should make a list of all the books megan says are good'],
	['unkind.humiliation', 'whats the point of him even being on the team, he cant catch', 'whats the point of this question, it makes no sense'],
	['unkind.looks', 'her lunchbox always smells of fish, it makes the whole classroom stink', 'her lunchbox always has fish fingers in, they are her favourite'],
	['unkind.exclusion', 'can we say kids who wear glasses cant be on our side', 'kids who wear glasses cant see the board without them'],
	['unkind.humiliation', 'every time noah talks we laugh cos of his accent', 'every time noah talks about his holiday i want to go to spain'],
	['unkind.humiliation', 'dont tell him its cancelled, let him find out on monday lol', 'dont tell him about the cake, let him find out on his birthday'],
	['unkind.looks', 'ava is so dumb she thinks 2 plus 2 is 5 thicko', 'ava is so clever she knows 12 times 12 is 144']
];

const THREAT: readonly HeldPair[] = [
	['threat.warning', 'my cousin knows what bus you get home. just so you know', 'my cousin knows what bus goes to the zoo'],
	['threat.warning', 'youre lucky miss was watching at lunch. she wont be there forever', 'youre lucky miss let us have extra golden time'],
	['threat.warning', 'say that again and your bag goes in the bin', 'say that again, i didnt hear you over the music'],
	['threat.warning', 'you think this is finished? its not over. see what happens on friday', 'the film is nearly finished, we can watch the rest on friday'],
	['threat.warning', 'enjoy your last week of having a phone lol', 'enjoy your last week before the holidays, see you in september'],
	[
		'threat.warning',
		'tell anyone about the window and your little brother is next',
		'tell anyone who wants a turn that your little brother is next in the queue'
	],
	['threat.warning', 'keep laughing and you wont have any teeth left', 'keep eating sweets and you wont have any teeth left, said the dentist in the story']
];

const CHAIN: readonly HeldPair[] = [
	['chain.send-on', 'copy this into 6 group chats before midnight or your phone will break', 'copy this into your homework book before friday please'],
	['chain.send-on', 'snapchat is shutting down accounts that dont repost this by tonight', 'snapchat is a bit silly, i dont really use it'],
	['chain.send-on', 'a youtuber is giving a free switch to anyone who shares this with 20 friends', 'a youtuber is giving a free switch to one of his friends'],
	['chain.or-else', 'this is the bestie test, if you get 4 back you are loved', 'this is the spelling test, if you get 4 wrong you can try again']
];

describe('unkind plans and remarks about someone (unkind-left-out.ts)', () => {
	itHoldsEachAndPassesItsTwin(UNKIND, { findsBy: 'kind' });
});

describe('warnings that name no harm (threat-warned.ts)', () => {
	itHoldsEachAndPassesItsTwin(THREAT, { findsBy: 'kind' });
});

describe('chain messages told as a spreading order (chain-spread.ts)', () => {
	itHoldsEachAndPassesItsTwin(CHAIN, { findsBy: 'kind' });
});
