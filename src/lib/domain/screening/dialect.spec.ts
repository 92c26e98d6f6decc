import { describe, expect, it } from 'vitest';
import { buildWordView, normaliseText } from './normalise.js';
import { itHoldsEachAndPassesItsTwin } from './spec-helpers.js';
import { screenText } from './screen.js';
import { badWordsList, UK_EXTRA_WORDS } from './word-lists.js';

const view = (text: string): string => buildWordView(normaliseText(text)).text;

describe('the word view reads UK regional speech as standard English', () => {
	it.each([
		// you, your, yourself; I, myself
		["ye'll never guess whit happened", 'youll never guess whit happened'],
		['yous are coming to ours after', 'you are coming to ours after'],
		['is thi coat on t’peg?', 'is your coat on the peg'],
		["ah'm stayin at ma auntie's", 'im staying at my aunties'],
		['a’ve done it missen', 'ive done it myself'],
		["yow'm gonna love this", 'youre gonna love this'],
		['tha knows it', 'you knows it'],
		// not, nobody, nothing, anything, something
		['dinnae touch it, naebody said ye could', 'dont touch it nobody said you could'],
		['divvent fret, there’s nowt wrong', 'dont fret theres nothing wrong'],
		['has owt happened or summat?', 'has anything happened or something'],
		// family and the little words
		['me mam and ma da are coming tae the show', 'my mum and my dad are coming to the show'],
		['wor kid went oot wi his pals', 'my brother went out with his pals'],
		["our kid's got a new bike", 'my brothers got a new bike'],
		['gan yam the morra', 'go home tomorrow'],
		['see ye the neet', 'see you tonight'],
		// the North's "I'll not"
		["ah'll not be long", 'i wont be long'],
		["ye'll not believe it", 'you wont believe it'],
		["that's fur yer sister", 'thats for ur sister'],
		['send us a photie o yer dug', 'send me a photo of ur dug'],
		['bread an butter an jam', 'bread and butter and jam'],
		["naebody'll know", 'nobody will know']
	])('reads %j as %j', (typed, standard) => {
		expect(view(typed)).toBe(standard);
	});

	it.each([
		// everyday English the map must not touch
		["don't yell at me", 'dont yell at me'],
		['show me stuff you made', 'show me stuff you made'],
		['meet by da big tree', 'meet by da big tree'],
		['i was at tha park', 'i was at tha park'],
		['ah well, never mind', 'ah well never mind'],
		['i am gonna try', 'i am gonna try'],
		['the best friend ever', 'the best friend ever'],
		['ruby o brien sits with me', 'ruby o brien sits with me'],
		['kevin and robin were talking', 'kevin and robin were talking'],
		['we had yam and rice for tea', 'we had yam and rice for tea'],
		['bore da, how are you', 'bore da how are you'],
		['happier without me. mum said so', 'happier without me mum said so'],
		['the wi fi is down', 'the wi fi is down'],
		['post it to mi 1ae', 'post it to mi 1ae'],
		['the dog’s fur is all over the sofa', 'the dogs fur is all over the sofa'],
		['give us our ball back', 'give us our ball back'],
		['an xbox and an apple', 'an xbox and an apple']
	])('leaves %j as %j', (typed, standard) => {
		expect(view(typed)).toBe(standard);
	});

	it('keeps each read word pointing at what the child typed', () => {
		const text = 'ah want tae go hame';
		const words = buildWordView(normaliseText(text));
		const spans = words.tokens.map((t) => text.slice(words.starts[t.start], words.ends[t.end - 1]));
		expect(words.text).toBe('i want to go home');
		expect(spans).toEqual(['ah', 'want', 'tae', 'go', 'hame']);
	});

	it('joins a word spelt out with dots in three letters, and short words between wide gaps', () => {
		expect(view('d.o.n.t t.e.l.l, n.o.t a w.o.r.d')).toBe('dont tell not a word');
		expect(view('w e   h a t e   y o u   a l l')).toBe('we hate you all');
		expect(view('u r a star')).toBe('u r a star');
	});

	it('reads no word on the swear lists as another word', () => {
		const plainWords = [...badWordsList(), ...UK_EXTRA_WORDS].map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w));
		expect(plainWords.filter((w) => view(w) !== w)).toEqual([]);
	});
});

describe('harm said in regional speech is read as it would be in standard English', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['selfharm.hurt-self', "ah'm gonnae hurt masel, naebody would even notice", "ah'm gonnae tidy ma room, ma maw will be pleased"],
			['selfharm.plain', "ah've been cuttin masel again", "ah've been cuttin oot pictures for ma project"],
			['selfharm.hurt-self', "i wanna kill missen, a can't do owt right", 'i wanna make summat nice for me mam, a can do owt wi clay'],
			['secrecy.dont-tell', 'dinnae tell yer maw aboot the messages ah send ye', "dinnae forget yer maw's birthday card, it's on the table"],
			['threat.harm', "a'll batter thee after school, tha knows a will", "a'll sit wi thee in assembly if tha wants"],
			['threat.harm', "ah'll chib ye ya wee rat", "ah'll text ye the morra"],
			['threat.warning', "ye'd best not tell yer da or ye'll be sorry", "ye'd best not forget yer da's card, it's his birthday"],
			['unkind.exclusion', 'naebody wants ye in wor gang, ye smell', "everybody says ye're the best in wor class at drawin"],
			['grooming.model', 'how auld are ye hen? send us a pic o ye', 'how auld is yer granny hen? she looks dead young in that pic'],
			['grooming.age', "ye're pure mature fur yer age, dinnae tell yer maw", "ma wee sister's dead mature for 6, she tidies her room"],
			['grooming.age', "ur proper grown up for 10 u, no wonder ye're ma favourite", "ur proper good at football fur a goalie, ye're ma favourite"]
		],
		{ findsBy: 'kind' }
	);

	it('lets "me" before a belonging be "my" without reading an unkind or grooming message into a family moan', () => {
		expect(screenText("our kid's doin me head in, he keeps mitherin me for me crisps").findings).toEqual([]);
	});
});

describe('the means taken all at once, and silence laid down as the group’s rule', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['selfharm.plain', 'im gonna take all my mums pills tonight', 'i have to take all my tablets tonight with my dinner'],
			['selfharm.plain', 'gonna swallow the whole packet of paracetamol and not wake up', 'the doctor said take all the tablets till the course is done'],
			['selfharm.plain', "ah've hid ma da's tablets under ma bed", "ah've hid ma da's glasses under ma bed for a laugh"],
			['secrecy.dont-tell', 'no grassing to the teachers, right', 'we pulled the long grass up by the teachers car park'],
			['secrecy.dont-tell', 'nobody snitches, got it', 'the golden snitch is the best bit of quidditch'],
			['secrecy.dont-tell', 'dont grass on us to miss', 'dont walk on the grass miss said']
		],
		{ findsBy: 'rule' }
	);
});

describe('"dead" for "very" before praise, and contests that are play', () => {
	itHoldsEachAndPassesItsTwin(
		[
			['threat.warning', 'ur dead after school', 'ur dead good at drawing'],
			['threat.warning', 'your dead, good luck hiding', 'you’re dead kind, thanks for the rubber'],
			['threat.harm', "i'll batter you at home time", "i'll batter you at conkers on friday"],
			['threat.harm', "i'm gonna knock you out when miss isn't looking", "i'm gonna knock you out at boxing on the wii"]
		],
		{ findsBy: 'kind' }
	);
});
