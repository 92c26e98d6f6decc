// Unkind without a rude word: a child mocked for being poor, for their family, their smell,
// their size or a difference, or shut out by a plan the group agrees. Adds wordings to
// unkind.family (a parent "always at the food bank", "in prison lol", "your real family
// didn't want you", "two dads, that's not normal"), unkind.looks ("so fat she broke the
// bench", "smells like curry, so gross", "has nits, don't sit near her", "looks like he's in
// reception", "the worst hair in the whole school", "ur sooo st00pid"), unkind.insult ("girls
// can't play football, just go and play skipping", "boys who do dance are weird", "you're
// the reason our team always loses", "only babies still have a teddy", "ur the most
// annoying"), unkind.humiliation (a video or picture of someone shown round to laugh at,
// "everyone cringes when she does it") and unkind.exclusion ("everyone put a thumbs down
// when Ellie posts", "say the game is full even if it isn't", "let's all pretend we can't
// hear him", "we all agreed not to say happy birthday to her", "we don't want you there",
// "only for people who are good"). Pets, lessons, stories and rules at the bell pass.

import { phrase, YOU, YOURE, type PhraseRule } from './phrases.js';

const PETS_OR_PLAY =
	/\b(?:cat|dog|hamster|rabbit|bunny|guinea pig|fish|puppy|kitten|pony|horse|tortoise|budgie|teddy bear|snowman|character|story|book|film|lesson|pshe|anti bullying|we learned|we learnt)\b/;
const FAMILY = '(?:mum|mom|mam|dad|nan|gran|grandad|family|parents|brother|sister|uncle|auntie)';
const MOCK_END = '(?:lol|haha+|hahaha+|lmao|ha ha|so gross|gross|disgusting|rank|minging|ew+)';

