// Threats that name no harm at all, read as warnings (threat.warning): what the writer knows ("my
// brother knows which way you walk home", "I know where your nan lives"), what protects the reader
// running out ("you're lucky Mr Fletcher was on duty, he won't be there forever", "your mum can't
// walk you to school every day", "no teachers watching"), a dare with a price ("one more word about
// my mum and you won't…", "say that again and you're going in the pond", "carry on and your phone
// ends up in the river"), what is coming ("you'll see what happens tomorrow", "see where it gets
// you on Monday", "we'll see who's laughing", "it's not over", "that's gonna cost you", "enjoy your
// last day of…", "while you still can", "you won't see it coming", "count the days", "your little
// sister is next", "be a shame if anything happened", "you won't have any teeth left", "you know
// what happens to people who cross me", "that's a warning, not a joke"). A game, a race, a quiz or
// a story passes, but "next time it won't be in the game" says the game is over.

import { phrase, YOU, YOURE, type PhraseRule } from './phrases.js';
import { frames } from './speaking.js';

/** A character's words, a story, a lesson or an exercise (speaking.ts): a warning told of, not made. */
const TOLD_OF = frames('quote', 'story', 'lesson', 'exercise');

/** Play that makes these words a game's: named unless the message says it is no longer one. */
const PLAY =
	/\b(?:(?<!not (?:gonna be |going to be |be )?)in (?:the game|fortnite|minecraft|roblox|among us|bedwars|blooket|kahoot)|at (?:football|dodgeball|chess|tag|rounders|netball|uno)|rematch|high score|quiz|spelling|times tables|race|story|character|villain|dragon|monster|zombie|in drama|jk|only joking|just joking|christmas|holiday|holidays|half term|birthday|summer|weather|storm|gold star|house points?|well done|prize|win the)\b/;

/** PLAY, unless the writer says it is not play: "this isnt a game", "thats not a story", "jk but watch out". */
const PLAY_NOT_DENIED = new RegExp(
	`^(?![\\s\\S]*\\b(?:(?:not|isnt|aint|no longer|wasnt)(?: a| an| the| in the| just| my)? (?:game|story|joke|joking|jk|kidding|quiz|race)|(?:jk|joking|kidding|lol) but)\\b)[\\s\\S]*(?:${PLAY.source})`
);

