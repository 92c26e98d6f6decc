// Self-harm said sideways (selfharm-signs.ts): a way to die thought of or asked about,
// slang and masked words, a hurt with its reason or hiding, not eating with a goal, and
// goodbyes with a bequest. Every sentence was written for this spec (none is a corpus,
// training or dev line), and each shape is tried from both sides: a message it must hold
// as urgent self-harm, and an innocent twin that must pass.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly HeldPair[] = [
	// A way to die, thought about.
	['selfharm.plain', 'i keep thinking about stepping in front of the bus after school', 'i keep thinking about the bus trip to the zoo'],
	['selfharm.plain', 'my head keeps telling me to throw myself off the balcony', 'my head keeps telling me to eat more biscuits'],
	['selfharm.plain', 'i sat on the bridge and thought about just letting go', 'i sat on the bridge and thought about the trolls in the story'],
	['selfharm.plain', 'sometimes i think about walking into the river', 'sometimes i think about walking the dog in the rain'],
	// A way to die, asked about.
	['selfharm.plain', 'if i just jumped from up there would it be quick', 'if i jumped from up there would i win the game'],
	['selfharm.plain', 'i googled how many tablets it takes', 'i googled how many legs a spider has'],
	['selfharm.plain', 'does it hurt to bleed to death', 'does it hurt to get your ears pierced'],
	// Slang and masked words.
	['selfharm.plain', 'honestly i might kms', 'i ran 5 kms at parkrun'],
	['selfharm.plain', 'i want to commit suicde', 'we read about a poet who died very young'],
	['selfharm.plain', 'i want 2 die', 'i want 2 dye my hair pink'],
	['selfharm.plain', 'things never get better and im done', 'my handwriting never gets better but im trying'],
	// A hurt with its reason or its hiding.
	['selfharm.on-purpose', 'i pinch my tummy in the toilets so no one sees', 'i pinched my brother for a joke so he would laugh'],
	['selfharm.on-purpose', 'i dig my nails into my hands because it makes the sad thoughts stop', 'i dig in the sandpit with my hands'],
	['selfharm.on-purpose', 'i rub my wrist on the carpet till it bleeds', 'i rubbed my knee on the carpet doing a slide'],
	['selfharm.on-purpose', 'the razor is my way of coping', 'dad uses a razor to shave'],
	// Not eating, with a goal.
	['selfharm.not-eating', 'im skipping breakfast every day so i get skinny', 'im skipping breakfast club tomorrow because mum is off work'],
	['selfharm.not-eating', 'i throw my lunch away and tell them im full', 'i was full so i saved half my lunch for later'],
	['selfharm.not-eating', 'ive not eaten since yesterday i want to see how long i can go', 'i only ate half my pizza, lets see how long i can save the rest'],
	// A goodbye with a bequest, a last message, "don't look for me".
	['selfharm.farewell', 'this is my final message, you can have my bike', 'this is my final message before the holidays, have a good one'],
	['selfharm.farewell', 'dont come looking for me', 'dont come looking for me at break, i have choir'],
	['selfharm.farewell', 'when im gone look after my cat for me', 'when im gone to cubs can you feed my cat'],
	['selfharm.farewell', 'if i die you can keep my football cards', 'if i die in the game you can keep my loot'],
	['selfharm.farewell', 'you were my best mate. never forget me', 'you were my best mate in reception'],
	['selfharm.farewell', 'im never coming back again', 'im never coming back to this cafe, the chips were cold'],
	// Sleep for ever, or going where a dead relative is.
	['selfharm.not-alive', 'i just want to go to where my nan is', 'i just want to go to where my nan lives for christmas'],
	['selfharm.not-alive', 'i wish i could sleep forever like my grandpa', 'i could sleep forever after that sleepover lol']
];

describe('self-harm said sideways', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'rule', severity: 'urgent' });

	it('lets a child wish to vanish into a book or under the duvet', () => {
		expect(screenText('i wish i could disappear into a book and stay there all summer').findings).toEqual([]);
		expect(screenText('i wish i could just disappear under my duvet till saturday').findings).toEqual([]);
		expect(screenText('i wish i could just disappear').severity).toBe('urgent');
	});

	it('lets an itch be scratched (selfharm.hurt-self)', () => {
		expect(screenText('i scratch my arms because my eczema is itchy').findings).toEqual([]);
		expect(screenText('i keep scratching my legs, the midge bites are so itchy').findings).toEqual([]);
		expect(screenText('i keep scratching my arms till they bleed').severity).toBe('urgent');
	});
});
