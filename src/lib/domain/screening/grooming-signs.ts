// Grooming as a child reports it, or as an adult asks it sideways. Adds to rules:
// grooming.age (someone met online called the child "mature for my age", or is older:
// "a boy I met on Roblox said I'm mature for my age"), grooming.photo (pictures of a
// child's feet or body asked for, underwear size or colour, "only if you send one back",
// "I want to see your face when we talk"), grooming.alone (a call "when my mum is
// asleep") and grooming.private-app (an app "so the pics disappear"). A parent's or
// coach's praise, lesson talk and photos of a class model pass.

import { GROOMING_SIDEWAYS_RULES } from './grooming-sideways.js';
import { phrase, YOU, type PhraseRule } from './phrases.js';
import { frames } from './speaking.js';

// E-safety lessons and stories tell of these same asks (speaking.ts), and so does any rule
// with a "never", the word "lesson", an example or the villain in it ("never send pictures of your feet").
const TOLD_OF = frames('lesson', 'advice', 'exercise', 'story');
const TOLD_OF_WORDS = /\b(?:never|lesson|example|the villain|miss said|sir said)\b/;
const ONLINE =
	'(?:met|online|on (?:roblox|fortnite|minecraft|discord|tiktok|snapchat|snap|instagram|insta|youtube|xbox|the game|a game|the app|an app)|in (?:the|a|my) game)';
const BODY = '(?:feet|foot|legs|bum|body|belly|tummy|chest|underwear|bra|knickers)';

export const GROOMING_SIGN_RULES: readonly PhraseRule[] = [
	{
		// "Mature for my age", told by someone met online or who is older.
		rule: 'grooming.age',
		pattern: phrase(
			`${ONLINE}(?: [a-z0-9]+){0,8} (?:mature|grown up|grownup) for my age|(?:mature|grown up|grownup) for my age(?: [a-z0-9]+){0,8} (?:hes|he is|shes|she is|theyre|they are|he s|she s) (?:1[3-9]|[2-9][0-9]|an adult|a grown up|a man|a lady)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: TOLD_OF,
		needs: /for my age/
	},
	{
		rule: 'grooming.photo',
		pattern: phrase(
			`(?:asked|asking|asks|wants|wanted|ask) (?:me|her|him|them|u|you) (?:for|to send|to show|to take)(?: [a-z]+){0,2} (?:pictures?|pics?|photos?|selfies?|videos?|vids?) of (?:my|her|his|their|${YOU}r) ${BODY}|(?:bra|underwear|knickers|boxers) (?:size|colour|color)|what colou?r (?:is |are )?(?:${YOU}r|my|her) (?:underwear|knickers|bra|boxers)|(?:pic|pics|photo|photos|picture|selfie|vid)(?: [a-z]+){0,8} (?:if|only if) ${YOU} send (?:one|me one|yours|some|one of ${YOU}(?:rself)?) back|(?:want to|wanna|would like to|like to|want 2) see (?:${YOU}|${YOU}r face|${YOU}r body) when (?:we|i) (?:talk|chat|call|play|message)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: TOLD_OF,
		needs: /pic|photo|selfie|vid|size|colou?r|back|see/
	},
	{
		// A call planned for when the grown-ups at home are asleep.
		rule: 'grooming.alone',
		pattern: phrase(
			`(?:video call|call|facetime|video chat|ring|message|text)(?: [a-z]+){0,2} when (?:my|your|ur) (?:mum|dad|parents|mom|mam|family) (?:is|are|s|has|have) (?:asleep|gone to bed|in bed|not looking|not watching)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: TOLD_OF,
		needs: /asleep|bed|looking|watching/
	},
	{
		// An app chosen so pictures vanish.
		rule: 'grooming.private-app',
		pattern: phrase(
			`(?:app|snap|snapchat|chat|ghost)(?: [a-z]+){0,2} so (?:the )?(?:pics|photos|pictures|messages|chats|videos|vids) (?:disappear|dissapear|disapear|vanish|delete themselves|get deleted)`
		),
		unless: TOLD_OF_WORDS,
		standsDownIn: TOLD_OF,
		needs: /disappear|dissapear|disapear|vanish|delete/
	},
	...GROOMING_SIDEWAYS_RULES
];
