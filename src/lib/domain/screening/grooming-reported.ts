// Grooming as a child tells it afterwards, in the third person: what "he" asked, gave, said to hide
// or said about the child's parents. Adds to rules: grooming.alone (he asked "if my mum and dad
// check my tablet", "when my mum and dad go out and if im on my own"), grooming.bedroom (he knows
// "what my bedroom looks like", lessons "in my bedroom with the door closed"), grooming.gift (a
// present or money with "our secret club", "hide it so my mum doesnt ask", "for being his
// favourite"), grooming.trust (grown-ups who "dont need parents to know", "if i tell anyone he
// will get in trouble", "lie to mum and say im at Priyas", "my mum sent him to pick me up", "dont
// tell your friends about him"), grooming.closeness ("i could come live with him"),
// grooming.private-app ("so we can talk without my mum seeing", "where its just us, no parents")
// and grooming.fame (she said she is "a model scout"). The family's own questions and gifts,
// lesson talk and stories pass.

import { phrase, type PhraseRule } from './phrases.js';
import { frames } from './speaking.js';

// Not the advice frame: a report carries the adult's own orders ("i shouldnt ring her"), which read
// as a safety rule; the rule itself is told by its "if someone" (TOLD_OF_WORDS).
const TOLD_OF = frames('lesson', 'exercise', 'story');
const TOLD_OF_WORDS = /\b(?:lesson|example|the villain|miss said|sir said|in the story|the character|if (?:someone|anyone|a stranger|a grown up))\b/;
const PARENTS = '(?:mum|dad|mom|parents|mum and dad|mum n dad|nan|family|carer)';
// The family asking or giving is the family's business: "my nan gave me a fiver and said its our secret".
const FAMILY_DOES = new RegExp(
	`^(?:my|our) (?:mum|dad|mom|nan|nana|gran|granny|grandma|grandad|grandpa|auntie|aunty|uncle|sister|brother|cousin|step ?mum|step ?dad)\\b|${TOLD_OF_WORDS.source}`
);

export const GROOMING_REPORTED_RULES: readonly PhraseRule[] = [
	{
		rule: 'grooming.alone',
		pattern: phrase(
			`(?:asked|asks|ask|asking|wanted to know|wants to know|keeps asking|always asks)(?: me)?(?: [a-z]+){0,8} (?:if|whether|when|what time) my ${PARENTS} (?:check|checks|look at|looks at|read|reads|go out|goes out|are out|is out|go to bed|goes to bed|are at work|is at work|leave|leaves)|(?:asked|asks|ask|asking|keeps asking|always asks)(?: me)?(?: [a-z]+){0,8} if (?:im|i am|i m|i was|id be|i get left) (?:on my own|home alone|alone|by myself)`
		),
		unless: FAMILY_DOES,
		standsDownIn: TOLD_OF,
		needs: /check|look|read|out|bed|work|leave|own|alone|myself/
	},
	{
		rule: 'grooming.bedroom',
		pattern: phrase(`(?:knows|asked|asks|wanted to know|wants to know|asking)(?: [a-z]+){0,8} what my (?:bedroom|room) looks like`),
		// A room described for a lesson or a teacher: "my teacher asked what my bedroom looks like for our writing".
		unless: new RegExp(`${TOLD_OF_WORDS.source}|\\b(?:teacher|miss|sir|mrs [a-z]+|mr [a-z]+|writing|homework|art|english|describe|drew|draw|drawing)\\b`),
		standsDownIn: TOLD_OF,
		needs: /looks like/
	},
	{
		rule: 'grooming.bedroom',
		pattern: phrase(`(?:tutor|coach|he|she|the man|the lady|uncle)(?: [a-z]+){0,8} (?:in|to) my (?:bedroom|room) with the door (?:closed|shut|locked)`),
		unless: TOLD_OF_WORDS,
		standsDownIn: TOLD_OF,
		needs: /door/
	},
	{
		rule: 'grooming.gift',
		pattern: phrase(
			`(?:gives|gave|give|sends|sent|buys|bought|brings|brought) me(?: [a-z]+){0,12} (?:our secret|secret club|only me and (?:him|her)|for being (?:his|her) (?:favourite|special)|hide (?:it|them) (?:from (?:my )?${PARENTS}|so)|keep it (?:in my pocket|hidden|secret)|not my piggy bank|so my ${PARENTS} (?:doesnt|dont|wont|cant|does not|will not) (?:see|find|ask|know|notice))`
		),
		unless: FAMILY_DOES,
		standsDownIn: TOLD_OF,
		needs: /secret|only me|favourite|special|hide|keep it|piggy|so my/
	},
	{
		rule: 'grooming.trust',
		pattern: phrase(
			`(?:said|says|told me)(?: [a-z]+){0,10} (?:dont|do not|doesnt|does not|dont ever) need (?:my |your |ur )?(?:parents|mum|dad|mum and dad|mums and dads|grown ups) to know|(?:said|says|told me)(?: that)? if i tell (?:anyone|anybody|my ${PARENTS}|a teacher|my teacher)(?: [a-z]+){0,4} (?:he|she|they) (?:will|would|ll|could) (?:get in trouble|go to (?:jail|prison)|get arrested)|(?:said|says|told me) (?:i should|to|that i should|i have to|i need to) lie to (?:my )?${PARENTS}(?: [a-z]+){0,8} so (?:we|i) can|(?:said|says|told me) (?:that )?my ${PARENTS} (?:sent|asked|told) (?:him|her|them) to (?:pick me up|collect me|get me|fetch me|take me home)|(?:told|tells|said to) me not to tell (?:my )?(?:friends|mates|mum|dad|parents|anyone)(?: [a-z]+){0,2} about (?:him|her|us|our chats)`
		),
		unless: FAMILY_DOES,
		standsDownIn: TOLD_OF,
		needs: /know|trouble|jail|prison|arrested|so we|so i|pick|collect|get me|fetch|take me|about/
	},
	{
		rule: 'grooming.closeness',
		pattern: phrase(
			`(?:said|says|told me)(?: [a-z]+){0,10} i (?:could|can|should) (?:come (?:and )?|go (?:and )?)?live with (?:him|her)(?! and (?:my|his|her) (?:mum|dad|nan))`
		),
		unless: FAMILY_DOES,
		standsDownIn: TOLD_OF,
		needs: /live with/
	},
	{
		rule: 'grooming.private-app',
		pattern: phrase(
			`so (?:we|me and (?:him|her)) can (?:talk|chat|speak|text|message|call) without my ${PARENTS} (?:seeing|knowing|finding out|reading|checking|looking)|(?:where|so) its just (?:us|me and (?:him|her)|you and me)(?: [a-z]+){0,3} no (?:parents|mums|grown ups|adults|mum and dad)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: TOLD_OF,
		needs: /without|just/
	},
	{
		rule: 'grooming.fame',
		pattern: phrase(
			`(?:she|he|they) (?:is|was|said (?:she|he) (?:is|was)|says (?:she|he) is|said (?:shes|hes)) (?:a |an )?(?:talent scout|model scout|modelling agent|model agent|modelling scout)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: TOLD_OF,
		needs: /scout|agent/
	}
];
