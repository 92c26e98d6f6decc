// Round 5 of the hold wordings: put-downs with a rude word or a comparison, ganging up
// (leaving someone out on purpose, shaming them before the group), veiled threats and
// threats in other grammar, covering tracks from grown-ups, chain messages with no "send"
// word, and stretched or softened swearing. Every sentence was written for this spec
// (none is a corpus, training or dev line), and each rule is tried from both sides: a
// message it must hold with that rule, and an innocent twin that must pass untouched.

import { describe, expect, it } from 'vitest';
import { screenText } from './screen.js';
import { itHoldsEachAndPassesItsTwin, type HeldPair } from './spec-helpers.js';

const PAIRS: readonly HeldPair[] = [
	['unkind.insult', 'what an absolute twat', 'what an absolute star'],
	['unkind.insult', 'Jake is a dickhead', 'Jake is a dickens fan'],
	['unkind.insult', 'my little cousin could spell better than you', 'my little cousin could spell better than me'],
	['unkind.insult', 'even a toddler can kick better than u', 'even a toddler can kick a ball'],
	['unkind.insult', 'your lunch stinks like your bedroom', 'your lunch smells like strawberries'],
	['unkind.insult', 'u look like a troll lol', 'u look like a troll in that costume lol'],
	['unkind.insult', 'why do you even bother trying', 'why do you even like broccoli'],
	['unkind.insult', "if you weren't so annoying people might play with you", "if you weren't so busy we could play later"],
	['unkind.insult', 'did you buy them from the bin', 'did you buy them from the shop'],
	['unkind.insult', 'you make the photo look rubbish', 'you make the photo look brilliant'],
	['unkind.insult', "Jakes so dumb he can't even count to ten", 'Jakes so fast he won the race'],
	['unkind.family', 'your whole family is thick', 'your whole family is invited'],
	['unkind.looks', 'haha look at amys glasses', 'haha look at amys glasses they are so cool'],
	['unkind.exclusion', 'just say the team is full', 'the team is full because the bell went'],
	['unkind.exclusion', 'we started a gang and the rule is amy cant join', 'the rule is year 6 cant play on the field'],
	['unkind.exclusion', 'we moved tables so you would have to sit on your own', 'we have to sit on our own in the test'],
	['unkind.exclusion', 'lets all pretend harry isnt here', 'lets pretend the floor is lava'],
	['unkind.exclusion', 'lets ignore sophie tomorrow', 'lets ignore the noise and carry on'],
	['unkind.exclusion', "don't let jake play, he always cheats", "don't let the dog play with your ball, he always chews it"],
	['unkind.exclusion', "we just don't want you in our group", "we don't want you to get hurt"],
	['unkind.exclusion', 'we only invited her cos she has a trampoline', 'we only picked her because miss said'],
	['unkind.exclusion', 'amy is not really my friend', 'amy is really my friend'],
	['unkind.exclusion', 'nobody even likes you', 'nobody ever forgets their first day'],
	['unkind.exclusion', 'no one listens to you anyway', 'no one believes you but i do'],
	['unkind.exclusion', 'sophie has no friends', 'the new girl has no friends yet, lets play with her'],
	['unkind.humiliation', 'react if you agree amy stinks', 'vote if you think the ending is sad'],
	['unkind.humiliation', 'everyone in the class thinks ur a liar', 'everyone thinks your story is brilliant'],
	['unkind.humiliation', 'film his dancing and post it in the group chat', 'film the volcano and post it on the class blog for Mrs Adebayo'],
	['unkind.humiliation', 'he cried in assembly lets turn it into a meme', 'he sang in assembly lets turn it into a song'],
	['unkind.humiliation', 'i showed everyone your secret lol', 'i told everyone your news, well done on the baby brother'],
	['unkind.humiliation', 'harry is so smelly pass it on', 'pass it on, tom is so good at football'],
	['unkind.humiliation', 'no one cares about your boring stories', 'no one cares about your spelling mistakes dont worry'],
	['threat.warning', 'they know where you sit so be careful', 'they know where we sit in assembly'],
	[
		'threat.warning',
		'would be a shame if something happened to your new phone',
		'it would be a shame if something happened to the hamster over the holidays, can someone take him home'
	],
	['threat.warning', 'you better stay off the field if you know whats good for you', 'you better stay off the field when it is wet'],
	['threat.warning', 'final warning tom or you will find out', 'miss gave us a last warning about talking'],
	['threat.warning', "next time it won't be words", 'next time its my turn to choose'],
	['threat.warning', 'your face is getting smashed at break', 'your phone is getting fixed tomorrow'],
	['threat.warning', "you'll be begging on the floor after school", "you'll be crying at the end of the film i promise"],
	['threat.warning', "wait till after school you'll see", 'wait till after school to see my kitten'],
	['threat.harm', 'if you take my pen again im punching you', 'if you want im pushing you on the swing'],
	['threat.harm', "i'm going to kick him so hard he cries", "i'm going to kick it so hard it goes over the fence"],
	['threat.harm', "we're going to batter them until they cry", "we're going to bake them until they rise"],
	['threat.harm', "i'll get you for that", "i'll get you a drink"],
	['threat.harm', 'my dad will come over and deal with you', 'my dad will come over and fix your bike'],
	['threat.harm', 'youre gonna get decked', 'youre gonna get picked for the team'],
	['threat.harm', 'make sure you cant walk again', 'make sure you cant see the answers'],
	['threat.harm', "we're all gonna get you", "we're all going to get you a present"],
	['threat.weapon', 'im bringing my dads knife to school tomorrow', 'im bringing a butter knife for food tech'],
	['secrecy.delete', 'can you wipe this chat before your mum checks', 'clear the table after lunch please'],
	['secrecy.delete', 'unsend the pics i sent you', 'send the pics of the trip to miss'],
	['secrecy.delete', 'read this and then burn it', 'read it and then put it in the recycling'],
	['secrecy.dont-tell', 'could you please not tell my dad about what happened', 'could you please not tell the answers to the quiz'],
	['secrecy.dont-tell', 'keep your mouth shut about the money', 'keep quiet about the ending of the film, no spoilers'],
	['secrecy.dont-tell', 'dont screenshot my messages', 'dont screenshot it, its not finished yet'],
	['secrecy.hide', 'we talk in code so the grown ups dont understand', 'we wrapped the present so mum doesnt see it'],
	['secrecy.hide', "if this goes back to your parents we're done", "if this gets back to miss she'll be so proud"],
	['secrecy.hide', 'if your dad asks just say you were at mine', 'if your mum asks what you want for your birthday say lego'],
	['secrecy.hide', 'get rid of it i dont want my mum finding it', 'i dont want my mum to see my messy room'],
	['chain.or-else', '20 people before midnight or you will be cursed', 'i need 10 people by friday or the team cant play'],
	['chain.or-else', 'the last 3 girls who didnt send this never got married', 'the last 3 people who finished got a sticker'],
	['chain.or-else', 'if you stop this chain you will have bad luck', 'if you break the chain of paper the decorations fall down'],
	['chain.send-on', 'sned this to ur whole contact list', 'send it back to me when you have finished'],
	['profanity.repeated-letters', 'ffffuuuuu my tablet died', 'we watched kung fu panda'],
	['profanity.phrase', 'what a prick he is', 'the needle will prick your finger'],
	['profanity.phrase', 'eff off and leave me alone', 'off we go to the park']
];