export const WARNED_THREAT_RULES: readonly PhraseRule[] = [
	{
		// What the writer knows of the reader's way home, family or door.
		rule: 'threat.warning',
		pattern: phrase(
			`(?:knows|know|found out|finds out) (?:which way|where|what time|what road|what bus) ${YOU} (?:walk|go|live|get the bus|get home)|(?:know|knows) where ${YOU}r (?:nan|mum|mom|dad|family|gran|house|sister|brother|little sister|little brother) (?:lives|live|is|works|goes)|(?:be a|would be a|be such a) shame if (?:anything|something) (?:happened|happens|was to happen)|(?:what happens|what happened) to (?:people|kids|anyone|them|those) (?:who|that) (?:cross|upset|annoy|grass on|snitch on|mess with|tell on) me|(?:doesnt|does not|dont) like (?:people|kids|anyone) (?:who|that) (?:upset|annoy|cross|mess with) me|ask [a-z]+ what happened to (?:his|her|their) [a-z]+`
		),
		unless: PLAY_NOT_DENIED,
		standsDownIn: TOLD_OF,
		needs: /know|found|finds|shame|happen|like/
	},
	{
		// The reader's protection running out: the teacher on duty, a parent's walk to school.
		rule: 'threat.warning',
		pattern: phrase(
			`${YOURE} lucky (?:mr|mrs|miss|ms|sir|the teacher|a teacher|the dinner lady|your mum|ur mum|your dad|ur dad)(?: [a-z]+)? (?:was|is|were|came|turned up) (?:on duty|there|watching|around|here|about)|(?:he|she|they|the teachers?|miss|sir)(?: [a-z]+)? (?:wont|will not|cant) (?:be there|be around|protect ${YOU}|save ${YOU}|be with ${YOU}) (?:forever|every day|all the time|always)|(?:${YOU}r|ur) (?:mum|dad|mom|brother|sister|mates|friends) (?:cant|can not|cannot|wont) (?:walk ${YOU}|protect ${YOU}|save ${YOU}|be with ${YOU}|pick ${YOU} up)(?: [a-z]+){0,3} (?:every day|forever|all the time|always)|(?:no|without) (?:teachers?|grown ups|adults|dinner ladies)(?: [a-z]+){0,2} (?:watching|around|to save ${YOU}|to help ${YOU})|lets see how (?:brave|tough|hard|big|hard) ${YOURE}|(?:tell|ask) ${YOU}r (?:mum|dad|mom|parents) to keep ${YOU} (?:inside|in|indoors|home|at home)`
		),
		unless: PLAY_NOT_DENIED,
		standsDownIn: TOLD_OF,
		needs: /lucky|forever|every day|all the time|always|watching|around|save|help|brave|tough|hard|big|keep/
	},
	{
		// A dare with a price: say it again, carry on, one more word, and the reader pays.
		rule: 'threat.warning',
		pattern: phrase(
			`(?:one more word|say that again|say it again|do that again|do it again|grass on me(?: again)?|snitch on me(?: again)?|tell on me(?: again)?|carry on|keep (?:it up|talking|laughing|going))(?: [a-z]+){0,5} (?:and|n|or) (?:${YOU}|ur|${YOU}r [a-z]+|ur [a-z]+|${YOURE}) (?:wont|will|ll|are going|r going|going|gonna|ends? up|is going|s going|might|goes|go|gets)(?! (?:get|win|have) (?:a )?(?:gold|house|prize|sticker|better|faster))|(?:${YOU}r|ur) (?:little |big |baby )?(?:sister|brother|mum|dad|nan|dog|cat|family|hamster) (?:is|s|will be) next(?! (?:in|to|for|on|after))|${YOURE} next(?! (?:in|to|for|on|after))\\b`
		),
		unless: PLAY_NOT_DENIED,
		standsDownIn: TOLD_OF,
		needs: /word|again|carry on|keep|next/
	},
	{
		// What is coming, told without saying what it is.
		rule: 'threat.warning',
		pattern: phrase(
			`(?:youll|you ll|u ll|ull|well|we ll|we will|you will|u will) (?:see|find out) (?:what happens|whos laughing|who s laughing|who is laughing)|see (?:where|what) (?:it|that) gets ${YOU}|see what happens to ${YOU}r [a-z]+|(?:its|it s|it is|this is|this isnt|this is not) not over(?: yet)?(?: not even close)?|(?:thats|that is|that s|this is|its) (?:gonna|going to) cost ${YOU}|(?:gonna|going to) be a (?:very |really )?(?:long|bad|painful|horrible) day for ${YOU}|(?:enjoy|make the most of) ${YOU}r last (?:day|night|week|lunch|break)|while ${YOU} still can|${YOU} (?:wont|will not|never) see it coming|count the days (?:till|until|til)|(?:thats|that is|this is|its) a warning|${YOU} (?:wont|will not) be (?:laughing|smiling|so brave|so smug) (?:on|at|tomorrow|when|after|for long|much longer)|(?:youll|you ll|u ll|ull) be (?:going home|go home) (?:early )?(?:and )?crying|(?:are|is|re|s) coming for ${YOU} (?:at|after|on|tomorrow|tonight|later)|${YOU} better not be (?:there|at|coming)|(?:dont|do not) (?:bother|even (?:bother|try)) (?:running|hiding|trying to run)|(?:id|i would|i d) (?:go|leave|run|stay home|stay away)(?: [a-z]+){0,4} if i (?:was|were) ${YOU}|(?:get ${YOU} back|get ${YOU}) for real|(?:wont|not gonna|not going to|will not) have any teeth left|next time (?:its|it s|it) (?:not gonna|wont|will not|isnt going to|not going to) be in the game|this time it (?:wont|will not|isnt going to|not gonna) be (?:a |in )?(?:minecraft|the game|a game)`
		),
		unless: PLAY_NOT_DENIED,
		standsDownIn: TOLD_OF,
		needs:
			/see|find out|over|cost|day|last|still can|coming|count|warning|laughing|smiling|brave|smug|crying|better not|bother|try|if i|for real|game|minecraft|teeth/
	}
];
