// Silence asked for about a named thing, sworn to, or held in place by a cover story, in the
// wordings the other secrecy files do not read. Adds wordings to secrecy.dont-tell (silence
// about something: "you can't say about the bruises", "if you say about the money, you're just
// as guilty", "you're not allowed to tell about my step dad", "nobody says a word about what we
// did", "I don't tell about yours, you don't tell about mine", "stop telling my mum what we talk
// about", "if I tell mum she won't come back", but not "if I tell my teacher she will sort it
// out", which is a child choosing to tell), secrecy.promise (sworn: "take this to your
// grave", "we all swore, now you swear too", "let's make a pact", "we never had this
// conversation", "you saw nothing", "keep your mouth shut", "remember the deal") and secrecy.hide
// (a cover story for a grown-up: "if your mum asks we were just playing football", with its
// "just", since "if anyone asks we were at the library" is only an answer; "say you were at mine
// on Saturday", "just pretend I fell off my bike", "say everything is fine at home").
// findSecrecy (secrecy.ts) applies its story, lesson and kind-secret checks to these too.

import { phrase, YOU, type PhraseRule } from './phrases.js';

/** What the silence is about: something named, never the reader's own details. */
const ABOUT = '(?:the|my|our|what|ur|your|his|her|their|it|this|that|him|them|me|us)';
const GROWN_UP =
	'(?:(?:your|ur|my) (?:mum|mom|mam|dad|parents|nan|gran|carer|teacher)|mum|dad|miss|sir|a teacher|the teacher|teachers|anyone|anybody|any1|someone)';

export const SWORN_RULES: readonly PhraseRule[] = [
	{
		rule: 'secrecy.dont-tell',
		pattern: phrase(
			`(?<!\\bi )(?:cant|can not|cannot|mustnt|must not|better not|are not allowed to|arent allowed to|r not allowed to|not allowed to|dont|do not|never) (?:ever )?(?:say|tell|mention|talk) about ${ABOUT}|if ${YOU} (?:say|tell|mention|talk) about ${ABOUT}(?: [a-z]+){0,8} (?:youre|ur|you are|u r|you will|youll|u ll|ull|everyone will|ill|i ll|well|we ll|we will|just as|in trouble|guilty)\\b|(?:nobody|no one|noone|no1) says a word about|stop telling (?:my|your|ur) (?:mum|mom|dad|parents|nan|teacher) (?:what|about)|if (?:i|we) tell ${GROWN_UP}(?: [a-z]+){0,8} (?:she|he|they) (?:wont|will|ll|said|says)(?! (?:sort|help|fix|listen|understand|know what to do|deal with it|stop (?:it|them|him|her)|be (?:proud|pleased|happy)))`
		),
		unless: /\b(?:happy|proud|pleased|excited|surprise|password|address|postcode|phone number|full name|spoilers?|ending)\b/,
		needs: /say|tell|mention|talk|word|stay/
	},
	{
		rule: 'secrecy.promise',
		pattern: phrase(
			`take (?:this|it|that) to ${YOU}r grave|(?:we|${YOU}) (?:all )?swore(?: [a-z]+){0,4} (?:now )?${YOU} swear|(?:make|made|its) a pact|we never had this (?:conversation|chat|convo)|${YOU} saw nothing|keep ${YOU}r mouth shut|remember (?:the|our) deal`
		),
		unless: /\b(?:story|character|film|book|game|pinky|best friends forever|bff)\b/,
		needs: /grave|swore|pact|never had|saw nothing|mouth|deal/
	},
	{
		rule: 'secrecy.hide',
		pattern: phrase(
			`if (?:${YOU}r|ur|the|a|any) ?(?:mum|mom|dad|parents|teacher|miss|sir|grown up|one|anyone|nan) asks?,? (?:we|i|${YOU}) (?:were|was|are|r) (?:just|only)|(?:just )?pretend (?:i|${YOU}|we) (?:fell|tripped|walked into|banged|bumped|did it myself|were|was)|say (?:${YOU}|we|i) (?:were|was) at (?:mine|yours|my house|ours|your house|ur house)|(?:say|tell (?:them|her|him)) everything is (?:fine|ok|okay|good) at home|(?:will|ll|can) back (?:it|me|us) up if (?:${YOU}r|ur) (?:mum|dad|parents) asks?`
		),
		unless: /\b(?:surprise|present|birthday|party|story|drama|play|game)\b/,
		needs: /ask|pretend|say|tell|back/
	}
];
