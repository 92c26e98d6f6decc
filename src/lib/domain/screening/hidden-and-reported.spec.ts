// Self-harm kept out of sight or asked sideways (selfharm-hidden.ts), a cover story taken back
// (selfharm.ts), and grooming told afterwards in the third person (grooming-reported.ts). Every
// sentence was written for this spec (none is a corpus, training or dev line); each shape is
// tried from both sides: a message it must hold as urgent, and an innocent twin that must pass.

import { describe } from 'vitest';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const SELFHARM: readonly HeldPair[] = [
	['selfharm.on-purpose', 'i wear long sleeves so mum thinks i scratched it on a bush but i didnt', 'i wear long sleeves so my arms dont get sunburnt'],
	['selfharm.on-purpose', 'the cuts on my legs are new and theyre not accidents', 'the cuts on my knee were from falling off my bike'],
	['selfharm.on-purpose', 'been cutting myself again, only a little bit', 'been cutting out snowflakes again for the window'],
	['selfharm.on-purpose', 'i keep a blade in my drawer for when it gets bad again', 'i keep a plaster in my bag for when my heel rubs'],
	['selfharm.plain', 'how much paracetamol is too much for someone my size', 'how much chocolate is too much before bed lol'],
	['selfharm.plain', 'what happens if you swallow loads of tablets at once', 'what happens if you put loads of mentos in coke at once'],
	['selfharm.plain', 'i took some pills from my grans cupboard and hid them in my room', 'i took some biscuits from my grans cupboard'],
	['selfharm.not-alive', 'i just wanna go to sleep forever', 'i could sleep forever, so tired after the sleepover'],
	['selfharm.not-alive', 'he said he wants to go to sleep forever', 'my dog wants to sleep forever on the sofa'],
	['selfharm.not-alive', 'im going to sleep forever tonight', 'im going to sleep forever this half term'],
	['selfharm.plain', 'how many tablets is too many for a kid', 'how many tablets is too many, mum asked me to check the box for her'],
	['selfharm.not-alive', 'i wish i could go where my grandad went', 'i wish i could go where my grandad went on holiday'],
	['selfharm.not-alive', 'i wish i could go where my cat went', 'i wish i could go where my nan went, she went to spain'],
	['selfharm.not-alive', 'i keep drawing me in a coffin', 'i keep drawing the pharaoh in a coffin for our egypt topic'],
	['selfharm.not-alive', 'i held my breath under the water and didnt want to come up', 'i held my breath under the water for 20 seconds'],
	[
		'selfharm.not-alive',
		'my story is about a bird and its about me, the bird dies in the end',
		'my story is about a bird and its about me, the bird flies home'
	],
	[
		'selfharm.not-alive',
		'when the fire bell rang i wanted to stay inside, i wasnt scared',
		'when the fire bell rang i wanted to stay inside cos it was raining'
	],
	['selfharm.farewell', 'i wont be in class tomorrow or ever again', 'i wont be in class tomorrow, dentist'],
	['selfharm.farewell', 'dont save me a seat on monday, or any day', 'save me a seat on monday please'],
	['selfharm.farewell', 'goodbye everyone, please look after my cat', 'goodbye everyone, see you after half term'],
	['selfharm.not-alive', 'im not joking i want to die', 'im not joking that film was so good'],
	[
		'selfharm.plain',
		'how high is the tallest car park in town? for a project. well not really',
		'how high is the tallest car park in town? not for homework, just curious'
	],
	['selfharm.farewell', 'ive written goodbye notes for everyone and its not cos were moving', 'ive written goodbye cards for Mrs Patel cos shes moving']
];

const GROOMING: readonly HeldPair[] = [
	['grooming.alone', 'this lad keeps asking if my mum and dad check my phone', 'my mum asked if my dad checks my phone'],
	['grooming.alone', 'he keeps asking if im on my own', 'my nan keeps asking if im on my own'],
	['grooming.bedroom', 'he wanted to know what my bedroom looks like', 'i drew what my bedroom looks like for art'],
	['grooming.bedroom', 'he asked what my bedroom looks like', 'my teacher asked what my bedroom looks like for our writing'],
	['grooming.bedroom', 'my coach wants to practise in my room with the door shut', 'i practise my recorder in my room with the door shut'],
	['grooming.gift', 'he gave me a fiver and said to hide it so my mum doesnt find it', 'my nan gave me a fiver for my birthday'],
	['grooming.gift', 'the man at the shop gives me sweets and says its our secret', 'the man at the shop gives me sweets when i pay'],
	['grooming.trust', 'he said if i tell anyone he will go to prison', 'if i tell my teacher she will sort it out'],
	['grooming.trust', 'she told me not to tell my friends about her', 'she told me not to tell my friends the quiz answers'],
	['grooming.trust', 'he said i should lie to my mum so we can spend time together', 'i should not lie to my mum'],
	['grooming.closeness', 'he said i can come live with him if things get bad', 'my cousin is coming to live with us'],
	['grooming.private-app', 'he made a new chat so we can talk without my mum seeing', 'we made a new chat so the whole class can talk'],
	['grooming.fame', 'she said she is a model scout and wants photos', 'she is a model railway fan and wants photos of trains']
];

describe('self-harm kept out of sight or asked sideways', () => {
	itHoldsEachAndPassesItsTwin(SELFHARM, { findsBy: 'kind', severity: 'urgent' });
});

describe('grooming told afterwards', () => {
	itHoldsEachAndPassesItsTwin(GROOMING, { findsBy: 'rule', severity: 'urgent' });
});
