/**
 * Default pupil agreement for older pupils (about ages 7–11).
 *
 * Owns the project's own wording. Covers what the school policies ask of
 * pupils: school-approved accounts and sites only, personal details kept
 * private, kindness, telling a trusted adult, and knowing the school checks
 * what they do. Each rule says what to do, not only what not to do, and
 * promises that telling is never the wrong thing.
 */
import type { AgreementText } from '../types';

export const PUPIL_OLDER_AGREEMENT: AgreementText = {
	title: 'Our agreement for being safe and kind online',
	intro:
		'Our class uses this site to chat, write emails and share work. These rules keep you and everyone else safe. Read them with your teacher or a grown-up at home, then sign if you agree.',
	items: [
		{
			id: 'school-accounts',
			heading: 'School accounts and sites',
			text: 'I only use the account the school gave me, and the apps and websites my teacher has said yes to. I do not sign up for anything online unless my teacher has agreed it for a school project.',
			pictogram: { symbol: '🏫', alt: 'Our school' }
		},
		{
			id: 'passwords',
			heading: 'Passwords',
			text: 'I keep my password to myself. I never log in as someone else, and I log out when I finish.',
			pictogram: { symbol: '🔑', alt: 'A key' }
		},
		{
			id: 'personal-details',
			heading: 'Private things stay private',
			text: 'I do not share my home address, phone number, surname or passwords, or anyone else’s. I do not send photos of myself unless my teacher has asked for them for our work.',
			pictogram: { symbol: '🔒', alt: 'A closed padlock' }
		},
		{
			id: 'approved-people',
			heading: 'Who I write to',
			text: 'I only write to people my teacher has agreed, like other classes in our school. A teacher reads every message before it is sent.',
			pictogram: { symbol: '✉️', alt: 'A letter' }
		},
		{
			id: 'be-kind',
			heading: 'Be kind',
			text: 'I make sure what I write and share is friendly and polite. I do not send anything that could upset or hurt someone, and I do not pass on chain messages.',
			pictogram: { symbol: '💛', alt: 'A yellow heart' }
		},
		{
			id: 'never-meet',
			heading: 'Meeting up',
			text: 'I never agree to meet someone I only know online.',
			pictogram: { symbol: '🚫', alt: 'A stop sign' }
		},
		{
			id: 'tell-an-adult',
			heading: 'Tell a trusted adult',
			text: 'If I see something that worries or upsets me, or someone asks me to keep a secret or to meet them, I tell a trusted adult straight away or press the Report button. I will never be in trouble for telling.',
			pictogram: { symbol: '🗣️', alt: 'A child talking to a grown-up' }
		},
		{
			id: 'respect-work',
			heading: 'Other people’s work',
			text: 'I only open, change or delete my own work. I ask before I share a picture of someone else.',
			pictogram: { symbol: '📁', alt: 'A folder of work' }
		},
		{
			id: 'school-checks',
			heading: 'The school checks',
			text: 'I know the school can see what I write and do on this site, to keep everyone safe. If I break these rules, my teacher may pause my messages for a while and talk to my family.',
			pictogram: { symbol: '👀', alt: 'Eyes looking carefully' }
		}
	],
	closing: 'I have read these rules, I understand them, and I will follow them at school and at home.'
};
