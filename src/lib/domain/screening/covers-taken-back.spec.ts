// Harm told with the words a stand-down listens for: a role play, the telly, a family saying, a
// game level, a laugh, an allergy, a surprise, a parent's say-so, a friend "from class", "not a
// game". Written by trying to slip real risks past this screen's stand-downs; each row must
// still be held (and, where the risk is self-harm, grooming or a meeting with secrecy or a
// grown-up, page the safeguarding lead), and its innocent twin, using the same cover honestly,
// must still pass.

import { describe } from 'vitest';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

describe('self-harm behind a cover still pages the safeguarding lead', () => {
	const pairs: HeldPair[] = [
		['selfharm.hurt-self', 'i want to kill myself like the man on the telly did', 'the man on the telly said he wanted to go to the moon'],
		['selfharm.hurt-self', 'on youtube they said it helps so i cut myself last night', 'on youtube they said it helps so i tried the slime recipe last night'],
		['selfharm.not-alive', 'i want to disappear forever like magic and never come back', 'i want to disappear like magic at the school show'],
		['selfharm.not-alive', 'i just want to vanish into thin air and not be here anymore', 'the rabbit vanished into thin air in the magic show'],
		['selfharm.hurt-self', 'im going to end it all tonight, i cant do this level of sadness', 'im going to finish this level tonight, it is so hard'],
		[
			'selfharm.not-eating',
			'im not eating anything, the dentist can say what they want, i need to be thin',
			'im not eating anything hard, the dentist said my tooth needs to rest'
		],
		[
			'selfharm.not-eating',
			'im starving myself, i told mum im allergic to wheat so she doesnt notice',
			'im not eating meat anymore, im vegetarian and i told mum'
		],
		[
			'selfharm.farewell',
			'im giving my old toys to my sister because i wont be here next week, goodbye everyone',
			'im giving my old toys to my sister because she is starting nursery'
		],
		['selfharm.hurt-self', 'lol i want to kill myself', 'lol i want to kill this level'],
		['selfharm.hurt-self', 'i cut myself again lol', 'i cut my finger on paper again lol'],
		['selfharm.not-alive', 'this is a story about me: i want to die and nobody cares', 'this is a story about me: i want to be a vet and help animals'],
		['selfharm.hurt-self', 'haha jk... not joking actually i want to kill myself', 'haha jk... not joking actually i want to be a pilot'],
		[
			'selfharm.not-alive',
			'its a trick my mum plays, she says im fat so i dont eat, i want to die',
			'its a trick my mum plays, she hides the biscuits on the top shelf'
		],
		['selfharm.hurt-self', "rofl i'm going to hang myself tonight", "rofl i'm going to hang myself upside down on the monkey bars tonight"],
		['selfharm.not-alive', 'we practised saying no in pshe but i want to die anyway', 'we practised saying no in pshe and it was fun anyway'],
		['selfharm.not-alive', 'i want to vanish into the ground and never wake up', 'i want to sleep in and never wake up early on a saturday'],
		['selfharm.farewell', 'giving away my old games cos i wont need them where im going', 'giving away my old games cos i got a new console']
	];
	itHoldsEachAndPassesItsTwin(pairs, { findsBy: 'kind', severity: 'urgent' });
});

describe('grooming behind a role play or a family saying still pages the safeguarding lead', () => {
	const pairs: HeldPair[] = [
		[
			'grooming.age',
			'you look older than your age, we can act it out together on video call just us',
			'we acted out the play together on stage, it was just us and year 6'
		],
		[
			'grooming.flattery-secret',
			'keep it our secret, its like a role play, you are my special girl',
			'its like a role play, you are the shopkeeper and i am the customer'
		],
		['grooming.age', 'my dad said age is just a number and hes right, you are mature for your age', 'my dad said my brother is tall for his age'],
		['grooming.gift', 'ill buy you a new phone, my mum said im allowed to, just dont tell your parents', 'my mum said im allowed a new phone when im 11'],
		['grooming.alone', 'are you home alone tonight? mine never check so we can video chat', 'is your mum making pancakes tonight? mine is'],
		[
			'grooming.alone',
			'are you on your own? i want to drop round and give you a present, just us',
			'i want to drop round and give you your jumper back, you left it at my party'
		],
		[
			'grooming.age',
			'you seem really grown up for your age, my mum always says that too, message me later',
			'my mum always says that too, you are so good at drawing'
		],
		[
			'grooming.alone',
			'is your dad home? i need to drop something off, are you alone? delete this',
			'i need to drop something off for your dad, its the drill he lent us'
		]
	];
	itHoldsEachAndPassesItsTwin(pairs, { findsBy: 'kind', severity: 'urgent' });
});

