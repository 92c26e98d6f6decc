// Round 3 of the hold wordings: a child getting ready not to be here (goodbye letters,
// giving things away, not eating so as to disappear), threats with no harm word ("wait
// till I get you"), taunts about looks and family, and insults that are only denied.
// Every sentence was written for
// this spec (none is a corpus, training or dev line), and each rule is tried from both
// sides: a message it must hold with that rule, and an innocent twin that must pass.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly HeldPair[] = [
	['selfharm.farewell', 'i have written a goodbye note for my dad', 'i wrote a goodbye card for miss because she is retiring'],
	['selfharm.farewell', 'theres a letter on my bed for when im gone', 'theres a letter on my bed for when im gone on camp'],
	['selfharm.farewell', 'i wrote notes to my friends saying sorry and goodbye', 'i wrote notes to my friends saying happy birthday'],
	['selfharm.farewell', 'bye to everyone cos i wont be around', 'bye to everyone, see you on monday'],
	['selfharm.farewell', 'you can keep my lego i wont need it', 'you can keep my lego, i grew out of it'],
	['selfharm.farewell', 'i gave my pens to my sister cos i wont need them', 'i gave my pens to my sister cos i wont need them at secondary school'],
	['selfharm.farewell', 'i wont be around much longer', 'i wont be around on saturday because we are going to my nans'],
	['selfharm.farewell', 'no one will miss me when im dead', 'no one will miss me when im gone for my swimming lesson'],
	['selfharm.not-eating', 'i stopped eating my lunch so i can vanish', 'i stopped eating chocolate for lent'],
	['selfharm.not-eating', 'i dont deserve food', 'i dont deserve a prize, i didnt finish'],
	['selfharm.not-eating', 'i have not eaten since sunday on purpose', 'i have not eaten since breakfast, im hungry'],
	['selfharm.plain', 'im gonna jump off the roof', 'im gonna jump off the diving board at swimming'],
	['threat.after-school', 'wait until we catch you by the bins', 'wait until we get you a cake for your birthday'],
	['threat.after-school', 'you wont be so brave at home time', 'you wont be so tired at home time if you go to bed early'],
	['threat.after-school', 'ill get you when no ones looking', 'ill ring you when no ones using the phone'],
	['threat.after-school', 'theyre gonna get you at the gates', 'theyre gonna get you at the gates for swimming'],
	['threat.after-school', 'im coming for you at break', 'im coming for you at break to play football'],
	['unkind.looks', 'your teeth are so yellow', 'your teeth are so white and nice'],
	['unkind.looks', 'your hair is so greasy', 'your hair is so greasy after swimming, mine too'],
	['unkind.looks', 'his shoes are cheap', 'his shoes are cheap but cool'],
	['unkind.exclusion', 'nobody is ever going to like you', 'nobody is ever going to like sprouts'],
	['unkind.insult', 'youre a proper dunce', 'the dunce hat was in the old school museum'],
	['unkind.insult', 'pizza face go away', 'pizza for tea tonight'],
	['unkind.family', 'his mum went to jail lol', 'his mum went to jail to visit his uncle'],
	['unkind.insult', 'i dont think youre funny youre an idiot', 'i dont think youre an idiot, it was an accident']
];

describe('hold wordings of round 3', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'rule' });

	it('lets the word model read insults, not their denials', () => {
		expect(screenText("nobody thinks you're a weirdo, we love you").findings).toEqual([]);
		expect(screenText("don't think you're thick, you got the best mark").findings).toEqual([]);
		expect(screenText('you are a weirdo').verdict).toBe('hold');
	});
});
