// Chain letters. Owns rules: chain.send-on ("send this to 10 people"),
// chain.or-else ("...or you'll have bad luck"), chain.dont-break ("don't
// break the chain"). Class email cannot forward chains, and a frightened child
// should be reassured by a teacher, so these are held.

import { CHAIN_SIDEWAYS_RULES } from './chain-sideways.js';
import { CHAIN_SPREAD_RULES, CHAIN_TALKED_ABOUT } from './chain-spread.js';
import { matchPhrases, phrase, YOU, type PhraseRule } from './phrases.js';
import type { WordView } from './normalise.js';
import { frames, type Speaking } from './speaking.js';
import type { RawFinding } from './types.js';

const COUNT =
	'(?:everyone (?:you|u) know|all (?:of )?(?:your|ur) (?:friends|contacts|chats|groups)|(?:your|ur) whole (?:contacts|contact list|class|list|friends list)|\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a hundred|all (?:of )?(?:your|ur)|every1|everyone in (?:your|ur) (?:class|contacts))';

/** Lesson talk (speaking.ts): "we learnt that chain messages are fake", "the quiz about chain messages". */
const IN_LESSON = frames('lesson');
/** A chain message called fake ("it's a hoax", "chain letters are made up"), or told of in a computing lesson or an assembly. */
const CHAIN_DEBUNKED =
	/\b(?:in (?:computing|assembly)|hoax|chain (?:messages|letters|mails) (?:are|r) (?:fake|not real|lies|made up|rubbish)|(?:the|a|our) (?:quiz|lesson|assembly|video) (?:about|on) chain|(?:its|it is|thats|theyre|they are) (?:just |all )?(?:fake|a trick|made up))\b/;

const RULES: readonly PhraseRule[] = [
	{
		rule: 'chain.send-on',
		pattern: phrase(
			`(?:send|sent|snd|sned|forward|fwd|frwd|pass|copy|copy and paste|share|repost|post)(?: (?:this|ths|dis|it|this message|this msg|this letter|this warning|this on|it on|on))?(?: on| back (?:and|n))? (?:to|2|with|into) ${COUNT}(?:(?: more| other)? (?:people|ppl|friends|frends|contacts|others|persons|chats|groups))?(?! [a-z]+ (?:street|st|road|rd|lane|avenue|close|way|drive|crescent|place|grove|terrace|gardens))`
		),
		needs: /send|sent|snd|sned|forward|fwd|frwd|pass|copy|share|post/
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
		// A deadline and a forfeit with no "send" word: "10 people by bedtime or your best friend will stop liking you".
		rule: 'chain.or-else',
		pattern: phrase(
			`(?:or|otherwise|or else) ${YOU} (?:get|have|will get|ll get|will have|will be|ll be)(?: [a-z0-9]+){0,2} (?:bad (?:luck|luk|lk)|cursed|haunted|nightmares|alone forever|single forever)|(?:or|otherwise|or else) (?:your|ur) (?:best friend|bestie|crush|friends|mum|dad|family|pet|dog|cat) (?:will|wil|ll|is going to|is gonna) (?:stop|never|die|hate|leave|dump)`
		),
		needs: /\b(?:or|otherwise)\b/
	},
	{
		// A number can begin this, so the phrase index cannot skip it; the cheap test keeps it rare.
		rule: 'chain.or-else',
		pattern: phrase(
			`${COUNT} (?:more )?(?:people|ppl|friends|others|persons) (?:by|before|in|within|b4|ba) (?:bedtime|midnight|tonight|tomorrow|home time|the end of the day|\\d+ (?:minutes|mins|hours|days)|\\d{1,2}(?: oclock)?) (?:or|otherwise)`
		),
		needs: /(?:people|ppl|friends|others|persons) (?:by|before|in|within|b4|ba) [a-z0-9 ]+ (?:or|otherwise)\b/
	},
	{
		// The forfeit told as what befell others: "the last 5 people who ignored it got really ill".
		rule: 'chain.or-else',
		pattern: phrase(
			`(?:the )?last ${COUNT} (?:people|ppl|persons|girls|boys|kids) (?:who|that) (?:ignored|didnt send|did not send|broke|deleted|didnt pass|did not pass)|if ${YOU} (?:break|stop) (?:the|this) chain(?! (?:of|on|for|in|link|links|we|its|it))`
		),
		needs: /ignored|send|broke|deleted|pass|break|stop/
	},
	{
		rule: 'chain.dont-break',
		pattern: phrase(`(?:dont|do not|never) break the chain|this is not a joke (?:send|forward|pass)|this (?:really )?works (?:send|forward|pass)`)
	},
	...CHAIN_SIDEWAYS_RULES
];

/** Chain-letter demands and the threats that come with them. */
export function findChainLetters(view: WordView, speaking: Speaking): RawFinding[] {
	const found = matchPhrases(view, RULES, 'chain');
	for (const f of matchPhrases(view, CHAIN_SPREAD_RULES, 'chain')) found.push(f);
	// A chain message told about in a lesson or laughed at as fake is not one being sent on.
	return found.length > 0 && (CHAIN_DEBUNKED.test(view.text) || CHAIN_TALKED_ABOUT.test(view.text) || speaking.inAny(IN_LESSON)) ? [] : found;
}