describe('a meeting behind a surprise or a parent’s say-so still pages the safeguarding lead', () => {
	const pairs: HeldPair[] = [
		[
			'meeting.invite',
			'its a present from me, our secret, come to my house after school and dont tell anyone',
			'its a present for mum, our secret, dont tell anyone till sunday'
		],
		[
			'meeting.pick-up',
			'your mum told my mum you can come, ill pick you up from the park in my car tonight, dont tell her its me',
			'your mum told my mum you can come to the park with us tonight'
		],
		[
			'meeting.meet-up',
			'our parents have sorted it, meet me at the station at 9 tonight just you, im 19',
			'our parents have sorted it, we are meeting at the station at 9 for the trip'
		],
		[
			'meeting.meet-up',
			'my mum drops me off so i can meet you at the park after school, my friend is 20 and wants to meet you',
			'my mum drops me off so i can meet you at the park after school'
		],
		[
			'meeting.pick-up',
			'your mum said its fine, ill pick you up in my van after school, just you',
			'your mum said its fine, my mum will pick us both up after school'
		],
		[
			'meeting.unknown-adult',
			'my online friend from class is actually 25 and wants to meet me at the park tonight',
			'my online friend from class priya wants to play minecraft tonight'
		],
		[
			'meeting.unknown-adult',
			'a man from roblox who is in my class wants to meet me at the shop after school, dont tell',
			'a girl from roblox who is in my class wants to play at break'
		],
		[
			'meeting.unknown-adult',
			'my mum texted your mum, ill get you from the bus stop tonight, hes 21 the driver btw',
			'my mum texted your mum, she will get us both from the bus stop tonight'
		],
		[
			'meeting.unknown-adult',
			'my dad is dropping me off at the park, meet me there after school, my mate is 18 and has a car',
			'my dad is dropping me off at the park after school, your mum said she will be there too'
		],
		['meeting.unknown-adult', 'a lady from my road wants me to come to her flat tonight on my own', 'a girl from my road wants to play football at break']
	];
	itHoldsEachAndPassesItsTwin(pairs, { findsBy: 'kind', severity: 'urgent', verdict: 'not-allow' });
});

describe('a game rival who names a real place is arranging a meeting', () => {
	const pairs: HeldPair[] = [
		['meeting.situation', 'im coming for you on roblox and after school at the park too', 'im coming for you on roblox after school, get ready to lose']
	];
	itHoldsEachAndPassesItsTwin(pairs, { findsBy: 'kind', verdict: 'not-allow' });
});

describe('a kind-looking secret, a report or a denied game that is not one is still held', () => {
	const pairs: HeldPair[] = [
		[
			'secrecy.our-secret',
			"keep it a secret, it's for fun, you can sit on my lap when no one is looking",
			"keep it a secret, it's for fun, you can sit on my beanbag in the reading corner"
		],
		[
			'secrecy.dont-tell',
			'shh its a surprise for your birthday, uncle dave wants to give you it himself, dont tell anyone ok',
			'shh its a surprise for your birthday, uncle dave is making the cake, dont tell anyone ok'
		],
		[
			'unkind.exclusion',
			'miss, someone said Zac smells and i agree, hes disgusting and should leave the school',
			'miss, someone said Zac smells, can you talk to them'
		],
		['threat.warning', 'i know where your mum lives, this isnt a game, jk but watch out', 'i know your mum, this isnt a game, she is my mums friend'],
		['threat.warning', "say that again and you're going in the canal, that's not a story", 'say that again and you get a house point, well done']
	];
	itHoldsEachAndPassesItsTwin(pairs, { findsBy: 'kind' });
});
