import { describe, expect, it } from 'vitest';
import { evidence, rules } from './spec-helpers.js';

// Wordings written for these rules, none a line of any fixture file, each beside innocent look-alikes.
describe('a platform described instead of named', () => {
	it.each([
		['add me on the ghost app, im bunny_b12', 'add me on the ghost app, im bunny_b12'],
		['find me on the app with the little ghost, its jojo.k22', 'find me on the app with the little ghost'],
		['on the blocky game im SpeedyKat_7', 'on the blocky game im SpeedyKat_7'],
		['my name on the dance app is twirly.tia9', 'my name on the dance app is twirly.tia9']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'social')).toEqual([expected]);
	});

	it.each(["the ghost app is not allowed till you're 13", 'mum deleted the ghost app off my tablet', 'we learnt that the dancing app has an age limit of 13'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'social')).toEqual([]);
		}
	);
});

describe('platforms in look-alike digits or misspelt', () => {
	it.each([
		'r0bl0x: HappyHopper_3',
		'my fortnight name is blaze_kid22',
		'd1scord - nova_wolf5',
		'insta @ bella.bakes.22',
		'my tiktock is fizzy.pop.7',
		'my roblocks name is ace_pilot_4'
	])('finds %j', (text) => {
		expect(rules(text)).toContain('social.platform-handle');
	});

	it.each(["tick tock it's 3 o'clock", 'in a fortnight we go to year_6', 'we talked about insta @ school'])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});

describe('a child naming themselves with a handle', () => {
	it.each([
		['im called sunny_fox_21 on there', 'im called sunny_fox_21'],
		["I'm the one in the blue hoodie, called Rex_the_Great", "I'm the one in the blue hoodie, called Rex_the_Great"],
		['my name in the game is Pixie_Dust8', 'my name in the game is Pixie_Dust8'],
		['add me as LuluLollipop', 'add me as LuluLollipop'],
		["I'm WizardWill_3 on the pet game", 'WizardWill_3 on the pet game'],
		["I'm on tiktok, search for GlitterGemma", "I'm on tiktok, search for GlitterGemma"],
		['my gaming channel: BuildWithBen', 'my gaming channel: BuildWithBen']
	])('finds %j', (text, expected) => {
		expect(evidence(text, 'social')).toEqual([expected]);
		expect(rules(text)).toContain('social.self-named');
	});

	it.each([
		"I'm called Jack and my sister is called Poppy",
		'my name is Ellie-Mae',
		"in the story I'm called the Snow Queen",
		'my name is on the whiteboard',
		'add me to your team for rounders',
		'look for me at the front in the photo',
		'my favourite channel is MrBeast',
		"I'm Ellie on the school app",
		'I made a sprite called cat_2 in scratch'
	])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});

describe("a channel of the child's own, named in words, with an ask", () => {
	it.each(["I started a channel, it's named Minecraft Marvels, go subscribe", 'i have a cooking channel called Baking With Bea, pls follow'])(
		'finds %j',
		(text) => {
			expect(rules(text)).toContain('social.channel-title');
		}
	);

	it.each(["my channel idea is called Science Fun but I'm not allowed one", 'we watched a channel called Art Hub, follow the steps'])(
		'leaves %j alone',
		(text) => {
			expect(evidence(text, 'social')).toEqual([]);
		}
	);
});

describe('a decorated gamer tag, and a username word with a handle anywhere', () => {
	it.each([
		['xXPuddleJumperXx is me lol', 'social.gamer-tag'],
		['Xx_MoonWolf_xX wants a rematch', 'social.gamer-tag'],
		["I changed my username because the old one was rubbish, now it's pip_the_pirate4", 'social.platform-handle']
	])('finds %j', (text, rule) => {
		expect(rules(text)).toContain(rule);
	});

	it.each(['XXL hoodie', 'xxx love you xxx', 'I forgot my username for purple mash'])('leaves %j alone', (text) => {
		expect(evidence(text, 'social')).toEqual([]);
	});
});
