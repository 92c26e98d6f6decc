import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

describe('social handles', () => {
	it.each([
		['add me on snapchat sam_k123', 'add me on snapchat sam_k123', 'social.invite'],
		['my roblox username is coolcat99', 'my roblox username is coolcat99', 'social.platform-handle'],
		['my snap is jake.f2014 ok', 'my snap is jake.f2014', 'social.platform-handle'],
		['my username is coolcat99', 'my username is coolcat99', 'social.username'],
		['hi @sam_k123', '@sam_k123', 'social.at-handle'],
		['whats app me', 'whats app me', 'social.contact-me'],
		['my discord is gamerboy#1234', 'my discord is gamerboy#1234', 'social.platform-handle']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'social')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'i love playing roblox',
		'my favourite youtuber is dan tdm',
		'my roblox is broken',
		'@oliver well done on your story',
		'can you add me to the group',
		'we learnt about being safe on snapchat'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});

describe('accounts named around a disguised or misspelt platform', () => {
	it.each([
		['my username on minecraft is stevo_builds', 'my username on minecraft is stevo_builds', 'social.platform-handle'],
		['my tiktoks called sparkle_sam_10', 'my tiktoks called sparkle_sam_10', 'social.platform-handle'],
		['im on instagram as jess.draws.11', 'im on instagram as jess.draws.11', 'social.platform-handle'],
		['send me a friend request on roblox, im RocketRob77', 'friend request on roblox, im RocketRob77', 'social.platform-handle'],
		['my roblox account has my name then 2015 on the end, robbie2015', 'robbie2015', 'social.platform-handle'],
		['my snapp is freddo_22', 'my snapp is freddo_22', 'social.platform-handle'],
		['my s.n.a.p is kit_kat_9', 'my s.n.a.p is kit_kat_9', 'social.platform-handle'],
		['my insta @ is pip_plays', 'my insta @ is pip_plays', 'social.platform-handle'],
		['look me up on tiktok, its zara.sings', 'look me up on tiktok', 'social.invite'],
		['add my code on the switch 1234-5678-9012', 'code on the switch 1234-5678-9012', 'social.friend-code']
	])('finds %j', (text, expected, rule) => {
		expect(evidence(text, 'social')).toEqual([expected]);
		expect(rules(text)).toContain(rule);
	});

	it.each(['my minecraft username is a secret', 'my roblox account is the same as my brothers', 'my tiktoks are so funny', 'we played snap and i won 3 times'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'social')).toEqual([]);
		}
	);
});

