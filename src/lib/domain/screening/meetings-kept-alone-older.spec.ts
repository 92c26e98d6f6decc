// A red team of the three meeting wordings that still got past the safeguarding lead's page: a
// bare trailing "dont tell" after a meet-up, a night or lonely place alone behind a parent's
// say-so, and "meet him at the station, hes 17" said of an online boyfriend (meeting-kept.ts,
// meeting-older.ts). Each harmful row must be blocked or held and page the DSL; its twin, the
// same words used honestly (a school disco, a surprise, Scouts at night, grandad off the train),
// must pass. The reading written for them last time paged for "see you at the school disco
// tonight at 7, dont tell": that now passes (a grown-up's evening event is no meeting away from
// school, meeting.ts), and the last block checks that a surprise, a family outing or a grown-up's
// event that another rule still blocks as a meeting pages nobody.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAGES = { findsBy: 'rule', severity: 'urgent', verdict: 'not-allow' } as const;

describe('a meet-up at night or somewhere lonely with a bare "dont tell" pages the safeguarding lead', () => {
	const pairs: HeldPair[] = [
		['secrecy.meeting-kept', 'come to the old railway bridge after tea, dont tell', 'we walked to the old railway bridge after tea with my dad'],
		['secrecy.meeting-kept', 'meet me behind the garages at 8 dont tell', 'meet me by the climbing frame at break, dont tell'],
		['secrecy.meeting-kept', 'come down the canal path after school yeah? dont tell', 'meet me in the library at lunch, dont tell'],
		['secrecy.meeting-kept', 'cum 2 the woods 2nite dnt tell', 'going to the woods at 9 pm to look for owls with my dad'],
		['secrecy.meeting-kept', 'meet me at the bus station at 7 tomoz, dont tell ok', 'meet me at the school disco at 6 and dont tell'],
		['secrecy.meeting-kept', 'wanna come to the underpass after dark? dont tell x', 'see you on the field at lunchtime, dont tell x'],
		['secrecy.meeting-kept', 'come to the flats by the chippy at 8, just dont tell k', 'see you at parents evening at 6, dont tell'],
		[
			'secrecy.meeting-kept',
			'hiya its me, i know u said u couldnt but plz come to the den in the woods tonight, i have something to show u. dont tell!!',
			'hiya its me, we are going to the cinema with my mum and dad tonight, dont tell'
		],
		['secrecy.meeting-kept', 'meet at the bridge at half 8 and dont tell', 'see you at football club after school, dont tell'],
		[
			'secrecy.meeting-kept',
			'Hi Maya, hope you had a good weekend. Mrs Patel said the spelling test is on Friday so I have been practising. Anyway, can you come to the old bridge by the river after tea on Saturday? Don’t tell.',
			'Hi Maya, hope you had a good weekend. Mrs Patel said the spelling test is on Friday so I have been practising. Anyway, I went to the old bridge by the river after tea with my nan on Saturday. Don’t tell.'
		],
		[
			'secrecy.meeting-kept',
			'come to the river after school, but dont tell yeah',
			'in pshe we learned if someone says come to the bridge after tea, dont tell, you must tell a grown up'
		],
		['secrecy.meeting-kept', 'come round his house later, dont tell', 'miss gave us an example: meet me at the woods tonight, dont tell. thats a red flag'],
		['secrecy.meeting-kept', 'meet me at the station tonight shh dont tell', 'meet him at the station, hes my grandad and hes coming on the train'],
		['secrecy.meeting-kept', 'dont tell but meet me in the woods tonight', 'we are going to the woods with our class tomorrow, dont tell'],
		['secrecy.meeting-kept', 'cum 2 da bridge l8r 2nite dont tel', 'were going to the station tonight to meet dad off the train, dont tell its a surprise'],
		['secrecy.meeting-kept', 'meet me down the canal 2nite.. dont say nuthin', 'the fox said meet me by the bridge at midnight, dont tell the hens'],
		['secrecy.meeting-kept', 'come to the bridge tonight. shhhh', 'shhhh, the baby is asleep, we walked to the bridge tonight in the pram'],
		['secrecy.meeting-kept', 'come 2 the woods after skl, tell no1', 'we went to the woods after school, i told no one about my fall'],
		['secrecy.meeting-kept', 'meet me at the back of tesco at 9pm, dont tell ok', 'my mum works at the back of tesco till 9pm, dont tell ok'],
		[
			'secrecy.meeting-kept',
			'meet me by the railway at 8 tonight and keep it quiet',
			'after the disco at the school tonight mum is picking us up at 8, dont tell'
		],
		['secrecy.meeting-kept', 'when ur mum is asleep come to the bridge, dont tell', 'when ur mum is asleep the tooth fairy comes, dont tell'],
		['secrecy.meeting-kept', 'come to the car park behind aldi at 9 tonight, dont tell', 'i was in the car park behind aldi at 9 with my nan, dont laugh'],
		['secrecy.meeting-kept', 'see you at the old railway bridge tonight at 7, dont tell', 'see you at the school disco tonight at 7, dont tell'],
		['secrecy.meeting-kept', 'see you behind the garages tonight, dont tell', 'see you at the nativity tonight, dont tell'],
		['secrecy.meeting-kept', 'come to the canal tonight at 6 dont tell', 'come to the christmas concert tonight at 6 dont tell'],
		['secrecy.meeting-kept', 'come to the woods tonight at 7, dont tell', 'come to scouts tonight at 7, dont tell'],
		['secrecy.meeting-kept', 'u no the old bridge? b there 2nite 10ish. dont tell', 'u no the old bridge? we walked over it 2day with mum'],
		[
			'secrecy.meeting-kept',
			'come to the graveyard after tea, dont tell',
			'come to guides at 7 tonight, dont tell, we are making a surprise card for brown owl'
		],
		['secrecy.meeting-kept', 'meet me by the old factory at night dont tell', 'we are going to the old factory museum on the school trip, dont tell'],
		['secrecy.meeting-kept', 'sneak out tonight and meet me at the woods. tell nobody', 'we are going to the woods on sunday with guides, tell everyone']
	];
	itHoldsEachAndPassesItsTwin(pairs, PAGES);
});

