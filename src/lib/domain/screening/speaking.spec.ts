// The reading of who is speaking: each frame's cues, the words-around test the phrase rules
// ask, and the everyday sentences that must not read as a lesson or a story.

import { describe, expect, it } from 'vitest';
import { buildWordView, normaliseText } from './normalise.js';
import { frames, readSpeaking, type Frame } from './speaking.js';

const wordsOf = (text: string): string => buildWordView(normaliseText(text)).text;
const framesOf = (text: string): Frame[] => {
	const speaking = readSpeaking(wordsOf(text));
	return (['lesson', 'retold', 'advice', 'exercise', 'story', 'quote'] as const).filter((f) => speaking.inAny(frames(f)));
};

describe('the frames a message is spoken in', () => {
	const cases: readonly [string, Frame][] = [
		['In PSHE we learnt about good and bad secrets', 'lesson'],
		['the cartoon we watched in online safety had a fox who lied about his age', 'lesson'],
		['Sir told us a rule: things you should keep private are your address and school', 'lesson'],
		['we talked about what to do when a game chat gets mean', 'retold'],
		['my teacher says if a stranger messages you, you must tell a trusted adult', 'retold'],
		['never share your location with people from games', 'advice'],
		['If anyone makes you feel funny online, tell a grown up', 'advice'],
		['our worksheet had a pretend chat and we had to spot the warning signs', 'exercise'],
		['my e-safety poster has three red flags on it', 'exercise'],
		['Once upon a time a rabbit kept a secret from the owl', 'story'],
		['in our class book the boy runs away to the woods', 'story'],
		['chapter 4 is where the character finds the map', 'story'],
		['"stay hidden," whispered the badger', 'quote']
	];
	for (const [text, frame] of cases) {
		it(`reads "${text}" as ${frame}`, () => expect(framesOf(text)).toContain(frame));
	}

	it('reads everyday news and requests in no frame', () => {
		for (const text of [
			'meet me by the swings after tea',
			'dont tell your mum about our chats',
			'i got a new bike for my birthday',
			'he asked me to show him my room in a video call',
			'we played tag all lunchtime'
		])
			expect(framesOf(text)).toEqual([]);
	});

	it('does not hear "tell a grown up" as advice straight after a "don\'t"', () => {
		expect(framesOf('dont tell a grown up about this')).not.toContain('advice');
		expect(framesOf('always tell a grown up if something online worries you')).toContain('advice');
	});

	it('finds a cue only when it lies wholly inside the words asked about', () => {
		const text = wordsOf('we learned about it at school, and later on my friend said meet me at the shop');
		const speaking = readSpeaking(text);
		const lessonAt = text.indexOf('we learned');
		expect(speaking.near(frames('lesson'), 0, lessonAt + 'we learned'.length)).toBe(true);
		expect(speaking.near(frames('lesson'), lessonAt + 3, text.length)).toBe(false);
		expect(speaking.near(frames('story', 'quote'), 0, text.length)).toBe(false);
	});

	it('joins frames into one question', () => {
		const speaking = readSpeaking(wordsOf('once upon a time there was a bear'));
		expect(speaking.inAny(frames('lesson'))).toBe(false);
		expect(speaking.inAny(frames('lesson', 'story'))).toBe(true);
	});
});
