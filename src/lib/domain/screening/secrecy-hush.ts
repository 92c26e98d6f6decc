// Secrecy asked for in idioms and cover stories the other secrecy rules did not read. Owns
// wordings of secrecy.dont-tell typed short ("dont tel any1", "dont tell ne1"), secrecy.our-secret (a hush idiom: "keep it on the down low", "mum's the word",
// "you didn't hear this from me", "this has to stay secret", "it's our thing, not a grown-up
// thing", "no1 hs 2 kno", "not a word to your mum", "this chat never happened", "what happens at
// mine stays at mine") and secrecy.hide (a lie or a hiding place ready for a grown-up: "if
// anyone asks, you didn't see anything", "if your mum says anything you didn't see a thing",
// "if my mum asks I wasn't there", "lie to your mum", "let's talk somewhere the teachers
// can't read", "if you tell your dad I'm never speaking to you again"; told-nothing is read
// here only, not in secrecy-cover-up.ts). A trace removed before a grown-up checks is
// secrecy-cover-up.ts's.
// findSecrecy (secrecy.ts) applies its story, lesson and kind-surprise checks to these too:
// a hush idiom about a surprise passes, hiding from a grown-up never does.

import { phrase, YOU, type PhraseRule } from './phrases.js';

/** The grown-ups a secret is kept from, said from the reader's side. */
const THEIR_ADULTS =
	'(?:(?:your|ur|yr) (?:mum|mom|mam|dad|parents|mum and dad|nan|gran|carers?|teachers?|family)|the teachers?|teachers|miss|sir|grown ups|adults)';
/** The grown-ups a child might be told to lie to, said from either side ("my mum", "mr Hale"). */
const GROWN_UP =
	'(?:(?:my|our|your|ur|yr) (?:mum|mom|mam|dad|parents|mum and dad|mum n dad|carers?|teachers?|nan|gran|family)|(?:a|the) teachers?|teachers|(?:a|any) grown ups?|grown ups|an adult|(?:any )?adults|(?:mr|mrs|miss|ms) [a-z]+|miss|sir)';
/** Whoever might ask where the child was or what they saw. */
const ASKER = `(?:anyone|anybody|any1|someone|somebody|they|${GROWN_UP})`;
/** Knowing, as children type it ("kno", "no"). */
const KNOW = '(?:know|kno|knw|no|find out)';

export const HUSH_RULES: readonly PhraseRule[] = [
	{
		rule: 'secrecy.our-secret',
		pattern: phrase(
			`keep (?:it|this|that) (?:on the (?:dl|down low|low)|hush hush|hush|under wraps|zipped)|(?:mums|mum s|moms) the word|${YOU} (?:didnt|did not|never) (?:hear|heard) (?:it|this|that) from me|(?:has|have|got|needs?) (?:to|2) (?:stay|be kept|remain) (?:a )?secret|(?:its|it is|this is|thats) (?:just )?our (?:thing|secret)[a-z ]{0,12} not (?:a |for )?(?:grown ups?|adults?|parents?|teachers?|mums?|dads?)|(?:nobody|no one|noone|no1) (?:hs|has|haz|needs|nds) (?:to|2) ${KNOW}|(?:its|this is|thats|keep (?:it|this)|stays?) (?:just )?between (?:me n (?:u|you)|(?:u|you) n me|us 2)|not a (?:word|peep|sound) (?:to|2) (?:anyone|anybody|any1|ne1|${THEIR_ADULTS})|(?:this|that|it|(?:this|that|the) (?:chat|convo|night|day|sleepover|thing)|today|tonight|last night|what we did) (?:never|didnt) happen(?:ed)?(?: ok| okay| right| yeah)?$|what happens (?:at|in|on) (?:[a-z]+ ){0,2}stays (?:at|in|on)`
		),
		unless: /\b(?:password|passwords|pin|surprise|present|birthday|party|spoilers?|ending|answers?|quiz|baby|asleep|sleeping|library|noise)\b/,
		needs: /keep|word|hear|secret|thing|know|kno|knw|no|find|between|peep|sound|happen|stays/
	},
	{
		// A grown-up written out of what is happening: "ur parents dont need to know", "no need to tell
		// your mum", "what your dad doesnt know wont hurt him". Beside a meet-up this is the secrecy that
		// makes it urgent; before this rule only the word model read it, and it stood down beside a meeting.
		rule: 'secrecy.need-not-know',
		pattern: phrase(
			`${THEIR_ADULTS} (?:dont|doesnt|do not|does not|dnt|dosnt|dont ever|never|wont) (?:need|have|has|got|needs) (?:to|2) (?:know|kno|find out|hear about (?:it|this|us))|(?:no|dont|there is no|theres no) need (?:to|2) tell ${THEIR_ADULTS}|(?:what|wot) ${THEIR_ADULTS} (?:dont|doesnt|do not|does not|dnt) ${KNOW} (?:wont|cant|will not|can not) hurt`
		),
		unless: /\b(?:surprise|suprise|present|pressie|birthday|party|spoilers?|ending|answers?|quiz|password|passwords|pin)\b/,
		needs: /know|kno|find|hear|tell|need/
	},
	{
		// "Don't tell" typed short: "dont tel any1", "dont tell ne1".
		rule: 'secrecy.dont-tell',
		pattern: phrase(
			`(?:dont|do not|dnt|never) (?:(?:tel|tll) (?:ne1|neone|nebody|any1|anyone|anybody|no1|nobody|no one|noone|${THEIR_ADULTS})|tell (?:ne1|neone|nebody))`
		),
		unless: /\b(?:surprise|present|birthday|party|spoilers?|ending|answers?|quiz|password|passwords|pin)\b/,
		needs: /tel|tll/
	},
	{
		rule: 'secrecy.hide',
		pattern: phrase(
			`if ${ASKER} (?:(?:asks?|says)(?: [a-z]+){0,2} ${YOU} (?:didnt|did not|never) (?:see|hear|know) (?:anything|nothing|it|a thing)|asks?(?: ${YOU})? (?:${YOU}|we|i) (?:didnt|did not|never|wasnt|was not|werent|were not) (?:see|saw|hear|know|do|go|there|anything))|(?<!(?:never|dont|do not|not|shouldnt|should not|mustnt) )lie to (?:${THEIR_ADULTS}|${GROWN_UP})(?:(?: [a-z]+){0,3} (?:and|n) (?:say|tell))?|lie to ${GROWN_UP}(?: [a-z]+){0,3} (?:and|n) (?:say|tell)|(?:talk|chat|message|msg|text|go|move|meet)(?: [a-z]+){0,3} (?:somewhere|where|on an app|in a place) (?:the |our |${YOU}r )?(?:teachers?|parents|mum|dad|grown ups|adults|nobody|no one|noone|miss|sir|${THEIR_ADULTS}) (?:cant|can not|cannot|wont|will not|dont|doesnt|never) (?:read|see|check|find|look)|if ${YOU} (?:tell|show) (?:anyone|anybody|any1|${THEIR_ADULTS})(?: [a-z]+){0,5} (?:im|i am|i m|ill|i will) (?:never|not) (?:speaking|talking|going to (?:speak|talk)|gonna (?:speak|talk)|speak|talk|be ${YOU}r friend|playing)`
		),
		unless: /\b(?:surprise|present|birthday|party|lesson|story)\b/,
		needs: /ask|says|lie|read|see|check|find|look|tell|show/
	}
];