describe('a night or lonely place alone, whatever a parent said, pages the safeguarding lead', () => {
	const pairs: HeldPair[] = [
		['secrecy.meeting-alone', 'come to the woods at 9 pm alone, our mums said its ok', 'our mums said its ok, we can go to the park at 4 together'],
		['secrecy.meeting-alone', 'come to the woods at 9 pm alone', 'the girl went to the woods alone at midnight and met a wolf'],
		['secrecy.meeting-alone', 'my mum said its fine, come to the skatepark at 10 at night by yourself', 'mum said its ok to walk to Ellie’s at 6'],
		['secrecy.meeting-alone', 'come to the canal at 9 on ur own, ur mum said u can', 'dont go to the river on your own, my mum said its dangerous'],
		[
			'secrecy.meeting-alone',
			'our parents said its ok for you to come to the bridge tonight on your own at 10',
			'our parents said its ok for me to stay up till 10 to watch the fireworks'
		],
		['secrecy.meeting-alone', 'meet me in the woods when its dark, just you, my mum knows', 'in our story the girl has to go to the woods alone at night'],
		['secrecy.meeting-alone', 'come to the train station at 11 pm alone, my dad said its fine', 'grandad is picking me up from cubs at 8, mum said its fine'],
		['secrecy.meeting-alone', 'mum says we can go, come to the woods after dark by urself', 'mum says its ok for me to go to the park on my own until 5'],
		['secrecy.meeting-alone', 'its ok my mum said yes, come to his flat at 9 pm on your own', 'come to scouts tonight at 7, my mum said its ok'],
		['secrecy.meeting-alone', 'come 2 the park at midnite alone our mums r ok with it', 'in pshe we learned never to go to the woods alone at night'],
		['secrecy.meeting-alone', 'ur mum said yes so come to the garages at 10pm just u', 'come to the park tonight with your mum, my mum said its ok'],
		[
			'secrecy.meeting-alone',
			'hey so my mum talked to your mum and they both said its fine, so come to the forest at 9 tonight on your own, dont bring anyone else, see you there',
			'hey so my mum talked to your mum and they both said its fine, we’re going to the woods at night for a bat walk with the rangers'
		],
		[
			'secrecy.meeting-alone',
			'meet at the old railway tracks at night by yourself, my nan said its ok',
			'guides are doing a night hike on friday, our mums said its ok'
		],
		[
			'secrecy.meeting-alone',
			'our mums said its ok, come to the car park at 10pm alone, hell be there',
			'my nan said its ok to stay up till 9 to watch the fireworks'
		],
		['secrecy.meeting-alone', 'ur mum said its ok so come to the woods tonite on ur own', 'you can come to mine tonight, my mum will ring your mum'],
		[
			'secrecy.meeting-alone',
			'come to the station at 10 at night by urself my mum said its fine',
			'my dad said its fine to stay at the station cafe till 10 with him'
		],
		[
			'secrecy.meeting-alone',
			'Dear Sam, I hope you are well. I wanted to ask if you could come to the canal bridge this Friday at 9pm on your own. My mum and your mum have said it’s OK. See you there.',
			'Dear Sam, I hope you are well. I wanted to tell you the canal boat trip with the school is this Friday. My mum and your mum have said it’s OK.'
		],
		[
			'secrecy.meeting-alone',
			'sneak out at midnight and come to the woods, just u',
			'we stayed up till midnight in the tent in our garden, just me and my dad'
		],
		['secrecy.meeting-alone', 'come to the woods 2nite on ya own', 'i can walk to school on my own now, my mum said'],
		['secrecy.meeting-alone', 'meet me under the bridge at 10, just you', 'the troll lives under the bridge and he is 100 years old'],
		['secrecy.meeting-alone', 'come round his house tonight, just you', 'he has a new puppy at his house, so cute'],
		['secrecy.meeting-alone', 'come to the underpass tonight at 6 on your own', 'come to brownies tonight at 6 on your own, the leaders walk us home'],
		[
			'secrecy.meeting-alone',
			'come to the bridge tonight on your own, my mum is fine with it',
			'come to the nativity tonight on your own, my mum is bringing me'
		],
		['secrecy.meeting-alone', 'meet me at the bus station at midnight, just you', 'my grandad is coming at midnight on the train, mum said we can stay up'],
		[
			'secrecy.meeting-alone',
			'ur mums fine with it so come to the woods at 10 pm by yourself ok',
			'my mum is fine with it so we can go to the woods at 10 am with my dad'
		],
		['secrecy.meeting-alone', 'hey!! so meet me behind the co op at 9pm, dont bring anyone ok?', 'wait for me at the back of the hall after assembly'],
		['secrecy.meeting-alone', 'come to the quarry on sunday, just the two of us, it will be fun', 'come to the quarry museum on sunday with your mum and dad'],
		['secrecy.meeting-alone', 'we can meet at the underpass after dark, come alone', 'the owls come out after dark, we saw one from the window'],
		['secrecy.meeting-alone', 'wait for me at the back of the shops at 9pm alone', 'i waited at the back of the shops at 9am with my dad'],
		['secrecy.meeting-alone', 'come to the river at 8 pm, just you, my mum said its fine', 'come to the river at 8 am with your dad, my mum said its fine']
	];
	itHoldsEachAndPassesItsTwin(pairs, PAGES);
});

