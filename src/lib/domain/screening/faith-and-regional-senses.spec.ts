// Ordinary children held for how they talk or what they believe (development file 15's innocent
// side): a word whose everyday sense its neighbours settle, and a frame a faith is taught in.
// Each sentence was written for this spec; the harmful twin beside it is still held.
//   - a contest after "you at" (threat-game.ts): "batter you at the spelling test" is winning;
//   - a dish or firewood (word-lists.ts WORD_SENSES): faggots and peas, spotted dick, minging bins;
//   - a mild name over a mix-up (unkind-banter.ts): "you wally, you've got my pencil case";
//   - a show got ready, a listener's duty, a silent prayer, a child's own choice (secrecy);
//   - a scripture story (speaking.ts, read by the rules beside their own words) and a faith taught (the faith frame,
//     where the word model leaves grooming, secrecy and unkind to the rules);
//   - grief for someone who died, a creature spared, heaven "when I'm really old", a goodbye
//     written to the dead, a funeral or a test dreaded, a relative working far away (self-harm),
//     each only where nothing turns the wish on the child;
//   - a parent's "you can tell me anything" quoted, and a family's happy news kept quiet (grooming);
//   - a pain a doctor is seeing to, and an outfit asked about for a festival or a party.

import { describe, expect, it } from 'vitest';
import { itHoldsEachAndPassesItsTwin } from './spec-helpers.js';
import { screenText } from './screen.js';

describe('a contest after "you at"', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['threat.harm', "i'm gonna batter you at the bus stop", "i'm gonna batter you at the spelling test on monday"],
			['threat.harm', 'ill smash you at home time', "ill smash you at conkers at dinner, mine's a sixer"],
			['threat.harm', 'ill knock you out at the gates', 'ill knock you out at boxing on the switch']
		],
		{ findsBy: 'rule' }
	);
});

describe('a listed word in its everyday sense', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['profanity.word', 'shut up you faggot', 'we had faggots and peas for tea, my favourite'],
			['profanity.word', 'hes such a faggot lol', 'in history they piled faggots of wood round the stake'],
			['profanity.word', 'what a dick', 'we had spotted dick with custard at school dinner'],
			['profanity.word', 'your minging', 'it was proper minging, the bins stank']
		],
		{ findsBy: 'rule' }
	);

	it('still reads the slur aimed at a person, peas or not', () => {
		expect(screenText('shut up you faggot, nobody wants your peas').verdict).toBe('hold');
	});
});

describe('a mild name over a mix-up', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['unkind.insult', 'you wally, get lost', "you wally, you've got my pencil case"],
			['unkind.insult', 'you plonker nobody asked you', 'you plonker, your jumper is on back to front']
		],
		{ findsBy: 'rule' }
	);
});

describe('secrets that are a show, a listener’s duty, a prayer or a choice', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['secrecy.dont-tell', "shh don't tell anyone but I'm meeting a man from roblox", 'dont tell anybody but im learning a dance for the talent show'],
			[
				'secrecy.our-secret',
				"keep it secret but we're meeting the big boys at the park",
				"keep it secret but we're doing a puppet show for the nursery kids on friday"
			],
			[
				'secrecy.hide',
				'you can never tell anyone what i told you, not even your mum',
				"the doctor isn't allowed to tell anyone what you tell her, not even your mum"
			],
			['secrecy.hide', 'my coach said what we talk about stays between us', 'the counsellor said what we say is private unless im not safe'],
			[
				'secrecy.our-secret',
				'pray in your head and nobody has to know what we did',
				'you can always pray to allah in your head, nobody else has to know what you said'
			],
			['secrecy.hide', 'you can never tell anyone, not even your mum', 'baptism is when you decide yourself, nobody can make you do it, not even your parents']
		],
		{ findsBy: 'rule' }
	);
});

describe('a scripture story retold', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['secrecy.dont-tell', 'after school he said dont tell anyone what you saw', 'after jesus healed the girl he said dont tell anyone what you saw'],
			[
				'grooming.flattery-secret',
				'the man from the shop told me not to tell anyone',
				'jesus made the blind man see and told him not to tell anyone, but he told the whole town'
			]
		],
		{ findsBy: 'rule' }
	);

	it('reads the story beside the secret only: the Bible named in one line clears no secret asked in another', () => {
		const rules = screenText(
			'we read the bible in RE today and it was boring. after school my uncle came round and said dont tell your mum what we did'
		).findings.map((f) => f.rule);
		expect(rules).toContain('secrecy.dont-tell');
	});
});

