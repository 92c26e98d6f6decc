// Unkindness told as a plan or a remark about someone, with no rude word and often no "you", in the
// wordings the other unkind files do not read. Adds wordings to unkind.exclusion (the group shut
// against one child: "everyone's invited except Ruby", "Priya can't join any more", "if she asks
// just say it's full", "a new group without her", "don't add him back", "when Milo talks everyone
// look away", "make sure he's on the other team", "then there's no room for him", "so she's the
// only one who doesn't", "people who wear a headscarf can't be on our team", "if you want to be in
// our group you have to stop hanging round with…"), unkind.family (a family's money or home made
// the joke: "his jumper has holes", "no wonder she has the same coat every year", "her family go to
// the food bank", "does he even have a mum", "his mum can't even read") and unkind.humiliation (a
// child shown round or copied to be laughed at: "send the picture of her in her swimming costume to
// the group", "do the walk at break everyone", "do the voice she does", "every time he talks, cos
// of his voice", "let her find out on Monday", "a list of everything weird Ellie does", "the most
// pointless person in the class", "what's the point of him", "it's not banter if it's true",
// "that's not racist, it's just facts"). A full minibus, a surprise, a teacher's team picks, a
// costume in drama and a child's own family pass.

import { phrase, YOU, type PhraseRule } from './phrases.js';

const SOMEONE = '(?:her|him|them|[a-z]+)';
const THEY = '(?:she|he|they|shes|hes|theyre|she is|he is|they are|she s|he s)';
const GROUP = '(?:group|chat|gc|group chat|gang|club|team|game|table|dance|band|squad)';
/** Whose family it is: someone else's, never the writer's own ("my mum can't read my writing"). */
const THEIRS = '(?:his|her|their|[a-z]+s)';
/** A reason that is not about the child: a full vehicle, a surprise, a teacher's plan, a drama costume. */
const FAIR_OR_KIND =
	/\b(?:car|minibus|coach|van|boot|surprise|present|birthday|teacher|miss|sir|mrs|mr|in drama|costume|character|story|school play|the play|ill|poorly|injured|sorry|be kind|be nice|proud|well done|amazing|love)\b/;