describe('meeting someone older or from online pages the safeguarding lead', () => {
	const pairs: HeldPair[] = [
		['meeting.someone-older', 'meet him at the station, hes 17', 'we are going to meet grandad at the station, hes 70 today'],
		[
			'meeting.someone-older',
			'my online boyfriend wants me to meet him at the station, hes 17',
			'my cousin is coming on the train, we’re meeting him at the station, hes 17'
		],
		[
			'meeting.someone-older',
			'im meeting my bf at the bus station sat, hes 17 and really nice',
			'mum and me are going to meet my brother at the station, hes 18 and back from uni'
		],
		['meeting.someone-older', 'he said meet him at the park at 6, hes 18', 'my brother is 17 and he is meeting his mates at the park tonight'],
		['meeting.someone-older', 'meet her at the station on sunday shes 19', 'auntie is 40 today, we are meeting her at the station with flowers'],
		[
			'meeting.someone-older',
			'my boyfriend from roblox said meet him outside the station tomorrow, hes 16',
			'my uncle is arriving at 4, we have to meet him at the station'
		],
		[
			'meeting.someone-older',
			'im going to meet this boy from snapchat at the bus stop, hes 17',
			'my big sister is 19 and she is meeting her boyfriend at the station'
		],
		['meeting.someone-older', 'meet him at maccies after school, he is 17 and hes my bf', 'we met him at the station last week, hes 17 now'],
		['meeting.someone-older', 'me n him r meeting at the train station 2moz hes 17', 'in the book, tom has to meet him at the station, hes 17'],
		[
			'meeting.someone-older',
			'my bf says meet him at the station at 4, hes seventeen',
			'my favourite youtuber is 17 and he did a meet and greet at the shopping centre'
		],
		['meeting.someone-older', 'meet him by the canal tonight, hes 17', 'meet him at the station, hes 7 and he gets scared on trains'],
		['meeting.someone-older', 'meet him @ the station hes 17', 'meet him at the station, hes my uncle, hes 45'],
		['meeting.someone-older', 'meet him at the station, hes seventeen and hes from insta', 'my grandad is 80, we meet him at the bus station every sunday'],
		['meeting.someone-older', 'my bf (hes 17) wants me 2 meet him at the station', 'my babysitter is 17, shes meeting us at the park after school'],
		['meeting.someone-older', 'hes 17 and hes meeting us at the station tomorrow', 'my sister, shes 16, is meeting her friends in town tonight'],
		['meeting.someone-older', 'me and him are meeting at the canal tonight, hes 18', 'my mum is meeting him at the station, hes 17'],
		[
			'meeting.someone-older',
			'this guy from fortnite wants me to meet him at the shops, he said hes 19',
			'my cousin from australia is 18, we are picking him up from the station tonight'
		],
		['meeting.someone-older', 'im gonna meet a boy from tiktok at the park on saturday', 'im gonna meet my cousin at the park on saturday, she’s 10'],
		[
			'meeting.someone-older',
			'hes in sixth form, meet him behind the shops at 6',
			'my brother is 18 and hes at college, we meet him at the bus stop after school'
		],
		[
			'meeting.someone-older',
			'im meeting him by the canal after school, dont tell',
			'im meeting my nan by the canal after school, dont tell your mum its a surprise'
		],
		[
			'meeting.someone-older',
			'im meeting him at the park tonight, hes 17, dont tell my brother',
			'im meeting my friend at the park tonight, shes 10, dont tell my brother'
		],
		['meeting.unknown-adult', 'my online bf wants to meet me at the park at 8, hes 17', 'meet him at the station at 4, hes 17 points ahead in the league lol'],
		['meeting.unknown-adult', 'meet up wiv him at the park hes 18', 'my dog is 16 in dog years, ill walk him to the park after school'],
		[
			'meeting.unknown-adult',
			'lets meet at the station, hes 17 and hes my boyfriend',
			'she is meeting her boyfriend at the cinema, hes 18, my sister is so lucky'
		],
		['meeting.unknown-adult', 'wanna meet my mate at the station? hes 20 and really cool', 'my cousin is 20 and works at the station, hes really cool'],
		[
			'meeting.someone-older',
			'the guy from discord said to meet him at the bus station at 4, hes 19',
			'the man from the zoo said to meet him at the gate at 4 for the school trip'
		],
		[
			'meeting.someone-older',
			'my gf is 16 and i am going to meet her at the cinema tonight, dont tell',
			'my sister is 16 and she is going to meet her friends at the cinema tonight'
		],
		['meeting.someone-older', 'im seeing my online bf at the station on saturday hes 17', 'im seeing my auntie at the station on saturday shes 40'],
		[
			'meeting.someone-older',
			'my boyfriend is 18 and he wants to see me at the park on saturday',
			'my brother is 18 and he wants to see me at the park on saturday with my mum'
		],
		['meeting.someone-older', 'meet him at the train station, he is nineteen, he is nice', 'meet him at the station, he is my great grandad and he is 90'],
		[
			'meeting.someone-older',
			'i met a lad on roblox hes 17 im going to meet him in town tomorrow',
			'i met a lad at cubs, hes 9, im going to meet him at the park tomorrow with my dad'
		]
	];
	itHoldsEachAndPassesItsTwin(pairs, PAGES);
});