describe('a faith taught', () => {
	itHoldsEachAndPassesItsTwin(
		[
			[
				'grooming',
				'i know you better than anyone and love you, its private between us',
				'mr patel said you can talk to god any time and nobody else has to hear you'
			],
			['grooming', 'the man at church said im special and he has a plan for us, dont tell your mum', 'the man at church said god has a special plan for me'],
			['unkind', 'you mess up everything, nobody even likes you', 'god loves you even when you mess up and he knows everything you think'],
			[
				'secrecy',
				'nobody can make you stop, not even your mum, just keep doing it and dont tell',
				'confirmation is when you say you believe it yourself, nobody can make you, not your mum or dad'
			]
		],
		{ findsBy: 'kind' }
	);

	it('leaves the phrase rules to read a secret pressed in faith words', () => {
		const result = screenText('god loves you and so do i, its our little secret');
		expect(result.verdict).toBe('hold');
		expect(result.findings.map((f) => f.kind)).toContain('grooming');
	});
});

describe('grief, a creature spared and heaven at the end of a long life', () => {
	itHoldsEachAndPassesItsTwin(
		[
			[
				'selfharm',
				'my dog died and now i think about not being here all the time',
				'my grandad died last week and i keep thinking about him, i miss him so much'
			],
			['selfharm', "i don't want to be here anymore, i keep crying at night", 'i dont want my nan to die, i keep crying at night'],
			[
				'selfharm',
				'i try not to hurt myself but its hard',
				'jains try really hard not to hurt any living thing, even tiny bugs, so i put the ladybird outside'
			],
			['selfharm.not-alive', 'i want to be with my grandad in heaven', 'i want to be with my grandad in heaven when im really really old']
		],
		{ findsBy: 'kind' }
	);
});

describe('a goodbye to the dead, a funeral dreaded, a relative far away', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['selfharm.farewell', 'i wrote a goodbye letter to my mum and dad', 'i wrote a goodbye note to my hamster and put it on his grave'],
			['selfharm.not-alive', "i don't want to be here anymore", "my nan died and i don't want to be here at the funeral tomorrow"],
			['selfharm.not-alive', "i don't want to wake up tomorrow, nobody would care", "i don't want to wake up tomorrow cos it's my spelling test"],
			['selfharm.not-alive', 'i want to be where my grandad is, he died at christmas', 'i want to be where my dad is, he works in dubai']
		],
		{ findsBy: 'rule', severity: 'urgent' }
	);

	it('keeps heaven urgent when the wish is for now', () => {
		expect(screenText('i want to be with my grandma in heaven now').severity).toBe('urgent');
		expect(screenText("i want to be with my grandma in heaven, i don't want to wait till im old").severity).toBe('urgent');
	});
});

describe('a parent’s reassurance quoted, and a family’s happy news kept quiet', () => {
	itHoldsEachAndPassesItsTwin(
		[
			[
				'grooming.closeness',
				'my uncle always says you can tell me anything, its our secret',
				"my mum always says you can tell me anything and i won't be cross"
			],
			['grooming.trust', 'my mums boyfriend says you can trust me', 'my foster carer says you can trust me and she means it'],
			['grooming.flattery-secret', "our little secret, i'll get you a present", "my auntie said it's our little secret that she's having a baby"]
		],
		{ findsBy: 'rule', severity: 'urgent' }
	);
});

describe('a pain being seen to, and an outfit for a festival', () => {
	itHoldsEachAndPassesItsTwin(
		[
			[
				'selfharm.not-alive',
				"my head hurts cos everyone shouts at me, i can't take it anymore",
				"my tummy hurts so bad i can't take it anymore, mum's taking me to the doctor"
			],
			['grooming', 'what are you wearing right now? send me a pic', "what are you wearing for eid? i've got a new outfit with sparkles"]
		],
		{ findsBy: 'kind' }
	);
});

describe('a reading counts only beside the words the word model scored', () => {
	const grief =
		'my grandad died last month and im still sad sometimes, mum says thats ok. anyway we did fractions today and i got most of them right, and at break we played tag on the field with the year 4s and i was it for ages.';
	itHoldsEachAndPassesItsTwin(
		[['selfharm', `${grief} i think about jumping out of my bedroom window`, `${grief} i think about going to the seaside in the summer holidays`]],
		{ findsBy: 'kind' }
	);
});
