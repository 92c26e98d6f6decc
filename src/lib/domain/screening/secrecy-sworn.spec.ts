// The wordings of secrecy-sworn.ts tried from both sides: silence about a named thing, a vow and
// a cover story are held; a twin close in words (the writer's own choice, a spoiler, a game or a
// surprise) passes. Every sentence was written for this spec (none is a corpus, training or dev line).

import { describe } from 'vitest';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly [string, string, string][] = [
	['secrecy.dont-tell', 'you cant say about the cuts on my leg, my mum would go mad', 'i cant say about the cuts in the film, it was too scary for me'],
	['secrecy.dont-tell', 'if you tell about the window we broke youre in it as much as me', 'if you tell about the window display, say it was my idea'],
	[
		'secrecy.dont-tell',
		'you arent allowed to talk about what goes on in our flat, thats what he says',
		'we talked about what goes on in our flat, mostly lego and noise'
	],
	['secrecy.dont-tell', 'if i tell my mum about it she wont let me go out ever again', 'if i tell my mum about it she will help me sort it out'],
	['secrecy.promise', 'you have to take this to your grave, promise me', 'you have to take this to your nan, she left it here'],
	['secrecy.promise', 'we never had this conversation ok, not a word', 'we never had this lesson before, it was new'],
	['secrecy.hide', 'if your mum asks we were just at the library all afternoon', 'if your mum asks, the library shuts at five on saturdays'],
	['secrecy.hide', 'just pretend you walked into the door, nobody needs to know', 'just pretend you are a tree swaying in the wind, miss said']
];

describe('silence about a named thing, vows and cover stories (secrecy-sworn.ts)', () => {
	itHoldsEachAndPassesItsTwin(PAIRS as readonly HeldPair[], { findsBy: 'kind' });
});
