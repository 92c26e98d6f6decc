// Chain messages told as a spreading order with no "send this to 10 people": put or paste this
// in every chat or in a number of chats, repost it or lose your account, give it to a number of
// other people, a hoax warning to tell everyone you know, a test that counts the replies ("if
// you get 3 back you're loved"), a story of someone who ignored it, "breaks the chain" and "the
// curse". Adds wordings to chain.send-on and chain.or-else; chain.ts reads them with its own
// stand-downs, so a lesson about chain messages or one called fake still passes, and so does one
// talked about (CHAIN_TALKED_ABOUT).

import { phrase, YOU, type PhraseRule } from './phrases.js';

const SPREAD = '(?:put|puts|paste|pastes|post|posts|copy|copies|send|sends|share|shares|repost|reposts|forward|forwards|give|gives|pass|passes)';
const MANY =
	'(?:every (?:group )?chat|every group|all (?:of )?(?:ur|your) (?:chats|groups|contacts|friends|besties|group chats)|(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) (?:other )?(?:group chats|chats|groups|people|ppl|friends|besties|contacts))';

export const CHAIN_SPREAD_RULES: readonly PhraseRule[] = [
	{
		rule: 'chain.send-on',
		pattern: phrase(
			`${SPREAD} (?:this|it|this message|this msg)(?: on)? (?:in|into|on|to|with|onto)(?: at least)? ${MANY}|(?:tell|warn) everyone ${YOU} know|by (?:posting|sharing|sending|reposting) this to (?:all|every)|(?:that|who) (?:dont|do not|didnt) (?:repost|share|forward|send on) (?:this|it)|if ${YOU} (?:dont|do not) (?:repost|share|forward) (?:this|it)|repost (?:equals|means|is) safe`
		),
		needs: /put|paste|post|copy|send|share|forward|give|pass|tell|warn|repost/
	},
	{
		rule: 'chain.or-else',
		pattern: phrase(
			`if ${YOU} get (?:\\d|one|two|three|four|five) back|(?:read|saw|opened) this (?:message|msg)(?: [a-z]+){0,2} and ignored it|(?:who|that) breaks the chain|the curse (?:of|will)|${YOU} (?:stay|stays|will stay|ll stay) it forever|(?:or|else) ${YOU}r (?:pet|dog|cat|hamster|nan|mum|dad|family) will (?:die|get ill|get sick)`
		),
		needs: /back|ignored|chain|curse|forever|die|ill|sick/
	}
];

/**
 * A chain message talked about rather than sent: a quiz question on what to do with one, one a
 * teacher showed the class, the
 * answer "don't send it, tell a trusted adult", a grown-up's chain emails remembered, one made up
 * in class to practise. chain.ts stands down on it as on a chain called fake.
 */
export const CHAIN_TALKED_ABOUT =
	/\b(?:(?:what (?:do|should|would) (?:you|u) do|what to do|quiz question)[a-z0-9 ]{0,40} (?:message|msg|text|chain)|(?:showed|told|asked) us[a-z ]{0,20} (?:a |an |the )?(?:chain|message|letter)|(?:dont|do not|never) (?:send|forward|share|pass) it on\b|(?:dont|do not|never) (?:send|forward|share|pass) it[a-z ]{0,6} tell a (?:trusted )?(?:adult|grown up|teacher)|chain (?:emails?|mails?) at work|made (?:it |them |one )?up in (?:class|computing|pshe) to practi[sc]e|a fake one)\b/;
