// Ganging up: leaving someone out on purpose and shaming them in front of others, in the
// wordings the older unkind rules did not read. Owns wordings of unkind.exclusion (a plan
// to leave someone out: "just say the game is full", "the rule is Zac can't join", "let's
// all pretend Ellie isn't there", "we only pick you because we have to", "we just don't
// want you here") and unkind.humiliation (a person shamed before the group: "vote if you
// think Priya smells", "screenshot his drawing and send it round", "let's make it a meme",
// "I told everyone what you said about…", "everyone in the chat thinks you're a snitch").
// A full game at the bell, a surprise told to everyone and "the new girl has no friends
// yet, let's play with her" pass.

import { phrase, YOU, YOURE, type PhraseRule } from './phrases.js';
import { MOCKERY_RULES } from './unkind-mockery.js';

/** What a child calls someone when the group is turned against them. */
const GROUP_NAME =
	'(?:weird|annoying|a freak|freak|a baby|a loser|loser|gross|disgusting|a teachers pet|teachers pet|a snitch|snitch|a grass|a liar|liar|a weirdo|weirdo|smelly|ugly|fat|stupid|an idiot|a crybaby|a tell tale|tell tale|a snake|fake)';
/** Something good shared, a teacher's reason or a kind plan: not ganging up. */
const KIND_OR_FAIR =
	/\b(?:well done|won|proud|birthday|party|surprise|good news|new baby|puppy|kitten|holiday|(?:the )?teacher|miss|sir|mrs|mr|said we|new|yet|lets play with|be (?:his|her|their) friend|be nice|be kind|help (?:him|her|them)|feel sorry|sad|story|character|book|poem)\b/;

