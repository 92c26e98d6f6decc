// A red team of "just you and me", "just us" and "only you" (just-us.ts, and the readings of them in
// meeting.ts, meeting-kept.ts, grooming-sideways.ts and secrecy.ts), and of a meeting told as "be at
// the back of <a place> <a time>" (meeting.ts). Before these rules a bare "just you and me" paged the
// safeguarding lead for a family outing ("my dad said he will drive us to the cinema tonight at 7,
// just you and me") and for "only you and me got full marks". Each harmful row must be held or
// blocked and page the DSL; its twin, the same words about an outing the family takes, a lift
// from a parent, a club, a team, a party the grown-ups know of or a surprise for one of them,
// must pass. The family outings that other rules still block as a meeting (the reader brought by
// someone's parent with no word of their own, as the frozen development files want) must page nobody.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itBlocksEachAndPassesItsTwin, itHoldsEachAndPassesItsTwin, type BlockedPair, type HeldPair } from './spec-helpers.js';

const PAGES = { findsBy: 'rule', severity: 'urgent', verdict: 'not-allow' } as const;

describe('"just you and me" from an older or online person, kept from parents or alone pages the safeguarding lead', () => {
	const pairs: HeldPair[] = [
		[
			'grooming.flattery-secret',
			'just you and me, dont bring anyone, ill pick you up at the park at 7',
			'my dad will pick us up from the park at 6, just you and me cos my brother is at football'
		],
		['grooming.flattery-secret', 'ill pick u up from the shop at 6, just you and me ok', 'my mum will pick us up from brownies at 8, just you and me tonight'],
		[
			'grooming.flattery-secret',
			'come to the cinema tonight at 7, just you and me, dont tell your mum',
			'we are going to the cinema with my mum tonight at 7, just you and me'
		],
		['meeting.unknown-adult', 'meet me at the station saturday, just you and me, im 19', 'my mum is taking us to the cinema on saturday, just you and me'],
		[
			'grooming.flattery-secret',
			'its gonna be just you and me at my flat tonight, dont tell ur parents',
			'we are having a pamper night at mine with my mum on friday at 6, just you and me'
		],
		[
			'meeting.unknown-adult',
			'my friend from roblox wants to meet at the park tomorrow, just you and me',
			'my auntie is taking us bowling tomorrow at 2, just you and me'
		],
		['secrecy.meeting-alone', 'dont bring anyone, just you and me, meet me behind the shops at 9pm', 'my mum will walk us to the park at 5, just you and me'],
		[
			'grooming.flattery-secret',
			'ill drive you to the cinema tonight, just u and me, no need to tell ur mum',
			'its my birthday on saturday, my mum is taking us to the cinema at 2, just you and me'
		],
		[
			'grooming.flattery-secret',
			'just the two of us at the woods tonight ok, dont tell anyone',
			'mum is taking us ice skating on saturday at 3, just the two of us'
		],
		[
			'grooming.flattery-secret',
			'ill get you from the bus stop at 5, just me and you, keep it secret',
			'just me and you at the sleepover, my mum is making pancakes'
		],
		['grooming.flattery-secret', 'just you and me at the canal after dark', 'grandad is taking us fishing at the lake on saturday, just you and me'],
		[
			'meeting.unknown-adult',
			'im 20, we can go to the cinema tonight at 7, just you and me',
			'your dad said he can take us to the cinema tonight at 7, just us'
		],
		[
			'grooming.flattery-secret',
			'meet me at the park tonight, just u n me, ur parents dont need to know',
			'just u n me for the science project, miss put us together'
		],
		[
			'grooming.flattery-secret',
			'no one else, just you and me, come to my car after school',
			'my dad is taking just you and me to the football on saturday at 3'
		],
		['grooming.flattery-secret', 'just us two at maccies saturday, dont tell ur mum and dad', 'my nan is taking us to the panto on saturday, just us two'],
		[
			'grooming.flattery-secret',
			'just you and me this time, ill come and get you from school in my car',
			'dad is picking us up from school at 3 and taking us to the toy shop, just you and me'
		],
		[
			'grooming.flattery-secret',
			'sneak out tonight, ill wait by the park at 10, just you and me',
			'my mum is taking us to the park after school, just you and me'
		],
		[
			'grooming.flattery-secret',
			'we can go to the cinema at 7, just you and me, dont tell anyone im coming',
			'my mum has booked the bowling for 7 tonight, just you and me'
		],
		[
			'grooming.flattery-secret',
			'just you and me, ill pay for the cinema on saturday, dont tell your parents',
			'for my birthday mum said i can take one friend to the cinema, just you and me, tonight at 6'
		],
		['meeting.unknown-adult', 'im 16 and ill take you to town on saturday, just you and me', 'my big sister is taking us to the shops at 2, just you and me'],
		['grooming.flattery-secret', 'after school come to my van, just you and me', 'its just you and me on the school trip coach, we sit together'],
		[
			'secrecy.meeting-alone',
			'meet me at the skatepark at 8pm, just the two of us, delete this',
			'my mum is driving us to gymnastics at 5, just us two this week'
		],
		[
			'grooming.flattery-secret',
			'my mum is taking us to the cinema tonight, just you and me, dont tell your mum',
			'my mum is taking us to the cinema tonight at 7, just you and me, its a surprise for your birthday'
		],
		[
			'grooming.flattery-secret',
			'my dad will drive us, just you and me, im 17 so its fine',
			'my dad will drive us to the match, just you and me, he got tickets'
		],
		[
			'grooming.flattery-secret',
			'just you and me on the coach home, then come back to my flat after dark',
			'just you and me on the coach home from the trip, bagsy the back seat'
		],
		[
			'grooming.flattery-secret',
			'the man from the match said just you and me can go in his car',
			'the coach from football said just you and me are picked for the county trial'
		],
		['grooming.flattery-secret', 'just you and me in the team, come to my car after training alone', 'just you and me in the relay team, miss said'],
		['secrecy.meeting-alone', 'my uncle is taking you to the woods at 10pm, just you', 'my uncle is taking us to the zoo at 10, just you and me'],
		['grooming.flattery-secret', 'just me and you at the skatepark after dark, tell no one', 'just the two of us in the pairs at gymnastics club tonight'],
		[
			'grooming.flattery-secret',
			'my mum is out, just you and me at mine tonight, dont tell',
			'my mum is home, just you and me at mine after school, she will ring your mum'
		],
		[
			'grooming.flattery-secret',
			'its just you and me this saturday, ill buy the tickets, dont tell your parents',
			'its just you and me this saturday, my dad got the tickets for the match'
		],
		[
			'meeting.unknown-adult',
			'my online friend will drive us to the cinema, just you and me',
			'ellies mum is driving us to the party at 5, just you and me from our class'
		],
		[
			'grooming.flattery-secret',
			'its a surprise, just you and me, come to my house after school, dont tell your mum',
			'dont tell your mum, just you and me are making her a cake for her birthday'
		],
		['grooming.flattery-secret', 'only you and me know', 'only you and me know the answer lol'],
		['grooming.flattery-secret', 'our chats are special, just you and me', 'only you and me got full marks in the spelling test'],
		['grooming.flattery-secret', 'i wish it was just you and me forever', 'just you and me remembered our pe kits lol']
	];
	itHoldsEachAndPassesItsTwin(pairs, PAGES);
});

