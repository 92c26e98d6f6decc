// An insult said only to deny it: "nobody thinks you're weird", "don't say you're stupid",
// "I don't think you're a loser". The unkind rules skip the insult that follows such a
// denial, and the word model leaves unkind to the rules in such a message (it reads the
// insult word, not who is denying it). An insult after the denial is still read by the rules.

/** The words that deny what follows, as regex source ending just before "you're". */
export const DENIAL = '(?:(?:nobody|no one|noone) (?:thinks|says)|i (?:dont|do not) think|(?:dont|do not|never) (?:say|think))';

const DENIED_INSULT = new RegExp(`\\b${DENIAL} (?:that )?(?:youre|you are|ur|u r|your)\\b`);

/** True when a message denies an insult; the word model stands down on unkind there. */
export function deniesInsult(text: string): boolean {
	return DENIED_INSULT.test(text);
}
