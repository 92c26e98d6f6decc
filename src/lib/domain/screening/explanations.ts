// The sentence a child sees for each finding. Owns the wording: short, kind,
// UK English, never frightening, and never repeating the rude word back.

import type { FindingKind } from './types.js';

const BY_KIND: Record<FindingKind, string> = {
	phone: 'This looks like a phone number. Phone numbers are private, so we keep them safe.',
	email: 'This looks like an email address. Email addresses are private, so we keep them safe.',
	address: 'This looks like where someone lives. Home addresses are private, so we keep them safe.',
	postcode: 'This looks like a postcode. A postcode shows where someone lives, so we keep it safe.',
	social: 'This looks like a way to find someone on another app or game. We only chat here, where grown-ups can help.',
	url: 'This looks like a link to another website. Your teacher needs to check links first.',
	meeting: 'This looks like a plan to meet up or find someone. Plans to meet always go through a grown-up.',
	fullname: "This is someone's first name and surname. We only use first names here, to keep everyone safe.",
	profanity: 'This word might upset someone, so your teacher will look at it first.',
	unkind: 'These words could hurt someone’s feelings, so your teacher will look at them first.',
	chain: 'This looks like a chain message. Chain messages are not true, and nothing bad will happen if you stop them.',
	secrecy: 'This asks someone to keep a secret from grown-ups. It is always OK to tell a grown-up you trust.'
};

const BY_RULE: Record<string, string> = {
	'meeting.ask-photo': 'This asks for a photo of someone. Photos of us are private, so a grown-up needs to see this first.',
	'meeting.ask-where': 'This asks where someone lives or how to contact them. That is private, so we keep it safe.',
	'meeting.home-alone': 'This asks whether someone is at home with no grown-ups. A grown-up needs to see this first.',
	'unkind.threat': 'These words sound like a threat. Your teacher will look at them first, to make sure everyone is safe.',
	'unkind.self-harm': 'These words could really hurt someone. Your teacher will look at them first.',
	'profanity.school-word': 'Your school has asked to check this word first, so your teacher will look at it.',
	'address.house-number': 'This looks like a house number. Where we live is private, so we keep it safe.',
	'url.spelled': 'This looks like a website written out in words. Your teacher needs to check links first.',
	'email.spelled': 'This looks like an email address written in words. Email addresses are private, so we keep them safe.',
	'phone.spelled-digits': 'This looks like a phone number written in words. Phone numbers are private, so we keep them safe.'
};

/** The child-facing sentence for a rule, falling back to its kind. */
export function explainFinding(kind: FindingKind, rule: string): string {
	return BY_RULE[rule] ?? BY_KIND[kind];
}