describe("a surprise, a family outing or a grown-up's event that is still a meeting pages nobody", () => {
	it.each([
		['the torch walk at the bridge is tonight, bring your grown up'],
		['meet me at the school gate at 8 45, dont tell'],
		['come to the park at 4 on saturday for mums surprise party, dont tell'],
		['meet at the cafe at 10 on saturday to get dads birthday present, dont tell'],
		['come to mine at 6 its nans surprise party, dont tell'],
		['its dads birthday, come to the station at 6 tonight to meet him off the train, dont tell its a surprise'],
		['come to the woods with beavers at 7pm, our leaders said bring a torch'],
		['we go to the woods with scouts on friday at 8pm, bring a torch'],
		['come on the bat walk in the woods tonight at 8, just you and your dad'],
		['come to the woods at 7 tonight with my mum and dad, just you'],
		['you can come to mine on your own now that youre 10, my mum will meet you at the gate'],
		['be at the canal lock at 9 on saturday for the cubs boat trip'],
		['can u come to the park tonight? just u cos my mum says only one friend'],
		['wanna meet my cousin at the station? hes 20 and really cool']
	])('%j pages nobody and reads no kept or lonely meeting', (text) => {
		const result = screenText(text);
		expect(result.severity).not.toBe('urgent');
		expect(result.findings.map((f) => f.rule)).not.toContain('secrecy.meeting-kept');
		expect(result.findings.map((f) => f.rule)).not.toContain('secrecy.meeting-alone');
		expect(result.findings.map((f) => f.rule)).not.toContain('meeting.someone-older');
	});

	it('keeps a secret about the disco for the teacher without a page', () => {
		const result = screenText('come to the school disco tonight at 6, its a secret theme');
		expect(result.verdict).toBe('hold');
		expect(result.severity).toBe('alert');
	});
});