describe('a family outing, a lift, a club, a team or a surprise said with "just you and me" pages nobody', () => {
	it.each([
		['my mum said just you and me for the sleepover on friday, she will text your mum'],
		['your mum said you can come swimming with me and my dad on sunday, just you and me'],
		['its my birthday treat, my mum is taking just you and me to pizza express at 6'],
		['my dad got tickets for the match on saturday, just you and me and him'],
		['my mum booked the climbing wall for saturday at 11, just you and me'],
		['just you and me on the bus to the museum with miss'],
		['mrs patel said just you and me can go to the library at lunch'],
		['dad is driving us to cubs at 6, just you and me tonight cos sam is ill'],
		['my mum says we can have a picnic in the garden on saturday, just you and me'],
		['the school trip is on friday, its just you and me in our group with mrs jones'],
		['my dad said hell take us to the cinema at 6, only you cos the car is full'],
		['my mum will take us to the library on saturday morning, just you and me'],
		['when you come for tea my mum is making pizza, just you and me at the table lol'],
		['my grandma is taking us to the garden centre at 11 tomorrow, just us two'],
		['just you and me in the three legged race on sports day'],
		['my mum said i can only bring one friend to the cinema at 7 tonight, so only you'],
		['my uncle is taking us go karting on saturday at 10, just you and me, your mum said yes'],
		['my mum is taking us to the cinema for your birthday, just you and me, dont tell your mum its a surprise'],
		['my nan is taking us to the pantomime on saturday, just you and me, your mum knows'],
		['its a surprise for mum, just you and me know, dont tell her'],
		['my dad is driving us to the fireworks at the station car park at 8pm, just you and me'],
		['grandad is taking us to see the bats in the woods at 9pm, just us two'],
		['my mum will walk us to the bonfire at the rec at 8pm, just you'],
		['we are going to the woods at night with my dad for the owl walk, just you and me'],
		['my mum is taking us to the park at 4, just you'],
		['miss put us as partners, just you and me for the science project'],
		['its just you and me in the chess club final'],
		['just us two in the final of the spelling bee!'],
		['we are the only ones who like marmite, just you and me'],
		['just you and me and the whole of year 5 haha'],
		['the team is just you and me now that sam left']
	])('%j passes', (text) => {
		expect(screenText(text).findings).toEqual([]);
	});

	// Someone's parent bringing the reader, with no word of the reader's own parent, is still a
	// meeting to block (the development files label these so); "just you and me" adds no page to it.
	it.each([
		['my dad said he will drive us to the cinema tonight at 7, just you and me'],
		['my mum will drive us to the trampoline park at 4, just u and me'],
		['my dad will pick you up at 10 for the zoo, just you and me'],
		['my step dad will drive us to the skatepark on sunday at 10, just us'],
		['mum says you can come to ours for tea tonight, just you and me and my little sister'],
		['my mum said you can come to maccies with us after school, just you and me and her'],
		['lets plan mums surprise party, come to mine at 4 on saturday, my dad knows, just you and me'],
		['your mum and my mum said we can go to the cinema on friday, just you and me, my mum will drive'],
		['my dad said we can go to the trampoline park at 4 tomorrow, just you and me'],
		['my mum will drive us to the swimming gala tonight at 6, just u n me'],
		['the surprise for dad: come to mine at 5 and my mum will drive us to get the cake, just you and me'],
		['my mum will drive us to the cinema, just you and me, shes booked it'],
		['come to the cinema with me and my dad on saturday, just you'],
		['nan said she will take us to the beach on sunday, just us two']
	])('%j is a meeting for the teacher and pages nobody', (text) => {
		const result = screenText(text);
		expect(result.severity).toBe('alert');
		expect(result.findings.map((f) => f.kind)).toEqual(['meeting']);
	});
});

