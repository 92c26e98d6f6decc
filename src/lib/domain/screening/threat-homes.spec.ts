// The threat wordings that threat-implied.ts, threat-sideways.ts and threat-veiled.ts each
// read in their own way before they were folded together, one row for each side of every
// fold: harm to someone else and weapons hinted (threat-sideways.ts), warnings with no violent
// word (threat-implied.ts), veiled warnings and harm to the reader in other grammar
// (threat-veiled.ts), and a weapon brought in or harm with no "I" (threat.ts). Each row's
// twin is an innocent sentence close in wording.

import { describe } from 'vitest';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly HeldPair[] = [
	// Harm to someone else: the writer and a friend, a promise of more, a plain "we will".
	['threat.harm', 'me and jo are gonna batter them', 'me and jo are gonna bake them a cake'],
	['threat.harm', 'im going to hit him properly', 'im going to hug him properly'],
	['threat.harm', 'we will smash them', 'we will thank them'],
	['threat.harm', 'i will strangle her', 'i will sing to her'],
	['threat.harm', 'ill hurt her after school', 'ill hurt her feelings if i say no'],
	['threat.harm', 'ill give him a black eye', 'ill give him a birthday card'],
	['threat.harm', 'give her a proper hiding', 'give her a proper hug'],
	// Things ruined, fire, an injury promised.
	['threat.harm', 'ill pour glue all over your homework', 'ill pour juice into your cup'],
	['threat.harm', 'ill set light to your coat', 'ill hang your coat on your peg'],
	['threat.harm', 'i will kick you so hard you break your leg', 'i will kick the ball so hard it goes over the fence'],
	// Weapons hinted at.
	['threat.weapon', 'i keep a flick knife in my bag', 'i keep a pencil case in my bag'],
	['threat.weapon', 'ive got a real axe and ill use it', 'ive got a real axe for chopping logs with dad'],
	// Warnings with no violent word.
	['threat.warning', 'dont make me get my brother', 'dont make me get my coat'],
	['threat.warning', 'dont make me come round', 'dont make me come round for tea'],
	['threat.warning', 'dont make me do something', 'dont make me do my homework'],
	['threat.warning', 'you better not come to the disco thats all im saying', 'you better not come to the disco if youre sick'],
	['threat.warning', 'you d better not show your face at school', 'you d better not show your face at school, youre poorly'],
	['threat.warning', 'you wont be around to see', 'you wont be able to see the fireworks from yours'],
	// Veiled warnings: the result told.
	['threat.warning', 'your teeth will be on the floor', 'your books will be on the shelf'],
	['threat.warning', 'your nose is gonna be broken', 'your pencil is gonna be sharpened'],
	// Harm to the reader by a group, or with no "I".
	['threat.harm', 'were all gonna jump you', 'were all gonna cheer you on'],
	['threat.harm', 'theyre all gonna get you', 'theyre all gonna get you a present'],
	['threat.harm', 'finna beat u up', 'finna beat the eggs for the cake'],
	// A weapon brought in (threat.ts).
	['threat.weapon', 'im bringing my dads knife in tomorrow', 'im bringing my dads cake in tomorrow']
];

describe('threat wordings, one home each', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'rule', severity: 'teacher' });
});
