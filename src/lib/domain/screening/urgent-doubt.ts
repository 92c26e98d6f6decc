// A listed self-harm or grooming phrase in a message that itself casts doubt on it: the ask
// acted out or spotted in a lesson exercise ("we did a role play where someone says you are so
// mature for your age and we had to spot that its a trick"), a grown-up's saying quoted from the
// family ("age is just a number, my nan says"), or vanishing as a figure of speech ("i wanna
// disappear into the floor", "disappear like the invisible man"). Owns no rule of its own: it
// renames such a finding `<rule>-unsure`. The message is still held and the teacher reads it,
// but, like the word model's unsure finding, it pages nobody on its own (severity.ts), and
// unsure self-harm still reaches the DSL as a same-day alert (safeguarding/alerts.ts). A wrong
// urgent alert costs the DSL's trust in every later one; a doubtful phrase is not dropped,
// because the same words are sometimes a child's real report.

import type { RawFinding } from './types.js';

/** The suffix of a finding's rule when the message casts doubt on it. */
export const UNSURE_SUFFIX = '-unsure';

// Play-acting or a lesson exercise: the words are spotted or acted, not said to the child.
const PLAY_ACTED =
	/\b(?:role ?plays?|role ?played|role ?playing|we (?:acted|had to act|practised|had to practise|had to spot|had to find|had to say)|spot (?:the|that|if|when|which|who|what)|(?:its|it was|thats|that was|it is) a (?:trick|trap)|(?:the|a|our) scenario|act it out|acted it out|acting it out)\b/;

// A saying a grown-up of the family says of themselves, quoted by the child.
const FAMILY_SAYING =
	/\b(?:my|our) (?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|dad|auntie|aunty|uncle|great nan|great gran) (?:says|said|always says|keeps saying|says that|said that|tells everyone)\b/;
const SAYING_RULES = new Set(['grooming.age']);

// Vanishing for shame or as a superpower, not as a way of not being here.
const VANISH_FIGURE =
	/\b(?:disappear|vanish|sink)(?:ed|ing|s)? (?:into|through|under) (?:the )?(?:floor|ground|carpet)\b|\b(?:disappear|vanish)(?:ed|ing|s)? like (?:a|an|the|magic)\b|\b(?:invisible|invisibility|super ?powers?)\b/;
const WISH_RULES = new Set(['selfharm.not-alive', 'selfharm.run-away', 'selfharm.burden']);

function doubted(rule: string, text: string): boolean {
	if (PLAY_ACTED.test(text)) return true;
	if (SAYING_RULES.has(rule) && FAMILY_SAYING.test(text)) return true;
	return WISH_RULES.has(rule) && VANISH_FIGURE.test(text);
}

/** The same findings, each renamed unsure where the message casts doubt on it. */
export function markDoubtful(found: RawFinding[], text: string): RawFinding[] {
	if (found.length === 0) return found;
	return found.map((f) => (doubted(f.rule, text) ? { ...f, rule: `${f.rule}${UNSURE_SUFFIX}` } : f));
}