export const LEFT_OUT_RULES: readonly PhraseRule[] = [
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:everyone|everyones|everybody|every1|the whole class)(?: is| s| are)? (?:invited|coming|allowed|can come|can play|can join)(?: [a-z]+){0,6} (?:except|apart from|but not) (?!me\\b|us\\b)[a-z]+|${SOMEONE} (?:cant|can not|cannot|isnt allowed to|is not allowed to) (?:join|come|be in (?:our|the) ${GROUP}|play with us|sit with us)(?: [a-z]+){0,3} (?:anymore|any more|ever again)|if ${THEY} asks?(?: [a-z]+){0,3} (?:just )?(?:say|tell (?:her|him|them))(?: that)? (?:its|it s|it is|were|we re|the [a-z]+ is) full`
		),
		unless: FAIR_OR_KIND,
		needs: /except|apart|but not|anymore|any more|ever again|full/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:new|another|different|secret|other) (?:group|chat|gc|group chat) without (?:her|him|them)|(?:dont|do not|never) add (?:her|him|them) back|why is ${THEY} (?:even )?in (?:this|our|the) (?:chat|group|gc|group chat)|(?:make sure|so) ${THEY} (?:on the other team|not on our team|not in our (?:group|team))|(?:then|so) we (?:dont|do not|never) (?:have|need) to (?:pass to|play with|sit with|talk to|sit next to|invite) (?:him|her|them)|(?:theres|there is|there s) no (?:room|space|seat|place) for (?:him|her|them)|so ${THEY} the only one (?:who|that) (?:doesnt|does not|isnt|is not|didnt|hasnt|wont)`
		),
		unless: FAIR_OR_KIND,
		needs: /without|add|why is|team|group|have to|need to|room|space|seat|place|only one/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:when|every time|whenever|everytime) [a-z]+ (?:talks|speaks|says anything|comes over|sits down|answers)(?: [a-z]+){0,3} (?:everyone|we all|lets all|just|all) (?:look away|look at the ceiling|ignore (?:him|her|them)|walk off|walk away|dont answer|turn (?:round|away)|say what)|if ${YOU} want to be (?:in|part of) (?:our|the|my) (?:group|gang|club|team|squad)(?: [a-z]+){0,3} ${YOU} (?:have to|must|need to|got to|gotta) (?:stop|not) (?:hanging|talking|playing|sitting|being friends)|(?:people|kids|anyone|ppl|children) (?:who|that) (?:wear|wears|have|has|speak|speaks|pray|prays|eat|eats|talk|talks|come from)(?: [a-z]+){1,3} (?:cant|can not|cannot|shouldnt|should not|arent allowed to|are not allowed to|not allowed to) (?:be|join|play|sit|come)|people like (?:that|them|him|her) (?:shouldnt|should not|cant|arent allowed|dont belong)|(?:dont|do not) think people like (?:that|them) should (?:be allowed|be in|come)|${THEY} (?:cant|can not|cannot|isnt allowed to) be in our (?:dance|team|group|game|band|play|club|squad)`
		),
		unless: /\b(?:allergy|allergic|nuts|teacher|miss|sir|mrs|mr|rules say|the rule is|health and safety|lesson|story|character)\b/,
		needs: /look|ignore|walk|answer|turn|say what|stop|not|cant|belong|be in our|should/
	},
	{
		rule: 'unkind.family',
		pattern: phrase(
			`(?:jumper|coat|shoes|trainers|clothes|uniform|socks|bag|tights) (?:has|have|has got|with|is full of) holes(?: in)?(?: [a-z]+){0,3} (?:lol|haha|hahaha|lmao|gross|ew)|no wonder ${THEY}(?: always| never| so| still)? (?:dirty|smelly|smells|stinks|poor|thick|stupid|weird|has the same|have the same|got the same|wears the same|has no friends|never has)|${THEIRS} (?:family|mum|dad|parents|nan) (?:go|goes|went|has to go|have to go|uses|use) (?:to )?(?:the )?food bank|does [a-z]+ even have a (?:mum|dad|family|home|bath|shower|house)|${THEIRS} (?:mum|dad|mom|parents|family|nan) (?:cant|can not|cannot) (?:even )?(?:read|write|speak english|afford)|(?:dad|mum|mom)s? (?:the one who )?(?:got|was|is) (?:sacked|fired|on benefits|in prison)(?: [a-z]+){0,8} no wonder`
		),
		unless: /\b(?:sorry|sad|hope|help|helping|donate|donated|collecting|kind|be nice|poor thing|proud|hug|miss)\b/,
		needs: /holes|no wonder|food bank|even have|cant|can not|cannot/
	},
	{
		rule: 'unkind.humiliation',
		pattern: phrase(
			`(?:send|post|share|put|show) (?:the|that|this) (?:picture|pic|photo|video|vid|screenshot) of (?:her|him|them|[a-z]+)(?: [a-z]+){0,5} (?:to|in|on|round) (?:the|our) (?:group|chat|gc|group chat|class chat|class)|everyone needs to see (?:this|it|her|him)|screenshot (?:her|him|them)(?: [a-z]+){0,6} (?:and|n) (?:put|send|post|share) (?:it|them)|(?:do|doing|copy|copying) (?:the|his|her|their) (?:walk|voice|laugh|accent|stutter|lisp|run)(?: [a-z]+){0,5} (?:everyone|lol|haha|when ${THEY})|(?:do|doing) the voice [a-z]+ (?:does|do)|every time [a-z]+ (?:talks|speaks)(?: [a-z]+){0,2} (?:cos|because|coz) of (?:his|her|their) (?:voice|accent|stutter|lisp)|let (?:her|him|them) find out (?:on|at|when|the hard way)(?! (?:[a-z]+ )?(?:birthday|christmas))|walks like a (?:penguin|duck|robot|baby|monkey|chicken|granny|old man)(?: [a-z]+){0,4} (?:special|his|her|lol|haha|everyone)`
		),
		unless:
			/\b(?:well done|amazing|brilliant|so good|proud|happy birthday|love (?:it|this|her|him)|in drama|(?:fancy dress|halloween|world book day|dressing up) costume|character|role|school play|the play|panto|teacher|miss|sir|mrs|mr)\b/,
		needs: /send|post|share|put|show|see|screenshot|copy|do|walks|voice|accent|stutter|lisp|find out/
	},
	{
		rule: 'unkind.humiliation',
		pattern: phrase(
			`(?:list|page|video|chat|group) of (?:everything|all the (?:things|stuff)|all the) (?:weird|stupid|dumb|annoying|cringe|embarrassing|gross)(?: things| stuff)? [a-z]+ (?:does|says|did|said|wears)|(?:the )?(?:most|biggest) (?:pointless|useless|annoying|boring|embarrassing|hated|unpopular|smelly|ugliest|weirdest) (?:person|kid|girl|boy|one|loser|thing) (?:in|at|on) (?:the|our|oak|ash|this|[a-z]+ class|year)|whats the point of (?:him|her|them|${YOU})\\b|(?:its|it s|it is) not (?:banter|bullying|mean|being mean|a joke) if (?:its|it s|it is) true|(?:thats|that s|that is|its|it s|it is) not (?:racist|sexist|mean|bullying|being mean) (?:its|it s|it is|just|im|i m)|(?:imagine|imagine being) [a-z]+(?: [a-z]+){0,3} (?:and|with) (?:having )?(?:no one|nobody|noone|no friends) (?:turn|turning|come|coming|at)|(?:should|needs to|ought to) go back to (?:reception|nursery|year (?:1|one))|only (?:got|has|have|gets) friends (?:cos|because|coz|cuz) (?:the teacher|miss|sir|people feel|they feel)`
		),
		unless: /\b(?:story|character|book|film|lesson|anti bullying|pshe|we learned|we learnt|miss said|sir said)\b/,
		needs: /list|page|video|chat|group|most|biggest|point|true|not|imagine|back to|friends/
	},
	{
		rule: 'unkind.looks',
		pattern: phrase(
			`${THEIRS} (?:family|house|mum|dad|food|lunch|lunchbox|coat|clothes|hair)(?: [a-z]+)? (?:smells?|stinks?|reeks?) (?:of|like)|(?:makes?|made) the (?:whole )?(?:classroom|class|room|table|hall) (?:smell|stink)|(?:her|his|their) (?:weird|smelly|disgusting|gross|stinky|rank) (?:food|lunch|lunchbox|clothes|house|hair|teeth|face|shoes)|(?:should|needs to|ought to) (?:wear|put) a (?:paper )?bag (?:on|over) (?:her|his|their|${YOU}r) (?:head|face)|(?:ur|youre|u r|your) ?so+ ?(?:ugly|fat|dumb|stupid|stoopid|thick|smelly)|${YOU} (?:stinky|smelly|dirty|fat|ugly) (?:little |littl |lil )?(?:tramp|pig|cow|rat|freak|loser|idiot|weirdo)|${YOU}r (?:mum|dad|mom|nan|family) (?:is|s) a ?(?:tramp|pig|cow|joke|loser)|(?:everyone|every1|everybody|even the teachers) (?:hates|h8s|hbs|hate|h8|hb) (?:him|her|them|${YOU}|[a-z]+)(?: [a-z]+){0,3} (?:just saying|lol|even)|(?:is|s) so+ (?:stupid|stoopid|dumb|thick)(?: [a-z0-9]+){0,8} thicko|${THEY} so (?:odd|weird|strange)(?: lol| haha)?$`
		),
		unless:
			/\b(?:cat|dog|hamster|pet|puppy|kitten|character|story|book|film|lesson|nice|lovely|yum|yummy|delicious|amazing|good|smells (?:of|like) (?:flowers|perfume|cake|cookies|baking))\b/,
		// A piece every match must have, one for each wording of the pattern in its order (smells,
		// stinks or reeks of; makes the room smell; her weird food; a bag over the head; "ur so
		// ugly"; a dirty little tramp; "ur mum is a joke"; everyone hates; thicko; so weird). A bare
		// "so" was here, which half of all long messages have, and the rule's "[a-z]+s" beginning
		// cannot be indexed, so this test is what keeps the whole pattern off most messages.
		needs:
			/reeks? (?:of|like)|smell|stink|(?:weird|disgusting|gross|rank) |bag (?:on|over)|so+ ?(?:ugly|fat|dumb|stupid|stoopid|thick)|(?:dirty|fat|ugly) (?:little |littl |lil )?(?:tramp|pig|cow|rat|freak|loser|idiot|weirdo)|(?:is|s) a ?(?:tramp|pig|cow|joke|loser)|(?:hates|h8s|hbs|hate|h8|hb) |thicko|so (?:odd|weird|strange)/
	}
];
