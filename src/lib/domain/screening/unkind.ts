// Unkind and threatening phrases for a teacher to judge. Owns rules:
// unkind.insult ("you're stupid"), unkind.exclusion ("nobody likes you"),
// unkind.hate ("I hate you"), unkind.threat ("I'll hurt you"),
// unkind.self-harm ("kill yourself"). Phrases aim at a person: "I hate
// broccoli" and "this maths is stupid" pass.

import { ILL, matchPhrases, phrase, YOU, YOURE, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';

const INSULT =
	'(?:stupid|stoopid|stupit|dumb|dum|thick|ugly|ugli|fat|fatty|smelly|stinky|useless|pathetic|weird|a weirdo|weirdo|a loser|loser|a looser|looser|an idiot|idiot|a moron|moron|a freak|freak|a baby|a crybaby|crybaby|a nerd|rubbish|a muppet|muppet|an ugly|disgusting|gross|horrible|a pig|a fat pig|a cow|a dog|a div|div|worthless|nothing|a nobody|a waste of space|a mistake|a tramp|poor|a retard)';
const NOUN = '(?:idiot|loser|looser|freak|moron|muppet|weirdo|div|fatso|fatty|pig|cow|nerd|crybaby|tramp|stinker|dummy|numpty|plonker|wally)';
const HARM = '(?:hurt|hit|punch|kick|kill|beat|batter|smash|stab|slap|strangle|murder|bash|thump|smack)';

// "your"/"ur" often stand for "you're", but "your fat cat" is kind: after these the
// insult must end the phrase or lead into more name-calling.
const INSULT_ENDS = '(?= (?:and|n|lol|haha|so|too|idiot|loser|freak|face|head|boy|girl|kid|person|because|cos|coz|innit|mate|bro|nobody|no one|go|get)\\b|$)';

const RULES: readonly PhraseRule[] = [
	{ rule: 'unkind.insult', pattern: phrase(`${YOURE} (?:so |such |really |very |well |proper |just |a |an |an absolute |the most |such a |soo+ )?${INSULT}`), unless: /\b(?:not|arent|isnt|never) (?:so |a |an )?(?:stupid|dumb|ugly|fat|useless|weird|a loser|an idiot)\b/ },
	{ rule: 'unkind.insult', pattern: phrase(`(?:your|ur|ya|yor) (?:so |such |really |very |well |proper |just |a |an |such a )?${INSULT}${INSULT_ENDS}`) },
	{ rule: 'unkind.insult', pattern: phrase(`(?:${YOU}|shut up|go away|get lost|bye) (?:(?:stupid|fat|ugly|smelly|little|big|dumb|silly) )?${NOUN}s?`), unless: /\b(?:thank|love|miss) (?:you|u)\b/ },
	{ rule: 'unkind.insult', pattern: phrase(`${YOU} (?:smell|stink|smel|stinks|smells)|(?:go away|get lost|shut up|nobody asked)(?: ${YOU})? (?:loser|idiot|freak|weirdo|looser)`), unless: /\b(?:can|could|do|did|will|would|if|when) (?:you|u) (?:smell|stink)|(?:smell|smells) (?:nice|lovely|good|great|amazing|like (?:flowers|roses|strawberries))/ },
	{ rule: 'unkind.exclusion', pattern: phrase(`(?:nobody|no one|noone|no1) (?:likes|wants|loves|cares about) ${YOU}|(?:everyone|every1|everybody|the whole class) (?:hates|h8s) ${YOU}|${YOU} (?:have|got|ve got|have got) no (?:friends|mates)|(?:nobody|no one|noone) wants to (?:play|sit|be friends) with ${YOU}|${YOU} (?:cant|can not|cannot) (?:play|sit|come) with us|(?:${YOU}(?:re| are| r)?|your|ur) not (?:my friend|our friend|my mate|my best friend|invited|allowed to play)(?: (?:anymore|any more))?|(?:go|get) away (?:nobody|no one) wants ${YOU}|${YOU} (?:dont|do not) belong here|everyone (?:laughs|laughed) at ${YOU}`), needs: /like|want|hate|h8|love|care|friend|mate|play|sit|come|invit|belong|laugh/ },
	{ rule: 'unkind.insult', pattern: phrase(`(?:stupid|ugly|fat|dumb|smelly|thick) (?:idiot|loser|looser|freak|pig|cow|moron|weirdo|baby)`) },
	{ rule: 'unkind.hate', pattern: phrase(`i (?:hate|h8|detest|cant stand) ${YOU}|i (?:really |so |just )(?:hate|h8) ${YOU}|${YOU} (?:are|r) (?:hated|a disgrace)`), needs: /hate|h8|detest|stand|disgrace/ },
	{ rule: 'unkind.threat', pattern: phrase(`${ILL} ${HARM} ${YOU}|${ILL} (?:get ${YOU} back|come for ${YOU}|come after ${YOU}|get ${YOU} after school)|watch ${YOU}r back|(?:${YOURE}|ur|your) (?:dead|so dead|going to die|gonna die|gunna die)|(?:i|we) know where ${YOU} live|${YOU}ll be sorry|${YOU} will be sorry|${YOU} better watch out|(?:i|we) will make ${YOU} (?:cry|pay|sorry)`), needs: /hurt|hit|punch|kick|kill|beat|batter|smash|stab|slap|strangle|murder|bash|thump|smack|get|come|back|dead|die|live|sorry|watch|make/ },
	{ rule: 'unkind.self-harm', pattern: phrase(`(?:kill|hurt|harm) ${YOU}rself|(?:kill|hurt) ${YOU}r self|kys|(?:go|go and|just) (?:die|jump off a (?:bridge|cliff))|i hope ${YOU} die|drop dead|${YOU} should (?:die|disappear)|${YOU}d be better off dead|nobody would care if ${YOU} (?:died|disappeared)`) }
];

/** Unkind, excluding or threatening phrases aimed at a person. */
export function findUnkindPhrases(view: WordView): RawFinding[] {
	return matchPhrases(view, RULES, 'unkind');
}