describe('platforms shortened or asked about, and plain "my user is"', () => {
	it.each([
		['tt - frankie.loves.cats', 'social.platform-handle'],
		['follow me on tt ok', 'social.invite'],
		['my user is dino_rex_44', 'social.username'],
		['user: mollycat.2016', 'social.username'],
		['have you got roblox? mine is TurboTom_3', 'social.platform-handle'],
		['are u on tiktok, im zoe_dance7', 'social.platform-handle'],
		['my tag is #qwerty', 'social.friend-code']
	])('finds %j', (text, rule) => {
		expect(evidence(text, 'social')).not.toEqual([]);
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'i got 95 on tt rockstars today',
		'my tt rockstars name is on the card',
		'we did ttrockstars in maths',
		'my user is on the card',
		'the user is always right',
		'have you got roblox? its so fun',
		'on minecraft im building a farm'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});

describe('a handle near its platform with no "is", and accounts told without a platform', () => {
	it.each([
		'snapchat bella_b2015',
		'my snaps lola_lou',
		"my insta's lola.lou.11",
		'my roblox name CaptainKid_9',
		'discord tag blaze#0420',
		'join my roblox group called LolaFans2015',
		'go on snap and add lolalou_x',
		'i n s t a lola.lou',
		'add me on robloxx lolalou_9',
		'add me: lola_lou_22',
		'u can add me its lola_lou_22',
		'my account is lola.lou.11',
		'my @ is lola.lou.11',
		'whats ur roblox? mine is SkyKid_4',
		'sky_kid_4 is my roblox'
	])('finds %j', (text) => {
		expect(evidence(text, 'social')).not.toEqual([]);
	});

	it.each([
		'sc: 45.5',
		'tt: 100',
		'sc = science in the timetable',
		'my tt is 100',
		'on roblox i got 5000 robux',
		'i got minecraft 1.20 on my ipad2',
		'we played fifa23 on my brothers ps5',
		'the minecraft update 1.21 has new mobs',
		'my sister made a tiktok dance with year_6 kids lol',
		'i saw a tiktok about cats at 8.30 last night',
		'i play fortnite season 5 chapter 2',
		'my account is private',
		'my snap score is 4000'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});

describe('in-game names, a handle to add with no platform, and one name "on everything"', () => {
	it.each([
		['my ign is Pixel_Pip3', 'social.username'],
		['in game name: pixelpip_3', 'social.username'],
		['my username everywhere is pixelpip3', 'social.username'],
		['add pixel.pip.3', 'social.invite'],
		['friend me: PixelPip_3', 'social.invite'],
		['search up pixelpip3', 'social.invite'],
		["i'm pixelpip3 on everything", 'social.platform-handle'],
		['"pixel_pip3" on tiktok', 'social.platform-handle']
	])('finds %j', (text, rule) => {
		expect(rules(text)).toContain(rule);
	});

	it.each([
		'add 7 to the answer',
		'follow the instructions on page 4',
		'search up volcanoes for homework',
		'add year_6 to the list',
		'add 3.5 to both sides',
		'my ign is in my planner',
		'my gt is a secret',
		'find x2 in the table'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});

describe('a handle told in words with how to join them', () => {
	it.each(['my tiktok is moon pie 12 all one word', 'roblox name is moon pie with underscores', 'on snap im moon pie 12, no spaces'])('finds %j', (text) => {
		expect(rules(text)).toContain('social.platform-handle');
	});

	it.each([
		'write your answer all one word',
		'no spaces in your password',
		'my minecraft house has no gaps in the walls now',
		'on roblox my writing is joined up now'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});

describe("handles of letters only, told as the child's own account", () => {
	it.each([
		['my tiktok is PoppyPaintsPets', 'my tiktok is PoppyPaintsPets'],
		['my snap is daisychainz', 'my snap is daisychainz'],
		['im on minecraft as RedstoneRory', 'im on minecraft as RedstoneRory'],
		['got roblox? mine is HoppyFrog', 'got roblox? mine is HoppyFrog'],
		['im TeddyTumbles on roblox', 'im TeddyTumbles on roblox'],
		['sub to my youtube SamSingsSongs', 'sub to my youtube SamSingsSongs'],
		['add me KittyKingdom on snapchat', 'add me KittyKingdom on snapchat'],
		['my channel is called CraftyCaleb', 'my channel is called CraftyCaleb'],
		['instagram maisiemoonbeam follow me', 'instagram maisiemoonbeam follow me'],
		['my tiktoks WillowWhispers go and follow', 'my tiktoks WillowWhispers'],
		['PennyPebbles is my snapchat', 'PennyPebbles is my snapchat'],
		["i'm CosmoComet on roblox", "i'm CosmoComet on roblox"],
		['my instas lottielemonade', 'my instas lottielemonade'],
		['my discord username GalaxyGus', 'my discord username GalaxyGus']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'social')).toEqual([expected]);
		expect(rules(text)).toContain('social.platform-handle');
	});

	it.each([
		'my roblox is glitching again',
		'my tiktok is brilliant',
		'my snapchat is deleted',
		'my xbox is downstairs',
		'my minecraft is hardcore mode now',
		'my roblox is brookhaven',
		'i watched PrestonPlayz on youtube',
		'my favourite youtuber is LazarBeam',
		'im stuck on minecraft',
		'my minecraft world is called Dragonvale',
		'we watched a channel called MagicMaths in class',
		'Brookhaven is my roblox game',
		'my snapchats deleted',
		'my roblox game BlockCity'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});
