// Secrecy the older secrecy rules did not read: covering tracks and cover stories. Owns
// wordings of secrecy.delete (removing a trace: "clear this convo", "unsend that photo",
// "wipe ur search history", "del this asap", "read it then bin it"), secrecy.dont-tell
// ("can you not tell my parents", "never ever tell a teacher", "keep quiet about what my
// dad did", "don't screenshot this") and secrecy.hide (keeping grown-ups from knowing: "so
// the teachers don't know", "if this gets back to a grown up", "a second account your
// parents don't know about", "if your mum asks, say you found it").
// findSecrecy (secrecy.ts) applies its story, lesson and kind-surprise checks to these too.

import { phrase, YOU, type PhraseRule } from './phrases.js';

/** The grown-ups a child is asked to keep something from, said from either side. */
const ADULTS =
	'(?:(?:my|your|ur|yr|our) (?:mum|mom|mam|dad|parents|mum and dad|mum n dad|carers?|teacher|teachers|nan|gran|family)|a teacher|the teachers?|teachers|a grown up|grown ups|any grown ups|an adult|adults|any adults|(?:mr|mrs|miss|ms) [a-z]+|miss|sir)';
/** A trace of the chat that could be removed. */
const TRACE = '(?:convo|conversation|dm|dms|chat|chats|pic|pics|photo|photos|picture|video|vid|message|messages|msg|msgs|text|texts)';

export const COVER_UP_RULES: readonly PhraseRule[] = [
	{
		rule: 'secrecy.delete',
		pattern: phrase(
			`(?:clear|wipe|unsend|delete|deleat|del|dlt|delet) (?:this|that|the|our|these|those|${YOU}r|ur|my) (?:${TRACE}|search history|browser history|internet history|history)(?: ${YOU} sent(?: me)?)?|(?:del|dlt|delet|delete|deleat) (?:this|it|that|them) (?:asap|now|straight away|quick|quickly|right now|immediately|after)|read (?:it|this) (?:then|and then|and|n) (?:bin|rip up|burn|delete|destroy|tear up|get rid of) (?:it|this)`
		),
		unless: /\b(?:spelling|mistake|typo|slide|paragraph|sentence|wrong one|by accident|blurry)\b/,
		needs: /clear|wipe|unsend|del|dlt|bin|rip|burn|destroy|tear|rid/
	},
	{
		rule: 'secrecy.dont-tell',
		pattern: phrase(
			`(?:can|could|will) ${YOU} (?:please )?(?:not|never) (?:tell|show|say anything to) ${ADULTS}|(?:dont|do not|never|dnt)(?: ever){0,2} (?:tell|show|say anything to) ${ADULTS}|(?:say|pretend) ${YOU} never (?:heard|saw|read|got) (?:it|this|that)|^(?:tell|show) (?:anyone|anybody|any1|a teacher|${YOU}r mum|ur mum|${YOU}r parents)(?: [a-z]+){0,3} (?:and|n) (?:${YOU}ll|${YOU} will|ill|i will|well|we will)|(?:keep|stay) (?:quiet|shtum|schtum|your mouth shut|ur mouth shut|it zipped) about|(?:dont|do not|dnt|no) (?:screenshot|screen shot|screenie|ss|record|save) (?:this|these|that|it|my messages)`
		),
		unless: /\b(?:surprise|present|birthday|spoilers?|ending|answer|answers|quiz|film|password|pin|mistake|lesson|finished|ready|draft)\b/,
		needs: /tell|show|say|quiet|shtum|schtum|shut|zipped|screen|ss|record|save/
	},
	{
		rule: 'secrecy.hide',
		pattern: phrase(
			`so (?:the |our |${YOU}r |ur |my )?(?:teachers?|parents|mum|dad|mom|grown ups|adults|miss|sir) (?:dont|do not|wont|will not|cant|cannot|never|doesnt|does not) (?:know|see|find out|read|hear|understand)|if (?:this|it|that) (?:gets|goes) (?:back )?(?:to|out to) ${ADULTS}|(?:account|app|phone|profile|page|username|email)s? (?:that )?${ADULTS} (?:dont|do not|doesnt|does not|wont|will not|cant|cannot|never) (?:know|see|check|find|look)|(?:nobody|no one|noone) else (?:needs to|has to|will|must|can|should) (?:know|find out|see)|(?:${YOU}r|ur) (?:mum|dad|mom|parents|teachers?|family)s? (?:doesnt|dont|does not|do not) (?:need|have) (?:to|2) (?:know|find out) (?:where|that we|we|how)|if (?:(?:${YOU}r|ur|[a-z]+s) (?:mum|dad|mom|parents|nan|teacher)|anyone|anybody|any1|a teacher|the teacher|miss|sir|a grown up) asks?[a-z ]{0,40} (?:just )?(?:say|tell (?:them|her|him)|pretend)(?: that)? (?:${YOU}|we|i) (?:found|dont know|do not know|didnt|did not|never|were at|was at|know nothing|made it up|got it)`
		),
		unless: /\b(?:surprise|present|birthday|party|lesson|story|proud|pleased|well done)\b/,
		needs: /know|see|find|read|hear|understand|gets|goes|check|look|say|tell|pretend/
	},
	{
		// "I don't want my parents seeing", said beside a request to remove something (the cheap test).
		rule: 'secrecy.hide',
		pattern: phrase(`i (?:dont|do not) want ${ADULTS} (?:seeing|to see|finding|to find|knowing|to know|reading|to read)`),
		unless: /\b(?:surprise|present|birthday|report|mess|messy)\b/,
		needs: /\b(?:delete|deleat|del|clear|wipe|unsend|get rid of|bin|hide)\b/
	},
	{
		// Told it must stay secret or else: "it has to stay secret or we'll all get in trouble",
		// "not a grown up thing". Told to know nothing ("if anyone asks you didn't see anything"),
		// to lie to a grown-up, and somewhere the teachers can't read are secrecy-hush.ts's.
		rule: 'secrecy.hide',
		pattern: phrase(
			`(?:has to|have to|must|needs to|gotta|got to) (?:stay|be kept|be) (?:a )?secret(?: [a-z]+){0,3} (?:or|otherwise) (?:we|${YOU}|i)(?:ll| will)? (?:all )?(?:get in trouble|be in trouble|get told off|get caught)|not a (?:grown up|grownup|adult|teacher|parent|mum and dad) thing`
		),
		unless: /\b(?:surprise|present|birthday|party|lesson|story|proud|pleased|well done|spoilers?|ending|quiz|answer)\b/,
		needs: /secret|thing/
	},
	{
		// A trace removed or hidden before a grown-up checks: deleted or wiped ("delete our chats
		// before your dad looks"), or got rid of, binned or hidden ("bin those pics before miss sees").
		rule: 'secrecy.delete',
		pattern: phrase(
			`(?:get rid of|bin|hide) (?:the|our|these|those|this|that|ur|your|my|all the|all our) (?:${TRACE}|pictures|videos|history)(?: [a-z]+){0,3} before ${ADULTS} (?:checks?|sees?|looks?|reads?|finds?)|(?:get rid of|delete|deleat|clear|wipe|hide) (?:the|our|these|those|all the|all our|${YOU}r|ur|my|all) ${TRACE}(?: [a-z]+){0,2} (?:before|so) ${ADULTS} (?:checks?|sees?|looks?|reads?|finds?)`
		),
		unless: /\b(?:surprise|present|birthday|party)\b/,
		needs: /check|see|look|read|find/
	}
];
