// Chain letters. Owns rules: chain.send-on ("send this to 10 people"),
// chain.or-else ("...or you'll have bad luck"), chain.dont-break ("don't
// break the chain"). Class email cannot forward chains, and a frightened child
// should be reassured by a teacher, so these are held.

import { matchPhrases, phrase, YOU, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import type { RawFinding } from './types.js';

const COUNT =
	'(?:everyone (?:you|u) know|all (?:of )?(?:your|ur) (?:friends|contacts|chats|groups)|\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a hundred|all (?:of )?(?:your|ur)|every1|everyone in (?:your|ur) (?:class|contacts))';

const RULES: readonly PhraseRule[] = [
	{
		rule: 'chain.send-on',
		pattern: phrase(
			`(?:send|sent|forward|pass|copy|copy and paste|share|repost|post)(?: (?:this|it|this message|this msg|this letter|this warning|this on|it on|on))?(?: on)? (?:to|2|with|into) ${COUNT}(?:(?: more| other)? (?:people|ppl|friends|frends|contacts|others|persons|chats|groups))?`
		),
		needs: /send|sent|forward|pass|copy|share|post/
	},
	{
		rule: 'chain.send-on',
		pattern: phrase(
			`(?:send|forward|pass|share) (?:this|it)(?: message| msg| letter| warning)? (?:on )?(?:to|2|with) (?:everyone|everybody|all ${YOU}r (?:friends|contacts)|every1)(?: ${YOU} know)?|(?:copy and paste|copy n paste) this|if ${YOU} (?:dont|do not|don t) (?:send|forward|pass|share|copy) (?:this|it)`
		),
		needs: /send|forward|pass|copy/
	},
	{
		rule: 'chain.or-else',
		pattern: phrase(
			`(?:or|otherwise|or else) (?:${YOU}ll|${YOU} will|${YOU} wil|${YOU} are going to|${YOU}r) (?:have|get|be) (?:bad luck|cursed|haunted|(?:\\d+|ten|seven|five) years? (?:of )?bad luck)|(?:or|otherwise) (?:your|ur) (?:mum|mom|dad|family|pet|parents) (?:will|wil) (?:die|get hurt|be killed)|(?:a|the) (?:ghost|girl|clown|doll|man) will (?:come|appear|visit) (?:to|in|at) ${YOU}r (?:house|room|bed)|(?:within|in) (?:\\d+|ten|five|one) (?:minutes|mins|hours|seconds)(?: or)|(?:or|otherwise|or else) (?:they|you|u|your family|something bad|bad things)(?:ll| will| wil| are going to| re going to)? (?:be|get|have|happen|happens|will happen)(?: [a-z]+){0,3} ?(?:cursed|bad luck|haunted|happen|happens|at midnight)`
		),
		needs: /luck|curse|haunt|die|kill|hurt|come|appear|visit|minute|min|hour|second|happen/
	},
	{
		rule: 'chain.send-on',
		pattern: phrase(
			`(?:send|forward|pass|share|copy) (?:this|it)(?: message| msg| letter| warning)? on (?:or|and)|(?:send|forward|pass) (?:this|it)[a-z ]{0,30} (?:and|or) (?:[a-z]+ ){0,3}will (?:give|send|pay) ${YOU}|share share|send send|dont break it`
		),
		needs: /send|forward|pass|share|copy|break/
	},
	{
		rule: 'chain.dont-break',
		pattern: phrase(`(?:dont|do not|never) break the chain|this is not a joke (?:send|forward|pass)|this (?:really )?works (?:send|forward|pass)`)
	}
];

/** Chain-letter demands and the threats that come with them. */
export function findChainLetters(view: WordView): RawFinding[] {
	return matchPhrases(view, RULES, 'chain');
}
