// Kind secrets that secrecy.ts's surprise list does not name, read on the whole message up to a
// long chat message's length: a tip or a hiding place in a game ("keep this secret but behind the
// waterfall in the game there's a chest"), a secret language or sign, a spoiler (a book's ending,
// "chapter 20", the class murder mystery, the answer to a riddle), school news not
// out yet ("keep it secret till the posters go up", "Mr Fletcher let it slip"), a surprise being
// planned (a present being wrapped, a visitor who will walk in at Sunday dinner, a teacher's 40th,
// "act normal", the class all wearing yellow for a friend), a show being got ready (a magic trick
// for the talent show, a play for the infants), and the writer's own good news ("I
// think I'm going to be captain"), light embarrassment or gossip ("i still sleep with my
// teddy", "i think Tom likes netball more"). Each passes only when nothing in the message points
// at a secret kept from the reader's grown-ups, an older person, harm, pictures or money: a
// present or a game is exactly the cover a groomer or a bully reaches for ("the man on roblox
// said he'd give me robux if i stop telling my mum", "if u tell about the pictures…").

/** A long chat message: past this, a kind word and the request are likely about different things. */
const LONG_MESSAGE = 500;

const KIND_SECRET_READINGS = new RegExp(
	[
		// A game's secret: a tip, a hidden place, a game played in class or in the playground.
		String.raw`\bin (?:the|this|that) game\b|\btitle screen\b|\bcheat codes?\b|\b(?:hidden|secret) (?:room|chest|level|door|area|path|tunnel|island|base)\b|\b(?:a|the) chest\b|\beaster egg\b|\bhid(?:e|ing) (?:and|n) seek\b|\bhiding (?:spot|place)\b|\bmurder mystery\b|\bspy club\b|\bits (?:just )?for fun\b`,
		// A secret language, sign or code word shared by friends.
		String.raw`\bsecret (?:language|word|words|sign|signal|code|codes|name)\b|\bour (?:own )?(?:language|code)\b`,
		// A spoiler or an answer: the book, the film, the quiz, the riddle, the jar of sweets.
		String.raw`\bspoil(?:er|ers|ing|t)?\b|\bthe (?:ending|end of the (?:book|film|series))\b|\bchapter \d+\b|\bwhodunn?it\b|\bthe (?:answer|answers) (?:to|is|are)\b|\briddle\b|\bhow many (?:sweets|beans|marbles)\b|\bin the jar\b`,
		// School news before it is told: a poster, an assembly, a cup, a teacher letting it slip.
		String.raw`\b(?:till|until|before) (?:the posters? (?:go|goes|are|is) up|its announced|it gets announced|the newsletter|assembly)\b|\blet it slip\b|\bgoing to win the [a-z]+ (?:cup|trophy|shield)\b|\b(?:attendance|house) (?:cup|points trophy)\b`,
		// A surprise being planned: a present wrapped, a visitor walking in, a milestone birthday, faces kept straight.
		String.raw`\bwrap(?:ping)? (?:it|them|her present|his present|the present)\b|\b(?:gonna|going to|will) (?:walk|turn|pop) (?:in|up) (?:at|on|for)\b|\b(?:doesnt|does not|dont) know (?:shes|hes|theyre|she is|he is|they are|were|we are) coming\b|\b[1-9]0th\b|\bpropos(?:e|ing)\b|\bsing to (?:him|her|them)\b|\bact normal\b|\bkeep a straight face\b|\b(?:were|we are|were all|we are all|everyone is|everyones) (?:wearing|bringing|making|signing|writing) [a-z ]{0,30}for [a-z]+`,
		// A show being got ready for an audience: an act for the talent show, a play for the infants, a dance for assembly.
		String.raw`\b(?:talent show|school play|(?:the|our|a) (?:nativity|panto|pantomime|concert|assembly|show|play|musical)|magic (?:trick|tricks|show)|puppet show|dance routine)\b|\b(?:doing|doin|do|practising|practicing|rehearsing|putting on|making up|learning|performing|planning) (?:a|an|our|my|the|this) (?:play|show|dance|routine|song|act|sketch|trick|skit|rap)\b`,
		// The writer's own good news, light embarrassment, a crush or harmless gossip.
		String.raw`\b(?:i think )?(?:im|i am|ive been|i have been|i got|i was) (?:going to be |gonna be )?(?:picked|chosen|captain|head (?:girl|boy)|star of the week|the lead)\b|\b(?:so |really )?embarrassing\b|\bcringe\b|\b(?:sleep|sleeps) with (?:my|a|his|her) (?:teddy|blankie|night light)\b|\b(?:i think|i reckon) [a-z]+ (?:likes|fancies|prefers) [a-z]+ (?:more|better)\b|\bmy crush\b`
	].join('|')
);

/**
 * What makes a secret not kind, anywhere in the message: the reader's grown-ups kept out, an
 * older person or someone from online, harm or fear, pictures, money or game currency, a pact
 * or a threat if anyone tells, older children, or getting into trouble.
 */
const NOT_KIND =
	/\b(?:(?:tell|telling|told|say|saying|know|knows|find out|finds out|see|sees|mention|hide)[a-z ]{0,20}(?:your|ur) (?:mum|mom|mam|dad|parents|carer|teachers?|family)|(?:your|ur) (?:mum|mom|mam|dad|parents|carer) (?:doesnt|dont|mustnt|cant|wont) (?:know|find out|see)|man|men|lady|stranger|older|grown up friend|online|from the game|on the game|met on|bruises?|hurts?|hurting|hit|hits|hitting|touch|touched|touches|scared|frightened|afraid|police|social worker|money|robux|vbucks|v bucks|pound|pounds|quid|pictures?|photos?|pics?|videos?|selfies?|took|stole|stolen|broke|bad secret|step ?dad|babysitter|grave|pact|swear|swore|guilty|in trouble|or else|youre next|ur next|dead|big (?:boys|girls|kids|lads)|if (?:we|you|u|i|they|anyone) (?:tell|tells|say|says|grass|grasses|snitch|snitches))\b/;

/**
 * True for a message up to a long chat message's length about a kind secret, of the readings
 * above or a surprise secrecy.ts names (`surpriseNamed`), with no sign of an unkind one.
 */
export function keepsOtherKindSecret(text: string, surpriseNamed: boolean): boolean {
	return text.length <= LONG_MESSAGE && (surpriseNamed || KIND_SECRET_READINGS.test(text)) && !NOT_KIND.test(text);
}
