// What each finding says: one sentence for the child (short, kind, UK English,
// never frightening, never repeating the rude word back) and one for the
// teacher or DSL (plain adult words: what was found and why it matters).

import type { FindingKind } from './types.js';
import { UNSURE_SUFFIX } from './urgent-doubt.js';

/** Childline, free from any UK phone, day or night. */
export const CHILDLINE = 'Childline on 0800 1111';

const BY_KIND: Record<FindingKind, string> = {
	phone: 'This looks like a phone number. Phone numbers are private, so we keep them safe.',
	email: 'This looks like an email address. Email addresses are private, so we keep them safe.',
	address: 'This looks like where someone lives. Home addresses are private, so we keep them safe.',
	postcode: 'This looks like a postcode. A postcode shows where someone lives, so we keep it safe.',
	social: 'This looks like a way to find someone on another app or game. We only chat here, where grown-ups can help.',
	url: 'This looks like a link to another website. Your teacher needs to check links first.',
	meeting: 'This looks like a plan to meet up or find someone. Plans to meet always go through a grown-up.',
	fullname: "This is someone's first name and surname. We only use first names here, to keep everyone safe.",
	location: 'This says where someone is right now. That is private, so we keep it safe.',
	school: 'This says which school someone goes to and where. That is private, so we keep it safe.',
	profanity: 'This word might upset someone, so your teacher will look at it first.',
	unkind: 'These words could hurt someone’s feelings, so your teacher will look at them first.',
	chain: 'This looks like a chain message. Chain messages are not true, and nothing bad will happen if you stop them.',
	secrecy: 'This asks someone to keep a secret from grown-ups. It is always OK to tell a grown-up you trust.',
	grooming: 'This is the kind of message a grown-up should see. Your teacher will look at it, and you can always tell a grown-up you trust.',
	threat: 'These words sound like a threat. Your teacher will look at them first, to make sure everyone is safe.',
	selfharm: `It sounds like you might be having a hard time. You matter. Your teacher will read this and help. You can also talk to ${CHILDLINE}, any time, for free.`
};

const BY_RULE: Record<string, string> = {
	'meeting.ask-where': 'This asks where someone lives or how to contact them. That is private, so we keep it safe.',
	'meeting.pick-up': 'This is about getting a lift or being picked up. Only grown-ups you know and your family arrange that.',
	'meeting.sleepover': 'This is a plan to sleep over. Grown-ups at home arrange sleepovers, not chat messages.',
	'location.alone': 'This says someone is on their own with no grown-up. That is private, so we keep it safe.',
	'location.pin': 'This looks like a map pin or a place on a map. That is private, so we keep it safe.',
	'grooming.photo': 'This asks for a photo or what someone is wearing. Photos of us are private. A grown-up needs to see this.',
	'grooming.gift': 'This offers a present or money. Real friends don’t need to give gifts to be friends. A grown-up needs to see this.',
	'unkind.wish-harm': 'These words could really hurt someone. Your teacher will look at them first.',
	'profanity.school-word': 'Your school has asked to check this word first, so your teacher will look at it.',
	'address.house-number': 'This looks like a house number. Where we live is private, so we keep it safe.',
	'url.spelled': 'This looks like a website written out in words. Your teacher needs to check links first.',
	'email.spelled': 'This looks like an email address written in words. Email addresses are private, so we keep them safe.',
	'phone.spelled-digits': 'This looks like a phone number written in words. Phone numbers are private, so we keep them safe.',
	'phone.split-messages': 'This looks like the end of a phone number sent in pieces. Phone numbers are private, so we keep them safe.',
	'postcode.split-messages': 'This looks like the end of a postcode sent in pieces. A postcode shows where someone lives, so we keep it safe.',
	'email.split-messages': 'This looks like the end of an email address sent in pieces. Email addresses are private, so we keep them safe.',
	'social.friend-code': 'This looks like a code to add someone in a game. We only chat here, where grown-ups can help.',
	'phone.partial': 'This looks like part of a phone number. Phone numbers are private, even in pieces, so we keep them safe.',
	'phone.derived': 'This tells someone how to work out a phone number. Phone numbers are private, so we keep them safe.',
	'email.derived': 'This tells someone how to work out an email address. Email addresses are private, so we keep them safe.',
	'postcode.derived': 'This tells someone how to work out a postcode. A postcode shows where someone lives, so we keep it safe.',
	'phone.in-parts': 'This gives a phone number in pieces. Phone numbers are private, even in pieces, so we keep them safe.',
	'postcode.in-parts': 'This gives a postcode in pieces. A postcode shows where someone lives, so we keep it safe.',
	'fullname.surname-clue': "This gives a clue to someone's surname. We only use first names here, to keep everyone safe.",
	'email.in-parts': 'This tells someone how to work out an email address. Email addresses are private, so we keep them safe.',
	'school.told': 'This gives clues to which school someone goes to. That is private, so we keep it safe.',
	'meeting.implied': 'This looks like a plan to meet up. Plans to meet always go through a grown-up.',
	'social.claimed': 'This looks like a way to find someone on another app or game. We only chat here, where grown-ups can help.',
	'url.in-parts': 'This tells someone how to find a website. Your teacher needs to check links first.',
	'secrecy.meeting-kept': 'This asks someone to keep a plan to meet a secret. It is always OK to tell a grown-up you trust.',
	'secrecy.meeting-alone': 'This asks someone to go somewhere on their own. Always tell a grown-up you trust where you are going.',
	'meeting.someone-older': 'This looks like a plan to meet someone older or from online. A grown-up you trust needs to know about it.'
};

