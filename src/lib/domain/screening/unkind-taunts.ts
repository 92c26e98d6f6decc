// Taunts the older unkind rules did not read. Owns wordings of unkind.looks (a body or
// clothes mocked: "your hair is so greasy", "your nose is massive"), unkind.exclusion
// ("no one will ever be your friend"), unkind.insult (a nickname thrown at someone:
// "spotty face get away from me", "you're such a thicko") and unkind.family (a family
// laughed at: "her dad is in prison haha"). A compliment ("your hair is so big, I love
// it") and a worried "his dad is in prison" without laughter pass.

import { phrase, YOU, YOURE, type PhraseRule } from './phrases.js';

const BODY = '(?:hair|face|teeth|breath|nose|ears|feet|skin|body|legs|belly|tummy|clothes|shoes|trainers|glasses|voice)';
const MOCKED =
	'(?:greasy|disgusting|gross|minging|rank|ugly|massive|huge|fake|manky|smelly|horrible|wonky|yellow|hairy|fat|crooked|cheap|stinky|annoying|irritating|squeaky)';
const FACE_NAME = '(?:spotty|pizza|ugly|fat|smelly|stupid|poo|spotty head|fish) ?(?:face|head)';
const KIND =
	/\b(?:love|nice|pretty|cool|lovely|amazing|beautiful|brilliant|awesome|like it|suits|not|isnt|arent|dont|story|character|film|mine too|me too|after swimming|after pe)\b/;

export const TAUNT_RULES: readonly PhraseRule[] = [
	{
		rule: 'unkind.looks',
		pattern: phrase(`(?:your|ur|her|his) ${BODY} (?:is|are|r|s|looks?|smells?) (?:so |really |well |proper |dead |too |a bit )?${MOCKED}`),
		unless: KIND,
		needs: /hair|face|teeth|breath|nose|ears|feet|skin|body|legs|belly|tummy|clothes|shoes|trainers|glasses|voice/
	},
	{
		rule: 'unkind.exclusion',
		pattern: phrase(
			`(?:no one|nobody|noone|no1) (?:will|is going to|would|is ever going to|is gonna|gonna) (?:ever )?(?:be ${YOU}r (?:friend|mate)|want to be ${YOU}r friend|like ${YOU}|pick ${YOU})`
		),
		unless: KIND,
		needs: /friend|mate|like|pick/
	},
	{
		rule: 'unkind.insult',
		pattern: phrase(
			`${YOURE} (?:such |a |an |such a |a proper |a massive |a total )?(?:thicko|thicky|minger|dunce|dweeb|wimp|slug)|^${FACE_NAME} (?:get|go|shut|move|stop|nobody|no one)|(?:get|go) away (?:from me )?${FACE_NAME}$`
		),
		unless: KIND,
		needs: /thick|minger|dunce|dweeb|wimp|slug|face|head/
	},
	{
		rule: 'unkind.family',
		pattern: phrase(
			`(?:her|his|their|your|ur) (?:dad|mum|mom|brother|sister|parents)s? (?:is|are|s|was|went|got sent|got put) (?:in |to )(?:prison|jail)(?: [a-z]+){0,2} (?:haha|hahaha|ha ha|lol|lmao)`
		),
		needs: /prison|jail/
	}
];