describe('hold wordings of round 5', () => {
	itHoldsEachAndPassesItsTwin(PAIRS, { findsBy: 'rule' });

	it('passes secrets that are kind surprises, for the rules and the word model alike', () => {
		expect(screenText("keep it a secret, i'm making a card for mrs adebayo").findings).toEqual([]);
		expect(screenText('keep this a secret, im bringing in brownies for the whole class on friday').findings).toEqual([]);
		expect(screenText('keep it a secret but im going to give ellie my old skipping rope').findings).toEqual([]);
	});

	it('passes a story, a lesson and a lake', () => {
		expect(screenText('my story begins: "never tell the king," whispered the fox').findings).toEqual([]);
		expect(screenText('we learned in computing that chain letters are fake and you dont have to send them').findings).toEqual([]);
		expect(screenText('we walked round Wastwater in the Lake District').findings).toEqual([]);
	});

	it('passes a lesson or a story that quotes the ganging up', () => {
		expect(screenText('in pshe we talked about what to do if someone says lets ignore her').findings).toEqual([]);
		expect(screenText('we read a book where the mean girls pretend mia isnt there').findings).toEqual([]);
		expect(screenText('if someone says your whole family is weird tell a teacher').findings).toEqual([]);
	});

	it('passes a wish to vanish into a book or Hogwarts, but not out of this world', () => {
		expect(screenText('i wish i could vanish into a story and live at hogwarts').findings).toEqual([]);
		expect(screenText('i wish i could escape into my book forever').findings).toEqual([]);
		expect(screenText("i don't want to live in this world anymore").severity).toBe('urgent');
		expect(screenText('i wish i could disappear from this world').severity).toBe('urgent');
	});
});