const FOR_TEACHER: Record<FindingKind, string> = {
	phone: 'A phone number (possibly spelt out or split up). Blocked: it would let someone contact the pupil directly.',
	email: 'An email address (possibly disguised). Blocked: it would let someone contact the pupil off the platform.',
	address: 'A home address or house number. Blocked: it tells a reader where the pupil lives.',
	postcode: 'A postcode, whole or spelt out. Blocked: it narrows down where the pupil lives.',
	social: 'A social media or game account, friend code or invitation to one. Blocked: it moves contact somewhere unmoderated.',
	url: 'A link outside the school’s approved sites. Blocked until a teacher checks it.',
	meeting: 'An arrangement to meet away from school, a pick-up or sleepover, or a request for where the pupil lives. Blocked; the DSL is told.',
	fullname: 'A pupil’s first name and surname from the roster. Blocked: only first names are used.',
	location: 'The pupil saying where they are now, or that no adult is with them. Blocked: it tells a reader where to find a child.',
	school: 'The pupil’s school named with its town, year group or teacher. Blocked: together these identify where the child is each day.',
	profanity: 'A word on the rude-word list (the school can add or allow words). Held for the teacher.',
	unkind: 'Unkind words aimed at a person: name-calling, identity-based insults, family taunts or leaving someone out. Held for the teacher.',
	chain: 'A chain message (forward this or something bad happens). Held for the teacher.',
	secrecy: 'A request to keep something from parents or staff, a common grooming sign. Held; the DSL is told.',
	grooming:
		'Language typical of grooming: age questions, flattery with secrecy, gifts, requests for photos, moving to a private app, "you can trust me". Held; urgent for the DSL.',
	threat: 'A threat of violence from the writer or someone they would send. Held for the teacher.',
	selfharm:
		'The pupil may be saying they want to hurt themselves or not be alive. Held, not blocked; the pupil was shown Childline’s number and the DSL is alerted urgently.'
};

