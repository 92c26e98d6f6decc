// Chain messages in other shapes: a prize for the first few who send it on, a wish that
// comes true, a list to sign and pass to the next person, a message that "has been going
// around since…", "don't be the one who ends it", a pet that will get sick, "fwd fwd fwd".
// Adds wordings to chain.send-on, chain.or-else and chain.dont-break; chain.ts reads them
// with its own rules, so a lesson about chain messages or one called fake still passes.

import { phrase, YOU, type PhraseRule } from './phrases.js';

const PASS = '(?:send|sent|snd|forward|fwd|frwd|pass|pas|copy|share)';

export const CHAIN_SIDEWAYS_RULES: readonly PhraseRule[] = [
	{
		rule: 'chain.send-on',
		pattern: phrase(
			`(?:the )?first (?:[0-9]+|five|ten|twenty|fifty|a hundred) (?:people|ppl|persons) (?:to|who) ${PASS} (?:this|it)|${PASS}(?: [a-z0-9]+){0,8} (?:and|n) ${YOU}r (?:wish|dream) (?:will|wil|ll) come true|add ${YOU}r name (?:to|at) the (?:bottom|end|list)(?: [a-z]+){0,3} ${PASS} (?:it|this) (?:to|on)|${PASS} ${PASS} ${PASS}`
		),
		needs: /first|wish|dream|name|send|sent|snd|forward|fwd|frwd|pass|pas|copy|share/
	},
	{
		rule: 'chain.or-else',
		pattern: phrase(
			`(?:or|otherwise|or else) (?:${YOU}r|ur) (?:mum|mom|dad|family|pet|dog|cat|parents|nan|gran|hamster|rabbit) (?:will|wil|ll|is going to|is gonna) (?:get (?:sick|ill|hurt)|die|disappear)|(?:this|the) (?:message|msg|letter|chain) (?:has|s) been (?:going|sent|passed) (?:a)?round since|(?:dont|do not) be the (?:one|person|first|1) (?:who|that|to) (?:ends|breaks|stops|end|break|stop) (?:it|this|the chain)|${PASS} (?:this|it) on or ${YOU} (?:will|wil|ll) (?:die|get cursed|be cursed)`
		),
		needs: /sick|ill|hurt|die|disappear|since|ends|breaks|stops|end|break|stop|cursed/
	}
];