export const MOCKERY_RULES: readonly PhraseRule[] = [
	{
		// Poverty, prison, adoption and a different family, mocked.
		rule: 'unkind.family',
		pattern: phrase(
			`${YOU}r ${FAMILY} (?:is|are|s|goes|go) (?:always |still )?(?:at|to) the food bank|(?:so |too )?poor (?:he|she|they|${YOU}) (?:gets|get|has to|have to|cant|cannot)|(?:free (?:dinners|school meals|lunches)|food bank|charity shop)(?: [a-z]+){0,2} ${MOCK_END}|(?:is|was) ${YOU}r ${FAMILY} (?:still )?(?:in prison|in jail|a druggie|on drugs)|(?:real|birth) (?:family|mum|dad|parents) (?:didnt|did not|dont|never) (?:want|wanted|love|loved|like|liked) ${YOU}|(?:two (?:dads|mums|mams)|adopted|${YOU}r (?:mum|dad|family|parents|name|food|lunch|accent|clothes|religion|voice|skin))(?: [a-z]+){0,5} (?:(?:thats|that is|its|it s|it is) not|isnt|is not|arent|are not) normal`
		),
		unless: /\b(?:sorry|hope|hug|donate|donated|collecting|collection|harvest|volunteer|helping|help out|proud|love|miss)\b/,
		needs: /food bank|poor|free|charity|prison|jail|drug|want|love|like|normal/
	},
	{
		// A body, a smell or a difference made the joke.
		rule: 'unkind.looks',
		pattern: phrase(
			`so (?:fat|ugly|poor|smelly|hairy|spotty|thick|dumb) (?:he|she|they|${YOU}|that|it) (?:broke|breaks|cant|can not|needs|gets|has|looks|smells|probably|fills)|(?:smells|stinks|smell|stink) (?:like|of) [a-z]+(?: [a-z]+){0,4} (?:gross|disgusting|rank|minging|yuck|ew)|(?:probably |always )?(?:smells|stinks) (?:of|like) (?:wee|poo|pee|bins|sick|sweat|bo)|(?:has|got|have|has got) (?:nits|lice|fleas|germs|cooties|the lurgy)(?: [a-z]+){0,3} (?:dont|do not|never) (?:sit|stand|go|play|touch|sit next)|(?:looks?|look) like (?:hes|shes|${YOURE}|he is|she is|they are) (?:in|still in) (?:reception|nursery|year 1|year one)|${YOU} (?:have|got|has) the (?:worst|ugliest|smelliest|weirdest|biggest|stupidest) (?:hair|haircut|face|nose|teeth|ears|clothes|voice|laugh|feet|breath|head)|(?:${YOURE}|ur|your) (?:so+|such a|proper|well) (?:ug ly|u gly|stoopid|stooopid|stupd|stupid|ugly|dumb|thick|weird|smelly)`
		),
		unless: PETS_OR_PLAY,
		needs:
			/so |smell|stink|nits|lice|fleas|germs|cooties|lurgy|reception|nursery|year|worst|ugliest|smelliest|weirdest|biggest|stupidest|ug|stu|stoo|dumb|thick|weird/
	},
	{
		// Put down for who they are, or blamed for the team.
		rule: 'unkind.insult',
		pattern: phrase(
			`(?:girls|boys) (?:cant|can not|can t|dont|shouldnt|should not) (?:play|do) (?:football|rugby|dance|ballet|cricket|gymnastics|netball|karate)(?! (?:on|in|at|today|until|till|because|cos|this|after|before|when|during|with))|(?:boys|girls) (?:who|that) (?:do|play|like|wear|go to) [a-z]+ (?:are|r) (?:weird|stupid|babies|losers|freaks|girly|rubbish|cringe)|${YOURE} (?:the )?reason (?:we|our|the team|everyone|nobody|no one)(?: [a-z]+){0,3} (?:lose|loses|lost|failed|fail|hates|hate)|only (?:babies|little kids|losers|weirdos|saddos) still (?:have|like|play with|watch|wear|sleep with|need)|(?:ur|your) the (?:most annoying|ugliest|stupidest|dumbest|fattest|smelliest|weirdest|worst) (?:person|kid|girl|boy|one)`
		),
		unless: PETS_OR_PLAY,
		needs: /girls|boys|reason|only|the/
	},
	{
		// Shown round to be laughed at.
		rule: 'unkind.humiliation',
		pattern: phrase(
			`(?:make|post|send|share|film) (?:a |it |this )?(?:video|vid|pic|photo|picture|meme)(?: of (?:it|him|her|them))?(?: [a-z]+){0,2} (?:and )?(?:show|send (?:it )?(?:to|round)|post (?:it )?(?:to|on)|share (?:it )?with) (?:everyone|every1|everybody|the whole (?:class|school)|the class|the group)|film (?:it|him|her|them) (?:and )?(?:send|show|post|share) (?:it )?(?:round|to|with|on) (?:everyone|every1|everybody|the whole (?:class|school)|the class|the group)|(?:took|take|taking|got) a (?:pic|picture|photo|video|vid) of [a-z]+ (?:eating|crying|falling|changing|sleeping|picking)(?: [a-z]+){0,4} (?:everyone|every1|we all|the class) (?:laughed|laughs|laughing)|(?:everyone|every1|everybody|we all|the whole class) (?:cringes|cringe|laughs|laughed|laugh) (?:at her|at him|when (?:she|he|they))`
		),
		unless:
			/\b(?:birthday|well done|proud|goal|won|winner|amazing|brilliant|funny joke|magic trick|dance routine|talent show|concert|assembly|school play|play|lesson)\b/,
		needs: /everyone|every1|everybody|whole|class|group|laugh|cringe/
	},
	{
		// A plan the group agrees to shut one child out.
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:everyone|every1|everybody|lets all|let s all|we should all|we all) (?:put|send|give|press|react)(?: [a-z]+){0,2} (?:when|whenever|every time) [a-z]+ (?:posts|says|sends|writes|talks|puts)|say (?:the game|it|the team|the group|the table|we) (?:is|s|are|re) full(?: [a-z]+){0,2} (?:even if|even though|when) (?:it|we|they) (?:isnt|arent|is not|are not)|(?:lets|let s|we should|everyone) (?:all )?(?:pretend|act like) (?:we|they) (?:cant|can not|dont) (?:hear|see) (?:him|her|them|[a-z]+ (?:when|if) (?:he|she|they) (?:talks|speaks|says|talk|speak))|(?:we all|everyone|we|lets all) (?:agreed|decided|promised|said) (?:to not|not to|we wont|we will not|to never) (?:say|talk|play|sit|invite|speak|reply|answer)|we (?:dont|do not) want ${YOU} (?:there|here|in (?:it|our|the)|at (?:it|our|the)|anymore|any more)|(?:only for|is for) (?:people|kids|those) (?:who are|that are|who r) (?:good|cool|popular|pretty|clever|not weird)`
		),
		unless:
			/\b(?:surprise|secret santa|birthday surprise|hide and seek|sardines|game of|the rules|lava|teacher said|miss said|sir said|story|character|lesson|pshe)\b/,
		needs: /posts|says|sends|writes|talks|puts|full|hear|see|say|talk|play|sit|invite|speak|reply|answer|want|good|cool|popular|pretty|clever|weird/
	}
];