const FOR_TEACHER_BY_RULE: Record<string, string> = {
	'meeting.pick-up': 'An offer to pick the pupil up or give them a lift, which suggests an adult. Blocked; urgent for the DSL.',
	'meeting.unknown-adult': 'An adult or online contact the pupil may not know, mentioned alongside a meeting or whereabouts. Urgent for the DSL.',
	'phone.split-messages': 'The end of a phone number sent in pieces across the pupil’s last few messages in this room. Blocked.',
	'postcode.split-messages': 'The end of a postcode sent in pieces across the pupil’s last few messages in this room. Blocked.',
	'email.split-messages': 'The end of an email address sent in pieces across the pupil’s last few messages in this room. Blocked.',
	'phone.partial': 'Part of a phone number (its last digits) told with the word for a phone. Blocked: with a common start it is enough to ring.',
	'phone.derived': 'A phone number told as a change to one the reader knows ("the same as … but …"). Blocked: the reader can work it out.',
	'email.derived': 'An email address told as a change to one the reader knows ("the same as … but …"). Blocked: the reader can work it out.',
	'postcode.derived': 'A postcode told as a change to one the reader knows ("the same as … but …"). Blocked: the reader can work it out.',
	'phone.in-parts': 'A phone number told in pieces among other words (the usual mobile start named, then the rest). Blocked: the reader can join it up.',
	'postcode.in-parts': 'A home postcode told in pieces among other words (a number and letters, or read out a piece at a time). Blocked.',
	'fullname.surname-clue':
		'A classmate’s surname told by a clue (a rhyme, a likeness, its start and end) rather than written. Blocked: the reader can work out the full name.',
	'email.in-parts': 'An email address told as a recipe (a name or numbers, then the "at" or a named provider) the reader can fill in. Blocked.',
	'school.told': 'The pupil’s own school told by clues: part of its name, or its town with the class name or a teacher’s initial. Blocked.',
	'meeting.implied':
		'A meet-up implied without the word: a place only the two know, or a home, with a time and a plan (bring, be there, a lift). Blocked; the DSL is alerted.',
	'social.claimed': 'An account the pupil claims on a named app or game, with its handle given elsewhere in the message. Blocked.',
	'url.in-parts': 'A web address told as a recipe (a name then "dot" and an ending, or "slash" then a name), not written. Blocked until checked.',
	'secrecy.meeting-kept':
		'A meet-up at night or somewhere out of sight (woods, a bridge, a station, someone’s home or car) with a bare "don’t tell", "tell no one" or "keep it quiet". With the meeting, urgent for the DSL.',
	'secrecy.meeting-alone':
		'The pupil is asked to come alone ("just you", "on your own", "don’t bring anyone") at night or somewhere out of sight, whatever a parent is said to have allowed. With the meeting, urgent for the DSL.',
	'meeting.someone-older':
		'A plan for the pupil (or the writer) to meet someone else away from school, told with a grown-up’s age, as someone from online, or with a "don’t tell". Blocked; urgent for the DSL when an age or online contact is named.',
	'unkind.wish-harm': 'Telling someone to hurt or kill themselves: bullying, not the writer’s own self-harm. Held for the teacher.',
	// The word model (classifier.ts): no listed phrase matched, so the teacher is told it is a judgement to check.
	'grooming.model':
		'No listed phrase, but the wording reads like grooming (flattery, age, gifts, photos, secrecy or moving elsewhere), as judged by the screen’s word model. Held; urgent for the DSL: please read it in context.',
	'selfharm.model':
		'No listed phrase, but the wording reads like the pupil wanting to hurt themselves or not be here, as judged by the screen’s word model. Held, not blocked; the pupil was shown Childline’s number and the DSL is alerted urgently.',
	'unkind.model': 'No listed word, but the wording reads as unkind to someone, as judged by the screen’s word model. Held for the teacher to judge in context.',
	'threat.model':
		'No listed phrase, but the wording reads like a threat of harm, as judged by the screen’s word model. Held for the teacher to judge in context.',
	'secrecy.model':
		'No listed phrase, but the wording reads like a request to keep something from adults, as judged by the screen’s word model. Held; the DSL is told. Kind surprises can read this way too.',
	// The word model only just sure enough to hold (severity.ts): the teacher decides, and no DSL alert is raised by it.
	'grooming.model-weak':
		'The wording may read like grooming (flattery, age, gifts, photos or moving elsewhere), but the screen’s word model is unsure. Held for you to judge in context; no DSL alert was raised. If it worries you, report it to the DSL.',
	'selfharm.model-weak':
		'The wording may mean the pupil is having a hard time or thinking of hurting themselves, but the screen’s word model is unsure. Held for you to read today; the pupil was shown Childline’s number; no DSL alert was raised. If it worries you, tell the DSL.',
	'unkind.model-weak': 'The wording may be unkind to someone, but the screen’s word model is unsure. Held for the teacher to judge in context.',
	'threat.model-weak': 'The wording may be a threat of harm, but the screen’s word model is unsure. Held for the teacher to judge in context.',
	'secrecy.model-weak':
		'The wording may ask to keep something from adults, but the screen’s word model is unsure; kind surprises can read this way. Held for you to judge; no DSL alert was raised.'
};

/** The child-facing sentence for a rule, falling back to its kind. */
export function explainFinding(kind: FindingKind, rule: string): string {
	return BY_RULE[rule] ?? BY_KIND[kind];
}

// A listed phrase in a message that casts doubt on it (urgent-doubt.ts): held, but no urgent alert.
const FOR_TEACHER_UNSURE: Partial<Record<FindingKind, string>> = {
	grooming:
		'A listed grooming phrase, but the message reads as a lesson exercise, a play or a family saying. Held for you to judge in context; no urgent DSL alert was raised. If it worries you, report it to the DSL.',
	selfharm:
		'A listed phrase about not being here, but the message reads as a figure of speech (embarrassment, a superpower) or a lesson exercise. Held for you to read today; the pupil was shown Childline’s number and the DSL is told, not paged. If it worries you, tell the DSL.'
};

/** The adult-facing sentence for a rule, falling back to its kind. */
export function explainForTeacher(kind: FindingKind, rule: string): string {
	const unsure = rule.endsWith(UNSURE_SUFFIX) ? FOR_TEACHER_UNSURE[kind] : undefined;
	return FOR_TEACHER_BY_RULE[rule] ?? unsure ?? FOR_TEACHER[kind];
}
