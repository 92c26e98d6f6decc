// Two readings that clear unkind words, asked by unkind.ts:
// - teasedFondly: a name said in fun about something good or small, which only unkind.insult
//   stands down on: a "nerd" for reading four books ("teach me your ways"), a "loser" at rock
//   paper scissors or a card game, "you big wally, you left your lunchbox again", a laugh like a
//   seal "so never change". A bare "jk" or "no offence" is not enough: children add those to
//   real put-downs;
// - toldToAGrownUp: unkind words reported to a named grown-up or quoted, not said: "Mr Fletcher,
//   some people said Zac can't sit on our table… can you talk to them", "miss, I saw some kids take
//   a boy's lunch", "Mr Fletcher said the words 'nobody likes you' can hurt", the kindness tree.
//   The wordings of the unkind files and the whole-message readings stand down on it; the older
//   insult list still reads an insult aimed at the reader in the same message.

// A mild name ("you muppet", "ya numpty") over a small mix-up: the reader has picked up the
// writer's things or put something on the wrong way ("that's my water bottle not yours", "you've
// got my pencil case", "your jumper's inside out"), said before or after the name.
const MILD_NAME = '(?:wally|muppet|numpty|plonker|doughnut|donut|noodle|silly billy|dope|divvy|dafty|daftie|pillock|nelly|plum|sausage|wazzock)';
const MIX_UP =
	'(?:(?:thats|that is|its|it is) (?:my|mine|me)|not (?:yours|urs|ures)|(?:you|u|ya|ye|youve|uve)(?: have| ve)? (?:got|took|taken|picked up|grabbed) (?:my|mine|the wrong)|(?:the|a) wrong (?:one|way|bottle|water bottle|coat|bag|jumper|shoes?|book|pencil case|lunchbox|lunch box|seat|peg|room|classroom|page|door|bus|trainers|hoodie|cardigan|cardi)|inside out|back to front|upside down|on the wrong (?:feet|foot|way|page|day|side))';

const FONDLY = new RegExp(
	`\\b(?:teach me (?:ur|your) ways|never change|(?:nerd|geek|boffin|swot) for (?:reading|doing|getting|finishing|learning|knowing|remembering)|(?:loser|rubbish|terrible|useless) at (?:rock paper scissors|uno|chess|cards|snap|connect (?:4|four)|monopoly|charades|i spy|[a-z]+ (?:game|games))|(?:wally|muppet|numpty|plonker|doughnut|noodle|silly billy|dope)(?: [a-z]+){0,3} (?:you|u) (?:left|forgot|lost|dropped|missed|put)|${MILD_NAME}(?: [a-z]+){0,6} ${MIX_UP}|${MIX_UP}(?: [a-z]+){0,6} ${MILD_NAME})\\b`
);

// Addressed to a grown-up by name or title, or asking one to step in; or the words quoted as
// words. "someone keeps calling me names" alone is not enough: a child's own report of being
// picked on is for the teacher to read held.
const REPORTED =
	/^(?:dear )?(?:miss|sir|mr [a-z]+|mrs [a-z]+|ms [a-z]+)\b[\s\S]*\b(?:some (?:people|kids|children|boys|girls)|someone|i saw)\b|\bcan (?:you|u) (?:talk to|speak to|have a word with) them\b|\b(?:said|say|says) the words\b|\bthe words [a-z ]{0,30} can hurt\b|\bkindness (?:tree|week|jar|wall|day)\b/;

// A report the writer then joins in with is the unkindness said again: "miss, someone said Zac
// smells and i agree".
const AGREED = /\b(?:i agree|(?:its|it is|thats) true|(?:hes|shes|theyre|they are|he is|she is) right|so true|which is true)\b/;

/** A name said in fun about something good or small: unkind.insult stands down. */
export const teasedFondly = (text: string): boolean => FONDLY.test(text);

/** Unkind words reported to a grown-up or quoted as words: the unkind wordings stand down. */
export const toldToAGrownUp = (text: string): boolean => REPORTED.test(text) && !AGREED.test(text);