export const GANGING_UP_RULES: readonly PhraseRule[] = [
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`just (?:say|tell (?:her|him|them)) (?:the|our) (?:game|team|table|group|club) (?:is|s) full|(?:club|gang|group|team)[a-z ]{0,30} (?:the )?rule is [a-z]+ (?:cant|can not|cannot|isnt allowed to|is not allowed to) (?:join|come|be in)|so ${YOU}(?:d| would| had to| will| ll)(?: have to)? (?:eat|sit|play|be|walk)(?: lunch)? (?:by ${YOU}rself|on ${YOU}r own|alone)`
		),
		unless: /\b(?:bell|wet play|because the|cos the|till|until)\b/,
		needs: /full|rule|alone|own|self/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:lets|let s|we should|lets all|we all|everyone|we re going to|were going to|were gonna) (?:pretend|act like) (?!it |this |that |we |the |its |there )[a-z]+ (?:isnt|is not|doesnt exist|does not exist|is invisible)|(?:lets|let s|lets all|we should all|everyone) (?:ignore|blank|not talk to|not play with|not sit with|not speak to) (?!the |it |this |that |a |all )(?:her|him|them|[a-z]+)(?= (?:tomorrow|today|at|all|from|forever|for|and|lol|haha|till)|$)`
		),
		unless: KIND_OR_FAIR,
		needs: /pretend|act like|ignore|blank|not/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:dont|do not|never) let (?:her|him|them|[a-z]+) (?:play|join in|join|sit with us|hang (?:out|around) with us|be in (?:our|the) (?:game|team|group))(?: [a-z]+){0,6} (?:she|he|they) (?:always (?:ruins|ruin|spoils|spoil|cheats|cheat|cries|moans)|ruins|spoils|is (?:so |really )?(?:annoying|weird|rubbish|useless|a baby|smelly)|smells|stinks)`
		),
		unless: /\b(?:ill|poorly|hurt|injured|sick|broken)\b/,
		needs: /ruin|spoil|cheat|cries|moan|annoying|weird|rubbish|useless|baby|smell|stink/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:we|i) (?:just |really )?(?:dont|do not) want ${YOU} (?:here|around|near us|with us|in (?:our|the|this) (?:group|game|team|class|club|chat))|(?:we|they|everyone) only (?:pick|picked|picks|choose|chose|let|lets|invite|invited|play with|talk to|hang (?:out |around )?with|put up with) (?:${YOU}|her|him|them)\\b[a-z ]{0,25} (?:because|cos|coz|cuz) (?:we have to|we had to|(?:she|he|they|${YOU}) (?:has|have|had|got|brings?|gives?|shares?))|(?:nobody|no one|noone|no1) (?:actually|really|even|ever|honestly) (?:likes|wants|loves|cares about) ${YOU}|(?:nobody|no one|noone|no1) (?:ever )?(?:believes|trusts|listens to) (?:a (?:liar|baby|freak|snitch|grass) like )?${YOU}(?! (?:but|except|apart))|(?:they|everyone|we) (?:just|only|all) (?:feel|feels) sorry for ${YOU}`
		),
		unless: /\b(?:teacher|miss|sir|said|cousin|sister|brother|to get hurt|to go)\b/,
		needs: /want|only|really|actually|even|ever|honestly|sorry|believ|trust|listen/
	},
	{
		rule: 'unkind.humiliation',
		pattern: phrase(
			`(?:vote|hands up|put (?:your|ur) hand up|like this|react|comment) if ${YOU} (?:think|agree)(?: that)? (?!it |this |that |the )[a-z]+ (?:smells|stinks|is (?:so |really )?(?:ugly|fat|smelly|weird|annoying|stupid|a loser|a freak|a baby|disgusting|thick|dumb|gross))|(?:everyone|every1|the whole class|everybody)(?: in (?:the|our|this) (?:chat|class|group|school))? (?:thinks|says|knows) (?:${YOURE}|ur|your|u) (?:so |such )?${GROUP_NAME}`
		),
		unless: /\b(?:not|never|isnt|arent|dont)\b/,
		needs: /think|agree|says|knows/
	},
	{
		rule: 'unkind.humiliation',
		pattern: phrase(
			`(?:screenshot|screenshotted|film|filmed|record|recorded|take a pic of|took a pic of|take a photo of|took a photo of) (?:his|her|their|${YOU}r|ur) [a-z]+(?: [a-z]+)? (?:and|n) (?:send|post|share|pass|put) (?:it|them) (?:round|around|to everyone|everywhere|in the (?:group|chat|class chat)|on the (?:group|chat))|make (?:him|her|them) (?:into )?a meme|(?:fall|fell|falling|cry|cried|crying|trip|tripped|slip|slipped|face)[a-z ]{0,40} (?:make|turn) (?:it|that|this) (?:into )?a meme`
		),
		unless: /\b(?:teacher|miss|sir|mrs|mr|display|well done|amazing|brilliant|so good|proud)\b/,
		needs: /send|post|share|pass|put|meme/
	},
	{
		rule: 'unkind.humiliation',
		pattern: phrase(
			`(?:told|showed|tell|telling|show) (?:everyone|every1|the whole class|the class|the group|the whole school|all the girls|all the boys) (?:what ${YOU} (?:said|told me|did)|${YOU}r secret|about ${YOU}r)|(?:is|s) (?:so )?(?:fat|ugly|smelly|weird|a loser|a freak|stupid|thick)[a-z ]{0,40} pass (?:it|this) on|(?:nobody|no one|noone|no1) (?:cares|asked)(?: about)? (?:${YOU}r|ur|what ${YOU}) (?:stupid|dumb|rubbish|boring|ugly|silly|pathetic|lame|baby)|(?:just )?(?:stop|quit) (?:talking|speaking|breathing|existing) forever`
		),
		unless: KIND_OR_FAIR,
		needs: /told|showed|tell|show|pass|cares|asked|forever/
	},
	{
		// A name can begin these, so the phrase index cannot skip them; the cheap test keeps them rare.
		rule: 'unkind.exclusion',
		pattern: phrase(`(?!the |a |he |she |it )[a-z]+ has no (?:friends|mates)|(?!it |this |that )[a-z]+ (?:s|is) not really (?:our|my) (?:friend|mate)`),
		unless: /\b(?:lets|let s|play with|be (?:his|her|their) friend|be nice|kind|sad|help|new|yet|feel|lonely|story|character|cousin|sister|brother|teacher)\b/,
		needs: /has no (?:friends|mates)|not really (?:our|my)/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:people|kids|ones|children|ppl)(?: in (?:the|our|my) class)? (?:who are|that are|who r) (?:dumb|stupid|thick|useless|rubbish|losers|idiots)`
		),
		unless: /\b(?:lesson|online|password|strangers|story|character)\b/,
		needs: /dumb|stupid|thick|useless|rubbish|losers|idiots/
	},
	// Mockery without a rude word (unkind-mockery.ts), read in this list: it has room in the phrase index.
	...MOCKERY_RULES
];