// The wider family outing read for "just you and me" clears only that: a reader sent alone, or a
// meeting kept quiet, still pages beside a grown-up of the family named for afterwards.
describe('a grown-up of the family named beside a reader sent alone still pages', () => {
	it.each([
		['come to the woods at 10pm on your own, my mum will pick us up after'],
		['come to the canal tonight alone, ellies mum is driving us home after'],
		['im meeting him at the station tonight, dont tell, dad is driving us'],
		['meet me behind the garages at 9pm, just you, my dad said he will drive us'],
		['come to the bridge at 10pm by yourself, grandad is taking us after'],
		['come to the park at 8pm just you and me, my big brother is 19 hes taking us']
	])('%j pages the safeguarding lead', (text) => {
		expect(screenText(text).severity).toBe('urgent');
	});
});

describe('told to be at the back, the side or behind a place at a time is a meeting', () => {
	const pairs: BlockedPair[] = [
		[
			'meeting.invite',
			'be at the back of the leisure centre car park at 7, dont tell lol',
			'we were at the back of the leisure centre car park at 7 waiting for dad'
		],
		['meeting.invite', 'be at the back of the leisure centre car park at 7', 'my mum will be at the back of the leisure centre car park at 7 to get us'],
		[
			'meeting.invite',
			'be round the side of the sports hall at 8 tonight, dont tell',
			'be at the side of the church at 10 on sunday for the parade with brownies, my mum is bringing me'
		],
		[
			'meeting.invite',
			'be at the back of the big tesco car park at 6 tomorrow, dont tell anyone',
			'dad parks at the back of the tesco car park at 6 when he picks me up'
		],
		['meeting.invite', 'get to the back of the old cinema car park at 8, dont tell', 'get to the back of the line at 9 for assembly'],
		['meeting.invite', 'be at the side of the church hall at 7 tonight', 'be at the back of the hall at 7 for the christmas concert'],
		['meeting.invite', 'be behind the old library at half 8, dont tell', 'ill be at the back of the cinema queue at 6 with my mum'],
		['meeting.invite', 'come to the back of the leisure centre car park at 7, dont tell', 'come to the back of the school field at lunch, were doing the den'],
		['meeting.invite', 'wait round the side of the garages at 8, shh', 'meet at the side of the swimming pool at 4 for your lesson, your mum said']
	];
	itBlocksEachAndPassesItsTwin(pairs);

	it.each([
		['be at the back of the leisure centre car park at 7, dont tell lol'],
		['be round the side of the sports hall at 8 tonight, dont tell'],
		['be behind the old library at half 8, dont tell'],
		['get to the far end of the canal path at 7 tonight, dont tell'],
		['come round the back of the old mill at 8 tonight on your own'],
		['be at the back of the station car park at 10pm, just you and me']
	])('%j pages the safeguarding lead', (text) => {
		expect(screenText(text).severity).toBe('urgent');
	});
});
