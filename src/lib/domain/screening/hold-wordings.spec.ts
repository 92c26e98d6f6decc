// Version 3.2: plain wordings of the hold kinds that no phrase rule listed before. Each
// sentence was written for this spec (none is a corpus, training or dev line), and each
// rule is tried from both sides: a message it must hold as its kind (another rule of the
// kind may find it first), and an innocent one close in wording that must pass with nothing found.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly HeldPair[] = [
	['selfharm.plain', 'i keep thinking about ending it all', "i'm thinking about ending my story with a dragon"],
	['selfharm.plain', 'honestly i feel suicidal', 'the film was about a suicidal robot'],
	['selfharm.plain', 'i might jump off the multi storey', 'i might jump off the big rock into the pool'],
	['selfharm.plain', 'i hope i get run over on the way home', 'i hope i get chosen for the choir'],
	['selfharm.plain', "i swallowed a handful of my dad's painkillers", 'i take my hay fever tablets every morning'],
	['selfharm.plain', "there's no point going on any more", "there's no point going on, it's raining"],
	['selfharm.plain', "what's even the point of my life", "what's the point of this worksheet"],
	['selfharm.plain', 'i gave up on life', 'i gave up on the puzzle, it was too hard'],
	['selfharm.plain', "i've been hurting myself again please don't tell", "i've been cutting out shapes again for the display"],
	['selfharm.plain', 'if i was gone nobody would look for me', 'if i was gone for a week my plants would die'],
	['selfharm.plain', 'i hope a bus hits me tomorrow', 'i hope the bus comes soon tomorrow'],
	['selfharm.plain', 'my family would be better off if i wasnt here', 'my family would be better off if i wasnt here on my birthday lol'],
	['selfharm.plain', 'i need to make myself bleed', 'i need to make myself a sandwich'],
	['selfharm.plain', 'no one cares about me so whats the point', 'no one cares about the rain, we still play'],
	['selfharm.hurt-self', 'i want to kil myself', 'i want to kill the boss in level 3'],
	['selfharm.not-alive', 'i wish i could stop existing', 'i wish i could stop hiccuping'],
	['selfharm.on-purpose', 'i pinched my legs until they bruised', 'i scratched my midge bite until it bled'],
	['selfharm.on-purpose', 'i hit my head against the door when i get upset so it hurts', 'i hit my head on the door by accident'],
	['selfharm.not-alive', 'i wish i could just disappear', 'i wish i could disappear like a magician in the talent show'],
	['grooming.flattery-secret', "you're special to me, our little chats are private", "thanks for being my best friend, you're special to me"],
	['selfharm.plain', 'why am i even alive', 'why am i here in this boring lesson'],
	['selfharm.plain', 'i dont like living', 'i dont like living in a flat'],
	['selfharm.plain', 'ive been cutting', 'ive been cutting paper'],
	['selfharm.on-purpose', 'i scratch my arms with my compass when no one is looking', 'i cut my finger with the scissors'],
	['selfharm.on-purpose', 'i burnt my hand on the cooker on purpose', 'i burnt my hand on the cooker'],
	['selfharm.on-purpose', 'i banged my head on my desk until it hurt', 'i banged my head on my desk when i sneezed'],
	['selfharm.hurt-self', 'i cut myself with a blade last night', 'i cut myself with scissors by accident'],
	['grooming.alone', 'are your mum and dad home at the moment', 'is your mum home for tea'],
	['grooming.age', "you're really grown up for a year 6", "i'm grown up for a year 6, my nan says"],
	['grooming.kiss', 'has you ever snogged someone', 'have you ever kissed a frog in the fairy tale'],
	['grooming.fame', 'i can make you a tiktok star if you do what i say', 'i can make you a star out of gold card'],
	['grooming.trust', 'nobody else gets you the way i do', 'nobody gets me like my dog does'],
	['grooming.trust', 'message me on my secret account', 'message me on the class blog'],
	['grooming.photo', 'send me some of you without your school jumper', 'send me some of your cupcake recipes'],
	['grooming.flattery-secret', "don't show your mum these chats ok princess", 'princess peach is the best, dont show me spoilers'],
	['threat.harm', "we're gonna batter you at home time", "we're gonna beat you at rounders"],
	['threat.harm', 'my uncle will come round and smash your dad', 'my uncle will come round and fix the boiler'],
	['threat.warning', 'say that again and see what happens', 'add the vinegar and see what happens'],
	['threat.warning', "you won't get home in one piece", "you won't get home till six, the coach is late"],
	['unkind.identity', "go back where you came from, you don't belong", 'go back to where you started the maze'],
	['unkind.identity', 'why do you eat that stuff its disgusting', 'why do you eat that stuff, is it nice'],
	['unkind.family', 'your dad works in a chicken shop how embarrassing', 'your dad works in a chicken shop, so cool'],
	['unkind.family', 'lol your coat came from the pound shop', 'my coat came from the pound shop and its warm'],
	['unkind.exclusion', "you're not allowed on our team", "you're not allowed on the field yet, the bell hasn't gone"],
	['unkind.insult', 'you are the smelliest boy in year 4', 'you are the fastest runner in year 4'],
	['unkind.insult', 'that is so annoying just like you', 'that is so annoying just like you said'],
	['unkind.insult', 'quit whining you little baby', 'quit whining about the rain, we can play inside'],
	['secrecy.hide', 'make sure no grown ups see this chat', 'make sure nobody sees the card before the party'],
	['secrecy.delete', 'wipe this once you have read it', 'wipe the board once you have read it'],
	['secrecy.our-secret', "keep it a secret, it's just between us", "my spy has to keep a secret code so the baddies don't find it"],
	['unkind.insult', 'you throw like a girl', 'you throw like a pro'],
	['unkind.insult', 'you should go to the special school', 'my cousin goes to a special school'],
	['unkind.insult', 'your drawing is like a 3 year old did it', 'your drawing is like a real artist did it'],
	['unkind.exclusion', "i'm telling everyone not to talk to you", "i'm telling everyone about your party"],
	['threat.harm', "i'm going to punch you, i'm not joking", "i'm going to beat you at chess, just joking"],
	['secrecy.hide', 'ur mum doesnt need 2 no about me', 'your mum doesnt need to know about the surprise'],
	['unkind.hate', 'we all hate you', 'we all hate sprouts'],
	['secrecy.dont-tell', 'you better not tell a soul about this', "you better not tell anyone the ending, it's the best bit"]
];

describe('hold wordings of version 3.2', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'kind' });

	it('names the new rules where no older rule of the kind finds the message', () => {
		expect(screenText('honestly i feel suicidal').findings.map((f) => f.rule)).toEqual(['selfharm.plain']);
		expect(screenText('i pinched my legs until they bruised').findings.map((f) => f.rule)).toEqual(['selfharm.on-purpose']);
		expect(screenText('has you ever snogged someone').findings.map((f) => f.rule)).toEqual(['grooming.kiss']);
		expect(screenText('i can make you a tiktok star if you do what i say').findings.map((f) => f.rule)).toEqual(['grooming.fame']);
	});
});
